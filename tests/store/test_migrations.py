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


def test_unlocking_an_older_vault_backs_it_up_then_migrates_it(vault, data_dir, tmp_path, monkeypatch):
    import shutil

    from sqlalchemy import inspect

    from directwork.store.vault import Vault
    from tests.conftest import PASSPHRASE

    vault.lock()
    # A newer app: the same scripts plus one more migration that adds a column.
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations.HERE, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0099_test_column.py").write_text(
        '"""test: add a column"""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f"revision = '0099'\ndown_revision = {migrations.head()!r}\nbranch_labels = None\ndepends_on = None\n\n"
        "def upgrade():\n    with op.batch_alter_table('visit') as b:\n"
        "        b.add_column(sa.Column('test_note', sa.Text(), nullable=True))\n\n"
        "def downgrade():\n    pass\n"
    )
    monkeypatch.setattr(migrations, "HERE", scripts)
    migrations._scripts.cache_clear()
    try:
        newer = Vault(data_dir)
        newer.unlock(PASSPHRASE)
        backups = newer.list_backups()
        assert len(backups) == 1 and "pre-migration" in backups[0].name
        with newer.engine.connect() as conn:
            assert migrations.current_revision(conn) == "0099"
            assert "test_note" in {c["name"] for c in inspect(conn).get_columns("visit")}
        newer.lock()
    finally:
        monkeypatch.undo()
        migrations._scripts.cache_clear()
    # The backup holds the records as they were, at the old schema version.
    from directwork.store.keyfile import KeyFile
    from directwork.store.vault import make_engine

    key = KeyFile.read(data_dir / "vault.key").unwrap_with_passphrase(PASSPHRASE)
    engine = make_engine(backups[0], key)
    with engine.connect() as conn:
        assert migrations.current_revision(conn) == migrations.head()
    engine.dispose()
