"""The one redaction policy, on a case held in memory: what the child, carers and agencies
may see."""

from __future__ import annotations

import dataclasses
from datetime import date

from directwork.domain.case import Case, Viewer
from directwork.domain.records import (
    Agreement,
    Audience,
    Child,
    Concern,
    Context,
    CoReviewResponse,
    Drawing,
    Person,
    PersonRole,
    PlanAction,
    SafetyLevelDecision,
    SafetyPlan,
    Scaling,
    Speaker,
    SummaryAudience,
    TrustView,
    VisitNote,
    VoiceEntry,
    Worry,
)
from directwork.domain.redaction import for_agency, for_audience, for_carer, for_child

CHILD, CARERS, AGENCIES, WORKER = Audience.CHILD, Audience.CARERS, Audience.AGENCIES, Audience.WORKER


def _voice(text: str, shared: list[Audience], speaker: Speaker = Speaker.CHILD,
           drawing: str | None = None) -> VoiceEntry:
    return VoiceEntry(id=text, child_id="c", speaker=speaker, text=text, shared_with=shared,
                      drawing_id=drawing)


def make_case() -> Case:
    return Case(
        child=Child(id="c", child_id="c", given_name="Rhys", family_name="Jones"),
        practitioner_name="Sam Practitioner",
        people=[
            Person(id="mum", child_id="c", name="Sara Jones", role=PersonRole.CARER),
            Person(id="nain", child_id="c", name="Nain", role=PersonRole.FAMILY,
                   child_view=TrustView.TRUSTED),
            Person(id="peer", child_id="c", name="Tomasz Nowak", role=PersonRole.FRIEND),
            Person(id="brother", child_id="c", name="Kai Jones", role=PersonRole.FAMILY),
            Person(id="bad", child_id="c", name="Kyle Brennan", role=PersonRole.OTHER,
                   of_concern=True, worker_view_notes="recruiting"),
            Person(id="held", child_id="c", name="Dewi Withheld", role=PersonRole.CARER,
                   withheld=True),
        ],
        contexts=[Context(id="g", child_id="c", name="the garages", restricted=True),
                  Context(id="s", child_id="c", name="Ysgol Bro Taf")],
        plan=SafetyPlan(
            id="p", child_id="c",
            worries=[Worry(id="w", text="Out late at the garages with Kyle and Tomasz Nowak.")],
            actions=[PlanAction(id="a", what="Sara Jones will ring school", owner="Sara Jones",
                                due=date(2026, 3, 9))],
            safe_people=["Nain", "Kyle Brennan", "Dewi"],
            safe_places=["Nain's house", "The Garages"],
            scores=[Scaling(person="Rhys", score=5), Scaling(person="Kai Jones", score=3)],
            agreements=[Agreement(who="Rhys", role="child")],
            practitioner_notes="for professionals",
        ),
        voice=[
            _voice("everyone may see", [WORKER, CARERS, AGENCIES]),
            _voice("not for carers", [WORKER], drawing="d-child"),
            dataclasses.replace(_voice("kept from the child", [WORKER, CARERS, AGENCIES]),
                                kept_from_speaker=True, kept_reason="names her abuser"),
            dataclasses.replace(_voice("worker only", [WORKER], drawing="d-worker"),
                                kept_from_speaker=True, kept_reason="would frighten her"),
            _voice("mum's words", [WORKER], Speaker.CARER),
            _voice("mum's words for the child", [WORKER, CHILD], Speaker.CARER),
        ],
        drawings=[Drawing(id="d-child", child_id="c", png=b"1"),
                  Drawing(id="d-worker", child_id="c", png=b"2")],
        notes=[VisitNote(id="n1", child_id="c", text="case note", practitioner_only=True),
               VisitNote(id="n2", child_id="c", text="shareable note", practitioner_only=False)],
        level_decisions=[SafetyLevelDecision(id="l", child_id="c", reasoning="reasons")],
        concerns=[Concern(id="k", child_id="c", summary="seen out", raised_by="a neighbour")],
        coreview=[CoReviewResponse(id="r1", child_id="c", responder_role="child",
                                   words="I agree, said to Tomasz Nowak"),
                  CoReviewResponse(id="r2", child_id="c", responder_role="carer", words="ok")],
    )


def test_child_sees_their_own_words_and_what_others_agreed_to_share_with_them() -> None:
    seen = for_child(make_case())
    assert [v.text for v in seen.voice] == ["everyone may see", "not for carers",
                                            "mum's words for the child"]
    assert seen.viewer is Viewer.CHILD


def test_carers_see_their_own_words_and_nothing_the_child_kept_from_them() -> None:
    seen = for_carer(make_case())
    assert [v.text for v in seen.voice] == ["everyone may see", "kept from the child",
                                            "mum's words", "mum's words for the child"]


def test_names_of_people_of_concern_and_third_parties_are_taken_out_of_sentences() -> None:
    for seen in (for_child(make_case()), for_carer(make_case())):
        assert seen.plan is not None
        assert seen.plan.worries[0].text == "Out late at somewhere with someone and someone."
        # A carer's name stays: the brother's surname is the carer's too, so only his first
        # name (and his whole name) is taken out.
        assert seen.plan.actions[0].owner == "Sara Jones"


def test_withheld_people_and_restricted_places_are_dropped_not_renamed() -> None:
    seen = for_child(make_case())
    assert seen.plan is not None
    assert seen.plan.safe_people == ["Nain"]
    assert seen.plan.safe_places == ["Nain's house"]
    assert [s.person for s in seen.plan.scores] == ["Rhys"]
    assert {p.name for p in seen.people} == {"Sara Jones", "Nain"}
    assert [c.name for c in seen.contexts] == ["Ysgol Bro Taf"]


def test_family_views_carry_no_professional_records_or_notes() -> None:
    for seen in (for_child(make_case()), for_carer(make_case())):
        assert seen.plan is not None and seen.plan.practitioner_notes == ""
        assert seen.notes == [] and seen.concerns == [] and seen.level_decisions == []
        assert all(p.worker_view_notes == "" for p in seen.people)


def test_each_family_member_sees_only_their_own_coreview_words_with_names_taken_out() -> None:
    assert [r.words for r in for_child(make_case()).coreview] == ["I agree, said to someone"]
    assert [r.words for r in for_carer(make_case()).coreview] == ["ok"]


def test_welsh_and_bilingual_summaries_put_welsh_words_in_place_of_names() -> None:
    assert for_child(make_case(), lang="cy").plan.worries[0].text == (  # type: ignore[union-attr]
        "Out late at rhywle with rhywun and rhywun.")
    both = for_child(make_case(), lang="both").plan.worries[0].text  # type: ignore[union-attr]
    assert both.startswith("Out late at rhywle / somewhere with rhywun / someone")


def test_agencies_see_the_professional_picture_but_not_case_notes_or_unshared_words() -> None:
    seen = for_agency(make_case())
    assert [v.text for v in seen.voice] == ["everyone may see", "kept from the child"]
    assert [n.text for n in seen.notes] == ["shareable note"]
    assert seen.plan is not None and seen.plan.practitioner_notes == "for professionals"
    assert seen.plan.worries[0].text == "Out late at the garages with Kyle and Tomasz Nowak."
    assert len(seen.people) == 6 and len(seen.concerns) == 1


def test_redaction_never_changes_the_case_it_was_given() -> None:
    case = make_case()
    for audience in SummaryAudience:
        for_audience(case, audience)
    assert case.plan is not None
    assert case.plan.worries[0].text == "Out late at the garages with Kyle and Tomasz Nowak."
    assert len(case.voice) == 6 and case.plan.practitioner_notes == "for professionals"


def test_a_drawing_goes_only_where_the_words_it_belongs_to_go() -> None:
    assert [d.id for d in for_child(make_case()).drawings] == ["d-child"]
    assert for_carer(make_case()).drawings == []
    assert for_agency(make_case()).drawings == []


def test_plan_parts_the_worker_withheld_stay_out_of_child_and_carer_views():
    from directwork.domain.records import Contingency, SafetyGoal

    case = make_case()
    case.plan.worries.append(Worry(id="w2", text="WITHHELD-WORRY about an older cousin", withheld=True))
    case.plan.goals.append(SafetyGoal(id="g2", worry_id="w2", text="GOAL-OF-WITHHELD-WORRY"))
    case.plan.actions.append(PlanAction(id="a9", what="WITHHELD-ACTION strategy meeting", withheld=True))
    case.plan.contingency.append(Contingency(if_this="WITHHELD-IF", then_that="x", withheld=True))
    markers = ("WITHHELD-WORRY", "GOAL-OF-WITHHELD-WORRY", "WITHHELD-ACTION", "WITHHELD-IF")
    for view in (for_child(case), for_carer(case)):
        seen = repr(view.plan)
        for marker in markers:
            assert marker not in seen
    agency = repr(for_agency(case).plan)
    for marker in markers:
        assert marker in agency
