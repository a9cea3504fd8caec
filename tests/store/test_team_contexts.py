"""Team contexts on a real vault: a confirmed link becomes a team-level context with its own
page and plan; the page shows what each child's record says of the place only as far as each
entry's sharing lets the team see it; the plan is on the manager's practice check; and a team
context never reaches a child's export or case."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from directwork.domain.policy import load_policy
from directwork.domain.records import ActionStatus, TeamContext
from directwork.store import interchange, links, operations
from directwork.store import records as svc
from directwork.store.practice import due_items
from directwork.store.records import InvalidRecord
from directwork.store.views.team import load_team, load_team_context
from tools.sample_team import add_sample_context, add_sample_team

MARKER = "KEPTFROMTEAM"


@pytest.fixture
def manager(vault):
    with vault.transaction() as s:
        links.set_team_manager(s, True)
        ids = add_sample_team(s)
        context_id = add_sample_context(s, ids)
    return vault, ids, context_id


def test_the_page_shows_the_linked_children_and_only_what_sharing_lets_the_team_see(manager):
    vault, ids, context_id = manager
    view = operations.read(vault, load_team_context, context_id)
    assert view.manager and view.context is not None
    assert view.context.title == "Heol Fawr garages"
    names = [c.child.name for c in view.children]
    assert names == ["Jay Collins", "Kai Morgan", "Osian Jenkins", "Tia Rees"]
    practitioners = {c.child.name: c.child.practitioner for c in view.children}
    assert practitioners["Osian Jenkins"] == "Rhian Evans"
    everything = repr(view)
    assert MARKER not in everything
    kai = next(c for c in view.children if c.child.name == "Kai Morgan")
    assert [k.words for k in kai.known] == [
        "The older lads at the Heol Fawr garages give me money to take bags round."]
    assert kai.left_out == 1 and kai.concerns == "Older lads hang about after dark."
    jay = next(c for c in view.children if c.child.name == "Jay Collins")
    assert jay.left_out == 1 and jay.seen == (date(2026, 10, 15),)
    assert jay.initials == "JC" and jay.date_of_birth == date(2011, 7, 29)
    # The team view says which linked group has become this context.
    team = operations.read(vault, load_team)
    assert [g.context_id for g in team.groups if g.context_id] == [context_id]


def test_a_context_is_made_only_from_confirmed_links_and_its_plan_needs_owners_and_dates(
        manager):
    vault, ids, context_id = manager
    unlinked = [i.record_id for i in operations.read(vault, links.linkables)
                if i.name in ("Heol Fach shops", "Station car park")]
    with pytest.raises(InvalidRecord, match="confirm the links first"):
        operations.change(vault, links.make_team_context, unlinked, "Shops")
    context = operations.read(vault, links.team_context_of, context_id)
    broken = dataclasses.replace(context, actions=[
        *context.actions, links.new_action("Talk to the landlord", "", "Housing", None)])
    with pytest.raises(InvalidRecord, match="say who does it.*give a date"):
        operations.change(vault, links.save_team_context, broken)
    assert operations.read(vault, links.team_context_of, context_id).rev == context.rev


def test_the_context_plan_is_on_the_managers_practice_check(manager, clock):
    vault, ids, context_id = manager
    context = operations.read(vault, links.team_context_of, context_id)
    late = dataclasses.replace(context.actions[0], due=date(2020, 1, 1))
    done = dataclasses.replace(context.actions[1], due=date(2020, 1, 1),
                               status=ActionStatus.DONE)
    operations.change(vault, links.save_team_context, dataclasses.replace(
        context, actions=[late, done, *context.actions[2:]], next_review=date(2020, 2, 1)))
    with vault.session() as s:
        items = [i for i in due_items(s, load_policy()) if i.kind == "team_context"]
    whats = sorted(i.what for i in items)
    assert whats == [
        "Heol Fawr garages: Patrols after school, 3pm to 7pm (PC Bethan Lloyd) was due "
        "Wed 1 Jan 2020",
        "Heol Fawr garages: the context plan's review"]
    assert all(i.overdue and i.record_id == context_id for i in items)
    operations.change(vault, links.review_team_context, context_id,
                      "Patrols started; two children no longer seen there.", date(2099, 1, 1))
    with vault.session() as s:
        whats = [i.what for i in due_items(s, load_policy()) if i.kind == "team_context"]
    assert whats == ["Heol Fawr garages: Patrols after school, 3pm to 7pm (PC Bethan Lloyd) "
                     "was due Wed 1 Jan 2020"]


def test_a_team_context_is_never_in_a_childs_export(manager):
    vault, ids, context_id = manager
    with vault.session() as s:
        assert len(svc.list_documents(s, TeamContext)) == 1
        exported = interchange.export_records(s, ids["Kai"])
    assert "team_context" not in repr(exported)


def test_a_practitioners_laptop_opens_no_team_context(manager):
    vault, ids, context_id = manager
    operations.change(vault, links.set_team_manager, False)
    assert operations.read(vault, load_team_context, context_id).manager is False
    with pytest.raises(links.NotTeamManager):
        operations.change(vault, links.note_team_context_opened, context_id)


def test_on_a_managers_laptop_the_links_held_say_which_children_are_linked(manager):
    vault, ids, _context_id = manager
    for given in ("Kai", "Tia", "Osian", "Jay"):
        assert operations.read(vault, links.is_also_linked, ids[given]), given
    for given in ("Lily", "Ffion"):
        assert not operations.read(vault, links.is_also_linked, ids[given]), given
