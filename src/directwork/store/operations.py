"""Running a store function against a vault: a read in a session of its own, a change in one
transaction.

This is how the desktop app's vault worker reaches the store (the shape of Anki's collection
methods): the app names a store function and its arguments, and the session is opened, handed
to the function and closed here, so nothing outside the store handles a Session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from directwork.store.private_files import storage_error

if TYPE_CHECKING:
    from directwork.domain.records import Entry
    from directwork.store.vault import Vault

P = ParamSpec("P")
R = TypeVar("R")
E = TypeVar("E", bound="Entry")


def read(vault: Vault, fn: Callable[Concatenate[Session, P], R], /,
         *args: P.args, **kwargs: P.kwargs) -> R:
    """``fn(session, *args, **kwargs)`` in a session of its own; nothing it does is committed."""
    try:
        with vault.session() as session:
            return fn(session, *args, **kwargs)
    except Exception as exc:
        _raise_in_words(vault, exc)
        raise


def change(vault: Vault, fn: Callable[Concatenate[Session, P], R], /,
           *args: P.args, **kwargs: P.kwargs) -> R:
    """``fn(session, *args, **kwargs)`` in one transaction: all of it committed, or none."""
    try:
        with vault.transaction() as session:
            return fn(session, *args, **kwargs)
    except Exception as exc:
        _raise_in_words(vault, exc)
        raise


def add_entry(vault: Vault, entry: E) -> E:
    """One new entry saved by itself, in a write transaction of its own on the driver alone
    (``records.add_entry_alone``): the app's most frequent save, as a visit's words are kept.
    The same rows and audit event as ``change(vault, records.add_entry, entry)``."""
    from directwork.store import records

    try:
        with vault.driver_transaction() as write:
            return records.add_entry_alone(write, entry)
    except Exception as exc:
        _raise_in_words(vault, exc)
        raise


def _raise_in_words(vault: Vault, exc: Exception) -> None:
    """A database error that came from the disk (full, read-only, failing) is raised as the
    practitioner's words for it (DiskFull, NotWritable: nothing was changed, the transaction
    was rolled back), not as SQLite's, which the app would otherwise show as it is."""
    worded = storage_error(exc, vault.root)
    if worded is not None:
        raise worded from exc
