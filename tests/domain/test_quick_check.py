"""The quick check of received records (validation.quick_decode) against the model it is
compiled from (validation.decode_by_model): on records of every kind (the team-level ones
too), changed at random in every way a sender could get them wrong, the quick check never
accepts what the model refuses, gives exactly the record the model gives, and decode (quick
check first) accepts and refuses exactly what the model does, with the same words."""

from __future__ import annotations

import dataclasses
import enum
import json
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from directwork.domain import codec, records, validation
from directwork.domain.links import link_id
from directwork.domain.records import RECORD_KINDS
from directwork.domain.validation import MAX_ITEMS
from directwork.store import records as svc
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.store.test_received import _records_of
from tests.support.linked import fill_child


def _team_records(session: Any, first: records.Child, second: records.Child) -> None:
    """The team-level kinds a manager's laptop holds, over two children's places: a team
    link between them (decided, with why) and a team context with a plan action and a
    review (nested parts, dates and enums)."""
    places = sorted((next(c for c in svc.list_documents(session, records.Context)
                          if c.child_id == child.id).id, child.id) for child in (first, second))
    (one, one_child), (other, other_child) = places
    svc.save_document(session, records.TeamLink(
        id=link_id(one, other), child_id=one_child, link_kind=records.LinkKind.CONTEXT,
        first_record=one, first_child=one_child, second_record=other,
        second_child=other_child, verdict=records.LinkVerdict.CONFIRMED, decided_by="Sam",
        decided_at=datetime(2026, 1, 31, 9, tzinfo=UTC), reason="the same garages",
        suggested_because="same name"))
    children = sorted({one_child, other_child})
    context = svc.save_document(session, records.TeamContext(
        child_id=children[0], title="Heol Fawr garages", context_records=[one, other],
        children=children, why="older young people meet there", actions=[records.PlanAction(
            id="a1", what="patrols on Friday evenings", owner="PC Jones", agency="police",
            due=date(2026, 3, 1))],
        reviews=[records.ContextReview(held_on=date(2026, 2, 1), by="Sam",
                                       what_changed="patrols began")]))
    svc.save_document(session, dataclasses.replace(context, closed=True))


@pytest.fixture(scope="module")
def payloads(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Records of every kind as a pull receives them (JSON), stamped and with real revisions:
    two children's files and the team-level records over them."""
    source = Vault.create(tmp_path_factory.mktemp("source"), PASSPHRASE,
                          kdf=KdfParams.fast_for_tests())[0]
    with source.transaction() as s:
        first, _ = fill_child(s, "Dafydd")
        second, _ = fill_child(s, "Rhian")
        _team_records(s, first, second)
    try:
        return [json.loads(codec.canonical_json(codec.record_to_dict(rec)))
                for rec in _records_of(source)]
    finally:
        source.lock()


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (an enum member is not its text)."""
    if type(a) is not type(b):
        return False
    if dataclasses.is_dataclass(a):
        return all(_same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


def _outcome(decode: Any, data: Any) -> Any:
    try:
        return decode(data)
    except validation.RecordRefused as exc:
        return [str(p) for p in exc.problems]


def test_every_kind_has_a_quick_check_and_it_takes_every_good_record(payloads) -> None:
    assert {p["kind"] for p in payloads} == set(RECORD_KINDS)
    for kind in RECORD_KINDS:
        assert validation._quick_check(kind) is not None, kind
    for payload in payloads:
        quick = validation.quick_decode(payload)
        assert quick is not None, payload["kind"]
        assert _same(quick, validation.decode_by_model(payload))


_ENUM_TEXTS = sorted({str(m.value) for cls in vars(records).values()
                      if isinstance(cls, type) and issubclass(cls, enum.Enum) for m in cls})
_TEXTS = st.one_of(
    st.sampled_from(["", "x", "2026-01-31T09:00:00Z", "2026-01-31T09:00:00+01:00",
                     "2026-02-30T09:00:00Z", "1899-12-31T23:30:00-01:00", "2201-01-01T00:00:00Z",
                     "2026-01-31", "2026-13-01", "1899-01-01", "2026-01-31T09:00Z",
                     "0195f000-0000-7000-8000-000000000001", "0195F000-0000-7000-8000-00000000000G",
                     "1-abc", "1-ABC", "0-", "iVBORw0KGgo=", "not base64!", "UklGRgAAAABXQVZF",
                     *_ENUM_TEXTS]),
    st.integers(0, 260).map(lambda n: "a" * n),
    st.sampled_from([64, 65, 199, 200, 201, 1000, 100_000, 100_001]).map(lambda n: "é" * n),
    st.text(max_size=20))
_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.sampled_from([0, 1, -1, 10, 11, 10_000, 10_001,
                                                         1_000_000, 1_000_001, 2**63]),
              st.floats(allow_nan=False, allow_infinity=False), _TEXTS),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(_TEXTS, inner, max_size=3)),
    max_leaves=6)


_NUMBERS = [0, 1, -1, 10, 11, 10_000, 10_001, 1_000_000, 1_000_001, 2**63, True, False, 1.0]


def _near(value: Any) -> st.SearchStrategy[Any]:
    """Values close to ``value`` and to the limits a field like it has: a length either side
    of each limit, the numbers either side of each range, the other JSON types."""
    if isinstance(value, str):
        lengths = [0, 1, 63, 64, 65, 199, 200, 201, 100_000, 100_001]
        return st.one_of(st.sampled_from(lengths).map(lambda n: (value or "a")[:1] * n),
                         st.sampled_from([value.upper(), value + "0", value[:-1], " " + value,
                                          value.replace("Z", "+00:00"), None, 0, True]),
                         _TEXTS)
    if isinstance(value, bool):
        return st.sampled_from([not value, 0, 1, "true", None, 1.0])
    if isinstance(value, int | float):
        return st.sampled_from([*_NUMBERS, value + 1, value - 1, str(value), None])
    if isinstance(value, list):
        return st.sampled_from([[], None, value * 2, value[:1] * 1000, value[:1] * 1001,
                                {"0": value}])
    if isinstance(value, dict):
        return st.sampled_from([{}, None, [value], {**value, "extra": 1}])
    return _VALUES


def _places(value: Any, at: tuple = ()) -> list[tuple]:
    """Every path into a JSON value (keys and indexes)."""
    out = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _places(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _places(item, (*at, index))
    return out


def _mutate(data: Any, draw: Any) -> Any:
    data = json.loads(json.dumps(data))
    places = [p for p in _places(data) if p and p != ("kind",)]
    if not places:
        return data
    place = draw(st.sampled_from(places))
    *parent_path, last = place
    parent = data
    for step in parent_path:
        parent = parent[step]
    how = draw(st.sampled_from(["replace", "delete", "extra", "copy", "many"]))
    if how == "replace":
        parent[last] = draw(st.one_of(_near(parent[last]), _VALUES))
    elif how == "delete":
        del parent[last]
    elif how == "extra" and isinstance(parent, dict):
        parent[draw(_TEXTS)] = draw(_VALUES)
    elif how == "copy":
        parent[last] = json.loads(json.dumps(data[draw(st.sampled_from(sorted(data)))]))
    elif how == "many":
        parent[last] = [parent[last]] * draw(st.sampled_from(_times(parent[last])))
    return data


# The longest value (as JSON) that "many" repeats a thousand times: a text at its limit,
# 100,001 characters, a thousand times over is 100 MB (the largest examples drawn are that).
# A larger value (most often one "many" has already repeated) is only doubled: repeated a
# thousand times again it would be 100 GB for one example, past any test's time and this
# computer's memory.
_MOST_REPEATED = 100_010


def _times(value: Any) -> list[int]:
    """How many copies "many" may make of ``value``: either side of the limit on items, unless
    the copies would be too large to check in a test's time."""
    if len(json.dumps(value, ensure_ascii=False)) <= _MOST_REPEATED:
        return [0, 2, MAX_ITEMS, MAX_ITEMS + 1]
    return [0, 2]


# No shrinking: an example can hold a string of 100,000 characters a thousand times over, and
# shrinking one that failed ran on for over ten minutes under load, past pytest-timeout (whose
# failure Hypothesis takes for the test's own and shrinks on). A failure is reported as drawn,
# with the blob that reproduces it (@reproduce_failure).
@settings(max_examples=1500, deadline=None, print_blob=True,
          phases=[Phase.explicit, Phase.reuse, Phase.generate], suppress_health_check=[
              HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
              HealthCheck.data_too_large])
@given(data=st.data())
def test_the_quick_check_accepts_and_refuses_exactly_what_the_model_does(payloads, data) -> None:
    payload = data.draw(st.sampled_from(payloads))
    for _ in range(data.draw(st.integers(1, 3))):
        payload = _mutate(payload, data.draw)
    quick = validation.quick_decode(payload)
    by_model = _outcome(validation.decode_by_model, payload)
    if quick is not None:
        assert not isinstance(by_model, list), f"the model refuses what the quick check took: " \
                                               f"{by_model}"
        assert _same(quick, by_model)
    assert _agree(_outcome(validation.decode, payload), by_model)
    assert _agree(_outcome(validation.validate, payload),
                  _outcome(lambda d: _checked(validation.decode_by_model(d)), payload))


def _agree(a: Any, b: Any) -> bool:
    """The same refusal in the same words, or the same record."""
    if isinstance(a, list) or isinstance(b, list):
        return bool(a == b)
    return _same(a, b)


def _checked(record: Any) -> Any:
    problems = validation.record_problems(record)
    if problems:
        raise validation.RecordRefused(problems)
    return record
