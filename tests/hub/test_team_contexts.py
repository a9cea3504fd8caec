"""Team contexts, the team view's audit and the "also linked" notice through a real hub on
loopback: a team context reaches the team's other managers and no practitioner's laptop; a
practitioner's laptop cannot send one; every opening of the team view is kept in the hub's
audit log as well as the laptop's; and a practitioner whose child is linked is told only that
(a flag for their own child), never who."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from sqlalchemy import select

from directwork.domain.records import (
    Child,
    Context,
    ContextType,
    InformationSharing,
    LinkVerdict,
    TeamContext,
    TeamLink,
)
from directwork.gui.common.worker import VaultWorker
from directwork.gui.team.notice import AlsoLinkedNotice
from directwork.hub.schema import AuditEvent
from directwork.store import links, operations
from directwork.store import records as svc
from directwork.store.schema import AuditEventRow
from directwork.store.views.team import load_team, load_team_context
from directwork.sync.protocol import MAX_OPENINGS


def _child_with_place(laptop, given: str, place: str) -> str:
    with laptop.vault.transaction() as s:
        child = svc.save_document(s, Child(given_name=given,
                                           practitioner_name=laptop.vault.practitioner_name))
        svc.save_document(s, Context(child_id=child.id, context_type=ContextType.PLACE,
                                     name=place))
    return child.id


def _team(sqlite_hub, new_laptop):
    hub = sqlite_hub
    sam, rhian, pat, lee = (new_laptop(n) for n in ("Sam", "Rhian", "Pat", "Lee"))
    sam.enrol(hub, hub.add_practitioner("Sam", team="north"))
    rhian.enrol(hub, hub.add_practitioner("Rhian", team="north"))
    pat_id = hub.add_practitioner("Pat", team="north", manager=True)
    pat.enrol(hub, pat_id)
    lee.enrol(hub, hub.add_practitioner("Lee", team="north", manager=True))
    kai = _child_with_place(sam, "Kai", "Heol Fawr garages")
    ffion = _child_with_place(sam, "Ffion", "Station car park")
    osian = _child_with_place(rhian, "Osian", "the garages on Heol Fawr")
    for laptop in (sam, rhian, pat):
        assert not laptop.sync().rejected
    return hub, (sam, rhian, pat, lee), (kai, ffion, osian), pat_id


def _held(laptop, cls):
    with laptop.vault.session() as s:
        return svc.list_documents(s, cls)


def test_a_team_context_reaches_managers_only_and_conflicts_like_documents(sqlite_hub,
                                                                          new_laptop):
    hub, (sam, rhian, pat, lee), _children, _pat_id = _team(sqlite_hub, new_laptop)
    (row,) = operations.read(pat.vault, load_team).suggestions
    operations.change(pat.vault, links.decide, *row.suggestion.key, LinkVerdict.CONFIRMED,
                      "Same lock-up garages.")
    made = operations.change(pat.vault, links.make_team_context, list(row.suggestion.key),
                             "Heol Fawr garages", "Children recruited to carry drugs.")
    assert not pat.sync().rejected
    for laptop in (sam, rhian, lee):
        laptop.sync()
    assert [c.id for c in _held(lee, TeamContext)] == [made.id]
    for laptop in (sam, rhian):
        assert _held(laptop, TeamContext) == [] and _held(laptop, TeamLink) == []

    # Given to the panel: each child's practitioner has the information-sharing entry on
    # their child's record, naming the place, never the other child.
    operations.change(pat.vault, links.record_panel_given, made.id, "North panel",
                      "To plan the response to the garages.", "To safeguard the children",
                      "children named by initials and date of birth")
    assert not pat.sync().rejected
    rhian.sync()
    with rhian.vault.session() as s:
        (logged,) = svc.list_entries(s, InformationSharing)
    assert logged.with_whom == "North panel" and "Heol Fawr garages" in logged.what
    assert "Kai" not in repr(logged)

    # Offline, both managers change the plan: the hub keeps both, the page says so, and the
    # next save settles it as one version.
    (mine,) = _held(pat, TeamContext)
    operations.change(pat.vault, links.save_team_context, dataclasses.replace(
        mine, actions=[links.new_action("Patrols after school", "PC Lloyd", "Police",
                                        date(2027, 1, 8))]))
    operations.change(lee.vault, links.save_team_context, dataclasses.replace(
        mine, actions=[links.new_action("Lighting by the lock-ups", "Huw Jones",
                                        "Community safety", date(2027, 2, 1))]))
    assert pat.sync().conflicts == 0
    assert lee.sync().conflicts == 1
    pat.sync()
    for manager in (pat, lee):
        assert operations.read(manager.vault, load_team_context, made.id).versions == 2
    shown = operations.read(lee.vault, load_team_context, made.id).context
    assert shown is not None
    both = dataclasses.replace(shown, actions=[
        links.new_action("Patrols after school", "PC Lloyd", "Police", date(2027, 1, 8)),
        links.new_action("Lighting by the lock-ups", "Huw Jones", "Community safety",
                         date(2027, 2, 1))])
    operations.change(lee.vault, links.save_team_context, both)
    assert operations.read(lee.vault, load_team_context, made.id).versions == 1
    lee.sync()
    pat.sync()
    settled = operations.read(pat.vault, load_team_context, made.id)
    assert settled.versions == 1 and settled.context is not None
    assert [a.owner for a in settled.context.actions] == ["PC Lloyd", "Huw Jones"]


def test_a_practitioners_laptop_cannot_send_a_team_context(sqlite_hub, new_laptop):
    hub, (sam, _rhian, _pat, _lee), (kai, ffion, _osian), _pat_id = _team(sqlite_hub, new_laptop)
    places = [i.record_id for i in operations.read(sam.vault, links.linkables)]
    with sam.vault.transaction() as s:
        svc.save_document(s, TeamContext(child_id=min(kai, ffion), title="forged",
                                         children=sorted({kai, ffion}),
                                         context_records=sorted(places)))
    result = sam.sync()
    assert [reason for _kind, _id, reason in result.rejected] == \
        ["only a team manager decides team links"]


def test_every_opening_of_the_team_view_is_audited_at_the_hub(sqlite_hub, new_laptop):
    hub, (_sam, _rhian, pat, _lee), _children, pat_id = _team(sqlite_hub, new_laptop)
    (row,) = operations.read(pat.vault, load_team).suggestions
    operations.change(pat.vault, links.decide, *row.suggestion.key, LinkVerdict.CONFIRMED,
                      "Same lock-up garages.")
    made = operations.change(pat.vault, links.make_team_context, list(row.suggestion.key),
                             "Heol Fawr garages")
    operations.change(pat.vault, links.note_team_view_opened)
    operations.change(pat.vault, links.note_team_context_opened, made.id)
    operations.change(pat.vault, links.note_team_view_opened)
    with pat.vault.session() as s:
        laptop_kept = s.execute(select(AuditEventRow.kind).where(
            AuditEventRow.action == "open")).scalars().all()
    assert sorted(laptop_kept) == ["team_context", "team_view", "team_view"]
    assert len(operations.read(pat.vault, links.unreported_openings)) == 3
    pat.sync()
    with hub.db.reading() as s:
        kept = s.execute(select(AuditEvent).where(AuditEvent.action == "team-view")
                         .order_by(AuditEvent.seq)).scalars().all()
    assert [e.actor for e in kept] == [pat_id] * 3
    assert [e.detail.split(" ", 1)[1] for e in kept] == [
        "opened the team view", f"opened the team context page {made.id}",
        "opened the team view"]
    # Reported once: the next sync sends nothing again.
    assert operations.read(pat.vault, links.unreported_openings) == []
    pat.sync()
    with hub.db.reading() as s:
        assert len(s.execute(select(AuditEvent).where(AuditEvent.action == "team-view"))
                   .scalars().all()) == 3
    # Many openings while offline go up in several requests, none lost.
    with pat.vault.transaction() as s:
        for _ in range(MAX_OPENINGS + 5):
            links.note_team_view_opened(s)
    pat.sync()
    with hub.db.reading() as s:
        assert len(s.execute(select(AuditEvent).where(AuditEvent.action == "team-view"))
                   .scalars().all()) == 3 + MAX_OPENINGS + 5
    assert operations.read(pat.vault, links.unreported_openings) == []


def test_a_practitioner_is_told_their_child_is_linked_never_who(sqlite_hub, new_laptop,
                                                                qtbot):
    hub, (sam, rhian, pat, _lee), (kai, ffion, osian), _pat_id = _team(sqlite_hub, new_laptop)
    sam.sync()
    assert not operations.read(sam.vault, links.is_also_linked, kai)
    (row,) = operations.read(pat.vault, load_team).suggestions
    operations.change(pat.vault, links.decide, *row.suggestion.key, LinkVerdict.CONFIRMED,
                      "Same lock-up garages.")
    pat.sync()
    sam.sync()
    rhian.sync()
    assert operations.read(sam.vault, links.is_also_linked, kai)
    assert not operations.read(sam.vault, links.is_also_linked, ffion)
    assert operations.read(rhian.vault, links.is_also_linked, osian)
    # On Kai's record, in the words the practitioner reads.
    worker = VaultWorker(sam.vault)
    notice = AlsoLinkedNotice(worker)
    qtbot.addWidget(notice)
    notice.show()
    notice.show_for(kai)
    qtbot.waitUntil(lambda: not notice.isHidden(), timeout=20_000)
    assert notice.text() == ("Also linked to other children on the team \u2014 your manager "
                             "can see more.")
    worker.wait_idle()
    worker.shutdown()
    # What Sam's laptop holds says nothing of Osian: not his id, his name, nor his place.
    with sam.vault.session() as s:
        held = json.dumps([repr(d) for cls in (Child, Context, TeamLink, TeamContext)
                           for d in svc.list_documents(s, cls)])
        meta = operations.read(sam.vault, links.is_also_linked, osian)
    assert osian not in held and "Osian" not in held and "the garages on" not in held
    assert meta is False
    # A manager deciding again, the other way: the flag goes at the next sync.
    operations.change(pat.vault, links.decide, *row.suggestion.key, LinkVerdict.REJECTED,
                      "Police say these are two blocks.")
    pat.sync()
    sam.sync()
    assert not operations.read(sam.vault, links.is_also_linked, kai)
