"""The codec every record travels through, and revision ids/heads, without a database."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directwork.domain import codec
from directwork.domain import records as r
from directwork.domain.revisions import RevisionLink, heads, make_rev, rev_number
from tests.support import samples


def test_every_kind_survives_encoding_to_json_and_back():
    items = [samples.child(id="c")] + samples.everything_for("c")
    for rec in items:
        data = codec.record_to_dict(rec)
        assert data["kind"] == rec.KIND
        assert codec.record_from_dict(data) == rec


def test_times_are_utc_with_z_and_offsets_are_honoured():
    t = datetime(2026, 7, 1, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert codec.utc_iso(t) == "2026-07-01T09:00:00.000000Z"
    assert codec.parse_utc("2026-07-01T10:00:00+01:00") == datetime(2026, 7, 1, 9, tzinfo=UTC)
    with pytest.raises(ValueError):
        codec.utc_iso(datetime(2026, 7, 1))


@pytest.mark.parametrize(
    ("patch", "path"),
    [
        ({"actions": [{"due": "31/02/2026"}]}, "$.actions[0].due"),
        ({"status": "finished"}, "$.status"),
        ({"worries": "not a list"}, "$.worries"),
        ({"nonsense": 1}, "$.nonsense"),
        ({"scores": [{"score": "six"}]}, "$.scores[0].score"),
    ],
)
def test_bad_values_are_reported_at_their_json_path(patch, path):
    data = codec.record_to_dict(r.SafetyPlan(id="p", child_id="c"))
    data.update(patch)
    with pytest.raises(codec.DecodeError) as err:
        codec.record_from_dict(data)
    assert err.value.path == path


def test_unknown_kind_is_refused():
    with pytest.raises(codec.DecodeError) as err:
        codec.record_from_dict({"kind": "horoscope", "id": "x"})
    assert err.value.path == "$.kind"


def test_same_edit_of_same_base_gets_same_rev_and_different_edits_do_not():
    plan = r.SafetyPlan(id="p", child_id="c", child_section="a")
    h1 = codec.content_hash(plan)
    assert h1 == codec.content_hash(dataclasses.replace(plan, device_id="other", updated_at=samples.T0))
    h2 = codec.content_hash(dataclasses.replace(plan, child_section="b"))
    assert make_rev(h1, "1-x") == make_rev(h1, "1-x")
    assert make_rev(h1, "1-x") != make_rev(h2, "1-x")
    assert rev_number(make_rev(h1, "4-x", "6-y")) == 7


def test_heads_are_revisions_nothing_builds_on():
    links = [RevisionLink("1-a", None), RevisionLink("2-b", "1-a"), RevisionLink("2-c", "1-a")]
    assert set(heads(links)) == {"2-b", "2-c"}
    links.append(RevisionLink("3-d", "2-b", "2-c"))
    assert heads(links) == ["3-d"]


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=30))
def test_a_linear_history_always_has_exactly_one_head(parents):
    links = [RevisionLink("1-root", None)]
    for i, p in enumerate(parents):
        base = links[min(p, len(links) - 1)].rev if i == 0 else links[-1].rev
        links.append(RevisionLink(f"{rev_number(base) + 1}-n{i}", base))
    assert len(heads(links)) == 1


def test_a_field_added_later_with_a_default_leaves_existing_revision_ids_alone():
    @dataclasses.dataclass(kw_only=True)
    class PlanWithNewField(r.SafetyPlan):
        colour: str = ""
        worries: list[r.Worry] = dataclasses.field(default_factory=list)

    plan = r.SafetyPlan(id="p", child_id="c", child_section="mine", worries=[r.Worry(id="w", text="x")])
    later = PlanWithNewField(id="p", child_id="c", child_section="mine", worries=[r.Worry(id="w", text="x")])
    assert codec.content_hash(plan) == codec.content_hash(later)
    assert codec.content_hash(dataclasses.replace(later, colour="red")) != codec.content_hash(plan)
