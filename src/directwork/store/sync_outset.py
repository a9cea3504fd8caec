"""What a sync reads of the vault before it asks the hub anything, in one statement, and what
it writes at its end, in one transaction.

A sync with nothing to do reads and writes nothing else of the vault, so these were a good
share of its cost when each fact was its own query (eleven statements through the ORM). The
statements are built and compiled once (making the outset's anew each time, its sixteen
subqueries and the cache key SQLAlchemy works out for them, took longer than the vault took to
answer it), and ``read_vault`` and ``finish`` run them on a connection of the vault's pool by
the driver alone: the layers of a session and a SQLAlchemy connection around one statement
took two to three times as long as the statement, more still on a laptop whose processor had
just waited for the network and was no longer warm with that code.

Each field of the outset is what the function named beside it answers
(tests/store/test_sync_outset.py holds them to it): ``sync_state.enrolment_in``,
``demo.demo_children``, ``sync_state.position_in``, ``links.is_team_manager``,
``links.also_linked``, ``links.unreported_openings``, ``outbox.pending_count`` and
``sync_state.has_kept_aside``.
"""

from __future__ import annotations

import base64
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from directwork.store import links, outbox, sync_state
from directwork.store.demo_words import DEMO_TEAM
from directwork.store.schema import ChildRow, KeptAsideRow, MetaRow, OutboxRow
from directwork.store.vault import Vault

_KEYS = (sync_state.HUB_URL, sync_state.DEVICE_ID, sync_state.PRIVATE_KEY, sync_state.CA_FILE,
         sync_state.CONFIRMED, sync_state.CURSOR, sync_state.EPOCH, sync_state.POSITION,
         sync_state.OWN_PULL, links.TEAM_MANAGER, links._ALSO_LINKED, links._OPENINGS)


@dataclass(frozen=True)
class Outset:
    enrolment: sync_state.Enrolment | None
    demo_children: int
    position: sync_state.Position
    manager: bool
    also_linked: list[str]
    openings: list[str]
    pending: int
    kept_aside: bool


def _statement() -> Select[Any]:
    """The one statement ``read`` runs, as SQLAlchemy builds it."""
    meta = [select(MetaRow.value).where(MetaRow.key == key).scalar_subquery() for key in _KEYS]
    return select(
        *meta,
        select(func.count(distinct(ChildRow.id))).where(
            ChildRow.is_head.is_(True), ChildRow.deleted.is_(False),
            ChildRow.team == DEMO_TEAM).scalar_subquery(),
        select(func.max(OutboxRow.seq)).scalar_subquery(),
        select(func.max(OutboxRow.seq)).where(
            OutboxRow.state.in_(outbox.ANSWERED)).scalar_subquery(),
        select(func.count()).select_from(OutboxRow).where(
            OutboxRow.state == outbox.PENDING).scalar_subquery(),
        select(KeptAsideRow.key).where(KeptAsideRow.source == sync_state.FROM_HUB)
        .limit(1).exists())


@functools.cache
def _compiled() -> str:
    # Every value in it is one of this module's constants (meta keys, states, the demo team),
    # never anything a person typed, so each is written into the text once, as SQLAlchemy
    # renders it for its column's type, instead of being bound at every run.
    return str(_statement().compile(dialect=sqlite.dialect(),
                                   compile_kwargs={"literal_binds": True}))


def read(session: Session) -> Outset:
    """The outset, read in ``session``'s transaction."""
    return _outset(session.connection().exec_driver_sql(_compiled()).one())


def read_vault(vault: Vault) -> Outset:
    """The outset, read on a connection of ``vault``'s pool by the driver (the one statement
    is its own read transaction)."""
    connection = vault.engine.raw_connection()
    try:
        row = connection.cursor().execute(_compiled()).fetchone()
    finally:
        connection.close()
    return _outset(row)


def _outset(row: Sequence[Any]) -> Outset:
    (hub_url, device_id, private_key, ca_file, confirmed, cursor, epoch, token, own_pull,
     manager, also_linked, openings, demo_children, highest, answered, pending,
     kept_aside) = row
    enrolment = None
    if hub_url and device_id and private_key:
        # Laptops enrolled before confirmation existed have no flag: they were confirmed then.
        enrolment = sync_state.Enrolment(hub_url, device_id, base64.b64decode(private_key),
                                         ca_file or "", (confirmed or "") != "0")
    position = sync_state.Position(int(cursor or 0), epoch or "", token or "", int(highest or 0),
                                   int(answered or 0), own_pull == "1")
    return Outset(enrolment, int(demo_children), position, manager == "1",
                  sorted(json.loads(also_linked)) if also_linked is not None else [],
                  list(json.loads(openings)) if openings is not None else [],
                  int(pending), bool(kept_aside))


@functools.cache
def _pending_compiled() -> str:
    return str(select(func.count()).select_from(OutboxRow).where(
        OutboxRow.state == outbox.PENDING).compile(dialect=sqlite.dialect(),
                                                  compile_kwargs={"literal_binds": True}))


_KEEP_META = f"INSERT OR REPLACE INTO {MetaRow.__tablename__} (key, value) VALUES (?, ?)"


def finish(vault: Vault, finished_at: str) -> int:
    """The end of a sync, in one transaction: the time it finished kept (``LAST_SYNCED``),
    and how many changes still wait to go up (``outbox.pending_count``) read after it.

    The time is committed without waiting for the disk (``synchronous = NORMAL`` for this
    commit alone; in WAL mode the database stays whole, a power cut could only bring back
    the time of the sync before, and the next commit that waits, any other write, takes this
    one to disk with it): the wait was most of what this commit cost. The connection waits
    for the disk again before it goes back to the pool, whether the write worked or not, or
    is thrown away, so no other commit is ever made lighter. A write that fails keeps
    nothing and raises the driver's error."""
    connection = vault.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA synchronous = NORMAL")  # outside any transaction, as it must be
        try:
            cursor.execute("BEGIN IMMEDIATE")
            try:
                cursor.execute(_KEEP_META, (sync_state.LAST_SYNCED, finished_at))
                waiting = cursor.execute(_pending_compiled()).fetchone()[0]
                cursor.execute("COMMIT")
            except BaseException:
                connection.rollback()
                raise
        finally:
            try:
                cursor.execute("PRAGMA synchronous = FULL")
            except BaseException:
                connection.invalidate()  # never handed to anyone else
                raise
    finally:
        connection.close()
    return int(waiting)
