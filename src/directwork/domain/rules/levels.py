"""The child's current safety and wellbeing level: one consistent answer from the history."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from directwork.domain.records import EARLIEST, Level, LevelSignOff, SafetyLevelDecision


@dataclass(frozen=True)
class LevelDecision:
    """A level decision with its manager's sign-off, if given."""

    decision: SafetyLevelDecision
    sign_off: LevelSignOff | None

    @property
    def level(self) -> Level:
        return self.decision.level

    @property
    def signed_off(self) -> bool:
        return self.sign_off is not None


def _when(decision: SafetyLevelDecision) -> tuple[datetime, datetime, str]:
    return (decision.decided_at or decision.created_at or EARLIEST,
            decision.created_at or EARLIEST, decision.id)


def level_history(decisions: Iterable[SafetyLevelDecision],
                  sign_offs: Iterable[LevelSignOff]) -> list[LevelDecision]:
    """Every effective decision, newest first, each with its latest sign-off."""
    latest_sign_off: dict[str, LevelSignOff] = {}
    for s in sorted(sign_offs, key=lambda s: (s.signed_at or s.created_at or EARLIEST)):
        latest_sign_off[s.decision_id] = s
    ordered = sorted(decisions, key=_when, reverse=True)
    return [LevelDecision(d, latest_sign_off.get(d.id)) for d in ordered]


def current_level(decisions: Iterable[SafetyLevelDecision],
                  sign_offs: Iterable[LevelSignOff]) -> LevelDecision | None:
    """The latest effective decision (by when it was decided), or None if none was made."""
    history = level_history(decisions, sign_offs)
    return history[0] if history else None
