"""One consistent current level: the latest decision by when it was decided, with its sign-off."""

from __future__ import annotations

from datetime import UTC, datetime

from directwork.domain.records import Level, LevelSignOff, SafetyLevelDecision
from directwork.domain.rules.levels import current_level, level_history, level_standing


def decision(id_: str, level: Level, decided: datetime, entered: datetime) -> SafetyLevelDecision:
    return SafetyLevelDecision(id=id_, child_id="c1", level=level, reasoning="because",
                               decided_at=decided, created_at=entered)


def test_no_decision_means_no_level() -> None:
    assert current_level([], []) is None


def test_the_latest_decision_wins_even_when_entered_after_a_later_one() -> None:
    high = decision("d1", Level.HIGH, datetime(2026, 3, 5, tzinfo=UTC), datetime(2026, 3, 5, tzinfo=UTC))
    # Entered later (after a visit with no signal) but decided earlier:
    medium = decision("d2", Level.MEDIUM, datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 6, tzinfo=UTC))
    now = current_level([high, medium], [])
    assert now is not None and now.level is Level.HIGH and not now.signed_off
    assert [d.decision.id for d in level_history([medium, high], [])] == ["d1", "d2"]


def test_a_sign_off_belongs_to_its_own_decision() -> None:
    d1 = decision("d1", Level.HIGH, datetime(2026, 3, 5, tzinfo=UTC), datetime(2026, 3, 5, tzinfo=UTC))
    d0 = decision("d0", Level.LOW, datetime(2026, 1, 5, tzinfo=UTC), datetime(2026, 1, 5, tzinfo=UTC))
    sign = LevelSignOff(id="s0", child_id="c1", decision_id="d0", manager="Pat Manager",
                        signed_at=datetime(2026, 1, 6, tzinfo=UTC))
    now = current_level([d0, d1], [sign])
    assert now is not None and now.decision.id == "d1" and now.sign_off is None
    assert level_history([d0, d1], [sign])[1].sign_off == sign


def test_the_signed_off_level_stands_and_a_newer_unsigned_one_awaits_sign_off() -> None:
    d0 = decision("d0", Level.MEDIUM, datetime(2026, 1, 5, tzinfo=UTC), datetime(2026, 1, 5, tzinfo=UTC))
    d1 = decision("d1", Level.HIGH, datetime(2026, 3, 5, tzinfo=UTC), datetime(2026, 3, 5, tzinfo=UTC))
    sign = LevelSignOff(id="s0", child_id="c1", decision_id="d0", manager="Pat Manager",
                        signed_at=datetime(2026, 1, 6, tzinfo=UTC))
    standing = level_standing([d0, d1], [sign])
    assert standing.signed_off is not None and standing.signed_off.decision.id == "d0"
    assert standing.signed_off.level is Level.MEDIUM and standing.signed_off.signed_off
    assert standing.awaiting is not None and standing.awaiting.level is Level.HIGH
    assert standing.highest is Level.HIGH
    signed_later = LevelSignOff(id="s1", child_id="c1", decision_id="d1", manager="Pat Manager")
    after = level_standing([d0, d1], [sign, signed_later])
    assert after.signed_off is not None and after.signed_off.level is Level.HIGH
    assert after.awaiting is None


def test_a_first_decision_not_yet_signed_off_is_only_awaiting() -> None:
    d = decision("d", Level.LOW, datetime(2026, 1, 5, tzinfo=UTC), datetime(2026, 1, 5, tzinfo=UTC))
    standing = level_standing([d], [])
    assert standing.signed_off is None and standing.awaiting is not None
    assert standing.shown is standing.awaiting
    assert level_standing([], []).shown is None
