"""The demo caseload: believable (months of every kind of record, dates that follow the practice
rules), plainly fictional, repeatable from a seed, and whole enough to export and import."""

from __future__ import annotations

import struct
import zlib
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from directwork.domain import codec
from directwork.domain import records as r
from directwork.domain.policy import load_policy
from directwork.domain.rules.keymoments import required_response
from directwork.store import records as svc
from directwork.store.demo import generate, real_children
from directwork.store.demo_words import DEMO_TEAM
from directwork.store.interchange import export_records, import_records
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support import samples

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
_ID_FIELDS = {"id", "child_id", "rev", "base_rev", "merge_rev", "plan_rev", "created_by",
              "device_id", "practitioner_id", "corrects_id"}


@pytest.fixture(scope="module")
def caseload(tmp_path_factory) -> tuple[Vault, list[str]]:
    vault, _ = Vault.create(tmp_path_factory.mktemp("demo") / "vault", PASSPHRASE,
                            practitioner_name="Sam Practitioner", kdf=KdfParams.fast_for_tests())
    with vault.transaction() as s:
        ids = generate(s, 8, seed=11, now=NOW)
    yield vault, ids
    vault.lock()


def _records(vault: Vault, child_ids: list[str]) -> list[r.Record]:
    with vault.session() as s:
        return [rec for cid in child_ids for rec in svc.iter_all(s, r.RECORD_KINDS.values(), cid)]


def _without_ids(rec: r.Record) -> str:
    body = codec.record_to_dict(rec)
    return codec.canonical_json({k: v for k, v in body.items()
                                 if k not in _ID_FIELDS and not k.endswith("_id")}).decode()


def test_every_kind_of_record_appears_over_months_of_history(caseload):
    vault, ids = caseload
    records = _records(vault, ids)
    kinds = Counter(rec.KIND for rec in records)
    # A practitioner's demo caseload: team links are a manager's (tests/store/test_team_links.py).
    child_kinds = set(r.RECORD_KINDS) - {cls.KIND for cls in r.TEAM_KINDS}
    assert set(kinds) == child_kinds, child_kinds - set(kinds)
    assert len(ids) == 8 and kinds["child"] == 8
    with vault.session() as s:
        for cid in ids:
            visits = svc.list_documents(s, r.Visit, cid)
            first, last = min(v.started_at for v in visits), max(v.started_at for v in visits)
            assert last - first > timedelta(days=80), "less than three months of visits"
            assert last < NOW
            voices = svc.list_entries(s, r.VoiceEntry, cid)
            assert {v.speaker for v in voices} >= {r.Speaker.CHILD}
    assert all(rec.created_at <= NOW for rec in records)
    voices = [x for x in records if isinstance(x, r.VoiceEntry)]
    assert {v.topic for v in voices} == set(r.Topic)
    assert {v.speaker for v in voices} == {r.Speaker.CHILD, r.Speaker.CARER}
    assert len({tuple(v.shared_with) for v in voices}) >= 4
    assert all(0 <= v.scale <= 10 for v in voices if v.scale is not None)
    assert any(v.scale is not None for v in voices)
    report = vault.check()  # history written at past times still leaves an unbroken audit chain
    assert report.ok, report.problems


def test_every_demo_child_is_plainly_fictional(caseload):
    vault, ids = caseload
    with vault.session() as s:
        children = [svc.get_document(s, r.Child, cid) for cid in ids]
        assert real_children(s) == 0
        places = [c.name for c in svc.list_documents(s, r.Context)]
    assert all(c.team == DEMO_TEAM and "fictional" in c.legal_status for c in children)
    assert all("(fictional)" in c.school for c in children)
    assert any("(fictional)" in p for p in places)
    assert len({c.given_name for c in children}) > 4


def test_plans_agreements_and_due_dates_follow_the_practice(caseload):
    vault, ids = caseload
    records = _records(vault, ids)
    with vault.session() as s:
        plans = [svc.get_document(s, r.SafetyPlan, plan_id, single=True)
                 for plan_id in {p.id for p in records if isinstance(p, r.SafetyPlan)}]
        assert not svc.conflicted_ids(s, r.SafetyPlan)
    statuses = Counter(p.status for p in plans)
    assert statuses[r.PlanStatus.AGREED] and statuses[r.PlanStatus.DRAFT]
    for plan in plans:
        assert 1 <= len(plan.worries) <= 3 and len(plan.goals) == len(plan.worries)
        assert all(a.owner and a.due for a in plan.actions), "an action without an owner"
        if plan.status == r.PlanStatus.AGREED:
            assert {a.role for a in plan.agreements} >= {"child", "practitioner"}
    moments = [x for x in records if isinstance(x, r.KeyMoment)]
    answered = {x.key_moment_id for x in records if isinstance(x, r.KeyMomentResponse)}
    policy = load_policy(env={})
    for km in moments:
        # Each response and its due time are the default policy's (a disclosure: at once).
        assert (km.response, km.response_due) == required_response(km, policy)
        if km.moment_type == r.KeyMomentType.MISSING:
            assert km.response_due == km.returned_at + timedelta(hours=72)
    assert answered and set(km.id for km in moments) - answered, "want some open, some done"
    for ref in (x for x in records if isinstance(x, r.Referral)):
        assert timedelta(days=1) <= ref.ack_due - ref.made_at <= timedelta(days=3)
    levels = [x for x in records if isinstance(x, r.SafetyLevelDecision)]
    signed = {x.decision_id for x in records if isinstance(x, r.LevelSignOff)}
    assert signed <= {d.id for d in levels} and signed
    people = [x for x in records if isinstance(x, r.Person)]
    contexts = [x for x in records if isinstance(x, r.Context)]
    assert any(p.of_concern for p in people) and any(c.restricted for c in contexts)
    concerns = [x for x in records if isinstance(x, r.Concern)]
    assert {c.status for c in concerns} == {r.ConcernStatus.OPEN, r.ConcernStatus.CLOSED}
    assert {x.shared for x in records if isinstance(x, r.InformationSharing)} == {True, False}


def test_drawings_are_real_png_images_of_the_stated_size(caseload):
    vault, ids = caseload
    drawings = [x for x in _records(vault, ids) if isinstance(x, r.Drawing)]
    assert drawings
    for drawing in drawings:
        png = drawing.png
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        chunks, at = {}, 8
        while at < len(png):
            (length,) = struct.unpack(">I", png[at:at + 4])
            tag, body = png[at + 4:at + 8], png[at + 8:at + 8 + length]
            (crc,) = struct.unpack(">I", png[at + 8 + length:at + 12 + length])
            assert zlib.crc32(tag + body) == crc
            chunks[tag] = body
            at += 12 + length
        width, height = struct.unpack(">II", chunks[b"IHDR"][:8])
        assert (width, height) == (drawing.width, drawing.height)
        assert len(zlib.decompress(chunks[b"IDAT"])) == height * (1 + 3 * width)


def test_the_same_seed_gives_the_same_caseload_and_another_seed_another(vault):
    with vault.transaction() as s:
        clock_before = s.info.get("clock")
        first = generate(s, 2, seed=5, now=NOW)
        second = generate(s, 2, seed=5, now=NOW)
        third = generate(s, 2, seed=6, now=NOW)
        assert s.info.get("clock") is clock_before, "the session's clock was not put back"
    one, two, three = (sorted(_without_ids(x) for x in _records(vault, ids))
                       for ids in (first, second, third))
    assert one == two
    assert one != three


def test_a_demo_caseload_exports_and_imports_without_a_single_error(caseload, tmp_path: Path):
    vault, ids = caseload
    with vault.session() as s:
        data = export_records(s)
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=KdfParams.fast_for_tests())
    with other.transaction() as s:
        report = import_records(s, data)
    assert report.ok, report.errors[:5]
    assert report.imported == len(data["records"])
    other.lock()


def test_real_children_are_counted_apart_from_demo_children(vault):
    with vault.transaction() as s:
        generate(s, 1, seed=1, now=NOW)
        assert real_children(s) == 0
        svc.save_document(s, samples.child())
        assert real_children(s) == 1
