"""A pulled page's lines are read without the model's walk through each payload when they are
exactly the shape the model takes (sync.client._feed_change): on lines changed at random in
every way a hub (or the way between) could get them wrong, it gives exactly the change the
model gives, or refuses exactly as the model does (asked for again, or not understood); and
decoded and checked without making the model at all (sync.client._received), on a child's
records changed at random, it gives the same record, or keeps it aside with the same words."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directwork.domain import codec
from directwork.store import sync_state
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from directwork.sync import client
from directwork.sync.protocol import FeedChange
from tests.conftest import PASSPHRASE
from tests.store.test_received import _records_of
from tests.support.linked import fill_child

_GOOD = {"kind": "visit_note", "id": "0195f000-0000-7000-8000-000000000001",
         "child_id": "0195f000-0000-7000-8000-000000000002",
         "payload": {"kind": "visit_note", "text": "A visit note.", "told": [], "n": 1,
                     "nested": {"a": [1, 2.5, None, True]}}}
_JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
              st.text(max_size=8)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=6)


@st.composite
def _lines(draw: Any) -> str:
    data: dict[str, Any] = json.loads(json.dumps(_GOOD))
    if draw(st.booleans()):
        data["rev"] = draw(st.sampled_from([None, "", "2-abc", 3]))
    for _ in range(draw(st.integers(0, 2))):
        key = draw(st.sampled_from(["kind", "id", "child_id", "rev", "payload", "extra"]))
        how = draw(st.sampled_from(["drop", "replace"]))
        if how == "drop":
            data.pop(key, None)
        else:
            data[key] = draw(_JSON)
    line = json.dumps(data) if draw(st.booleans()) else json.dumps(data, separators=(",", ":"))
    cut = draw(st.sampled_from(["", "", "", "short", "junk", "nan", "surrogate", "list"]))
    if cut == "short":
        line = line[:draw(st.integers(0, max(0, len(line) - 1)))]
    elif cut == "junk":
        line += draw(st.sampled_from([" x", ",", "}", " "]))
    elif cut == "nan":
        line = line.replace('"n": 1', '"n": NaN').replace('"n":1', '"n":NaN')
    elif cut == "surrogate":
        line = line.replace("A visit", "\\ud800 visit")
    elif cut == "list":
        line = f"[{line}]"
    return line


def _outcome(read: Any, line: str) -> Any:
    try:
        change = read(line)
    except (client.SyncError, client._CutOff) as exc:
        return type(exc).__name__, str(exc)
    assert type(change) is FeedChange
    # repr: a NaN in a payload is not equal to itself, but reads the same
    return repr(change.model_dump()), change.model_fields_set


@settings(max_examples=600, deadline=None)
@given(line=_lines())
def test_a_line_is_read_as_the_model_reads_it(line: str) -> None:
    assert client._FEED_QUICK  # the shape checked by hand is still the model's
    assert _outcome(client._feed_change, line) == \
        _outcome(lambda text: client._parse_line(FeedChange, text), line)


@pytest.fixture(scope="module")
def records_as_lines(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """A child's records as a page's lines hold them: envelope and payload."""
    source = Vault.create(tmp_path_factory.mktemp("source"), PASSPHRASE,
                          kdf=KdfParams.fast_for_tests())[0]
    with source.transaction() as s:
        fill_child(s, "Dafydd")
    try:
        found = []
        for rec in _records_of(source):
            payload = json.loads(codec.canonical_json(codec.record_to_dict(rec)))
            found.append({"kind": rec.KIND, "id": rec.id, "child_id": rec.child_id,
                          "rev": getattr(rec, "rev", None), "payload": payload})
        return found
    finally:
        source.lock()


@st.composite
def _record_lines(draw: Any, lines: list[dict[str, Any]]) -> str:
    data: dict[str, Any] = json.loads(json.dumps(draw(st.sampled_from(lines))))
    for _ in range(draw(st.integers(0, 2))):
        where = draw(st.sampled_from(["envelope", "payload"]))
        target = data if where == "envelope" or type(data.get("payload")) is not dict \
            else data["payload"]
        key = draw(st.sampled_from([*target, "extra"]) if target else st.just("extra"))
        how = draw(st.sampled_from(["drop", "replace", "other record's"]))
        if how == "drop":
            target.pop(key, None)
        elif how == "replace":
            target[key] = draw(_JSON)
        else:
            other = draw(st.sampled_from(lines))
            source = other if where == "envelope" else other["payload"]
            if key in source:
                target[key] = json.loads(json.dumps(source[key]))
    if draw(st.booleans()) and "rev" in data and data["rev"] is None:
        del data["rev"]
    line = json.dumps(data, separators=(",", ":"))
    cut = draw(st.sampled_from(["", "", "", "short", "junk", "list"]))
    if cut == "short":
        line = line[:draw(st.integers(0, max(0, len(line) - 1)))]
    elif cut == "junk":
        line += draw(st.sampled_from([" x", ",", "}"]))
    elif cut == "list":
        line = f"[{line}]"
    return line


def _received_outcome(read: Any, line: str) -> Any:
    try:
        item = read(line)
    except (client.SyncError, client._CutOff) as exc:
        return type(exc).__name__, str(exc)
    assert type(item) is sync_state.Received
    return (item.kind, item.record_id, item.child_id, item.rev, repr(item.payload),
            repr(item.record), item.problem)


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_line_is_decoded_and_checked_as_through_the_model(records_as_lines, data) -> None:
    # A line read without making the FeedChange model gives the record the model's change
    # gives, refuses it with the same words, or refuses the line as the model does.
    line = data.draw(_record_lines(records_as_lines))
    assert _received_outcome(client._received, line) == \
        _received_outcome(lambda text: client._checked(client._feed_change(text)), line)
    assert _received_outcome(client._received, line) == _received_outcome(
        lambda text: client._checked(client._parse_line(FeedChange, text)), line)


def test_good_lines_give_their_records(records_as_lines) -> None:
    for data in records_as_lines:
        item = client._received(json.dumps(data))
        assert item.record is not None and item.problem == ""
        assert item.record.id == data["id"]
