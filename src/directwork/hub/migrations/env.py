"""Alembic environment for the hub: run on the connection the hub hands over."""

from __future__ import annotations

from alembic import context

from directwork.hub.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only directwork.hub.db runs migrations
    raise RuntimeError("hub migrations run only through directwork.hub.migrations.upgrade")

context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
