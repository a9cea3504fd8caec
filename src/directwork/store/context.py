"""Who is acting and what time it is, carried on the Session (``session.info``).

The vault sets the practitioner and device when it makes a session; tests and the practice
rules may set ``clock`` to a fixed time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.orm import Session


def now_of(session: Session) -> datetime:
    clock: Callable[[], datetime] | None = session.info.get("clock")
    return clock() if clock else datetime.now(UTC)


def actor_of(session: Session) -> tuple[str, str]:
    return session.info.get("practitioner_id", ""), session.info.get("device_id", "")
