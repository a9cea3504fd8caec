"""The protocol's check of a change: the payload must be the record the envelope describes."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from directwork.domain import codec
from directwork.domain.records import SafetyPlan, VisitNote
from directwork.store.records import with_rev
from directwork.sync.protocol import ChangeRefused, PushRequest, check_change, envelope

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _plan() -> SafetyPlan:
    return with_rev(SafetyPlan(id="p1", child_id="c1", created_at=NOW, updated_at=NOW,
                               title="Staying safe at weekends"))


def _change(record, **env):
    payload = codec.record_to_dict(record)
    fields = {"seq": 1, "kind": record.KIND, "record_id": record.id, "child_id": record.child_id,
              "rev": getattr(record, "rev", None), "payload": payload} | env
    return envelope(**fields)


def test_a_true_revision_passes() -> None:
    assert check_change(_change(_plan())).title == "Staying safe at weekends"


def test_a_revision_whose_content_was_changed_is_refused() -> None:
    plan = _plan()
    altered = dataclasses.replace(plan, title="Something else")
    with pytest.raises(ChangeRefused, match="revision id"):
        check_change(_change(altered))


def test_an_envelope_that_names_another_child_is_refused() -> None:
    with pytest.raises(ChangeRefused, match="child id"):
        check_change(_change(_plan(), child_id="c2"))


def test_an_entry_with_a_revision_is_refused() -> None:
    note = VisitNote(id="n1", child_id="c1", created_at=NOW, updated_at=NOW, text="hello")
    with pytest.raises(ChangeRefused, match="append-only"):
        check_change(_change(note, rev="1-abc"))


def test_a_payload_that_does_not_decode_says_where() -> None:
    change = _change(_plan())
    change.payload["status"] = "maybe"
    with pytest.raises(ChangeRefused, match=r"\$\.status"):
        check_change(change)


@pytest.mark.parametrize("field", ["id", "child_id", "kind", "rev"])
def test_an_envelope_with_a_control_character_in_a_key_is_invalid(field) -> None:
    from pydantic import ValidationError

    change = _change(_plan()).model_dump()
    change[field] = change[field] + "\x00"
    with pytest.raises(ValidationError):
        PushRequest.model_validate({"changes": [change]})
