"""What the hub's administrator does: teams, practitioners, enrolment codes, devices, and
which practitioner each child's case sits with. Each function takes a writing Session (see
``HubDatabase.writing``) and raises HubError with a readable message, changing nothing."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from directwork.hub import audit
from directwork.hub.schema import (
    ChildCase,
    Device,
    EnrolCode,
    FeedEvent,
    Practitioner,
    RecordCopy,
    Team,
)

CODE_LIFETIME = timedelta(hours=24)
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


def new_enrol_code(session: Session, practitioner: str, *, lifetime: timedelta = CODE_LIFETIME,
                   ) -> tuple[str, datetime]:
    """A one-time code that enrols one laptop for ``practitioner``. Only its hash is kept."""
    who = find_practitioner(session, practitioner)
    code = "-".join("".join(secrets.choice(_CODE_ALPHABET) for _ in range(5)) for _ in range(4))
    expires = _now() + lifetime
    session.add(EnrolCode(code_hash=_code_hash(code), practitioner_id=who.id, expires_at=expires))
    audit.record(session, "enrol-code", actor=who.id)
    return code, expires


def enrol(session: Session, code: str, public_key: str, device_name: str,
          next_seq: int) -> tuple[Device, Practitioner]:
    """Use an enrolment code (once) to register a device's public key. A refusal raises
    HubError; the caller notes it in the audit log (this transaction is rolled back)."""
    row = session.get(EnrolCode, _code_hash(code))
    if row is None:
        raise HubError("that enrolment code is not known to this hub", 403)
    if row.used_at is not None:
        raise HubError("that enrolment code has already been used; ask for a new one", 403)
    if row.expires_at < _now():
        raise HubError("that enrolment code has expired; ask for a new one", 403)
    practitioner = session.get(Practitioner, row.practitioner_id)
    if practitioner is None:
        raise HubError("the practitioner that enrolment code was made for is no longer on "
                       "this hub", 403)
    row.used_at = _now()
    device = Device(id=str(uuid.uuid4()), practitioner_id=row.practitioner_id,
                    name="".join(ch for ch in device_name if ch.isprintable())[:200],
                    public_key=public_key, enrolled_at=_now(),
                    last_seq=next_seq - 1, pulled_to=0)
    session.add(device)
    session.flush()
    audit.record(session, "enrol", actor=row.practitioner_id, device_id=device.id)
    return device, practitioner


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    practitioner: str
    name: str
    enrolled_at: datetime
    revoked: bool
    last_seen: datetime | None


def list_devices(session: Session) -> list[DeviceInfo]:
    rows = session.execute(
        select(Device, Practitioner.name).join(Practitioner).order_by(Device.enrolled_at)).all()
    return [DeviceInfo(d.id, name, d.name, d.enrolled_at, d.revoked_at is not None, d.last_seen)
            for d, name in rows]


def revoke_device(session: Session, device_id: str) -> None:
    device = session.get(Device, device_id)
    if device is None:
        raise HubError(f"no device with id {device_id}")
    if device.revoked_at is None:
        device.revoked_at = _now()
        audit.record(session, "revoke-device", actor=device.practitioner_id, device_id=device.id)


def visible_children(practitioner: Practitioner) -> Select[str]:
    """The children a practitioner's devices may read and write: their own caseload, and for
    a team manager every child on a caseload in their team."""
    mine = ChildCase.practitioner_id == practitioner.id
    if practitioner.is_manager and practitioner.team:
        team_member = select(Practitioner.id).where(Practitioner.team == practitioner.team)
        mine = or_(mine, ChildCase.practitioner_id.in_(team_member))
    return select(ChildCase.child_id).where(mine)


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
    session.add(FeedEvent(child_id=child_id, removed_from=old.id))
    keys = session.execute(
        select(RecordCopy.key).where(RecordCopy.child_id == child_id).order_by(RecordCopy.key)
    ).scalars().all()
    session.add_all(FeedEvent(child_id=child_id, record_key=k, for_practitioner=new.id)
                    for k in keys)
    audit.record(session, "transfer", actor=new.id, detail=f"{child_id} from {old.id}")
    return len(keys)


def device_for_request(session: Session, device_id: str) -> tuple[Device, Practitioner] | None:
    row = session.execute(
        select(Device, Practitioner).join(Practitioner).where(and_(Device.id == device_id))
    ).first()
    return (row[0], row[1]) if row else None
