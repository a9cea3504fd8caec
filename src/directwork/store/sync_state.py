"""The laptop's side of sync, as SQL: the enrolment (device key, hub address), the feed cursor,
applying a pulled page, marking pushed changes, dropping a child that left the caseload, and
wiping the store when the hub revokes this laptop.

Everything lives in ``vault_meta`` inside the encrypted vault, the device's private key too:
it is only as readable as the records it protects.
"""

from __future__ import annotations

import base64
import contextlib
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.orm import Session

from directwork.domain import codec
from directwork.domain.records import Record
from directwork.store import audit, outbox
from directwork.store.records import store_received_many
from directwork.store.schema import ROW_FOR_KIND, DraftRow, MetaRow, OutboxRow
from directwork.store.vault import BACKUP_DIR, DB_NAME, KEY_NAME, Vault

HUB_URL = "sync.hub_url"
DEVICE_ID = "sync.device_id"
PRIVATE_KEY = "sync.private_key"
CA_FILE = "sync.ca_file"
CURSOR = "sync.cursor"
LAST_SYNCED = "sync.last_synced_at"
REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class Enrolment:
    hub_url: str
    device_id: str
    private_key: bytes
    ca_file: str


def enrolment(vault: Vault) -> Enrolment | None:
    """How this laptop talks to its hub, or None before it has enrolled."""
    with vault.session() as session:
        meta = _meta(session, HUB_URL, DEVICE_ID, PRIVATE_KEY, CA_FILE)
    if not meta[HUB_URL] or not meta[DEVICE_ID] or not meta[PRIVATE_KEY]:
        return None
    return Enrolment(meta[HUB_URL], meta[DEVICE_ID], base64.b64decode(meta[PRIVATE_KEY]),
                     meta[CA_FILE])


def save_enrolment(vault: Vault, *, hub_url: str, device_id: str, private_key: bytes,
                   practitioner_id: str, practitioner_name: str, team: str,
                   ca_file: str = "") -> None:
    """Keep the enrolment, and take the hub's identity for this practitioner so that every
    laptop of theirs stamps records with the same practitioner id."""
    values = {HUB_URL: hub_url, DEVICE_ID: device_id, CA_FILE: ca_file, CURSOR: "0",
              PRIVATE_KEY: base64.b64encode(private_key).decode(),
              "practitioner_id": practitioner_id, "practitioner_name": practitioner_name,
              "team": team}
    with vault.transaction() as session:
        for key, value in values.items():
            session.merge(MetaRow(key=key, value=value))
    vault.practitioner_id = practitioner_id
    vault.practitioner_name = practitioner_name


def is_enrolled(session: Session) -> bool:
    row = session.get(MetaRow, DEVICE_ID)
    return bool(row and row.value)


def next_seq(session: Session) -> int:
    """The number the hub should expect first from this laptop: its oldest change not yet
    sent, or the next one it will make."""
    first_pending = session.execute(
        select(func.min(OutboxRow.seq)).where(OutboxRow.state == outbox.PENDING)).scalar()
    if first_pending is not None:
        return int(first_pending)
    return int(session.execute(select(func.max(OutboxRow.seq))).scalar() or 0) + 1


def cursor(vault: Vault) -> int:
    return int(vault.meta(CURSOR, "0") or 0)


def last_synced(session: Session) -> datetime | None:
    row = session.get(MetaRow, LAST_SYNCED)
    return codec.parse_utc(row.value) if row and row.value else None


def set_last_synced(vault: Vault, when: datetime) -> None:
    vault.set_meta(LAST_SYNCED, codec.utc_iso(when))


def pending_batch(session: Session, *, limit: int, max_bytes: int) -> list[outbox.OutboxChange]:
    """The oldest unsent changes, consecutive by number, within a size the hub accepts."""
    batch: list[outbox.OutboxChange] = []
    size = 0
    for change in outbox.pending(session, limit=limit):
        change_size = len(codec.canonical_json(change.payload))
        if batch and (change.seq != batch[-1].seq + 1 or size + change_size > max_bytes):
            break
        batch.append(change)
        size += change_size
    return batch


def mark_pushed(vault: Vault, results: Iterable[tuple[int, str, str]]) -> None:
    """Record what the hub said about each change, all in one transaction."""
    with vault.transaction() as session:
        for seq, status, reason in results:
            outbox.mark(session, seq, status, reason)


def resend_from(vault: Vault, seq: int) -> int:
    """The hub has lost changes from ``seq`` on (restored from a backup): send them again."""
    with vault.transaction() as session:
        result = session.execute(update(OutboxRow).where(
            OutboxRow.seq >= seq, OutboxRow.state.in_(outbox.SETTLED)).values(state=outbox.PENDING))
    assert isinstance(result, CursorResult)  # an UPDATE's result, which counts what it changed
    return int(result.rowcount or 0)


def apply_page(vault: Vault, records: Sequence[Record], removed_children: Sequence[str],
               new_cursor: int) -> int:
    """Store one pulled page and move the cursor, in one transaction: either the page and its
    cursor are both kept, or neither is, so an interrupted pull starts the page again. Records
    already here are left as they are, and revisions are never replaced, so a pull cannot
    overwrite an edit still waiting to go up. Returns how many records were new here."""
    with vault.transaction() as session:
        added = sum(store_received_many(session, records, enqueue=False))
        for child_id in removed_children:
            drop_child(session, child_id)
        session.merge(MetaRow(key=CURSOR, value=str(new_cursor)))
    return added


def drop_child(session: Session, child_id: str) -> None:
    """A child who has left this practitioner's caseload: their records leave this laptop.
    The audit trail keeps that it happened (ids only). Sync pushes before it pulls, so what
    was written here has gone up (and on to the new practitioner) before this runs."""
    for table in ROW_FOR_KIND.values():
        session.execute(delete(table).where(table.child_id == child_id))
    # Outbox rows stay, emptied: their numbers must never be used again, or the hub would take
    # a new change for a retry of the old one.
    session.execute(update(OutboxRow).where(OutboxRow.child_id == child_id)
                    .values(payload="{}", state=REMOVED, reason="the case moved on"))
    session.execute(delete(DraftRow).where(DraftRow.child_id == child_id))
    audit.record_event(session, "removed_from_caseload", "child", child_id, child_id)


def latest_outbox_states(session: Session, child_id: str) -> dict[str, tuple[str, str]]:
    """For each of a child's records that was ever queued for the hub: (kind, state) of its
    newest change."""
    newest = (select(func.max(OutboxRow.seq)).where(OutboxRow.child_id == child_id)
              .group_by(OutboxRow.record_id)).scalar_subquery()
    rows = session.execute(select(OutboxRow.record_id, OutboxRow.kind, OutboxRow.state)
                           .where(OutboxRow.seq.in_(newest)))
    return {record_id: (kind, state) for record_id, kind, state in rows}


def latest_outbox_state(session: Session, record_id: str) -> str | None:
    """The state of the newest change of this record that was queued for the hub, if any."""
    return session.execute(
        select(OutboxRow.state).where(OutboxRow.record_id == record_id)
        .order_by(OutboxRow.seq.desc()).limit(1)).scalar()


def _meta(session: Session, *keys: str) -> dict[str, str]:
    rows = dict(session.execute(select(MetaRow.key, MetaRow.value).where(MetaRow.key.in_(keys))).all())
    return {k: rows.get(k, "") for k in keys}


def wipe(vault: Vault) -> None:
    """Remove this laptop's records for good: the database, its journal files, the backups and
    the key file. Only after the hub has said this laptop's access is withdrawn."""
    vault.lock()
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEY_NAME):
        with contextlib.suppress(FileNotFoundError):
            (vault.root / name).unlink()
    shutil.rmtree(vault.root / BACKUP_DIR, ignore_errors=True)
