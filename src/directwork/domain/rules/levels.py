"""The child's safety and wellbeing level: one consistent answer from the history.

A decision counts as the child's level once a manager signs it off; a newer decision that no
manager has signed off yet is shown beside it as awaiting sign-off (``level_standing``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
    """The latest effective decision (by when it was decided), signed off or not, or None if
    none was made. Screens show ``level_standing``: the signed-off level as such, and a newer
    decision as awaiting sign-off."""
    history = level_history(decisions, sign_offs)
    return history[0] if history else None


@dataclass(frozen=True)
class LevelStanding:
    """The level as it stands: the newest decision a manager signed off, and a newer one still
    awaiting sign-off (shown as such, never as the signed-off level)."""

    signed_off: LevelDecision | None
    awaiting: LevelDecision | None

    @property
    def shown(self) -> LevelDecision | None:
        """The decision a list shows first: the signed-off one, else the one awaiting."""
        return self.signed_off or self.awaiting

    @property
    def highest(self) -> Level | None:
        """For ordering a caseload by risk: the higher of the two, so a raised level awaiting
        sign-off is not sorted below where it belongs."""
        levels = [d.level for d in (self.signed_off, self.awaiting) if d is not None]
        return max(levels, key=lambda level: level.rank, default=None)


def level_standing(decisions: Iterable[SafetyLevelDecision],
                   sign_offs: Iterable[LevelSignOff]) -> LevelStanding:
    """The signed-off level, and the newest decision after it that no manager has signed off."""
    return standing_from_history(level_history(decisions, sign_offs))


def standing_from_history(history: Sequence[LevelDecision]) -> LevelStanding:
    """``level_standing`` from a history already gathered (newest first)."""
    signed = next((d for d in history if d.signed_off), None)
    newest = history[0] if history else None
    awaiting = newest if newest is not None and not newest.signed_off else None
    return LevelStanding(signed, awaiting)
