"""Every statement the driver runs on a vault, however it was sent (the ORM, a SQLAlchemy
connection or the driver's own cursor), seen through SQLite's trace callback."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event

from directwork.store.vault import Vault

TRANSACTION_WORDS = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


def statements_during(vault: Vault, action: Callable[[], object]) -> list[str]:
    """The statements run on any of ``vault``'s connections while ``action`` runs, in order."""
    seen: list[str] = []
    traced: list = []

    def trace(dbapi_connection, _record, _proxy) -> None:
        dbapi_connection.set_trace_callback(seen.append)
        traced.append(dbapi_connection)

    event.listen(vault.engine, "checkout", trace)
    try:
        action()
    finally:
        event.remove(vault.engine, "checkout", trace)
        for connection in traced:
            connection.set_trace_callback(None)
    return seen


def writes_among(statements: list[str]) -> list[str]:
    """Those of ``statements`` that change what the vault holds (not a read, a setting or a
    transaction's start or end)."""
    return [s for s in statements
            if not s.lstrip().upper().startswith(("SELECT", "PRAGMA", *TRANSACTION_WORDS))]
