"""The hub's tests run against a real hub over HTTPS (see harness), on SQLite and PostgreSQL."""

from tests.hub.harness import hub, new_laptop, sqlite_hub, tls  # noqa: F401
