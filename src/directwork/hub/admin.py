"""What the hub's administrator does: teams, practitioners, enrolment codes, devices, and
which practitioner each child's case sits with. Each function takes a writing Session (see
``HubDatabase.writing``) and raises HubError with a readable message, changing nothing."""

from __future__ import annotations

import hashlib
import json
import math
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Select, Table, and_, bindparam, or_, select
from sqlalchemy.orm import Session

from directwork.core.columns import UTCDateTime
from directwork.core.utc import from_utc_text, utc_text
from directwork.hub import audit
from directwork.hub.schema import (
    ChildCase,
    Device,
    EnrolCode,
    FeedEvent,
    HandedInRecord,
    HubState,
    Practitioner,
    RecordCopy,
    Team,
)

CODE_LIFETIME = timedelta(hours=24)
# A code is read out over the phone and used the same day; a week covers a laptop in the post.
MAX_CODE_HOURS = 24 * 7
# Words an administrator can read out over the phone: no 0/O or 1/l/I.
_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


class HubError(Exception):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def _now() -> datetime:
    return datetime.now(UTC)


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.strip().lower().encode()).hexdigest()


def add_team(session: Session, name: str) -> None:
    name = name.strip()
    if not name:
        raise HubError("a team needs a name")
    if session.get(Team, name) is not None:
        raise HubError(f"there is already a team called {name!r}")
    session.add(Team(name=name))
    audit.record(session, "add-team", detail=name)


def add_practitioner(session: Session, name: str, *, team: str = "",
                     manager: bool = False) -> Practitioner:
    name = name.strip()
    if not name:
        raise HubError("a practitioner needs a name")
    if session.execute(select(Practitioner).where(Practitioner.name == name)).first():
        raise HubError(f"there is already a practitioner called {name!r}")
    if team and session.get(Team, team) is None:
        raise HubError(f"there is no team called {team!r}; add it with add-team first")
    if manager and not team:
        raise HubError("a team manager needs a team (--team)")
    practitioner = Practitioner(id=str(uuid.uuid4()), name=name, team=team, is_manager=manager)
    session.add(practitioner)
    session.flush()
    audit.record(session, "add-practitioner", actor=practitioner.id)
    return practitioner


def find_practitioner(session: Session, name_or_id: str) -> Practitioner:
    found = session.get(Practitioner, name_or_id) or session.execute(
        select(Practitioner).where(Practitioner.name == name_or_id)).scalar()
    if found is None:
        raise HubError(f"no practitioner called {name_or_id!r}")
    return found


def code_lifetime(hours: float) -> timedelta:
    """How long a new code works, from ``--hours``: more than none, at most a week."""
    if not math.isfinite(hours) or hours <= 0:
        raise HubError(f"--hours must be a number of hours above 0 (at most {MAX_CODE_HOURS})")
    if hours > MAX_CODE_HOURS:
        raise HubError(f"--hours may be at most {MAX_CODE_HOURS} (a week): a code is meant to be "
                       "used soon after it is made")
    return timedelta(hours=hours)


def new_enrol_code(session: Session, practitioner: str, *, lifetime: timedelta = CODE_LIFETIME,
                   ) -> tuple[str, datetime]:
    """A one-time code that enrols one laptop for ``practitioner``. Only its hash is kept."""
    if lifetime <= timedelta(0) or lifetime > timedelta(hours=MAX_CODE_HOURS):
        raise HubError(f"a code works for more than no time and at most {MAX_CODE_HOURS} hours")
    who = find_practitioner(session, practitioner)
    code = "-".join("".join(secrets.choice(_CODE_ALPHABET) for _ in range(5)) for _ in range(4))
    expires = _now() + lifetime
    session.add(EnrolCode(code_hash=_code_hash(code), practitioner_id=who.id, expires_at=expires))
    audit.record(session, "enrol-code", actor=who.id)
    return code, expires


def enrol(session: Session, code: str, public_key: str, device_name: str,
          next_seq: int) -> tuple[Device, Practitioner]:
    """Register a device's public key with an enrolment code, unconfirmed. Idempotent: the
    same code and key again (a retry whose answer was lost) gets the same device. The code is
    used only when the device confirms (``confirm``) with a request signed by that key, so a
    laptop that never hears back leaves no device anyone can use. A refusal raises HubError;
    the caller notes it in the audit log (this transaction is rolled back)."""
    row = session.get(EnrolCode, _code_hash(code))
    if row is None:
        raise HubError("that enrolment code is not known to this hub", 403)
    practitioner = session.get(Practitioner, row.practitioner_id)
    if practitioner is None:
        raise HubError("the practitioner that enrolment code was made for is no longer on "
                       "this hub", 403)
    if row.device_id is not None:
        pending = session.get(Device, row.device_id)
        if pending is not None and pending.public_key == public_key:
            if pending.confirmed_at is None and row.expires_at < _now():
                raise HubError("that enrolment code has expired; ask for a new one", 403)
            return pending, practitioner
    if row.used_at is not None:
        raise HubError("that enrolment code has already been used; ask for a new one", 403)
    if row.expires_at < _now():
        raise HubError("that enrolment code has expired; ask for a new one", 403)
    if row.device_id is not None:
        raise HubError("that enrolment code is being used by another laptop; ask for a new "
                       "one", 403)
    device = Device(id=str(uuid.uuid4()), practitioner_id=row.practitioner_id,
                    name="".join(ch for ch in device_name if ch.isprintable())[:200],
                    public_key=public_key, enrolled_at=_now(),
                    last_seq=next_seq - 1, pulled_to=0, served_to=0)
    session.add(device)
    session.flush()
    row.device_id = device.id
    audit.record(session, "enrol", actor=row.practitioner_id, device_id=device.id)
    return device, practitioner


def confirm(session: Session, device: Device) -> Device:
    """The laptop has its enrolment and proves it holds the key: the code is now used.
    Confirming again changes nothing."""
    device = session.get(Device, device.id)  # type: ignore[assignment]
    if device.confirmed_at is not None:
        return device
    row = session.execute(select(EnrolCode).where(EnrolCode.device_id == device.id)).scalar()
    if row is None or row.expires_at < _now():
        raise HubError("the enrolment code for this laptop has expired before the laptop "
                       "confirmed; ask for a new one", 403)
    device.confirmed_at = row.used_at = _now()
    audit.record(session, "enrol-confirmed", actor=device.practitioner_id, device_id=device.id)
    return device


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    practitioner: str
    name: str
    enrolled_at: datetime
    revoked: bool
    last_seen: datetime | None
    state: str = "active"
    expires_at: datetime | None = None


def device_state(device: Device, code_expires: datetime | None = None) -> str:
    """active, unconfirmed, expired (never confirmed in time), retiring, retired or revoked."""
    if device.retired_at is not None and device.retiring_at is not None:
        return "retired"
    if device.revoked_at is not None:  # a revoked laptop that handed in stays revoked
        return "revoked"
    if device.confirmed_at is None:
        return "expired" if code_expires is not None and code_expires < _now() else "unconfirmed"
    if device.retiring_at is not None:
        return "retiring"
    return "active"


def list_devices(session: Session) -> list[DeviceInfo]:
    """Every device, unconfirmed ones too (with when their code expires)."""
    rows = session.execute(
        select(Device, Practitioner.name, EnrolCode.expires_at).select_from(Device)
        .join(Practitioner, Practitioner.id == Device.practitioner_id)
        .outerjoin(EnrolCode, EnrolCode.device_id == Device.id)
        .order_by(Device.enrolled_at)).all()
    return [DeviceInfo(d.id, name, d.name, d.enrolled_at, d.revoked_at is not None, d.last_seen,
                       device_state(d, expires), expires if d.confirmed_at is None else None)
            for d, name, expires in rows]


def revoke_device(session: Session, device_id: str) -> None:
    """A lost or stolen laptop: refused from now on, and told to wipe at once."""
    device = session.get(Device, device_id)
    if device is None:
        raise HubError(f"no device with id {device_id}")
    if device.revoked_at is None:
        device.revoked_at = _now()
        audit.record(session, "revoke-device", actor=device.practitioner_id, device_id=device.id)


def retire_device(session: Session, device_id: str) -> None:
    """A laptop leaving service (a leaver, a replacement): at its next sync it sends what is
    waiting, hands in whatever the hub does not hold (changes refused, records kept aside),
    and then wipes itself. Until then it syncs as before."""
    device = session.get(Device, device_id)
    if device is None:
        raise HubError(f"no device with id {device_id}")
    if device.revoked_at is not None:
        raise HubError("that laptop is already revoked or retired")
    if device.retiring_at is None:
        device.retiring_at = _now()
        audit.record(session, "retire-device", actor=device.practitioner_id, device_id=device.id)


# --------------------------------------------------------------------------- hub state


def hub_value(session: Session, key: str) -> str:
    row = session.get(HubState, key)
    if row is None:  # made by the migration; only a damaged database lacks it
        raise HubError(f"the hub's {key} is missing from its database", 500)
    return row.value


def new_epoch(session: Session, why: str) -> str:
    """Start a new epoch: every laptop re-sends what the hub lacks and reads the feed again
    from the start at its next sync. Done when the hub is found restored from a backup."""
    epoch = secrets.token_hex(8)
    session.merge(HubState(key="epoch", value=epoch))
    audit.record(session, "new-epoch", detail=why)
    return epoch


# --------------------------------------------------------------------------- quarantine


@dataclass(frozen=True)
class Quarantined:
    kind: str
    record_id: str
    rev: str
    child_id: str
    at: datetime
    reason: str


def quarantine(session: Session, record_id: str, reason: str, *, rev: str = "") -> int:
    """Withdraw a stored record (every revision, or one): it stays on the hub, audited, but no
    laptop is sent it again. Returns how many revisions or entries were withdrawn."""
    if not reason.strip():
        raise HubError("say why the record is withdrawn (--reason)")
    rows = _stored(session, record_id, rev)
    fresh = [row for row in rows if row.quarantined_at is None]
    for row in fresh:
        row.quarantined_at = _now()
        row.quarantine_reason = reason.strip()[:2000]
    if fresh:
        audit.record(session, "quarantine", detail=json.dumps(
            {"record": record_id, "rev": rev, "count": len(fresh), "reason": reason.strip()[:500]}))
    return len(fresh)


def release(session: Session, record_id: str, *, rev: str = "") -> int:
    """Send a withdrawn record out again: it goes into the feed anew, so laptops that passed
    its old place receive it. Returns how many revisions or entries were released."""
    rows = [row for row in _stored(session, record_id, rev) if row.quarantined_at is not None]
    for row in rows:
        row.quarantined_at = None
        row.quarantine_reason = ""
        session.add(FeedEvent(child_id=row.child_id, record_key=row.key, mark=new_mark()))
    if rows:
        audit.record(session, "release", detail=json.dumps(
            {"record": record_id, "rev": rev, "count": len(rows)}))
    return len(rows)


def quarantined(session: Session) -> list[Quarantined]:
    rows = session.execute(select(RecordCopy).where(RecordCopy.quarantined_at.is_not(None))
                           .order_by(RecordCopy.quarantined_at)).scalars()
    return [Quarantined(r.kind, r.record_id, r.rev, r.child_id, r.quarantined_at, r.quarantine_reason)
            for r in rows if r.quarantined_at is not None]


def _stored(session: Session, record_id: str, rev: str) -> list[RecordCopy]:
    query = select(RecordCopy).where(RecordCopy.record_id == record_id)
    if rev:
        query = query.where(RecordCopy.rev == rev)
    rows = list(session.execute(query).scalars())
    if not rows:
        raise HubError(f"no record with id {record_id}" + (f" and revision {rev}" if rev else "")
                       + " on this hub")
    return rows


@dataclass(frozen=True)
class Unfit:
    kind: str
    record_id: str
    rev: str
    reason: str


def check_records(session: Session) -> list[Unfit]:
    """Every stored record, withdrawn or not, against the strict record schema: those that
    fail it (taken in before the hub checked as it does now). Read in chunks."""
    from directwork.domain import validation

    found: list[Unfit] = []
    rows = session.execute(select(RecordCopy.kind, RecordCopy.record_id, RecordCopy.rev,
                                  RecordCopy.payload, RecordCopy.quarantined_at)
                           .order_by(RecordCopy.key).execution_options(yield_per=500))
    for kind, record_id, rev, payload, withdrawn in rows:
        if withdrawn is not None:
            continue
        try:
            validation.validate(json.loads(payload))
        except validation.RecordRefused as exc:
            found.append(Unfit(kind, record_id, rev, exc.reason))
        except (ValueError, RecursionError):
            found.append(Unfit(kind, record_id, rev, "not readable JSON"))
    return found


@dataclass(frozen=True)
class HandedInInfo:
    device_id: str
    practitioner: str
    kind: str
    record_id: str
    child_id: str
    reason: str
    at: datetime
    payload: str


def handed_in(session: Session) -> list[HandedInInfo]:
    """What retired laptops handed in, oldest first."""
    rows = session.execute(select(HandedInRecord, Practitioner.name).outerjoin(
        Practitioner, Practitioner.id == HandedInRecord.practitioner_id)
        .order_by(HandedInRecord.key)).all()
    return [HandedInInfo(h.device_id, name or h.practitioner_id, h.kind, h.record_id, h.child_id,
                         h.reason, h.handed_in_at, h.payload) for h, name in rows]


def new_mark() -> str:
    """The random mark of a feed row (see FeedEvent.mark)."""
    return secrets.token_hex(8)


def new_marks(count: int) -> list[str]:
    """``count`` marks as ``new_mark`` makes them (8 random bytes each, in hex), from one
    draw of the system's randomness rather than one a row."""
    drawn = secrets.token_hex(8 * count)
    return [drawn[i:i + 16] for i in range(0, 16 * count, 16)]


# --------------------------------------------------------------------------- caseloads


def visible_children(practitioner: Practitioner) -> Select[tuple[str]]:
    """The children a practitioner's devices may read and write: their own caseload, and for
    a team manager every child on a caseload in their team."""
    statement, params = caseloads_seen(practitioner)
    return statement.params(params)


def caseloads_seen(practitioner: Practitioner) -> tuple[Select[tuple[str]], dict[str, Any]]:
    """``visible_children`` as one of two statements built once, and the values it takes."""
    if practitioner.is_manager and practitioner.team:
        return TEAM_CASELOADS, {"sees_for": practitioner.id, "sees_team": practitioner.team}
    return OWN_CASELOAD, {"sees_for": practitioner.id}


_CASE = cast(Table, ChildCase.__table__)
_PRACTITIONER = cast(Table, Practitioner.__table__)
OWN_CASELOAD: Select[tuple[str]] = select(_CASE.c.child_id).where(
    _CASE.c.practitioner_id == bindparam("sees_for"))
TEAM_CASELOADS: Select[tuple[str]] = select(_CASE.c.child_id).where(or_(
    _CASE.c.practitioner_id == bindparam("sees_for"),
    _CASE.c.practitioner_id.in_(select(_PRACTITIONER.c.id).where(
        _PRACTITIONER.c.team == bindparam("sees_team")))))


def can_see(session: Session, practitioner: Practitioner, child_id: str) -> bool:
    return session.execute(
        visible_children(practitioner).where(ChildCase.child_id == child_id)).first() is not None


def assign(session: Session, child_id: str, practitioner: str) -> None:
    """Put a child who is on no caseload yet onto ``practitioner``'s."""
    who = find_practitioner(session, practitioner)
    held = session.get(ChildCase, child_id)
    if held is not None:
        holder = session.get(Practitioner, held.practitioner_id)
        raise HubError(f"that child is already on {holder.name if holder else '?'}'s caseload; "
                       "use transfer to move the case")
    session.add(ChildCase(child_id=child_id, practitioner_id=who.id))
    audit.record(session, "assign", actor=who.id, detail=child_id)


def transfer(session: Session, child_id: str, from_practitioner: str, to_practitioner: str) -> int:
    """Move a child's case with its whole history. The new practitioner's devices receive every
    record of the child on their next pull; the old one's are told to drop it. Returns the
    number of records sent on."""
    old = find_practitioner(session, from_practitioner)
    new = find_practitioner(session, to_practitioner)
    held = session.get(ChildCase, child_id)
    if held is None or held.practitioner_id != old.id:
        raise HubError(f"that child is not on {old.name}'s caseload")
    if old.id == new.id:
        raise HubError("the case is already with that practitioner")
    held.practitioner_id = new.id
    session.add(FeedEvent(child_id=child_id, removed_from=old.id, mark=new_mark()))
    keys = session.execute(
        select(RecordCopy.key).where(RecordCopy.child_id == child_id).order_by(RecordCopy.key)
    ).scalars().all()
    session.add_all(FeedEvent(child_id=child_id, record_key=k, for_practitioner=new.id,
                              mark=new_mark()) for k in keys)
    audit.record(session, "transfer", actor=new.id, detail=f"{child_id} from {old.id}")
    return len(keys)


def device_for_request(session: Session, device_id: str) -> tuple[Device, Practitioner] | None:
    row = session.execute(
        select(Device, Practitioner).join(Practitioner).where(and_(Device.id == device_id))
    ).first()
    return (row[0], row[1]) if row else None


def device_at_once(connection: Connection, device_id: str, nonce: str, *, now: int,
                   seen: datetime, stale: datetime) -> tuple[Device, Practitioner] | None:
    """``device_for_request`` with the request's nonce claimed (``seen_at`` ``now``) and the
    device's time last seen set to ``seen`` when it is older than ``stale``, in one statement
    on an autocommit ``connection`` (PostgreSQL): what the full check does in a transaction
    of its own. The device and its practitioner as the full check would hold them (not bound
    to any session); None, having written nothing, for a device not found, revoked or not yet
    confirmed (the full check says why). A nonce used before raises IntegrityError, having
    written nothing."""
    row = connection.exec_driver_sql(_DEVICE_AT_ONCE, {
        "device": device_id, "nonce": nonce, "now": now, "seen": utc_text(seen),
        "stale": utc_text(stale)}).first()
    if row is None or not row[-1]:
        return None
    values = [None if value is None else parse(value)
              for parse, value in zip(_PARSERS, row, strict=False)]
    device = Device(**dict(zip(_DEVICE_COLUMNS, values, strict=False)))
    practitioner = Practitioner(**dict(zip(_PRACTITIONER_COLUMNS, values[len(_DEVICE_COLUMNS):],
                                           strict=False)))
    if device.last_seen is None or device.last_seen <= stale:
        device.last_seen = seen  # as the full check's update leaves the device it read
    return device, practitioner


def _parser(column: Any) -> Any:
    """How a column's value comes back from the driver into what the ORM would hold."""
    return from_utc_text if isinstance(column.type, UTCDateTime) else (lambda value: value)


# Every column of the device and its practitioner, named from the tables (a column added to
# either is read here too), in one statement: the device and its practitioner, read only if
# the device is neither revoked nor awaiting confirmation; the nonce claimed (a second use
# fails the statement: nothing is written); the time last seen kept to the minute. The last
# column says whether the nonce was claimed (no device found: nothing claimed).
_DEVICE_TABLE = cast(Table, Device.__table__)
_DEVICE_COLUMNS = [column.name for column in _DEVICE_TABLE.columns]
_PRACTITIONER_COLUMNS = [column.name for column in _PRACTITIONER.columns]
_PARSERS = [_parser(c) for c in (*_DEVICE_TABLE.columns, *_PRACTITIONER.columns)]
_DEVICE_AT_ONCE = f"""
WITH d AS (
    SELECT {", ".join(f"device.{name} AS d_{name}" for name in _DEVICE_COLUMNS)},
           {", ".join(f"practitioner.{name} AS p_{name}" for name in _PRACTITIONER_COLUMNS)}
    FROM device JOIN practitioner ON practitioner.id = device.practitioner_id
    WHERE device.id = %(device)s AND device.revoked_at IS NULL
      AND device.confirmed_at IS NOT NULL),
n AS (INSERT INTO nonce (nonce, seen_at) SELECT %(nonce)s, %(now)s FROM d RETURNING 1),
u AS (UPDATE device SET last_seen = %(seen)s FROM d
      WHERE device.id = d.d_id AND (d.d_last_seen IS NULL OR d.d_last_seen <= %(stale)s)
      RETURNING 1)
SELECT d.*, (SELECT count(*) FROM n) FROM d
"""
