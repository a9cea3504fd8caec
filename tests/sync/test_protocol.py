"""The protocol's check of a change: the payload must pass the strict record schema and be the
record the envelope describes."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from directwork.domain import codec
from directwork.domain.ids import uuid7
from directwork.domain.records import SafetyPlan, VisitNote
from directwork.store.records import with_rev
from directwork.sync.protocol import ChangeRefused, PushRequest, check_change, envelope

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
CHILD, OTHER_CHILD = uuid7(), uuid7()
STAMPS = {"created_at": NOW, "updated_at": NOW, "created_by": "sam", "device_id": "laptop-1"}


def _plan() -> SafetyPlan:
    return with_rev(SafetyPlan(id=uuid7(), child_id=CHILD, title="Staying safe at weekends",
                               **STAMPS))


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
        check_change(_change(_plan(), child_id=OTHER_CHILD))


def test_an_entry_with_a_revision_is_refused() -> None:
    note = VisitNote(id=uuid7(), child_id=CHILD, text="hello", **STAMPS)
    with pytest.raises(ChangeRefused, match="append-only"):
        check_change(_change(note, rev="1-abc"))


def test_a_payload_that_does_not_decode_says_where() -> None:
    change = _change(_plan())
    change.payload["status"] = "maybe"
    with pytest.raises(ChangeRefused, match=r"payload status: .maybe. is not one of"):
        check_change(change)


@pytest.mark.parametrize("field", ["id", "child_id", "kind", "rev"])
def test_an_envelope_with_a_control_character_in_a_key_is_invalid(field) -> None:
    from pydantic import ValidationError

    change = _change(_plan()).model_dump()
    change[field] = change[field] + "\x00"
    with pytest.raises(ValidationError):
        PushRequest.model_validate({"changes": [change]})


@pytest.mark.parametrize(("change", "reason"), [
    ({"updated_at": None}, "updated_at: is missing"),
    ({"created_by": ""}, "created_by: is missing"),
    ({"created_at": "0001-01-01T00:00:00+01:00"}, "created_at: is before 1900"),
    ({"created_at": "2026-03-02T09:30:00"}, "created_at: not a date-time with offset"),
    ({"text": "x" * 100_001}, "text: is longer than 100,000 characters"),
    ({"visit_id": "not-a-uuid"}, "visit_id: not a UUID"),
    ({"retracted": True}, "retracted: a retraction must name the entry"),
])
def test_a_record_missing_a_stamp_or_out_of_range_is_refused_with_where(change, reason) -> None:
    note = VisitNote(id=uuid7(), child_id=CHILD, text="hello", **STAMPS)
    bad = _change(note)
    bad.payload.update(change)
    with pytest.raises(ChangeRefused, match=f"payload {reason}"):
        check_change(bad)
