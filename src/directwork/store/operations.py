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

if TYPE_CHECKING:
    from directwork.store.vault import Vault

P = ParamSpec("P")
R = TypeVar("R")


def read(vault: Vault, fn: Callable[Concatenate[Session, P], R], /,
         *args: P.args, **kwargs: P.kwargs) -> R:
    """``fn(session, *args, **kwargs)`` in a session of its own; nothing it does is committed."""
    with vault.session() as session:
        return fn(session, *args, **kwargs)


def change(vault: Vault, fn: Callable[Concatenate[Session, P], R], /,
           *args: P.args, **kwargs: P.kwargs) -> R:
    """``fn(session, *args, **kwargs)`` in one transaction: all of it committed, or none."""
    with vault.transaction() as session:
        return fn(session, *args, **kwargs)
