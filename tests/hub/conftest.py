"""The hub's tests run against a real hub over HTTPS (see harness), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from directwork.domain.records import Child, VisitNote
from directwork.store import records
from tests.hub.harness import (  # noqa: F401
    Laptop,
    enrolled_laptop,
    hub,
    new_laptop,
    pg_hub,
    sqlite_hub,
    tls,
)
from tests.support.linked import fill_child


@pytest.fixture
def alex(sqlite_hub, enrolled_laptop) -> Laptop:  # noqa: F811
    """Alex's laptop, enrolled with a hub on SQLite, holding one child and four visit notes
    (five changes waiting to go up, numbered 1 to 5)."""
    laptop = enrolled_laptop(sqlite_hub, "Alex")
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        for i in range(4):
            records.add_entry(s, VisitNote(child_id=child.id, text=f"note {i}"))
    return laptop


@pytest.fixture
def sent(sqlite_hub, enrolled_laptop) -> Laptop:  # noqa: F811
    """Alex's laptop, enrolled with a hub on SQLite, after sending three children with
    everything ``fill_child`` gives each: what a pull test then fetches onto another laptop."""
    laptop = enrolled_laptop(sqlite_hub, "Alex")
    with laptop.vault.transaction() as s:
        for name in ("Dafydd", "Rhian", "Owain"):
            fill_child(s, name)
    laptop.sync()
    return laptop
