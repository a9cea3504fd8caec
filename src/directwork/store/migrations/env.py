"""Alembic environment: always run on the connection the vault hands over (never a URL,
which would need the key in it)."""

from __future__ import annotations

from alembic import context

from directwork.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the vault runs migrations
    raise RuntimeError("vault migrations run only through directwork.store.migrations.upgrade")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
