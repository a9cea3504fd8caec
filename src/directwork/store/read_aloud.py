"""Read-aloud's own settings and the pictures a child picked for their plan.

How fast read-aloud speaks to a child is kept in the vault (a child's needs are theirs, not
this laptop's plain settings file) but never synced: it belongs to this screen. A picture
the child picked is an entry like any other, so it reaches their summary and other laptops.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from directwork.domain import pictures
from directwork.domain.read_aloud import DEFAULT_SPEED, SPEEDS
from directwork.domain.records import PictureChoice
from directwork.store import records
from directwork.store.context import now_of
from directwork.store.schema import ChildSpeechRow


def speech_speed(session: Session, child_id: str) -> int:
    """How fast read-aloud speaks to this child, in words a minute."""
    row = session.get(ChildSpeechRow, child_id)
    return row.speed if row is not None and row.speed in SPEEDS else DEFAULT_SPEED


def keep_speech_speed(session: Session, child_id: str, speed: int) -> int:
    """Keep ``speed`` (one of SPEEDS) for this child; returns it."""
    if speed not in SPEEDS:
        raise records.InvalidRecord(f"read-aloud speed {speed} is not one of {SPEEDS}")
    session.merge(ChildSpeechRow(child_id=child_id, speed=speed, updated_at=now_of(session)))
    return speed


def pick_picture(session: Session, choice: PictureChoice) -> PictureChoice:
    """Keep the picture the child picked for one item of their plan."""
    kind = choice.item.split(":", 1)[0]
    if kind not in pictures.KIND_PICTURES or choice.picture not in pictures.offered(kind):
        raise records.InvalidRecord("That picture cannot be picked for this part of the plan.")
    if not choice.plan_id:
        raise records.InvalidRecord("A picture is picked for an item of a plan.")
    return records.add_entry(session, choice)


def picked_pictures(session: Session, child_id: str, plan_id: str) -> dict[str, str]:
    """The picture the child picked for each item of one plan."""
    return pictures.picked(records.list_entries(session, PictureChoice, child_id), plan_id)
