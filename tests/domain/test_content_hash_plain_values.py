"""The content hash takes plain values (text, numbers, true/false, null) as they are without
walking them: the form it hashes is exactly what the walk gave, on records of every kind and
on any mix of values (enums that are also text, times, dates, bytes, nested parts)."""

from __future__ import annotations

import dataclasses
import enum
import hashlib
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from directwork.domain import codec, validation
from tests.domain.test_quick_check import payloads  # noqa: F401 (a fixture)
from tests.support.walked import walked


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return bool(a == b) or a != a  # NaN is itself


class Colour(enum.StrEnum):
    RED = "red"


class Size(enum.IntEnum):
    BIG = 2


@dataclasses.dataclass
class Part:
    name: str = ""
    n: int = 0
    tags: list[Any] = dataclasses.field(default_factory=list)
    inner: Any = None


_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=5),
    st.sampled_from([Colour.RED, Size.BIG, b"\x00\xff", bytearray(b"ab"),
                     datetime(2026, 1, 31, 9, tzinfo=UTC), date(2026, 1, 31), "", 0, False]))
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(st.one_of(st.text(max_size=3), st.integers(0, 3)), inner, max_size=3),
        st.builds(Part, name=st.text(max_size=3), n=st.integers(0, 2),
                  tags=st.lists(inner, max_size=2), inner=inner)),
    max_leaves=10)


@settings(max_examples=400, deadline=None)
@given(_VALUES)
def test_any_value_gives_the_form_the_walk_gave(value: Any) -> None:
    assert _same(codec._without_defaults(value), walked(value))


def test_records_of_every_kind_hash_as_before(payloads) -> None:  # noqa: F811
    for payload in payloads:
        record = validation.decode(payload)
        assert _same(codec._without_defaults(record), walked(record)), payload["kind"]
        body = {k: v for k, v in walked(record).items() if k not in codec._REVISION_FIELDS}
        body["kind"] = record.KIND
        assert codec.content_hash(record) == hashlib.sha256(codec.canonical_json(body)).hexdigest()
