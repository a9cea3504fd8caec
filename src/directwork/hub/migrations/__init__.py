"""Alembic migrations for the hub's schema: the scripts are the schema's source, on SQLite and
PostgreSQL alike (``init`` and ``serve`` run them up to head)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection

HERE = Path(__file__).resolve().parent


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    command.upgrade(_config(connection), "head")
