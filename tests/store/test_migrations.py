"""The Alembic scripts are the schema: a new vault built from them matches the ORM models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from directwork.store import migrations
from directwork.store.schema import Base


def test_migrations_build_exactly_the_mapped_schema(vault):
    with vault.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"models and migrations differ; add a migration: {diff}"
        assert migrations.current_revision(conn) == migrations.head()
