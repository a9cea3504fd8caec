"""Failing closed on records two laptops changed, and on deleted ones: the case the store
gathers for summaries and co-review, read back through the child's and carers' copies."""

from __future__ import annotations

import dataclasses

from directwork.domain.records import (
    Child,
    Context,
    Contingency,
    Person,
    PersonRole,
    SafetyGoal,
    SafetyPlan,
    SummaryAudience,
    TrustView,
    Worry,
)
from directwork.domain.redaction import PLAN_VERSIONS_KEY, family_copy, for_carer, for_child
from directwork.store import records
from directwork.store.case import load_case


def _two_heads(session, original, first_change: dict, second_change: dict):
    """Two laptops each changed ``original``: both revisions are heads of one record."""
    one = records.save_document(session, dataclasses.replace(original, **first_change))
    two = records.save_document(session, dataclasses.replace(original, **second_change))
    assert len(records.get_heads(session, type(original), original.id)) == 2
    return one, two


def test_any_head_marking_a_person_of_concern_withholds_them_whichever_head_is_newest(vault
                                                                                      ) -> None:
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Rhys"))
        people = []
        for i, name in enumerate(["Kyle Brennan", "Dai Pugh", "Mel Rowe", "Jo Li", "Bryn Hale"]):
            person = records.save_document(s, Person(child_id=child.id, name=name,
                                                     role=PersonRole.CARER))
            # One laptop marks them of concern; the other edits something else. Which head is
            # "newest" depends on the revision hash: alternate the order they are saved in.
            concern, edit = {"of_concern": True}, {"relationship": f"edited {i}"}
            if i % 2:
                _two_heads(s, person, edit, concern)
            else:
                _two_heads(s, person, concern, edit)
            people.append(name)
        worries = [Worry(id=f"w{i}", text=f"Rhys was seen with {name}.")
                   for i, name in enumerate(people)]
        records.save_document(s, SafetyPlan(child_id=child.id, worries=worries))
    with vault.session() as s:
        case = load_case(s, child.id)
    assert all(p.of_concern for p in case.people)
    for view in (for_child(case), for_carer(case)):
        assert view.plan is not None
        assert [w.text for w in view.plan.worries] == ["Rhys was seen with someone."] * 5
        assert view.people == []


def test_a_place_restricted_on_one_head_is_withheld_and_its_other_names_too(vault) -> None:
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Rhys"))
        for name, first in (("Marklow Yard", True), ("Tidewell Lane", False)):
            place = records.save_document(s, Context(child_id=child.id, name=name))
            restrict, rename = {"restricted": True}, {"name": f"{name} garages"}
            _two_heads(s, place, *((restrict, rename) if first else (rename, restrict)))
        records.save_document(s, SafetyPlan(child_id=child.id, worries=[
            Worry(id="w", text="Out at the Marklow Yard garages, then Marklow Yard again."),
            Worry(id="v", text="Out at the Tidewell Lane garages, then Tidewell Lane again.")]))
    with vault.session() as s:
        case = load_case(s, child.id)
    view = for_child(case)
    assert view.contexts == []
    assert view.plan is not None
    for worry in view.plan.worries:
        assert "Marklow" not in worry.text and "Tidewell" not in worry.text
        assert worry.text == "Out at somewhere, then somewhere again."


def test_a_deleted_person_of_concern_stays_out_of_free_text(vault) -> None:
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Rhys"))
        gone = records.save_document(s, Person(child_id=child.id, name="Quillon Ofconcern",
                                               contact="07700 900123", of_concern=True))
        # The worker later unmarks, then deletes the record: earlier versions still count.
        later = records.save_document(s, dataclasses.replace(gone, of_concern=False,
                                                             role=PersonRole.CARER))
        records.delete_document(s, later)
        nain = records.save_document(s, Person(child_id=child.id, name="Nain",
                                               child_view=TrustView.TRUSTED))
        records.save_document(s, SafetyPlan(child_id=child.id, safe_people=["Nain"], worries=[
            Worry(id="w", text="Quillon rang on 07700900123 and Nain answered.")]))
    with vault.session() as s:
        case = load_case(s, child.id)
    assert [p.id for p in case.people] == [nain.id]
    for view in (for_child(case), for_carer(case)):
        assert view.plan is not None
        assert view.plan.worries[0].text == ("someone rang on (phone number taken out) and "
                                             "Nain answered.")


def test_a_deleted_carer_is_not_looked_for_but_live_records_show_one_version(vault) -> None:
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Rhys"))
        old = records.save_document(s, Person(child_id=child.id, name="Sara Jones",
                                              role=PersonRole.CARER))
        records.delete_document(s, old)
        mum = records.save_document(s, Person(child_id=child.id, name="Mum",
                                              role=PersonRole.CARER))
        records.save_document(s, dataclasses.replace(mum, relationship="mother"))
        records.save_document(s, SafetyPlan(child_id=child.id, worries=[
            Worry(id="w", text="Sara Jones moved away.")]))
    with vault.session() as s:
        case = load_case(s, child.id)
    assert [(p.name, p.relationship) for p in case.people] == [("Mum", "mother")]
    assert len(case.other_versions) == 3  # Sara's two versions and Mum's first
    view = for_child(case)
    assert view.plan is not None and view.plan.worries[0].text == "Sara Jones moved away."


def test_a_plan_two_laptops_changed_keeps_back_what_either_withholds_whichever_is_newest(
        vault) -> None:
    for withheld_first in (True, False):
        with vault.transaction() as s:
            child = records.save_document(s, Child(given_name="Rhys"))
            plan = records.save_document(s, SafetyPlan(
                child_id=child.id,
                worries=[Worry(id="w1", text="HIDDEN worry"), Worry(id="w2", text="Out late.")],
                goals=[SafetyGoal(id="g1", worry_id="w1", text="HIDDEN goal")],
                contingency=[Contingency(if_this="HIDDEN if", then_that="go to Nan's")],
                safe_people=["Nan", "Uncle Dai"]))
            withhold = {"worries": [dataclasses.replace(plan.worries[0], withheld=True),
                                    plan.worries[1]],
                        "contingency": [dataclasses.replace(plan.contingency[0], withheld=True)],
                        "safe_people": ["Nan"]}
            edit = {"why_working_together": "We want you to be safe at home.",
                    "worries": [*plan.worries, Worry(id="w3", text="New worry.")]}
            _two_heads(s, plan, *((withhold, edit) if withheld_first else (edit, withhold)))
        with vault.session() as s:
            case = load_case(s, child.id)
        for audience in (SummaryAudience.CHILD, SummaryAudience.CARER):
            copy = family_copy(case, audience)
            assert copy.view.plan is not None
            shown = copy.view.plan
            assert [w.text for w in shown.worries] == ["Out late."], "only what both hold alike"
            assert shown.goals == [] and shown.contingency == []
            assert shown.safe_people == ["Nan"]
            assert shown.why_working_together == ""
            assert copy.check.lines[0].key == PLAN_VERSIONS_KEY, "the practitioner is told"


def test_a_plan_with_one_version_is_given_as_it_is(vault) -> None:
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Rhys"))
        records.save_document(s, SafetyPlan(child_id=child.id, why_working_together="Why.",
                                            worries=[Worry(id="w1", text="A worry.")]))
    with vault.session() as s:
        case = load_case(s, child.id)
    copy = family_copy(case, SummaryAudience.CHILD)
    assert copy.view.plan is not None and copy.view.plan.why_working_together == "Why."
    assert [w.text for w in copy.view.plan.worries] == ["A worry."]
    assert all(line.key != PLAN_VERSIONS_KEY for line in copy.check.lines)
