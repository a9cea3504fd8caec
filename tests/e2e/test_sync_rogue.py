"""A rogue (or broken) enrolled device, against a real hub over HTTPS on SQLite and PostgreSQL:
every record the hub cannot vouch for is refused change by change, with where and why, and
every other laptop keeps syncing. A bad record already stored on the hub (taken in before it
checked as it does now) is kept aside by each laptop, listed with the reason, and the sync goes
on; the administrator finds and withdraws it, and can send it out again."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

from sqlalchemy import insert, select

from directwork.domain import codec
from directwork.domain.ids import uuid7
from directwork.domain.records import Child, Drawing, SafetyPlan, Visit, VisitNote, VoiceEntry
from directwork.hub import admin
from directwork.hub.schema import Device, FeedEvent, RecordCopy
from directwork.store import attention, records, sync_state
from directwork.store.records import with_rev
from tests.hub.harness import holdings, hub, new_laptop, tls  # noqa: F401
from tests.hub.signed import client, device_of, push_payloads

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def _stamps(laptop) -> dict:
    return {"created_at": NOW, "updated_at": NOW, "created_by": laptop.vault.practitioner_id,
            "device_id": device_of(laptop)}


def _next_seq(server, laptop) -> int:
    with server.db.reading() as s:
        return s.get(Device, device_of(laptop)).last_seq + 1


def test_each_bad_record_is_refused_with_its_reason_and_the_others_keep_syncing(
        hub, new_laptop, tls):  # noqa: F811
    hub.add_practitioner("Sam")
    honest, rogue, other = new_laptop("honest"), new_laptop("rogue"), new_laptop("other")
    for laptop in (honest, rogue, other):
        laptop.enrol(hub, "Sam")
    with honest.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        visit = records.save_document(s, Visit(child_id=child.id, place="Home"))
    honest.sync()
    rogue.sync()

    voice = codec.record_to_dict(VoiceEntry(id=uuid7(), child_id=child.id, text="I'm fine",
                                            **_stamps(rogue)))
    drawing = codec.record_to_dict(Drawing(id=uuid7(), child_id=child.id, png=PNG, width=20,
                                           height=20, **_stamps(rogue)))
    plan = codec.record_to_dict(with_rev(SafetyPlan(id=uuid7(), child_id=child.id,
                                                    **_stamps(rogue))))

    def bad(base: dict, **change) -> dict:
        out = copy.deepcopy(base)
        out["id"] = uuid7()
        for name, value in change.items():
            if value is ...:
                del out[name]
            else:
                out[name] = value
        return out

    cases = [
        (bad(voice, updated_at=None), "updated_at: is missing"),
        (bad(voice, updated_at=...), "updated_at: is missing"),
        (bad(voice, created_at=None), "created_at: is missing"),
        (bad(voice, scale=10**20), "scale: must be at most 10"),
        (bad(voice, scale=-5), "scale: must be at least 0"),
        (bad(voice, text="x" * 200_000), "text: is longer than 100,000 characters"),
        (bad(voice, visit_id=uuid7()), "visit_id: no visit with id"),
        (bad(voice, created_at="0001-01-01T00:00:00+01:00"), "created_at: is before 1900"),
        (bad(voice, created_at="2026-03-02T09:30:00"), "created_at: not a date-time with offset"),
        (bad(drawing, width=10**20), "width: must be at most 10000"),
        (bad(plan, created_at=...), "created_at: is missing"),
        (bad(voice, child_id=uuid7()), "child_id: no child with id"),
    ]
    good = bad(voice, visit_id=visit.id, text="Good to see you")
    with client(hub, tls) as http:
        answer = push_payloads(http, rogue, [payload for payload, _ in cases] + [good],
                               _next_seq(hub, rogue))
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    for (payload, reason), result in zip(cases, results, strict=False):
        assert result["status"] == "rejected", (payload, result)
        assert reason in result["reason"], (reason, result["reason"])
    assert results[-1]["status"] == "accepted"

    # Everyone else goes on syncing, and receives only what the hub took.
    for laptop in (other, honest):
        result = laptop.sync()
        assert result.complete and result.kept_aside == 0
    with other.vault.session() as s:
        assert [v.text for v in records.list_entries(s, VoiceEntry, child.id)] == ["Good to see you"]
    assert holdings(other) == holdings(honest)


def test_a_bad_record_already_on_the_hub_is_kept_aside_and_the_administrator_withdraws_it(
        hub, new_laptop, tls, capsys):  # noqa: F811
    hub.add_practitioner("Sam")
    first, second = new_laptop("first"), new_laptop("second")
    first.enrol(hub, "Sam")
    second.enrol(hub, "Sam")
    with first.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Mali"))
    first.sync()
    # A record the hub took in before it checked as it does now: no updated_at, a scale of
    # 10^20. Then a good note after it.
    broken = codec.record_to_dict(VoiceEntry(id=uuid7(), child_id=child.id, text="scaled",
                                             **_stamps(first)))
    broken.update(updated_at=None, scale=10**20)
    with hub.db.writing() as s:
        key = s.execute(insert(RecordCopy).returning(RecordCopy.key), [{
            "kind": "voice", "record_id": broken["id"], "rev": "", "child_id": child.id,
            "payload": codec.canonical_json(broken).decode(), "from_device": "old",
            "is_head": True, "quarantine_reason": ""}]).scalar_one()
        s.execute(insert(FeedEvent), [{"child_id": child.id, "record_key": key,
                                       "mark": admin.new_mark()}])
    with first.vault.transaction() as s:
        note = records.add_entry(s, VisitNote(child_id=child.id, text="after the broken one"))
    first.sync()

    # The second laptop keeps the broken record aside, applies everything else, and its
    # cursor reaches the end: the next sync has nothing left to do.
    result = second.sync()
    assert result.complete
    assert (result.received, result.applied, result.kept_aside) == (3, 2, 1)
    with second.vault.session() as s:
        assert records.get_entry(s, VisitNote, note.id).text == "after the broken one"
        (kept,) = attention.kept_aside(s)
        assert kept.record_id == broken["id"] and kept.from_hub
        assert "scale: must be at most 10" in kept.reason
    again = second.sync()
    assert (again.received, again.kept_aside) == (0, 0)
    with second.vault.session() as s:
        assert len(attention.kept_aside(s)) == 1  # kept once, not once per sync

    # The administrator finds it and withdraws it: a new laptop is never sent it.
    from directwork.hub.cli import main as hub_cli

    assert hub_cli(["--db", str(hub.db.url), "check-records"]) == 1
    assert broken["id"] in capsys.readouterr().out
    assert hub_cli(["--db", str(hub.db.url), "check-records", "--quarantine"]) == 0
    assert hub_cli(["--db", str(hub.db.url), "list-quarantined"]) == 0
    listed = capsys.readouterr().out
    assert broken["id"] in listed and "fails the record schema" in listed
    third = new_laptop("third")
    third.enrol(hub, "Sam")
    fresh = third.sync()
    assert (fresh.received, fresh.kept_aside) == (2, 0)
    # Released, it goes out again (and is kept aside again, since it is still broken).
    assert hub_cli(["--db", str(hub.db.url), "release", broken["id"]]) == 0
    assert third.sync().kept_aside == 1
    with hub.db.reading() as s:
        assert s.execute(select(RecordCopy.quarantined_at).where(
            RecordCopy.record_id == broken["id"])).scalar() is None
    assert sync_state.cursor(third.vault) > 0
