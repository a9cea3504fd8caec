"""The read models behind the desktop app's screens (store/views/) and the writes the screens
hand to the vault worker, on a real vault and without Qt: what each screen is given is what
the vault holds, narrowed and ordered as the screen promises."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta

import pytest

from directwork.domain import codec
from directwork.domain.policy import Policy, load_policy
from directwork.domain.records import (
    AgencyInvolvement,
    Child,
    Concern,
    CoReviewAnswer,
    CoReviewResponse,
    Drawing,
    KeyMoment,
    KeyMomentType,
    Level,
    Person,
    PersonRole,
    PlanStatus,
    Referral,
    Review,
    SafetyPlan,
    Scaling,
    Severity,
    Speaker,
    SummaryGiven,
    SummaryHandover,
    Visit,
    VisitNote,
    VoiceEntry,
)
from directwork.store import (
    children,
    coreview,
    demo,
    drafts,
    operations,
    practice,
    records,
    summaries,
    sync_state,
    visits,
)
from directwork.store.errors import RecordNotFound
from directwork.store.vault import Vault
from directwork.store.views import attention, caseload, charts, child_record, plans, visit
from directwork.store.views import coreview as coreview_view
from directwork.store.views import drafts as drafts_view
from directwork.store.views import practice as practice_view
from directwork.store.views import summary as summary_view
from tests.conftest import FixedClock


@pytest.fixture
def policy() -> Policy:
    return load_policy(env={})


@pytest.fixture
def jay(vault: Vault, clock: FixedClock) -> Child:
    vault.clock = clock
    with vault.transaction() as s:
        return records.save_document(s, Child(given_name="Jayden", preferred_name="Jay",
                                              practitioner_id=vault.practitioner_id))


def later(clock: FixedClock, **delta: float) -> None:
    clock.advance(**delta or {"minutes": 1})


# --------------------------------------------------------------------------- running


def test_a_read_commits_nothing_and_a_failed_change_leaves_nothing(vault: Vault, jay: Child) -> None:
    def rename_and_fail(session, child: Child) -> None:
        records.save_document(session, dataclasses.replace(child, preferred_name="JJ"))
        raise RuntimeError("stopped half way")

    operations.read(vault, records.save_document, dataclasses.replace(jay, preferred_name="J"))
    with pytest.raises(RuntimeError):
        operations.change(vault, rename_and_fail, jay)
    assert operations.read(vault, records.get_document, Child, jay.id).preferred_name == "Jay"
    saved = operations.change(vault, records.save_document,
                              dataclasses.replace(jay, preferred_name="JJ"))
    assert operations.read(vault, records.get_document, Child, jay.id).rev == saved.rev


# --------------------------------------------------------------------------- child record


def test_the_child_record_shows_the_newest_plan_visits_newest_first_and_the_open_visit(
        vault: Vault, clock: FixedClock, jay: Child) -> None:
    with vault.transaction() as s:
        agreed = records.save_document(s, SafetyPlan(child_id=jay.id, title="Agreed",
                                                     status=PlanStatus.AGREED))
        first = records.save_document(s, Visit(child_id=jay.id, started_at=clock.now,
                                               ended_at=clock.now + timedelta(hours=1)))
        records.add_entry(s, Drawing(child_id=jay.id, visit_id=first.id, title="Home"))
        low = records.add_entry(s, practice_view_level(jay.id, Level.LOW, clock.now))
    later(clock, days=1)
    with vault.transaction() as s:
        draft = records.save_document(s, SafetyPlan(child_id=jay.id, title="Being revised"))
        still_open = records.save_document(s, Visit(child_id=jay.id, started_at=clock.now))
        high = records.add_entry(s, practice_view_level(jay.id, Level.HIGH, clock.now))
    with vault.session() as s:
        view = child_record.load_child_record(s, jay.id)
    assert view.plan is not None and view.plan.id == draft.id != agreed.id
    assert [v.id for v in view.visits] == [still_open.id, first.id]
    assert view.open_visit() is not None and view.open_visit().id == still_open.id
    assert view.level is not None and view.level.id == high.id != low.id
    assert [d.title for d in view.case.drawings] == ["Home"], "the whole case, as load_case has it"
    assert view.today == clock.now.date()
    with vault.session() as s, pytest.raises(RecordNotFound):
        child_record.load_child_record(s, "no-such-child")


def practice_view_level(child_id: str, level: Level, at):
    from directwork.domain.records import SafetyLevelDecision

    return SafetyLevelDecision(child_id=child_id, level=level, reasoning="because", decided_at=at)


# --------------------------------------------------------------------------- plans


def test_the_editor_opens_the_plan_being_worked_on_with_its_unsaved_changes(
        vault: Vault, clock: FixedClock, jay: Child) -> None:
    with vault.transaction() as s:
        old = records.save_document(s, SafetyPlan(child_id=jay.id, title="Old",
                                                  status=PlanStatus.SUPERSEDED))
        records.save_document(s, Person(child_id=jay.id, name="Mum", role=PersonRole.CARER))
        records.save_document(s, Person(child_id=jay.id, name="Uncle", role=PersonRole.CARER,
                                        of_concern=True))
        records.save_document(s, AgencyInvolvement(child_id=jay.id, agency="School"))
        records.save_document(s, AgencyInvolvement(child_id=jay.id, agency="CAMHS",
                                                   active=False))
    later(clock)
    with vault.transaction() as s:
        current = records.save_document(s, SafetyPlan(child_id=jay.id, title="Current"))
    later(clock)
    with vault.transaction() as s:
        records.save_document(s, dataclasses.replace(old, title="Old, touched later"))
        typed = dataclasses.replace(current, child_section="typed, not saved")
        drafts.save_draft(s, plans.plan_draft_key(jay.id, current),
                          json.dumps(codec.record_to_dict(typed)))
    with vault.session() as s:
        facts = plans.load_plan_facts(s, jay.id)
    assert facts.plan is not None and facts.plan.id == current.id, "a superseded plan is not worked on"
    assert facts.heads == 1
    assert facts.draft is not None and facts.draft.child_section == "typed, not saved"
    assert [p.name for p in facts.carers] == ["Mum"], "a carer of concern is never asked to agree"
    assert [a.agency for a in facts.agencies] == ["School"]
    # A draft that no longer fits the record's shape is left aside: the saved plan stands.
    with vault.transaction() as s:
        drafts.save_draft(s, plans.plan_draft_key(jay.id, current), "{not json")
    with vault.session() as s:
        assert plans.load_plan_facts(s, jay.id, current.id).draft is None


def test_plan_versions_name_two_laptops_edits_of_one_version(vault: Vault, jay: Child) -> None:
    with vault.transaction() as s:
        base = records.save_document(s, SafetyPlan(child_id=jay.id, title="Base"))
        mine = records.save_document(s, dataclasses.replace(base, title="Mine"))
        theirs = dataclasses.replace(base, title="Theirs", rev="", base_rev=base.rev)
        records.store_received(s, records.with_rev(theirs), enqueue=False)
    with vault.session() as s:
        versions = plans.load_versions(s, base.id)
    assert len(versions.revisions) == 3 and len(versions.heads) == 2
    names = {versions.name(h) for h in versions.heads}
    assert any("laptop A" in n for n in names) and any("laptop B" in n for n in names)
    assert "laptop" not in versions.name(versions.revisions[0])
    assert mine.rev in {h.rev for h in versions.heads}


# --------------------------------------------------------------------------- practice


def test_the_practice_check_is_scoped_to_whose_children_were_asked_for(
        vault: Vault, clock: FixedClock, jay: Child, policy: Policy) -> None:
    with vault.transaction() as s:
        someone_elses = records.save_document(s, Child(given_name="Ola", practitioner_id="p-2"))
        for child in (jay, someone_elses):
            practice.record_key_moment(s, KeyMoment(child_id=child.id,
                                                    moment_type=KeyMomentType.ARREST,
                                                    occurred_at=clock.now), policy)
    with vault.session() as s:
        mine = practice_view.load_due(s, policy, practitioner_id=vault.practitioner_id)
        everyone = practice_view.load_due(s, policy)
    assert {i.child_id for i in mine.items} == {jay.id}
    assert {i.child_id for i in everyone.items} == {jay.id, someone_elses.id}
    assert mine.now == clock.now


def test_the_review_form_gets_what_was_said_since_the_last_review_oldest_first(
        vault: Vault, clock: FixedClock, jay: Child, policy: Policy) -> None:
    with vault.transaction() as s:
        records.add_entry(s, VoiceEntry(child_id=jay.id, text="before the review"))
        records.add_entry(s, Review(child_id=jay.id, held_at=clock.now))
        records.save_document(s, AgencyInvolvement(child_id=jay.id, agency="Gone", active=False))
    later(clock)
    with vault.transaction() as s:
        records.add_entry(s, VoiceEntry(child_id=jay.id, text="first since"))
    later(clock)
    with vault.transaction() as s:
        records.add_entry(s, VoiceEntry(child_id=jay.id, text="second since"))
        practice.record_key_moment(s, KeyMoment(child_id=jay.id, moment_type=KeyMomentType.ARREST,
                                                occurred_at=clock.now), policy)
    with vault.session() as s:
        facts = practice_view.load_review_facts(s, jay.id, policy)
    assert [v.text for v in facts.voice_since] == ["first since", "second since"]
    assert facts.agencies == []
    assert [m.key_moment.moment_type for m in facts.open_moments] == [KeyMomentType.ARREST]


def test_a_concern_page_holds_its_own_steps_in_order_and_only_its_referrals(
        vault: Vault, clock: FixedClock, jay: Child, policy: Policy) -> None:
    with vault.transaction() as s:
        concern = practice.raise_concern(s, Concern(child_id=jay.id, summary="Older boys",
                                                    severity=Severity.HIGH,
                                                    raised_at=clock.now), policy)
        other = practice.raise_concern(s, Concern(child_id=jay.id, summary="School",
                                                  severity=Severity.LOW, raised_at=clock.now),
                                       policy)
        practice.make_referral(s, Referral(child_id=jay.id, concern_id=other.id,
                                           made_at=clock.now), policy)
    later(clock, hours=1)
    with vault.transaction() as s:
        practice.escalate(s, concern.id, policy, to_whom="Team manager")
    with vault.session() as s:
        facts = practice_view.load_concern(s, concern.id, policy)
    assert facts.state.concern.id == concern.id
    assert [step.step for step in facts.steps] == sorted(step.step for step in facts.steps)
    assert len(facts.steps) == 2 and all(step.concern_id == concern.id for step in facts.steps)
    assert facts.referrals == []


def test_level_history_and_one_key_moment_as_they_stand(
        vault: Vault, clock: FixedClock, jay: Child, policy: Policy) -> None:
    with vault.transaction() as s:
        decision = practice.set_level(s, jay.id, Level.HIGH, "missing twice")
        practice.sign_off_level(s, decision.id, "Priya Shah")
        km = practice.record_key_moment(s, KeyMoment(child_id=jay.id,
                                                     moment_type=KeyMomentType.MISSING,
                                                     occurred_at=clock.now), policy)
    with vault.session() as s:
        (level,) = practice_view.load_level_history(s, jay.id)
        found = practice_view.load_key_moment(s, jay.id, km.id, policy)
        missing = practice_view.load_key_moment(s, jay.id, "no-such-moment", policy)
    assert level.level is Level.HIGH and level.signed_off
    assert found.state is not None and found.state.waiting_for_return and found.now == clock.now
    assert missing.state is None


def test_charts_count_one_answer_once_and_share_one_time_range(
        vault: Vault, clock: FixedClock, jay: Child) -> None:
    said_on = clock.now.date()
    with vault.transaction() as s:
        records.add_entry(s, VoiceEntry(child_id=jay.id, speaker=Speaker.CHILD,
                                        speaker_name="Jay", scale=4))
        records.save_document(s, SafetyPlan(child_id=jay.id, scores=[
            Scaling(person="Jay", role="child", score=4, on=said_on),
            Scaling(person="Mum", role="carer", score=7, on=said_on - timedelta(days=30))]))
        records.add_entry(s, KeyMoment(child_id=jay.id, moment_type=KeyMomentType.ARREST,
                                       occurred_at=clock.now - timedelta(days=60)))
    with vault.session() as s:
        data = charts.load_chart_data(s, jay.id)
    assert [(p.who, p.score) for p in data.scores] == [("Mum", 7), ("Jay", 4)]
    assert list(data.series()) == ["Mum", "Jay"]
    start, end = data.time_range()
    assert start == data.events[0].at and end == max(clock.now, charts.midday(said_on))
    assert [e.lane for e in data.events] == ["Key moments"]


# --------------------------------------------------------------------------- visit mode


def test_a_visit_gets_back_only_its_own_entries_and_drafts(
        vault: Vault, clock: FixedClock, jay: Child) -> None:
    with vault.transaction() as s:
        this = records.save_document(s, Visit(child_id=jay.id, started_at=clock.now))
        other = records.save_document(s, Visit(child_id=jay.id, started_at=clock.now))
        records.add_entry(s, VoiceEntry(child_id=jay.id, visit_id=this.id, text="mine"))
        records.add_entry(s, VoiceEntry(child_id=jay.id, visit_id=other.id, text="not mine"))
        records.add_entry(s, VisitNote(child_id=jay.id, visit_id=this.id, text="note"))
        drafts.save_draft(s, f"{visit.draft_prefix(this.id)}worries", "half typed", jay.id)
        drafts.save_draft(s, f"{visit.draft_prefix(other.id)}worries", "other visit", jay.id)
    with vault.session() as s:
        contents = visit.load_visit_contents(s, jay.id, this.id)
        back = drafts_view.load_drafts_for(s, [f"visit:{this.id}:worries", "nothing:here"])
    assert [v.text for v in contents.voice] == ["mine"]
    assert [n.text for n in contents.notes] == ["note"]
    assert contents.drafts == {f"visit:{this.id}:worries": "half typed"}
    assert back == {f"visit:{this.id}:worries": "half typed", "nothing:here": ""}


def test_ending_a_visit_and_keeping_a_drawing_with_its_words(
        vault: Vault, clock: FixedClock, jay: Child) -> None:
    with vault.transaction() as s:
        started = records.save_document(s, Visit(child_id=jay.id, started_at=clock.now))
    later(clock, hours=1)
    with vault.transaction() as s:
        ended = visits.end_visit(s, started, ["Ring school"])
        drawing, words = visits.keep_drawing(
            s, Drawing(child_id=jay.id, visit_id=started.id, title="My house"),
            VoiceEntry(child_id=jay.id, visit_id=started.id, text="My house"))
    assert ended.ended_at == clock.now and ended.follow_ups == ["Ring school"]
    assert words.drawing_id == drawing.id
    with vault.session() as s:
        assert records.get_document(s, Visit, started.id).ended_at == clock.now


# --------------------------------------------------------------------------- co-review, summaries


def test_co_review_is_given_only_what_the_child_may_see(vault: Vault, jay: Child) -> None:
    with vault.session() as s, pytest.raises(records.InvalidRecord):
        coreview_view.load_coreview(s, jay.id)
    with vault.transaction() as s:
        plan = records.save_document(s, SafetyPlan(child_id=jay.id))
        records.save_document(s, Person(child_id=jay.id, name="Mum", role=PersonRole.CARER))
        records.save_document(s, Person(child_id=jay.id, name="Dex", role=PersonRole.CARER,
                                        of_concern=True))
    with vault.session() as s:
        views = coreview_view.load_coreview(s, jay.id)
    assert views.plan_id == plan.id and views.carers == ["Mum"]
    for role in coreview_view.ROLES:
        for lang in coreview_view.LANGS:
            assert "Dex" not in {p.name for p in views.view(role, lang).people}
    assert views.child.display_name == views.child_name


def test_a_change_of_mind_in_co_review_corrects_the_answer_before_it(
        vault: Vault, clock: FixedClock, jay: Child) -> None:
    with vault.transaction() as s:
        plan = records.save_document(s, SafetyPlan(child_id=jay.id))
    earlier: dict[tuple[str, str, str], str] = {}
    key = ("worries", "child", "Jay")
    answer = CoReviewResponse(child_id=jay.id, plan_id=plan.id, plan_rev=plan.rev,
                              section="worries", responder_name="Jay")
    with vault.transaction() as s:
        first = coreview.keep_answer(s, answer, earlier, key)
    with vault.transaction() as s:
        second = coreview.keep_answer(
            s, dataclasses.replace(answer, answer=CoReviewAnswer.DISAGREE), earlier, key)
    assert earlier == {key: second.id} and first.at == clock.now
    with vault.session() as s:
        (kept,) = coreview_view.plan_responses(s, jay.id, plan.id)
        assert coreview_view.plan_responses(s, jay.id, "another-plan") == []
    assert kept.answer is CoReviewAnswer.DISAGREE


def test_a_summary_is_recorded_as_given_now_and_read_with_the_case(
        vault: Vault, clock: FixedClock, jay: Child) -> None:
    with vault.transaction() as s:
        given = summaries.record_given(s, SummaryGiven(
            child_id=jay.id, given_to="Jay", how=SummaryHandover.PRINTED))
    assert given.given_at == clock.now
    with vault.session() as s:
        loaded = summary_view.load_summary_case(s, jay.id)
    assert loaded.now == clock.now and [g.given_to for g in loaded.case.summaries_given] == ["Jay"]


# --------------------------------------------------------------------------- caseload, sync


def test_a_new_child_joins_this_practitioners_caseload_and_team(vault: Vault) -> None:
    vault.set_meta("team", "North")
    with vault.transaction() as s:
        added = children.add_child(s, Child(given_name="Ola"))
    assert added.practitioner_id == vault.practitioner_id
    assert (added.practitioner_name, added.team) == ("Sam Practitioner", "North")
    with vault.session() as s:
        me = practice_view.load_practitioner(s)
    assert (me.id, me.team) == (vault.practitioner_id, "North")


def test_the_caseload_shows_a_sync_state_only_once_this_laptop_is_enrolled(
        vault: Vault, jay: Child) -> None:
    with vault.session() as s:
        (row,) = caseload.load_caseload(s)
    unenrolled_state = row.sync_state
    sync_state.save_enrolment(vault, hub_url="https://hub.example.org", device_id="dev-1",
                              private_key=b"\x01" * 32, practitioner_id="p-1",
                              practitioner_name="Sam", team="North", ca_file="")
    with vault.session() as s:
        (row,) = caseload.load_caseload(s, [jay.id])
    assert row.sync_state != unenrolled_state
    with vault.session() as s:
        assert caseload.caseload_rows(s, hub_configured=True)[0].sync_state == row.sync_state


def test_needs_attention_lists_a_refused_change_with_the_hubs_reason(
        vault: Vault, jay: Child) -> None:
    with vault.session() as s:
        assert attention.load_attention(s) == []
        assert attention.load_heads(s, "child", jay.id)[0].id == jay.id
    with vault.transaction() as s:
        (change,), _skipped = sync_state.pending_batch(s, limit=10, max_bytes=10_000_000)
    sync_state.mark_pushed(vault, [(change.seq, "rejected", "too long")])
    with vault.session() as s:
        (item,) = attention.load_attention(s)
    assert (item.kind, item.record_id, item.child_name) == ("child", jay.id, "Jay")
    assert not item.diverged and item.reason == "too long" and item.title == "Jay"


def test_the_demo_caseload_is_refused_beside_real_children(vault: Vault, jay: Child) -> None:
    with vault.transaction() as s, pytest.raises(demo.DemoNotAllowed):
        demo.add_demo_caseload(s, 2, seed=1)


def test_the_day_for_records_is_the_vaults(vault: Vault, clock: FixedClock, jay: Child) -> None:
    clock.now = clock.now.replace(year=2027)
    with vault.session() as s:
        assert child_record.load_child_record(s, jay.id).today == date(2027, 3, 2)
