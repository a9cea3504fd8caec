"""Concerns: raising one (immediate danger shows "call 999", children's social care and the
police, with the service's numbers, before anything else), and one
concern's page: where it stands on the escalation ladder and who to go to next, escalating,
recording a step's answer, referrals with their acknowledgement clock, and closing it with
its outcome and whether the child and carers were told."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.policy import Policy, Region
from directwork.domain.records import Concern, EscalationStep, Referral, ReferralType, Severity
from directwork.domain.rules.concerns import (
    concern_response_due,
    danger_steps,
    referral_overdue,
)
from directwork.domain.rules.messages import render
from directwork.gui.common.a11y import named
from directwork.gui.common.record_table import RecordTableModel, record_view
from directwork.gui.common.retranslate import (
    QT_TRANSLATE_NOOP,
    TranslatedWords,
    fill,
    interface_language,
    translate,
)
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice.common import (
    PracticeDialog,
    ProblemLabel,
    datetime_edit,
    format_due,
    london,
    moment_of,
    policy_words,
    problem_texts,
    referral_words,
    while_open,
    window_words,
)
from directwork.gui.practice.dialogs import text_box
from directwork.store import practice
from directwork.store.views.practice import ConcernFacts, load_concern

SEVERITY_LABELS = TranslatedWords("ConcernsWords", {Severity.LOW: QT_TRANSLATE_NOOP("ConcernsWords", "Low"), Severity.MEDIUM: QT_TRANSLATE_NOOP("ConcernsWords", "Medium"), Severity.HIGH: QT_TRANSLATE_NOOP("ConcernsWords", "High"),
                   Severity.IMMEDIATE: QT_TRANSLATE_NOOP("ConcernsWords", "Immediate danger")})
CALL_999 = QT_TRANSLATE_NOOP("DangerSteps", "Immediate danger: CALL 999 NOW")
CALL_999_STYLE = ("background: #a3231f; color: white; font-size: 16pt; font-weight: bold;"
                  "padding: 10px; border-radius: 6px;")


class DangerSteps(QFrame):
    """Immediate danger, before anything else: call 999, then children's social care and the
    police at once, with the service's own numbers from its policy file; for a service in
    Wales in Welsh too (Welsh first)."""

    def __init__(self, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dangerSteps")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.call = QLabel(QCoreApplication.translate("DangerSteps", CALL_999))
        self.call.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.call.setStyleSheet(CALL_999_STYLE)
        layout.addWidget(self.call)
        danger = policy.immediate_danger
        texts = [render(danger_steps(danger), "en")]
        if policy.region is Region.WALES:
            texts.insert(0, render(danger_steps(danger), "cy"))
        self.steps = QLabel("\n\n".join(texts))
        self.steps.setWordWrap(True)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps.setStyleSheet("border: 2px solid #a3231f; border-radius: 6px; padding: 8px;"
                                 "background: #ffffff; color: #1f2933; font-size: 11pt;")
        self.steps.setAccessibleName(translate("DangerSteps", "Immediate danger: the steps and numbers"))
        layout.addWidget(self.steps)
        self.setAccessibleName(translate("DangerSteps", "Immediate danger: call 999 now"))

    def text(self) -> str:
        return f"{self.call.text()}\n{self.steps.text()}"


def call_999_banner(policy: Policy) -> DangerSteps:
    return DangerSteps(policy)


class RaiseConcernDialog(PracticeDialog):
    """A new concern: what, how serious, who was told. Its response clock and first ladder
    step come from the policy."""

    def __init__(self, worker: VaultWorker, child_id: str, now: datetime, policy: Policy,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, translate("RaiseConcernDialog", "Raise a concern"), parent)
        self.child_id, self.policy = child_id, policy
        layout = QVBoxLayout(self)
        self.banner = call_999_banner(policy)
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.summary = named(QLineEdit(), translate("RaiseConcernDialog", "What the concern is"))
        form.addRow(translate("RaiseConcernDialog", "&Concern"), self.summary)
        self.details = text_box(translate("RaiseConcernDialog", "Details of the concern"), 80)
        form.addRow(translate("RaiseConcernDialog", "&Details"), self.details)
        self.severity = named(QComboBox(), translate("RaiseConcernDialog", "Severity"))
        for severity, label in SEVERITY_LABELS.items():
            self.severity.addItem(label, severity)
        self.severity.setCurrentIndex(1)
        form.addRow(translate("RaiseConcernDialog", "&Severity"), self.severity)
        self.told = text_box(translate("RaiseConcernDialog", "Who was told, one per line"), 60, translate("RaiseConcernDialog", "one person per line"))
        form.addRow(translate("RaiseConcernDialog", "Who was &told"), self.told)
        self.raised_at = datetime_edit("When it was raised", now)
        form.addRow(translate("RaiseConcernDialog", "&When"), self.raised_at)
        layout.addLayout(form)
        self.clock = QLabel()
        self.clock.setWordWrap(True)
        self.clock.setProperty("role", "hint")
        self.clock.setAccessibleName(translate("RaiseConcernDialog", "Response clock"))
        layout.addWidget(self.clock)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.severity.currentIndexChanged.connect(self._update)
        self.raised_at.dateTimeChanged.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        severity = Severity(self.severity.currentData())
        rule = self.policy.concerns[severity]
        step = self.policy.ladder[self.policy.ladder_index(rule.start_at)]
        self.banner.setVisible(rule.call_999)
        due = concern_response_due(moment_of(self.raised_at), severity, self.policy)
        self.clock.setText(fill(translate("RaiseConcernDialog", "Starts with %1 (%2); a response is due by %3."), policy_words(step.title_words.lower()), policy_words(step.who_words), format_due(due)))

    def save(self) -> None:
        told = [line.strip() for line in self.told.toPlainText().splitlines() if line.strip()]
        concern = Concern(child_id=self.child_id, summary=self.summary.text().strip(),
                          details=self.details.toPlainText().strip(),
                          severity=Severity(self.severity.currentData()), told=told,
                          raised_at=moment_of(self.raised_at))
        policy = self.policy
        self.submit(practice.raise_concern, concern, policy, touches={self.child_id})


class ConcernDialog(PracticeDialog):
    """One concern: the ladder with its current step, the advice for now, and what can be
    recorded next. Saving means closing the concern."""

    def __init__(self, worker: VaultWorker, concern_id: str, policy: Policy,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, translate("ConcernDialog", "Concern and escalation"), parent)
        self.concern_id, self.policy = concern_id, policy
        self.facts: ConcernFacts | None = None
        self.resize(760, 720)
        self.buttons.button(self.buttons.StandardButton.Save).setText(translate("ConcernDialog", "C&lose the concern"))
        named(self.buttons.button(self.buttons.StandardButton.Save), translate("ConcernDialog", "Close the concern"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(translate("ConcernDialog", "Done"))
        named(self.buttons.button(self.buttons.StandardButton.Cancel), translate("ConcernDialog", "Done"))
        layout = QVBoxLayout(self)
        self.banner = call_999_banner(policy)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(translate("ConcernDialog", "What to do now"))
        self.advice.setStyleSheet("font-size: 12pt; padding: 6px; background: #fbefc7;"
                                  "border-radius: 4px;")
        layout.addWidget(self.advice)

        ladder_box = QGroupBox(translate("ConcernDialog", "Escalation ladder"))
        ladder_layout = QVBoxLayout(ladder_box)
        self.ladder = named(QListWidget(), translate("ConcernDialog", "Escalation ladder, current step marked"))
        self.ladder.setWordWrap(True)
        self.ladder.setMinimumHeight(96)
        ladder_layout.addWidget(self.ladder, 1)
        actions = QHBoxLayout()
        self.to_whom = named(QLineEdit(), translate("ConcernDialog", "Escalate to whom (name)"))
        self.to_whom.setPlaceholderText(translate("ConcernDialog", "name of the person (optional)"))
        self.escalate_button = named(QPushButton(translate("ConcernDialog", "&Escalate to the next step")),
                                     translate("ConcernDialog", "Escalate to the next step"))
        self.escalate_button.clicked.connect(self.escalate)
        self.answer = named(QLineEdit(), translate("ConcernDialog", "The answer at this step"))
        self.answer.setPlaceholderText(translate("ConcernDialog", "what they answered"))
        self.answer_button = named(QPushButton(translate("ConcernDialog", "Record the &answer")),
                                   translate("ConcernDialog", "Record the answer at this step"))
        self.answer_button.clicked.connect(self.record_answer)
        for w in (self.to_whom, self.escalate_button, self.answer, self.answer_button):
            actions.addWidget(w)
        ladder_layout.addLayout(actions)
        layout.addWidget(ladder_box)
        self.steps_model: RecordTableModel[EscalationStep] = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "When"), lambda s: london(s.at)),
            (QT_TRANSLATE_NOOP("Columns", "Step"), lambda s: self._step_title(s.step)),
            (QT_TRANSLATE_NOOP("Columns", "To whom"), lambda s: policy_words(self.policy.step_words(s.to_whom))),
            (QT_TRANSLATE_NOOP("Columns", "Answer"), lambda s: s.outcome or translate("ConcernDialog", "waiting")),
        ], self)
        self.steps_view = record_view(self.steps_model, "Escalation steps so far")
        self.steps_view.setMinimumHeight(110)
        layout.addWidget(self.steps_view, 1)

        referral_box = QGroupBox(translate("ConcernDialog", "Referrals"))
        referral_layout = QVBoxLayout(referral_box)
        self.referral_model: RecordTableModel[Referral] = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "To"), lambda r: referral_words(r.referral_type)),
            (QT_TRANSLATE_NOOP("Columns", "Made"), lambda r: london(r.made_at)),
            (QT_TRANSLATE_NOOP("Columns", "Acknowledgement due"), lambda r: london(r.ack_due)),
            (QT_TRANSLATE_NOOP("Columns", "Acknowledged"), lambda r: london(r.acknowledged_at) or self._ack_words(r)),
            (QT_TRANSLATE_NOOP("Columns", "Reference"), lambda r: r.reference),
        ], self)
        self.referral_view = record_view(self.referral_model, "Referrals for this concern")
        self.referral_view.setMaximumHeight(100)
        referral_layout.addWidget(self.referral_view)
        row = QHBoxLayout()
        self.referral_type = named(QComboBox(), translate("ConcernDialog", "Refer to"))
        for kind in ReferralType:
            label = referral_words(kind)
            self.referral_type.addItem(label, kind)
        self.refer_button = named(QPushButton(translate("ConcernDialog", "Make a &referral")), translate("ConcernDialog", "Make a referral"))
        self.refer_button.clicked.connect(self.refer)
        self.reference = named(QLineEdit(), translate("ConcernDialog", "Acknowledgement reference"))
        self.reference.setPlaceholderText(translate("ConcernDialog", "their reference"))
        self.ack_button = named(QPushButton(translate("ConcernDialog", "Ac&knowledged")),
                                translate("ConcernDialog", "Record the chosen referral as acknowledged"))
        self.ack_button.clicked.connect(self.acknowledge)
        for part in (self.referral_type, self.refer_button, self.reference, self.ack_button):
            row.addWidget(part)
        referral_layout.addLayout(row)
        layout.addWidget(referral_box)
        self.action_problems = ProblemLabel(translate("ConcernDialog", "Why it was not recorded"))
        layout.addWidget(self.action_problems)

        close_box = QGroupBox(translate("ConcernDialog", "Close the concern"))
        close_form = QFormLayout(close_box)
        self.outcome = text_box(translate("ConcernDialog", "Outcome of the concern"), 60)
        close_form.addRow(translate("ConcernDialog", "&Outcome"), self.outcome)
        self.child_told = self._yes_no("Was the child told the outcome")
        close_form.addRow(translate("ConcernDialog", "Child told"), self.child_told[0])
        self.carers_told = self._yes_no("Were the carers told the outcome")
        close_form.addRow(translate("ConcernDialog", "Carers told"), self.carers_told[0])
        layout.addWidget(close_box)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.load()

    def _yes_no(self, name: str) -> tuple[QWidget, QRadioButton, QRadioButton]:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        yes = named(QRadioButton(translate("ConcernDialog", "Yes")), fill(translate("ConcernDialog", "%1: yes"), name))
        no = named(QRadioButton(translate("ConcernDialog", "No")), f"{name}: no")
        group = QButtonGroup(box)
        group.addButton(yes)
        group.addButton(no)
        row.addWidget(yes)
        row.addWidget(no)
        row.addStretch(1)
        return box, yes, no

    def _step_title(self, index: int) -> str:
        ladder = self.policy.ladder
        return policy_words(ladder[index].title_words) if 0 <= index < len(ladder) else str(index)

    def _ack_words(self, referral: Referral) -> str:
        if self.facts is not None and referral_overdue(referral, self.facts.now):
            return translate("ConcernDialog", "NOT ACKNOWLEDGED: follow up and escalate")
        return translate("ConcernDialog", "waiting")

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        concern_id, policy = self.concern_id, self.policy
        self.worker.query(load_concern, concern_id, policy,
                          success=while_open(self, self.show_facts))

    def show_facts(self, facts: ConcernFacts) -> None:
        self.facts = facts
        state = facts.state
        concern = state.concern
        self.title.setText(fill(translate("ConcernDialog", "%1 (%2, raised %3)"), concern.summary, SEVERITY_LABELS[concern.severity].lower(), london(concern.raised_at)))
        self.banner.setVisible(state.call_999)
        # The immediate-danger steps are in the banner above; here, the ladder.
        advice = " ".join(render(m, interface_language()) for m in state.advice_messages()
                          if m.id != "danger.steps")
        if state.closed:
            advice = fill(translate("ConcernDialog", "Closed: %1"), concern.outcome)
        self.advice.setText(advice)
        self.ladder.clear()
        for i, step in enumerate(self.policy.ladder):
            mark = "▶ " if i == state.step_index else "   "
            item = QListWidgetItem(fill(translate("ConcernDialog", "%1%2. %3 (%4), answers within %5"), mark,
                                       i + 1, policy_words(step.title_words), policy_words(step.who_words), window_words(step.answer_within)))
            if i == state.step_index:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if state.clock_run_out and state.next_step is not None and i == state.step_index + 1:
                item.setText(item.text() + " " + translate("ConcernDialog", "← next"))
            self.ladder.addItem(item)
        self.steps_model.set_records(facts.steps)
        self.referral_model.set_records(facts.referrals)
        # Dates and step names in full; the last column (the answer, the reference) stretches.
        for view in (self.steps_view, self.referral_view):
            for column in range(view.model().columnCount() - 1):
                view.resizeColumnToContents(column)
        open_ = not state.closed
        for w in (self.escalate_button, self.to_whom, self.answer, self.answer_button,
                  self.refer_button, self.ack_button, self.outcome):
            w.setEnabled(open_)
        self.escalate_button.setEnabled(open_ and state.next_step is not None)
        self.buttons.button(self.buttons.StandardButton.Save).setEnabled(open_)

    # ------------------------------------------------------------------ acting

    def _act(self, fn: Callable[..., object], /, *args: Any, **kwargs: Any) -> None:
        """One step on the concern's page (escalating, an answer, a referral), then read it again."""
        self.action_problems.clear_problems()
        touches = {self.facts.state.concern.child_id} if self.facts else None

        def refused(error: BaseException) -> None:
            self.action_problems.show_problems(problem_texts(error))

        self.worker.change(fn, *args, success=while_open(self, lambda _r: self.load()),
                           failure=while_open(self, refused), touches=touches, **kwargs)

    def escalate(self) -> None:
        concern_id, policy, to = self.concern_id, self.policy, self.to_whom.text()
        self._act(practice.escalate, concern_id, policy, to_whom=to)
        self.to_whom.clear()

    def record_answer(self) -> None:
        if self.facts is None or not self.facts.steps:
            return
        step = self.facts.steps[-1]
        answer = self.answer.text()
        self._act(practice.record_step_outcome, step, answer)

    def refer(self) -> None:
        if self.facts is None:
            return
        concern = self.facts.state.concern
        referral = Referral(child_id=concern.child_id, concern_id=concern.id,
                            referral_type=ReferralType(self.referral_type.currentData()))
        policy = self.policy
        self._act(practice.make_referral, referral, policy)

    def acknowledge(self) -> None:
        rows = self.referral_view.selectionModel().selectedRows()
        found = self.referral_model.records()
        if not rows:
            waiting = [r for r in found if r.acknowledged_at is None]
            if len(waiting) != 1:
                self.action_problems.show_problems([translate("ConcernDialog", "Choose the referral that was acknowledged.")])
                return
            referral = waiting[0]
        else:
            referral = found[rows[0].row()]
        reference = self.reference.text()
        self._act(practice.acknowledge_referral, referral, reference=reference)

    def save(self) -> None:
        if self.facts is None:
            return
        concern = self.facts.state.concern
        child = True if self.child_told[1].isChecked() else (
            False if self.child_told[2].isChecked() else None)
        carers = True if self.carers_told[1].isChecked() else (
            False if self.carers_told[2].isChecked() else None)
        outcome = self.outcome.toPlainText()
        self.submit(practice.close_concern, concern, outcome, child, carers,
                    touches={concern.child_id})
