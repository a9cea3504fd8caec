"""Import and export in the interchange format: every kind travels whole, bad files change
nothing, and each problem is reported where it is."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from directwork.domain import codec
from directwork.domain import records as r
from directwork.domain.ids import uuid7
from directwork.paths import resource_path
from directwork.store import records as svc
from directwork.store.errors import RecordNotFound
from directwork.store.interchange import export_records, import_records
from directwork.store.keyfile import KdfParams
from directwork.store.schema import AuditEventRow, OutboxRow
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.linked import fill_child


def _fresh_vault(path: Path) -> Vault:
    vault, _ = Vault.create(path, PASSPHRASE, practitioner_name="Other Practitioner",
                            kdf=KdfParams.fast_for_tests())
    return vault


def _all_rows(vault: Vault) -> dict[str, list[dict]]:
    with vault.session() as s:
        return {cls.KIND: sorted((codec.record_to_dict(x) for x in svc.iter_all(s, [cls])),
                                 key=lambda d: (d["id"], d.get("rev", "")))
                for cls in r.RECORD_KINDS.values()}


def _count(vault: Vault, row_cls) -> int:
    with vault.session() as s:
        return s.execute(select(func.count()).select_from(row_cls)).scalar_one()


@pytest.fixture
def exported(vault, clock) -> dict:
    vault.clock = clock
    with vault.transaction() as s:
        fill_child(s)
    with vault.session() as s:
        return export_records(s)


def test_every_record_kind_round_trips_through_export_and_import(vault, exported, tmp_path):
    # The file is JSON, and every record in it carries its id.
    data = json.loads(json.dumps(exported))
    # Team links are the team's, not a child's: a child's export never carries them.
    assert {rec["kind"] for rec in data["records"]} == \
        set(r.RECORD_KINDS) - {cls.KIND for cls in r.TEAM_KINDS}
    assert all(rec["id"] for rec in data["records"])
    other = _fresh_vault(tmp_path / "other")
    with other.transaction() as s:
        report = import_records(s, data)
    assert report.ok, report.errors
    assert report.imported == len(data["records"]) and report.duplicates == 0
    assert _all_rows(other) == _all_rows(vault)
    with vault.session() as a, other.session() as b:
        plan_id = next(x["id"] for x in data["records"] if x["kind"] == "safety_plan")
        # Both diverging heads arrive as heads; the tombstone and the correction still apply.
        assert [d.rev for d in svc.get_heads(b, r.SafetyPlan, plan_id)] == \
               [d.rev for d in svc.get_heads(a, r.SafetyPlan, plan_id)]
        assert len(svc.get_heads(b, r.SafetyPlan, plan_id)) == 2
        assert svc.list_documents(b, r.Person) == []
        assert [n.text for n in svc.list_entries(b, r.VisitNote)] == ["Mum was tired after a night shift"]
        assert svc.list_entries(b, r.VoiceEntry) == []
        # Imported records wait in the outbox for the hub, and the audit trail says so.
        assert b.execute(select(func.count()).select_from(OutboxRow)).scalar_one() == report.imported
        # One event per page of records stored, saying how many it holds.
        pages = b.execute(select(AuditEventRow.kind, AuditEventRow.record_id)
                          .where(AuditEventRow.action == "imported")).all()
        assert {kind for kind, _ in pages} == {"page"}
        assert sum(int(count) for _, count in pages) == report.imported
    other.lock()


def test_importing_the_same_file_twice_skips_and_counts_duplicates(vault, exported):
    before = _all_rows(vault)
    outbox_before = _count(vault, OutboxRow)
    with vault.transaction() as s:
        report = import_records(s, exported)
    assert report.ok and report.imported == 0
    assert report.duplicates == len(exported["records"])
    assert _all_rows(vault) == before
    assert _count(vault, OutboxRow) == outbox_before


def test_one_bad_record_means_nothing_is_written(exported, tmp_path):
    data = copy.deepcopy(exported)
    bad = _index(data, "escalation")
    data["records"][bad]["at"] = "yesterday"
    other = _fresh_vault(tmp_path / "other")
    with other.transaction() as s:
        report = import_records(s, data)
    assert not report.ok
    assert [str(e) for e in report.errors] == [
        f"$.records[{bad}].at: not a date-time with offset "
        "(for example 2026-01-31T09:00:00Z): 'yesterday'"]
    assert all(not rows for rows in _all_rows(other).values())
    assert _count(other, OutboxRow) == 0 and _count(other, AuditEventRow) == 0
    other.lock()


def _index(data: dict, kind: str) -> int:
    return next(i for i, x in enumerate(data["records"]) if x["kind"] == kind)


def test_each_error_is_reported_with_its_json_path(exported, tmp_path):
    data = copy.deepcopy(exported)
    recs = data["records"]
    plan, voice, note, child = (_index(data, k) for k in ("safety_plan", "voice", "note", "child"))
    recs[plan]["actions"][0]["due"] = "31/03/2026"          # not a date
    recs[voice]["scale"] = "six"                             # wrong type
    recs[voice]["shared_with"] = ["worker", "everyone"]      # not an audience
    recs[child]["given_name"] = "x" * 200_000               # hostile: huge string
    recs[note]["mood"] = "tired"                             # not a field
    recs.append({"kind": "horoscope", "id": uuid7()})        # unknown kind
    recs.append({"kind": "note", "id": uuid7(), "child_id": uuid7(), "text": "Who?"})
    recs.append({"kind": "note", "id": uuid7(), "child_id": recs[child]["id"],
                 "corrects_id": uuid7(), "text": "Corrects nothing"})
    recs.append(dict(recs[_index(data, "info_sharing")]))    # the same entry twice
    dup = len(recs) - 1
    recs.append(42)                                          # not a record at all
    tampered = next(i for i, x in enumerate(recs) if x["kind"] == "context")
    recs[tampered]["name"] = "Changed after its revision id was made"
    n = len(exported["records"])
    other = _fresh_vault(tmp_path / "other")
    with other.transaction() as s:
        report = import_records(s, data)
    messages = {e.path: e.message for e in report.errors}
    assert set(messages) == {
        f"$.records[{plan}].actions[0].due",
        f"$.records[{voice}].scale",
        f"$.records[{voice}].shared_with[1]",
        f"$.records[{child}].given_name",
        f"$.records[{note}].mood",
        f"$.records[{n}].kind",
        f"$.records[{n + 1}].child_id",
        f"$.records[{n + 2}].corrects_id",
        f"$.records[{dup}].id",
        f"$.records[{dup + 1}]",
        f"$.records[{tampered}].rev",
    }, report.errors
    assert messages[f"$.records[{plan}].actions[0].due"].startswith("not a date")
    assert messages[f"$.records[{voice}].scale"] == "must be a whole number or null"
    assert messages[f"$.records[{child}].given_name"] == "is longer than 100,000 characters"
    assert messages[f"$.records[{dup + 1}]"] == "must be an object"
    assert all(len(str(e)) < 300 for e in report.errors), "a huge value was repeated back"
    assert "no child with id" in messages[f"$.records[{n + 1}].child_id"]
    assert all(not rows for rows in _all_rows(other).values())
    other.lock()


def test_another_system_can_bring_in_records_without_revision_ids_or_stamps(vault, clock):
    vault.clock = clock
    child_id, plan_id, note_id = uuid7(), uuid7(), uuid7()
    data = {"format": "directwork-interchange", "version": 1, "records": [
        {"kind": "child", "id": child_id, "given_name": "Siân", "date_of_birth": "2011-04-02"},
        {"kind": "safety_plan", "id": plan_id, "child_id": child_id,
         "worries": [{"id": "w1", "text": "Staying out overnight"}],
         "actions": [{"id": "a1", "what": "Text Mum at 9", "owner": "Siân",
                      "due": "2026-04-01"}]},
        {"kind": "note", "id": note_id, "child_id": child_id, "text": "Moved from the old system",
         "created_at": "2025-11-03T14:00:00+00:00"},
    ]}
    with vault.transaction() as s:
        report = import_records(s, data)
    assert report.ok, report.errors
    assert report.by_kind == {"child": 1, "safety_plan": 1, "note": 1}
    with vault.session() as s:
        child = svc.get_document(s, r.Child, child_id)
        plan = svc.get_document(s, r.SafetyPlan, plan_id)
        note = svc.get_entry(s, r.VisitNote, note_id)
    assert child.child_id == child_id and child.created_at == clock.now
    assert plan.rev == svc.with_rev(dataclasses.replace(plan, rev="")).rev
    assert note.created_at.isoformat() == "2025-11-03T14:00:00+00:00"
    # A practitioner can carry on from an imported revision as from any other.
    with vault.transaction() as s:
        svc.save_document(s, dataclasses.replace(plan, status=r.PlanStatus.AGREED))
    with vault.transaction() as s:
        again = import_records(s, data)
    assert again.ok and again.duplicates == 3


def test_an_entry_already_held_with_different_content_is_refused(vault, exported):
    data = copy.deepcopy(exported)
    i = _index(data, "info_sharing")
    data["records"][i]["why"] = "Rewritten elsewhere"
    with vault.transaction() as s:
        report = import_records(s, data)
    assert [e.path for e in report.errors] == [f"$.records[{i}].id"]
    assert "different content" in report.errors[0].message


def test_a_file_in_another_format_gives_one_clear_error(vault):
    for data, expected in [
        ([1, 2, 3], "$: must be an object (a directwork interchange file)"),
        ({"format": "fhir", "records": []}, "$.format: this is not a directwork interchange file"),
        ({"format": "directwork-interchange", "version": 2, "records": []},
         "$.version: version 2 files need a newer directwork"),
        ({"format": "directwork-interchange", "version": 1, "records": {}},
         "$.records: must be a list"),
    ]:
        with vault.transaction() as s:
            report = import_records(s, data)
        assert len(report.errors) == 1 and str(report.errors[0]).startswith(expected), report.errors


def test_export_for_one_child_holds_only_that_childs_records(vault, clock):
    vault.clock = clock
    with vault.transaction() as s:
        daf, _ = fill_child(s, "Dafydd")
        fill_child(s, "Gwenllian")
    with vault.session() as s:
        one = export_records(s, daf.id)
        everyone = export_records(s)
        with pytest.raises(RecordNotFound):
            export_records(s, uuid7())
    assert one["child_id"] == daf.id
    assert {x["child_id"] for x in one["records"]} == {daf.id}
    assert 2 * len(one["records"]) == len(everyone["records"])
    assert one["records"][0]["kind"] == "child"


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pick=st.integers(0, 10**15), value=_JSON)
def test_any_value_anywhere_in_the_file_gives_a_report_never_a_crash(vault, exported, pick, value):
    data = copy.deepcopy(exported)
    node: dict | list = data
    # ``pick`` chooses a path: at each level a key, and whether to go deeper.
    while True:
        keys = sorted(node) if isinstance(node, dict) else list(range(len(node)))
        key = keys[pick % len(keys)]
        pick //= len(keys)
        inner = node[key]
        if isinstance(inner, dict | list) and inner and pick % 4:
            pick //= 4
            node = inner
            continue
        node[key] = value
        break
    with vault.session() as s:
        s.begin()
        try:
            report = import_records(s, data)
        finally:
            s.rollback()
    if not report.ok:
        assert report.imported == 0
        assert all(e.path.startswith("$") and len(e.message) < 300 for e in report.errors)


def test_the_worked_example_in_the_docs_imports_cleanly(vault):
    doc = (Path(__file__).resolve().parents[2] / "docs" / "interchange.md").read_text("utf-8")
    after = doc.split("<!-- example: import -->", 1)[1]
    example = json.loads(after.split("```json", 1)[1].split("```", 1)[0])
    with vault.transaction() as s:
        report = import_records(s, example)
    assert report.ok, report.errors
    assert report.imported == len(example["records"]) == 5
    with vault.session() as s:
        [plan] = svc.list_documents(s, r.SafetyPlan)
        [voice] = svc.list_entries(s, r.VoiceEntry)
    assert plan.actions[0].owner == "Gwen" and voice.visit_id == example["records"][3]["id"]


def test_the_documented_revision_recipe_gives_directworks_revision_ids(exported):
    """docs/interchange.md tells other systems how to compute ``rev`` from the file and the
    schema alone; following it must give directwork's own revision ids."""
    import hashlib

    schema = json.loads(resource_path("schema", "directwork-interchange.schema.json").read_text("utf-8"))
    defs = schema["$defs"]

    def resolve(node: dict) -> dict:
        while True:
            if "$ref" in node:
                node = defs[node["$ref"].rsplit("/", 1)[1]]
            elif "allOf" in node:
                node = node["allOf"][0]
            elif "anyOf" in node:
                node = next(n for n in node["anyOf"] if n.get("type") != "null")
            else:
                return node

    def without_defaults(value, node: dict):  # any JSON value
        node = resolve(node)
        if isinstance(value, dict) and "properties" in node:
            props = node["properties"]
            return {k: without_defaults(v, props[k]) for k, v in value.items()
                    if not ("default" in props[k] and props[k]["default"] == v)}
        if isinstance(value, list) and "items" in node:
            return [without_defaults(v, node["items"]) for v in value]
        return value

    left_out = {"rev", "base_rev", "merge_rev", "created_at", "updated_at", "created_by",
                "device_id"}
    by_kind = {d["properties"]["kind"]["const"]: d for d in defs.values()
               if "const" in d.get("properties", {}).get("kind", {})}
    documents = [x for x in exported["records"] if x["kind"] in
                 {cls.KIND for cls in r.DOCUMENT_KINDS}]
    assert any(x["base_rev"] for x in documents) and any(x["deleted"] for x in documents)
    for record in documents:
        body = {k: v for k, v in without_defaults(record, by_kind[record["kind"]]).items()
                if k not in left_out}
        body["kind"] = record["kind"]
        content = hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":"),
                                            ensure_ascii=False).encode()).hexdigest()
        parents = [record["base_rev"], record["merge_rev"]]
        n = max([int(p.split("-")[0]) for p in parents if p] + [0]) + 1
        digest = hashlib.sha256(f"{content}|{record['base_rev'] or ''}|{record['merge_rev'] or ''}"
                                .encode()).hexdigest()[:20]
        assert record["rev"] == f"{n}-{digest}", record["kind"]


def test_an_import_is_part_of_the_callers_transaction_and_goes_with_its_rollback(exported, tmp_path):
    other = _fresh_vault(tmp_path / "other")
    with other.session() as s:
        s.begin()
        assert import_records(s, exported).imported == len(exported["records"])
        s.rollback()
    assert all(not rows for rows in _all_rows(other).values())
    assert _count(other, OutboxRow) == 0 and _count(other, AuditEventRow) == 0
    other.lock()


@pytest.mark.parametrize(("field", "value", "message"), [
    ("created_at", "0001-01-01T00:00:00+01:00", "is before 1900"),
    ("created_at", "2201-01-01T00:00:00Z", "is after 2200"),
    ("created_at", "9999-12-31T23:59:59-23:59", "is after 2200"),
    ("scale", 10**20, "must be at most 10"),
    ("scale", -5, "must be at least 0"),
    ("text", "x" * 200_000, "is longer than 100,000 characters"),
    ("visit_id", None, None),
])
def test_the_strict_schema_holds_for_an_import_as_for_the_hub(vault, field, value, message):
    child_id = uuid7()
    data = {"format": "directwork-interchange", "version": 1, "records": [
        {"kind": "child", "id": child_id, "given_name": "Ffion"},
        {"kind": "voice", "id": uuid7(), "child_id": child_id, "text": "hello", field: value}]}
    with vault.transaction() as s:
        report = import_records(s, data)
    if message is None:
        assert report.ok, report.errors
    else:
        assert [(e.path, e.message.split(":")[0]) for e in report.errors] == [
            (f"$.records[1].{field}", message)]


@pytest.mark.parametrize("version", [True, 1.0, "1", 0])
def test_a_version_that_is_not_the_number_1_is_refused(version):
    # JSON's true and 1.0 compare equal to 1 in Python, and were taken for version 1.
    from directwork.store.interchange_shape import ImportReport, check_envelope

    report = ImportReport()
    data = {"format": "directwork-interchange", "version": version, "records": []}
    assert not check_envelope(data, report)
    assert [str(e) for e in report.errors] == ["$.version: must be 1"]
