"""A pulled page's lines are read without the model's walk through each payload when they are
exactly the shape the model takes (sync.client._feed_change): on lines changed at random in
every way a hub (or the way between) could get them wrong, it gives exactly the change the
model gives, or refuses exactly as the model does (asked for again, or not understood)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from directwork.sync import client
from directwork.sync.protocol import FeedChange

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
