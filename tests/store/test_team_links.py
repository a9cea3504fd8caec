"""A team manager's link decisions on a real vault: only a manager's laptop decides or sees
the team; a decision is a versioned record, audited and queued for the hub; a rejected
suggestion never comes back; confirmed links join children; nothing reaches a child's case."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from directwork.domain.records import LinkVerdict, TeamLink
from directwork.store import links, operations
from directwork.store import records as svc
from directwork.store.case import load_case
from directwork.store.records import InvalidRecord
from directwork.store.schema import AuditEventRow, OutboxRow
from directwork.store.views.team import load_team
from tools.sample_team import add_sample_team


@pytest.fixture
def team(vault):
    with vault.transaction() as s:
        ids = add_sample_team(s)
    return vault, ids


def _suggestion(view, first_name, second_name):
    for row in view.suggestions:
        names = {row.suggestion.first.name, row.suggestion.second.name}
        if names == {first_name, second_name}:
            return row
    raise AssertionError(f"no suggestion for {first_name} / {second_name}")


def test_a_practitioners_laptop_sees_no_team_and_decides_nothing(team):
    vault, _ids = team
    view = operations.read(vault, load_team)
    assert view.manager is False and view.suggestions == () and view.groups == ()
    with pytest.raises(links.NotTeamManager):
        operations.change(vault, links.note_team_view_opened)
    some = operations.read(vault, links.linkables)
    with pytest.raises(links.NotTeamManager):
        operations.change(vault, links.decide, some[0].record_id, some[1].record_id,
                          LinkVerdict.CONFIRMED, "same place")
    with vault.session() as s:
        assert svc.list_documents(s, TeamLink) == []


def test_a_manager_sees_suggestions_with_why_across_practitioners(team):
    vault, _ids = team
    operations.change(vault, links.set_team_manager, True)
    view = operations.read(vault, load_team)
    assert view.manager and view.children == 6
    garages = _suggestion(view, "Heol Fawr garages", "the garages on Heol Fawr")
    assert "the same words in another order" in garages.suggestion.why
    mutated = _suggestion(view, "Heol Fawr garages", "garages, Heol Mawr")
    assert "Welsh mutations" in mutated.suggestion.why
    # Osian's worker wrote it; Kai's or Jay's (Sam's or Alex's) too.
    practitioners = {mutated.first_child.practitioner, mutated.second_child.practitioner}
    assert "Rhian Evans" in practitioners and len(practitioners) == 2
    adult = _suggestion(view, "Dean Pryce", "D. Price")
    assert adult.suggestion.why == "the same phone number, 07700 900456"
    # People of concern come first.
    assert view.suggestions[0].suggestion.of_concern
    # Near-names are not suggested: another street, a safe place that shares a word.
    names = {frozenset({r.suggestion.first.name, r.suggestion.second.name})
             for r in view.suggestions}
    assert not any("Heol Fach shops" in pair for pair in names)


def test_decisions_are_records_audited_and_queued_and_a_rejection_never_comes_back(team):
    vault, ids = team
    operations.change(vault, links.set_team_manager, True)
    view = operations.read(vault, load_team)
    garages = _suggestion(view, "Heol Fawr garages", "the garages on Heol Fawr").suggestion
    school = _suggestion(view, "Ysgol Cwm Rhyd", "Ysgol Gwm Rhyd").suggestion
    cases_before = {cid: operations.read(vault, load_case, cid) for cid in ids.values()}

    with pytest.raises(InvalidRecord, match="Say why"):
        operations.change(vault, links.decide, *garages.key, LinkVerdict.CONFIRMED, "  ")
    confirmed = operations.change(vault, links.decide, *garages.key, LinkVerdict.CONFIRMED,
                                  "Both mean the lock-up garages behind the chip shop.")
    rejected = operations.change(vault, links.decide, *reversed(school.key),
                                 LinkVerdict.REJECTED, "Cwm Rhyd has two schools.")

    assert confirmed.decided_by == "Sam Practitioner" and confirmed.decided_at is not None
    assert "another order" in confirmed.suggested_because
    assert (rejected.first_record, rejected.second_record) == school.key
    with vault.session() as s:
        kinds = s.execute(select(OutboxRow.kind, OutboxRow.record_id)).all()
        assert ("team_link", confirmed.id) in kinds and ("team_link", rejected.id) in kinds
        audited = s.execute(select(AuditEventRow.action, AuditEventRow.record_id).where(
            AuditEventRow.kind == "team_link")).all()
        assert ("create", confirmed.id) in audited and ("create", rejected.id) in audited

    after = operations.read(vault, load_team)
    keys = {r.suggestion.key for r in after.suggestions}
    assert garages.key not in keys and school.key not in keys
    assert after.rejected == 1
    (group,) = after.groups
    assert {c.name for c in group.children} == {"Kai Morgan", "Tia Rees"}
    assert "lock-up garages" in group.decided[0]
    # Nothing of it reaches any child's case (the summaries are built from the case).
    for cid, before in cases_before.items():
        assert operations.read(vault, load_case, cid) == before

    # Deciding again makes a new version of the same record; a later laptop's different
    # decision on the same base is a second head: shown as a disagreement, not linked.
    again = operations.change(vault, links.decide, *school.key, LinkVerdict.CONFIRMED,
                              "Checked: one school, two spellings.")
    assert again.id == rejected.id and again.base_rev == rejected.rev
    with vault.transaction() as s:
        svc.save_document(s, dataclasses.replace(
            rejected, verdict=LinkVerdict.REJECTED, reason="No: two schools."))
    split = operations.read(vault, load_team)
    assert len(split.disagreements) == 1
    assert all(school.key[0] not in {m.child.child_id for m in g.members} for g in split.groups)
    settled = operations.change(vault, links.decide, *school.key, LinkVerdict.CONFIRMED,
                                "Spoke to both workers: one school.")
    assert settled.merge_rev is not None
    assert operations.read(vault, load_team).disagreements == ()
    assert len(operations.read(vault, load_team).groups) == 2


def test_a_link_needs_two_children_and_one_kind(team):
    vault, ids = team
    operations.change(vault, links.set_team_manager, True)
    items = operations.read(vault, links.linkables)
    kai = [i for i in items if i.child_id == ids["Kai"]]
    tia_person = next(i for i in items if i.child_id == ids["Tia"] and i.kind.value == "person")
    with pytest.raises(InvalidRecord, match="same child"):
        operations.change(vault, links.decide, kai[0].record_id, kai[1].record_id,
                          LinkVerdict.CONFIRMED, "why")
    with pytest.raises(InvalidRecord, match="person only"):
        operations.change(vault, links.decide, kai[0].record_id, tia_person.record_id,
                          LinkVerdict.CONFIRMED, "why")
