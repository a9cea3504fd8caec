"""The practice dialogs on a real vault: every control has a name a screen reader can say;
levels are set with reasons and signed off; a review schedules the next; a decision not to
share needs its reason; a concern is closed only with its outcome and who was told; the charts
say in words what they draw."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from directwork.domain.records import (
    AgencyInvolvement,
    Concern,
    ConcernStatus,
    InformationSharing,
    KeyMoment,
    KeyMomentResponse,
    KeyMomentType,
    Level,
    Review,
    Scaling,
    Severity,
    Speaker,
    VoiceEntry,
)
from directwork.domain.rules.reviews import add_months
from directwork.gui.plan.editor import AgreePlanDialog, PlanEditor
from directwork.gui.plan.merge import PlanMergeDialog
from directwork.gui.plan.versions import PlanVersionsDialog
from directwork.gui.practice.charts import ChartsPanel, describe_scores, describe_timeline
from directwork.gui.practice.common import practice_policy
from directwork.gui.practice.concerns import ConcernDialog, RaiseConcernDialog
from directwork.gui.practice.dashboard import DashboardPage
from directwork.gui.practice.dialogs import (
    InformationSharingDialog,
    KeyMomentDialog,
    LevelDialog,
    ResponseDialog,
    ReturnDialog,
)
from directwork.gui.practice.review import ReviewDialog
from directwork.store import practice, records
from directwork.store.views.charts import load_chart_data
from tests.gui.drive import add_children, settle
from tests.gui.test_accessibility import unnamed
from tests.gui.test_plans import agreed_plan


def test_every_practice_dialog_names_every_control(qtbot, vault, clock, worker) -> None:
    policy = practice_policy()
    (jay,) = add_children(vault, ["Jay"])
    plan = agreed_plan(vault, jay.id)
    with vault.transaction() as s:
        records.save_document(s, AgencyInvolvement(child_id=jay.id, agency="CAMHS",
                                                   lead_worker="Dr Patel"))
        km = practice.record_key_moment(s, KeyMoment(child_id=jay.id,
                                                     moment_type=KeyMomentType.ARREST,
                                                     occurred_at=clock.now), policy)
        concern = practice.raise_concern(s, Concern(child_id=jay.id, summary="Seen with a knife"),
                                         policy)
        from directwork.domain.records import Referral

        practice.make_referral(s, Referral(child_id=jay.id, concern_id=concern.id), policy)
        practice.set_level(s, jay.id, Level.HIGH, "Exploitation risk")
        a = records.save_document(s, dataclasses.replace(plan, title="A"))
        b = records.save_document(s, dataclasses.replace(plan, title="B"))
        state = practice.key_moment_states(s, jay.id, policy)[0]
    assert state.key_moment.id == km.id

    editor = PlanEditor(worker, policy=policy)
    editor.open_plan(jay.id, plan.id)
    settle(qtbot, worker)
    for rows in editor.lists.values():
        rows.add()
    versions = PlanVersionsDialog(worker, plan.id)
    settle(qtbot, worker)
    windows = {
        "key moment": KeyMomentDialog(worker, jay.id, clock.now, policy),
        "response": ResponseDialog(worker, state, clock.now),
        "return": ReturnDialog(worker, dataclasses.replace(
            km, moment_type=KeyMomentType.MISSING), clock.now, policy),
        "level": LevelDialog(worker, jay.id),
        "information sharing": InformationSharingDialog(worker, jay.id, clock.now),
        "review": ReviewDialog(worker, jay.id, policy),
        "raise concern": RaiseConcernDialog(worker, jay.id, clock.now, policy),
        "concern": ConcernDialog(worker, concern.id, policy),
        "plan editor": editor,
        "agree plan": AgreePlanDialog(editor.candidates(), clock.now),
        "versions": versions,
        "merge": PlanMergeDialog(worker, a, b),
        "dashboard": DashboardPage(worker, policy=policy),
        "charts": ChartsPanel(),
    }
    for window in windows.values():
        qtbot.addWidget(window)
    settle(qtbot, worker)
    problems = {name: unnamed(window) for name, window in windows.items()}
    assert {name: missing for name, missing in problems.items() if missing} == {}


def test_level_is_set_with_its_reasoning_and_signed_off_by_a_manager(
        qtbot, vault, worker) -> None:
    (jay,) = add_children(vault, ["Jay"])
    dialog = LevelDialog(worker, jay.id)
    qtbot.addWidget(dialog)
    settle(qtbot, worker)
    assert dialog.current.text() == "Level: not set"
    dialog.level.setCurrentIndex(dialog.level.findData(Level.HIGH))
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    assert dialog.result_record is None and "reasoning" in dialog.problems.text()
    qtbot.keyClicks(dialog.reasoning, "Older peers grooming him; missing twice this month")
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    assert dialog.result_record is not None and dialog.result_record.level is Level.HIGH

    again = LevelDialog(worker, jay.id)
    qtbot.addWidget(again)
    settle(qtbot, worker)
    assert again.current.text() == "High awaiting a manager's sign-off"
    again.sign_button.click()
    settle(qtbot, worker)
    assert "which manager" in again.sign_problems.text()
    qtbot.keyClicks(again.manager, "Priya Shah")
    again.sign_button.click()
    settle(qtbot, worker)
    assert again.sign_problems.isHidden()
    assert again.current.text() == "Signed-off level: High"
    signed = again.history_model.data(again.history_model.index(0, 3))
    assert signed.startswith("Priya Shah")


def test_completing_a_review_schedules_the_next_and_answers_the_key_moment(
        qtbot, vault, clock, worker) -> None:
    policy = practice_policy()
    (jay,) = add_children(vault, ["Jay"])
    with vault.transaction() as s:
        records.save_document(s, AgencyInvolvement(child_id=jay.id, agency="CAMHS",
                                                   lead_worker="Dr Patel"))
        km = practice.record_key_moment(s, KeyMoment(
            child_id=jay.id, moment_type=KeyMomentType.EXCLUSION,
            occurred_at=clock.now - timedelta(days=1)), policy)
        records.add_entry(s, VoiceEntry(child_id=jay.id, speaker=Speaker.CHILD,
                                        speaker_name="Jay", text="School hates me", scale=3))
    dialog = ReviewDialog(worker, jay.id, policy)
    qtbot.addWidget(dialog)
    settle(qtbot, worker)
    # What Jay said since the last review is at hand, and the review follows the exclusion
    assert "School hates me" in dialog.voice.item(0).text()
    assert dialog.key_moment.currentData() == km.id
    assert [r.agency.text() for r in dialog.agency_rows] == ["CAMHS"]
    qtbot.keyClicks(dialog.agency_rows[0].input, "Assessment booked for April")
    qtbot.keyClicks(dialog.child_views, "I want to go back to school")
    dialog.new_level.setCurrentIndex(dialog.new_level.findData(Level.MEDIUM))
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    review: Review = dialog.result_record
    assert review is not None, dialog.problems.text()
    today = clock.now.date()
    assert review.next_review == add_months(today, policy.review_interval_months)
    assert review.agency_inputs[0].input == "Assessment booked for April"
    with vault.session() as s:
        (response,) = records.list_entries(s, KeyMomentResponse, jay.id)
        assert response.key_moment_id == km.id
        assert practice.current_level_of(s, jay.id).level is Level.MEDIUM
        assert practice.review_schedule_of(s, jay.id, policy).due == review.next_review


def test_a_decision_not_to_share_is_logged_only_with_its_reason(qtbot, vault, clock, worker) -> None:
    (jay,) = add_children(vault, ["Jay"])
    dialog = InformationSharingDialog(worker, jay.id, clock.now)
    qtbot.addWidget(dialog)
    dialog.not_shared.setChecked(True)
    assert not dialog.basis.isEnabled()
    qtbot.keyClicks(dialog.what, "Jay's health notes")
    qtbot.keyClicks(dialog.with_whom, "Football coach")
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    assert dialog.result_record is None
    assert "Say why it was not shared" in dialog.problems.text()
    qtbot.keyClicks(dialog.why, "Not needed to keep Jay safe at football; Jay said no")
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    with vault.session() as s:
        (logged,) = records.list_entries(s, InformationSharing, jay.id)
    assert not logged.shared and logged.why.startswith("Not needed")


def test_a_concern_closes_only_with_its_outcome_and_whether_child_and_carers_were_told(
        qtbot, vault, clock, worker) -> None:
    policy = practice_policy()
    (jay,) = add_children(vault, ["Jay"])
    raise_dialog = RaiseConcernDialog(worker, jay.id, clock.now, policy)
    qtbot.addWidget(raise_dialog)
    qtbot.keyClicks(raise_dialog.summary, "Unexplained new phone and cash")
    raise_dialog.severity.setCurrentIndex(raise_dialog.severity.findData(Severity.HIGH))
    raise_dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    concern = raise_dialog.result_record
    dialog = ConcernDialog(worker, concern.id, policy)
    qtbot.addWidget(dialog)
    settle(qtbot, worker)
    # A referral carries its acknowledgement clock; once it runs out the dialog says so
    dialog.refer_button.click()
    settle(qtbot, worker)
    (referral,) = dialog.referral_model.records()
    assert referral.ack_due is not None and referral.ack_due > clock.now
    clock.now = referral.ack_due + timedelta(minutes=5)
    dialog.load()
    settle(qtbot, worker)
    assert "NOT ACKNOWLEDGED" in dialog.referral_model.data(dialog.referral_model.index(0, 3))
    assert "was not acknowledged" in dialog.advice.text()

    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    assert dialog.result_record is None
    text = dialog.problems.text()
    assert "Write the outcome" in text and "child was told" in text and "carers were told" in text
    qtbot.keyClicks(dialog.outcome, "Social care visited; safety plan updated")
    dialog.child_told[1].setChecked(True)
    dialog.carers_told[2].setChecked(True)
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    closed = dialog.result_record
    assert closed is not None and closed.status is ConcernStatus.CLOSED
    assert closed.child_told is True and closed.carers_told is False


def test_charts_say_in_words_what_they_draw(qtbot, vault, clock, worker) -> None:
    policy = practice_policy()
    (jay,) = add_children(vault, ["Jay"])
    plan = agreed_plan(vault, jay.id)
    with vault.transaction() as s:
        records.add_entry(s, VoiceEntry(child_id=jay.id, speaker=Speaker.CHILD,
                                        speaker_name="Jay", text="three", scale=3))
        practice.record_key_moment(s, KeyMoment(child_id=jay.id, moment_type=KeyMomentType.COURT,
                                                occurred_at=clock.now), policy)
    clock.advance(days=20)
    with vault.transaction() as s:
        records.save_document(s, dataclasses.replace(plan, scores=[
            Scaling(person="Jay", role="child", score=6, on=date(2026, 3, 22)),
            Scaling(person="Nan", role="carer", score=5, on=date(2026, 3, 22))]))
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    with vault.session() as s:
        data = load_chart_data(s, jay.id)
    panel.set_data(data)
    assert describe_scores(data) == ("Jay: 3 on 02/03/2026, 6 on 22/03/2026 (up by 3).\n"
                                     "Nan: 5 on 22/03/2026.")
    assert describe_timeline(data) == "02/03/2026: key moment: Court appearance"
    assert panel.scores.accessibleDescription() == describe_scores(data)
    assert "Court appearance" in panel.as_text.toPlainText()
    panel.resize(700, 600)
    assert not panel.scores.grab().isNull()


def test_a_dialog_closed_while_the_vault_works_is_left_alone_and_the_record_kept(
        qtbot, vault, worker) -> None:
    from PySide6.QtCore import Qt

    (jay,) = add_children(vault, ["Jay"])
    dialog = LevelDialog(worker, jay.id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    settle(qtbot, worker)
    qtbot.keyClicks(dialog.reasoning, "Settled at Nan's; school every day")
    dialog.buttons.accepted.emit()
    dialog.close()
    qtbot.wait(20)
    settle(qtbot, worker)
    with vault.session() as s:
        assert practice.current_level_of(s, jay.id).level is Level.LOW
