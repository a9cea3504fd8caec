"""The canonical and compact texts (codec.canonical_text, codec.compact_text: the encoder made
once) write exactly what json.dumps with the same options writes, and refuse what it refuses
with the same error, for any value; and a record's content hash, which no longer works out
the form of the fields it leaves out, is the hash it was (the form walked whole, encoded by
json.dumps), for records of every kind, any mix of values, and stamps it cannot encode; and
so is a document's expected revision id, its own id no longer blanked before hashing."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, ClassVar

from hypothesis import given, settings
from hypothesis import strategies as st

from directwork.domain import codec, records, validation
from tests.domain.test_content_hash_plain_values import _VALUES, Colour
from tests.domain.test_quick_check import payloads  # noqa: F401 (a fixture)
from tests.support.walked import walked


def _dumps(value: Any, *, sort_keys: bool) -> str:
    return json.dumps(value, sort_keys=sort_keys, separators=(",", ":"), ensure_ascii=False)


def _outcome(encode: Any, value: Any) -> Any:
    try:
        return encode(value)
    except (TypeError, ValueError, RecursionError) as exc:
        return (type(exc), str(exc))


_TEXT = st.one_of(st.text(max_size=8), st.sampled_from(
    ["", "é", "\u2028", "\"", "\\", "\x00", "\x7f", "😀", "\ud800", "payload", "kind"]))
_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-2**80, 2**80), st.floats(),
                  st.sampled_from([-0.0, 1e300, 5e-324, float("inf"), float("nan")]), _TEXT)
_JSON = st.recursive(_LEAF, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.lists(inner, max_size=3).map(tuple),
    st.dictionaries(_TEXT, inner, max_size=4)), max_leaves=16)
# Keys JSON text cannot hold (numbers, true, null: written as text; mixed: not sortable) and
# values it cannot hold (bytes, a set, a date): refused, with the same words.
_ODD = st.recursive(
    st.one_of(_LEAF, st.sampled_from([b"x", {1, 2}, date(2026, 1, 31), object, Colour.RED])),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(
        st.one_of(_TEXT, st.integers(-3, 3), st.floats(), st.booleans(), st.none()), inner,
        max_size=3)), max_leaves=8)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_JSON, _ODD))
def test_the_texts_are_what_dumps_writes(value: Any) -> None:
    assert _outcome(codec.canonical_text, value) == _outcome(
        lambda v: _dumps(v, sort_keys=True), value)
    assert _outcome(codec.compact_text, value) == _outcome(
        lambda v: _dumps(v, sort_keys=False), value)


@settings(max_examples=200, deadline=None)
@given(_JSON)
def test_canonical_bytes_are_the_dumps_text_in_utf8(value: Any) -> None:
    assert _outcome(codec.canonical_json, value) == _outcome(
        lambda v: _dumps(v, sort_keys=True).encode(), value)


def test_the_encoder_made_once_is_the_one_used() -> None:
    """The probe passes on this Python: the quicker encoder is in use (were it not, the texts
    would still be right, only no quicker)."""
    assert codec.canonical_text is not codec._compact_encoder(sort_keys=True)
    assert codec.canonical_text.__name__ == "encode"
    assert codec.compact_text.__name__ == "encode"


def test_a_failed_encoding_leaves_nothing_behind_for_the_next() -> None:
    value: list[Any] = [1]
    value.append(value)
    for _ in range(3):
        assert isinstance(_outcome(codec.canonical_text, value), tuple)
        assert _outcome(codec.canonical_text, {"a": [b"x"]})[0] is TypeError
    assert codec.canonical_text({"b": [1], "a": {"c": None}}) == '{"a":{"c":null},"b":[1]}'


def test_threads_share_the_encoder() -> None:
    values = [{"n": i, "text": "é" * (i % 7), "list": list(range(i % 50))} for i in range(400)]
    got: dict[int, list[str]] = {}

    def encode(worker: int) -> None:
        got[worker] = [codec.canonical_text(v) for v in values]

    threads = [threading.Thread(target=encode, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = [_dumps(v, sort_keys=True) for v in values]
    assert all(got[w] == expected for w in range(4))


# --------------------------------------------------------------------------- content hash


def _hash_as_before(record: Any) -> str:
    """The content hash as it was worked out: every field walked, encoded by json.dumps."""
    body = {k: v for k, v in walked(record).items() if k not in codec._REVISION_FIELDS}
    body["kind"] = record.KIND
    return hashlib.sha256(_dumps(body, sort_keys=True).encode()).hexdigest()


def test_records_of_every_kind_hash_as_before(payloads) -> None:  # noqa: F811
    """Each record, and each with every field in turn put back to its default (which the
    hash leaves out) or, for a stamp, to another value (which it does not look at)."""
    for payload in payloads:
        record = validation.decode(payload)
        assert codec.content_hash(record) == _hash_as_before(record), payload["kind"]
        for f in dataclasses.fields(record):
            if f.default is not dataclasses.MISSING:
                other = dataclasses.replace(record, **{f.name: f.default})
            elif f.default_factory is not dataclasses.MISSING:
                other = dataclasses.replace(record, **{f.name: f.default_factory()})
            else:
                continue
            assert codec.content_hash(other) == _hash_as_before(other), (payload["kind"], f.name)
        stamped = dataclasses.replace(record, created_by="someone else", device_id="d",
                                      updated_at=datetime(2030, 1, 1, tzinfo=UTC))
        assert codec.content_hash(stamped) == codec.content_hash(record)


@dataclasses.dataclass(kw_only=True)
class _Stamped:
    """A record-like value with the stamps the hash leaves out, holding anything."""

    KIND: ClassVar[str] = "stamped"
    rev: Any = ""
    base_rev: Any = None
    created_at: Any = None
    updated_at: Any = None
    created_by: Any = ""
    device_id: Any = ""
    text: Any = ""
    items: Any = dataclasses.field(default_factory=list)
    marks: Any = dataclasses.field(default_factory=dict)
    tags: Any = dataclasses.field(default_factory=lambda: ["worker"])


_LATE = timezone(timedelta(hours=1))
_STAMPS = st.one_of(_VALUES, st.sampled_from([
    datetime(2026, 1, 31, 9),  # no offset: no JSON form, refused
    datetime(2026, 1, 31, 9, tzinfo=_LATE),
    datetime(1, 1, 1, 0, 30, tzinfo=_LATE),  # before the first UTC time: refused
    datetime.min.replace(tzinfo=UTC), b"\x00", Colour.RED, object(), {1, 2}, [], {},
    ["worker"], records.Audience.WORKER]))


def _hash_outcome(hash_of: Any, record: Any) -> Any:
    try:
        return hash_of(record)
    except (TypeError, ValueError, OverflowError) as exc:
        return (type(exc), str(exc))


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(st.sampled_from([f.name for f in dataclasses.fields(_Stamped)]),
                       _STAMPS, max_size=10))
def test_any_values_hash_as_before_or_are_refused_as_before(fields: dict[str, Any]) -> None:
    record = _Stamped(**fields)
    assert _hash_outcome(codec.content_hash, record) == _hash_outcome(_hash_as_before, record)


def test_a_stamp_without_its_offset_is_still_refused() -> None:
    plan = records.SafetyPlan(child_id="c", created_at=datetime(2026, 1, 31, 9))
    try:
        codec.content_hash(plan)
    except ValueError as exc:
        assert "naive datetime" in str(exc)
    else:
        raise AssertionError("a time without its offset was hashed")


def test_a_documents_expected_revision_is_worked_out_as_before(payloads) -> None:  # noqa: F811
    """Its own revision id is no longer blanked before hashing (the hash leaves it out): the
    id expected is the one the blanked document gives, for every kind of document, whatever
    revision id it carries."""
    from directwork.domain.revisions import make_rev

    documents = [validation.decode(p) for p in payloads]
    documents = [d for d in documents if isinstance(d, records.Document)]
    assert len({type(d) for d in documents}) >= 5
    for document in documents:
        for rev in (document.rev, "", "9-0f", Colour.RED):
            carrying = dataclasses.replace(document, rev=rev)
            before = make_rev(_hash_as_before(dataclasses.replace(carrying, rev="")),
                              carrying.base_rev, carrying.merge_rev)
            assert validation.expected_rev(carrying) == before
        assert validation.expected_rev(document) == document.rev
