"""The hub's Alembic migrations build exactly the schema its models describe, on SQLite and
PostgreSQL, so a new hub and an upgraded one cannot differ."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from directwork.hub import migrations
from directwork.hub.schema import Base
from tests.hub.harness import hub_database


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_migrated_database_matches_the_models(backend, tmp_path) -> None:
    db = hub_database(backend, tmp_path)
    try:
        with db.engine.connect() as conn:
            assert migrations.current_revision(conn) == "h0003"
            differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert differences == []
        db.migrate()  # running again on a current database changes nothing
    finally:
        db.dispose()
