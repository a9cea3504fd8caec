"""The push's cheaper steps give exactly what the plain ones gave: a change's digest, worked
out from the JSON the request was read from once (the model's values), equals the digest of
the whole change as sent, for any change a laptop (or anyone) can send; the payload's text is
encoded once for both its row and the change's digest; what a checked batch keeps of each
change (payload text, digest, body, content hash) is what json.dumps and the content hash as it
was give; and the hourly pruning, checked before the tail lock, is still decided by what is in
the database once the lock is held."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from directwork.domain import codec, validation
from directwork.hub import exchange
from directwork.hub.schema import HubState
from directwork.sync.protocol import PushRequest, envelope
from tests.domain.test_canonical_text import _hash_as_before
from tests.domain.test_quick_check import payloads  # noqa: F401 (a fixture)
from tests.hub.harness import hub_database

_TEXT = st.one_of(st.sampled_from(["", "a", "é", "\u2028", "\"", "\\", "\x00", "kind", "payload",
                                   "Zürich", "😀", "\ud800"]),
                  st.text(max_size=12))
_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70),
                  st.floats(allow_nan=False, allow_infinity=False), st.sampled_from([1.0, -0.0, 1e300]),
                  _TEXT)
_JSON = st.recursive(_LEAF, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                     st.dictionaries(_TEXT, inner, max_size=4)),
                     max_leaves=12)
_ENVELOPE = st.fixed_dictionaries(
    {"seq": st.integers(1, 2**62), "kind": st.sampled_from(["note", "child", "safety_plan"]),
     "id": st.sampled_from(["a", "0195f000-0000-7000-8000-000000000001"]),
     "child_id": st.sampled_from(["b", "0195f000-0000-7000-8000-000000000002"])},
    optional={"rev": st.one_of(st.none(), st.sampled_from(["1-abc", "2-0f"])),
              "base_rev": st.one_of(st.none(), st.just("1-abc")),
              "merge_rev": st.none()})


def _outcome(fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except UnicodeEncodeError as exc:
        return ("refused", exc.reason)


def _plain(value: Any, *, sort_keys: bool = True) -> str:
    return json.dumps(value, sort_keys=sort_keys, separators=(",", ":"), ensure_ascii=False)


def _plain_digest(change: Any) -> str:
    """A change's digest as it was first worked out: the whole change encoded by dumps."""
    return hashlib.sha256(_plain(change).encode()).hexdigest()


def _digest_as_the_hub_does(body: bytes) -> list[tuple[str, str]]:
    """(the digest check_batch gives, the plain one) of each change in a push body
    read as the hub reads it: the JSON parsed once, the request's model made from it; and
    each payload's text (kept for a change that is a record) is the plain one."""
    raw = json.loads(body)
    request = PushRequest.model_validate(raw)
    batch = exchange.check_batch(request.changes, raw["changes"], request.skipped)
    for c in request.changes:
        if c.seq not in batch.refused:
            assert batch.canonical[c.seq] == _plain(c.payload)
    return [(batch.digests[c.seq], _plain_digest(r))
            for c, r in zip(request.changes, raw["changes"], strict=True)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(envelopes=st.lists(_ENVELOPE, min_size=1, max_size=4, unique_by=lambda e: e["seq"]),
       payloads=st.lists(st.dictionaries(_TEXT, _JSON, max_size=6), min_size=4, max_size=4),
       extra=st.dictionaries(_TEXT, _JSON, max_size=2))
def test_a_change_digest_is_the_digest_of_the_whole_change(envelopes, payloads, extra) -> None:  # noqa: F811
    changes = [{**envelope, "payload": payload}
               for envelope, payload in zip(sorted(envelopes, key=lambda e: e["seq"]), payloads,
                                            strict=False)]
    try:
        body = json.dumps({"changes": changes, **({"extra": extra} if extra else {})},
                          ensure_ascii=False).encode("utf-8", "surrogatepass")
        pairs = _digest_as_the_hub_does(body)
    except (ValidationError, UnicodeDecodeError, ValueError):
        return  # not a push the hub reads this far: refused before any digest
    assert pairs and all(cheaper == plain for cheaper, plain in pairs)


def test_a_push_from_a_laptop_has_the_digest_of_its_whole_change() -> None:
    """As a laptop sends it: every record kind's envelope fields, a payload with text that is
    not ASCII, numbers and nested parts."""
    change = {"seq": 7, "kind": "safety_plan", "id": "0195f000-0000-7000-8000-000000000001",
              "child_id": "0195f000-0000-7000-8000-000000000002", "rev": "2-0f",
              "base_rev": "1-abc", "merge_rev": None,
              "payload": {"kind": "safety_plan", "title": "Cynllun – diogelwch 😀", "n": 3,
                          "x": 1.5, "parts": [{"b": 1, "a": [True, None]}]}}
    body = json.dumps({"changes": [change], "cursor": 3}, ensure_ascii=False).encode()
    ((cheaper, plain),) = _digest_as_the_hub_does(body)
    assert cheaper == plain


def _outcome_of(fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except UnicodeEncodeError as exc:
        return ("refused", type(exc), exc.reason)


# Keys either side of "payload" in the order the canonical text sorts them (and "payload"'s
# neighbours: a prefix of it, it with more after, capitals sort before small letters).
_KEYS = st.one_of(st.sampled_from(["", "a", "kind", "merge_rev", "pay", "payloa", "payload0",
                                   "payloae", "Payload", "payloaD", "rev", "seq", "z", "é",
                                   "\x00", "😀"]), _TEXT)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(envelope=st.dictionaries(_KEYS, _JSON, max_size=6),
       payload=st.one_of(st.dictionaries(_TEXT, _JSON, max_size=6), _JSON), has=st.booleans())
def test_the_payload_is_encoded_once_for_its_text_and_the_change_digest(
        envelope, payload, has) -> None:
    """Any change (any keys beside the payload, any payload, or none): the payload's text
    is the plain one (none when the payload is not an object), and the digest is the plain
    digest of the whole change, or both refuse text that is not Unicode."""
    change = {**envelope, "payload": payload} if has else envelope

    def plain(change: dict[str, Any]) -> tuple[str | None, str]:
        sent = change.get("payload")
        return _plain(sent) if isinstance(sent, dict) else None, _plain_digest(change)
    assert _outcome_of(exchange._payload_and_digest, change) == _outcome_of(plain, change)


def test_a_checked_batch_keeps_what_the_plain_steps_gave(payloads) -> None:  # noqa: F811
    """Records of every kind sent as a laptop sends them, some made wrong (refused): each
    change's payload text, digest, body and content hash, and the refusals, are what dumps
    and the content hash as it was give."""
    changes = [envelope(seq, p["kind"], p["id"], p["child_id"], p.get("rev"), p)
               for seq, p in enumerate(payloads, start=1)]
    changes[0] = changes[0].model_copy(update={"kind": "note"})  # envelope and payload differ
    changes[1] = changes[1].model_copy(update={"payload": {**changes[1].payload, "x": 1}})
    body = PushRequest(changes=changes, cursor=3).model_dump_json(by_alias=True).encode()
    raw = json.loads(body)
    request = PushRequest.model_validate(raw)
    batch = exchange.check_batch(request.changes, raw["changes"], request.skipped)
    assert set(batch.refused) == {1, 2}
    for c, r in zip(request.changes, raw["changes"], strict=True):
        assert batch.digests[c.seq] == _plain_digest(r)
        assert batch.body(c.seq, r) == _plain(r, sort_keys=False)
        if c.seq in batch.refused:
            assert c.seq not in batch.canonical and c.seq not in batch.records
            continue
        assert batch.canonical[c.seq] == _plain(c.payload)
        record = validation.validate(c.payload)
        assert batch.content(c.seq) == _hash_as_before(record) == codec.content_hash(record)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_pruning_checked_before_the_tail_is_decided_again_under_it(backend: str,
                                                                    tmp_path: Path) -> None:
    """A push found the pruning due before it took the tail lock; meanwhile another pruned
    (and committed). Under the lock the push reads the time of the last pruning again and
    leaves it alone, as a push that read it only under the lock would."""
    db = hub_database(backend, tmp_path)
    try:
        old = datetime.now(UTC) - timedelta(hours=3)
        with db.writing() as s:
            s.merge(HubState(key="rejected_pruned_at", value=codec.utc_iso(old)))
        now = datetime.now(UTC)
        with db.writing(shared=True) as s:
            assert exchange._prune_due(s, now)
            if backend == "postgres":  # another push prunes meanwhile, and commits
                with db.writing(shared=True) as other:
                    exchange._prune_rejected(other, now - timedelta(seconds=1))
            exchange._prune_rejected(s, now)
        with db.reading() as s:
            kept = s.get(HubState, "rejected_pruned_at")
            assert kept is not None
            expected = now - timedelta(seconds=1) if backend == "postgres" else now
            assert codec.parse_utc(kept.value) == expected
            assert not exchange._prune_due(s, now)
    finally:
        db.dispose()
