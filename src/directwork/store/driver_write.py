"""A write transaction on the driver alone, for the save the app makes most often: one entry,
kept as the practitioner presses Enter on a visit (``records.add_entry_alone``).

The same statements as a save in an ORM session (the entry's row, its outbox row, its audit
event: ``received.entry_insert``, ``outbox.enqueued``, ``audit.appended``), handed to the
DB-API cursor inside ``BEGIN IMMEDIATE`` … ``COMMIT`` (``Vault.driver_transaction``). The
session, its transaction and SQLAlchemy's execution around each statement were more than
half of such a save's time (issue 18); everything larger still goes through a session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Dialect

from directwork.core.hashchain import GENESIS
from directwork.store import audit
from directwork.store.head import LAST_EVENT


@dataclass(slots=True)
class DriverWrite:
    """What a function writing on the driver is handed: the cursor inside the write
    transaction, who is acting on this device, the moment the transaction's changes carry, and
    the audit chain's last event this transaction added (the head kept once it commits)."""

    cursor: Any  # the DB-API cursor (sqlcipher3's)
    practitioner_id: str
    device_id: str
    now: datetime
    dialect: Dialect
    tail: tuple[int, str] | None = None

    def run(self, sql: str, values: tuple[Any, ...]) -> int:
        """Execute one statement; the row number it inserted, if it inserted one."""
        self.cursor.execute(sql, values)
        return int(self.cursor.lastrowid or 0)

    def first(self, sql: str, values: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        found: tuple[Any, ...] | None = self.cursor.execute(sql, values).fetchone()
        return found

    def record_event(self, action: str, kind: str, record_id: str, child_id: str,
                     rev: str = "") -> None:
        """Append one audit event, as ``audit.record_event`` does in a session: linked to
        the chain's last event (read inside this write transaction, which holds the write lock
        from its start, so no other writer can append in between)."""
        if self.tail is not None:
            prev = self.tail[1]
        else:
            last = self.first(LAST_EVENT)
            prev = str(last[1]) if last is not None else GENESIS
        sql, values, digest = audit.appended(prev, self.now, self.practitioner_id,
                                             self.device_id, action, kind, record_id, child_id,
                                             rev)
        self.tail = (self.run(sql, values), digest)
