"""Dialogs that record the practice around a child: a key moment and its required response,
the safety and wellbeing level (with a manager's sign-off and the history), and the
information-sharing log. Reviews are in review_dialog.py, concerns in concern_dialogs.py.

Each dialog saves through a practice service on the vault worker; a refusal keeps the dialog
open with the reasons beside the fields.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.policy import Policy
from directwork.domain.records import (
    InformationSharing,
    KeyMoment,
    KeyMomentType,
    Level,
    Recipient,
    ResponseOutcome,
    Telling,
)
from directwork.domain.rules.keymoments import ResponseState, required_response
from directwork.domain.rules.levels import LevelDecision, standing_from_history
from directwork.gui.common.a11y import named
from directwork.gui.common.record_table import RecordTableModel, record_view
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, TranslatedWords, fill, translate
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice.common import (
    EARLIEST,
    PracticeDialog,
    ProblemLabel,
    datetime_edit,
    format_due,
    level_words,
    london,
    moment_of,
    moment_words,
    policy_words,
    practice_policy,
    problem_texts,
    while_open,
)
from directwork.store import practice, records
from directwork.store.views.practice import load_level_history


def text_box(name: str, height: int = 70, placeholder: str = "") -> QPlainTextEdit:
    box = named(QPlainTextEdit(), name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setPlaceholderText(placeholder)
    return box


# --------------------------------------------------------------------------- key moments


class KeyMomentDialog(PracticeDialog):
    """Record a key moment; the response it requires and its due time show as it is typed."""

    def __init__(self, worker: VaultWorker, child_id: str, now: datetime, policy: Policy,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, translate("KeyMomentDialog", "Record a key moment"), parent)
        self.child_id, self.policy = child_id, policy
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.moment_type = named(QComboBox(), translate("KeyMomentDialog", "What happened"))
        for kind in KeyMomentType:
            label = moment_words(kind)
            self.moment_type.addItem(label, kind)
        form.addRow(translate("KeyMomentDialog", "&What happened"), self.moment_type)
        self.occurred_at = datetime_edit("When it happened", now)
        form.addRow(translate("KeyMomentDialog", "W&hen"), self.occurred_at)
        self.returned = named(QCheckBox(translate("KeyMomentDialog", "The child is &back")), translate("KeyMomentDialog", "The child is back"),
                              translate("KeyMomentDialog", "A missing child's return interview clock starts at the return."))
        self.returned_at = datetime_edit("When the child came back", now)
        back_row = QHBoxLayout()
        back_row.addWidget(self.returned)
        back_row.addWidget(self.returned_at, 1)
        self.back_label = QLabel(translate("KeyMomentDialog", "Back"))
        form.addRow(self.back_label, back_row)
        self.form, self.back_row_index = form, form.rowCount() - 1
        self.details = text_box(translate("KeyMomentDialog", "Details of the key moment"), 90)
        form.addRow(translate("KeyMomentDialog", "&Details"), self.details)
        layout.addLayout(form)
        self.required = QLabel()
        self.required.setWordWrap(True)
        self.required.setStyleSheet("background: #fbefc7; padding: 6px; border-radius: 4px;")
        self.required.setAccessibleName(translate("KeyMomentDialog", "The response this needs"))
        layout.addWidget(self.required)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        for signal in (self.moment_type.currentIndexChanged, self.occurred_at.dateTimeChanged,
                       self.returned.toggled, self.returned_at.dateTimeChanged):
            signal.connect(self._update)
        self._update()

    def key_moment(self) -> KeyMoment:
        kind = KeyMomentType(self.moment_type.currentData())
        back = kind is KeyMomentType.MISSING and self.returned.isChecked()
        return KeyMoment(child_id=self.child_id, moment_type=kind,
                         occurred_at=moment_of(self.occurred_at),
                         returned_at=moment_of(self.returned_at) if back else None,
                         details=self.details.toPlainText().strip())

    def _update(self, *_args: object) -> None:
        missing = self.moment_type.currentData() == KeyMomentType.MISSING
        self.form.setRowVisible(self.back_row_index, missing)
        self.returned_at.setEnabled(self.returned.isChecked())
        km = self.key_moment()
        response, due = required_response(km, self.policy)
        response = policy_words(self.policy.response_words(km.moment_type, response))
        if due is None:
            self.required.setText(fill(translate("KeyMomentDialog", "This needs: %1. Its clock starts when the child is back: record the return then."), response))
        elif km.moment_type is KeyMomentType.DISCLOSURE:
            self.required.setText(fill(translate("KeyMomentDialog", "This needs, now: %1. It stays at the top of the practice check until you record who you told and when. In immediate danger, call 999."), response))
        elif km.moment_type is KeyMomentType.MISSING:
            self.required.setText(fill(translate("KeyMomentDialog", "This needs: %1, by %2. Offering it is not enough: it stays on the practice check until it is held, or declined with the child's reason."), response, format_due(due)))
        else:
            self.required.setText(fill(translate("KeyMomentDialog", "This needs: %1, by %2. It stays on the practice check until it is recorded as done, or not done with a reason."), response, format_due(due)))

    def save(self) -> None:
        km = self.key_moment()
        policy = self.policy
        self.submit(practice.record_key_moment, km, policy, touches={self.child_id})


class ToldRow:
    """One of the people a disclosure is passed to: ticked when told, with when and who."""

    def __init__(self, whom: Recipient, label: str, now: datetime) -> None:
        self.whom = whom
        self.check = named(QCheckBox(label), label)
        self.at = datetime_edit(fill(translate("ToldRow", "When you told %1"), whom.label), now)
        self.name = named(QLineEdit(), fill(translate("ToldRow", "Who at %1 (name or reference)"), whom.label))
        self.name.setPlaceholderText(translate("ToldRow", "name, or a reference"))
        self.at.setEnabled(False)
        self.name.setEnabled(False)
        self.check.toggled.connect(self.at.setEnabled)
        self.check.toggled.connect(self.name.setEnabled)

    def telling(self) -> Telling | None:
        if not self.check.isChecked():
            return None
        return Telling(whom=self.whom, at=moment_of(self.at), name=self.name.text().strip())


TOLD_LABELS = TranslatedWords("DialogsWords", {
    Recipient.DSL_MANAGER: QT_TRANSLATE_NOOP("DialogsWords", "Told the designated safeguarding lead or a &manager"),
    Recipient.CHILDRENS_SOCIAL_CARE: QT_TRANSLATE_NOOP("DialogsWords", "Told &children's social care"),
    Recipient.POLICE: QT_TRANSLATE_NOOP("DialogsWords", "Told the &police"),
})


class ResponseDialog(PracticeDialog):
    """Record a key moment's required response. A disclosure: who was told, and when (it is
    never "not done"). A return interview: offered (it stays open), held, declined by the
    child (why), or not held (why). Anything else: done, or not done with the reason."""

    def __init__(self, worker: VaultWorker, state: ResponseState, now: datetime,
                 parent: QWidget | None = None, *, policy: Policy | None = None) -> None:
        super().__init__(worker, translate("ResponseDialog", "Record the response"), parent)
        self.state = state
        self.policy = policy or practice_policy()
        km = state.key_moment
        self.kind = km.moment_type
        layout = QVBoxLayout(self)
        due = (fill(translate("ResponseDialog", ", due %1"), format_due(state.due))
               if state.due else "")
        heading = QLabel(fill(translate("ResponseDialog", "%1 on %2: %3%4."),
                              moment_words(km.moment_type), london(km.occurred_at),
                              policy_words(self.policy.response_words(km.moment_type, state.response)), due))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.choices: dict[ResponseOutcome, QRadioButton] = {}
        self.told_rows: list[ToldRow] = []
        form = QFormLayout()
        if self.kind is KeyMomentType.DISCLOSURE:
            box = QGroupBox(translate("ResponseDialog", "Who you told, and when"))
            grid = QFormLayout(box)
            for whom, label in TOLD_LABELS.items():
                row = ToldRow(whom, label, now)
                line = QHBoxLayout()
                line.addWidget(row.at)
                line.addWidget(row.name, 1)
                grid.addRow(row.check)
                grid.addRow(line)
                self.told_rows.append(row)
            layout.addWidget(box)
            self.done_at = datetime_edit("When this was recorded", now)
            self.reason = text_box(translate("ResponseDialog", "Notes"), 60, translate("ResponseDialog", "anything the next worker should know"))
            form.addRow(translate("ResponseDialog", "&Notes"), self.reason)
        else:
            if self.kind is KeyMomentType.MISSING:
                options = [(ResponseOutcome.OFFERED, "&Offered (not yet held)"),
                           (ResponseOutcome.HELD, "&Held"),
                           (ResponseOutcome.DECLINED, "De&clined by the child"),
                           (ResponseOutcome.NOT_DONE, "&Not held (a decision, with why)")]
                if state.offered is not None:
                    options = options[1:]
            else:
                options = [(ResponseOutcome.DONE, "&Done"), (ResponseOutcome.NOT_DONE, "&Not done")]
            group = QButtonGroup(self)
            row_layout = QHBoxLayout()
            for outcome, label in options:
                button = named(QRadioButton(label), label.replace("&", ""))
                group.addButton(button)
                row_layout.addWidget(button)
                self.choices[outcome] = button
            options_first = next(iter(self.choices.values()))
            options_first.setChecked(True)
            row_layout.addStretch(1)
            layout.addLayout(row_layout)
            self.done_at = datetime_edit("When it was done or decided", now)
            form.addRow(translate("ResponseDialog", "&When"), self.done_at)
            self.reason = text_box(translate("ResponseDialog", "Reason"), 70, translate("ResponseDialog", "Declined or not done: say why."))
            form.addRow(translate("ResponseDialog", "&Reason"), self.reason)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    @property
    def was_done(self) -> QRadioButton:
        return self.choices.get(ResponseOutcome.DONE) or self.choices[ResponseOutcome.HELD]

    @property
    def not_done(self) -> QRadioButton:
        return self.choices[ResponseOutcome.NOT_DONE]

    def outcome(self) -> ResponseOutcome:
        if self.kind is KeyMomentType.DISCLOSURE:
            return ResponseOutcome.DONE
        return next(o for o, b in self.choices.items() if b.isChecked())

    def save(self) -> None:
        outcome = self.outcome()
        told = [t for t in (row.telling() for row in self.told_rows) if t is not None]
        km_id, reason, at = self.state.key_moment.id, self.reason.toPlainText(), moment_of(self.done_at)
        if self.kind is KeyMomentType.DISCLOSURE:
            at = max((t.at for t in told if t.at is not None), default=at)
        self.submit(practice.record_response, km_id, outcome, reason=reason, done_at=at,
                    told=told, touches={self.state.key_moment.child_id})


class ReturnDialog(PracticeDialog):
    """A missing child is back: recording the return starts the return-interview clock."""

    def __init__(self, worker: VaultWorker, key_moment: KeyMoment, now: datetime, policy: Policy,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, translate("ReturnDialog", "Record the return"), parent)
        self.key_moment, self.policy = key_moment, policy
        layout = QVBoxLayout(self)
        heading = QLabel(fill(translate("ReturnDialog", "Missing since %1."), london(key_moment.occurred_at)))
        layout.addWidget(heading)
        form = QFormLayout()
        self.returned_at = datetime_edit("When the child came back", now)
        form.addRow(translate("ReturnDialog", "&Back at"), self.returned_at)
        layout.addLayout(form)
        self.required = QLabel()
        self.required.setWordWrap(True)
        self.required.setAccessibleName(translate("ReturnDialog", "The response this needs"))
        layout.addWidget(self.required)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.returned_at.dateTimeChanged.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        back = dataclasses.replace(self.key_moment, returned_at=moment_of(self.returned_at))
        response, due = required_response(back, self.policy)
        response = policy_words(self.policy.response_words(back.moment_type, response))
        if due is not None:
            self.required.setText(fill(translate("ReturnDialog", "This needs: %1, by %2."), response, format_due(due)))

    def save(self) -> None:
        km_id, at, policy = self.key_moment.id, moment_of(self.returned_at), self.policy
        self.submit(practice.record_return, km_id, at, policy, touches={self.key_moment.child_id})


# --------------------------------------------------------------------------- levels


def standing_text(history: list[LevelDecision]) -> str:
    """The signed-off level as such, and a newer decision as awaiting sign-off."""
    standing = standing_from_history(history)
    parts = []
    if standing.signed_off is not None:
        parts.append(fill(translate("LevelDialog", "Signed-off level: %1"),
                          level_words(standing.signed_off.level)))
    if standing.awaiting is not None:
        parts.append(fill(translate("LevelDialog", "%1 awaiting a manager's sign-off"),
                          level_words(standing.awaiting.level)))
    return " · ".join(parts) if parts else translate("LevelDialog", "Level: not set")


class LevelDialog(PracticeDialog):
    """Set the safety and wellbeing level with its reasoning; a manager signs a decision off;
    every decision stays in the history."""

    def __init__(self, worker: VaultWorker, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(worker, translate("LevelDialog", "Safety and wellbeing level"), parent)
        self.child_id = child_id
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.current = QLabel(translate("LevelDialog", "Level: loading…"))
        self.current.setProperty("role", "heading")
        self.current.setAccessibleName(translate("LevelDialog", "Current level"))
        layout.addWidget(self.current)

        new = QGroupBox(translate("LevelDialog", "Set the level"))
        form = QFormLayout(new)
        self.level = named(QComboBox(), translate("LevelDialog", "Level"))
        for level in Level:
            self.level.addItem(level_words(level), level)
        form.addRow(translate("LevelDialog", "&Level"), self.level)
        self.reasoning = text_box(translate("LevelDialog", "Reasoning for the level"), 80,
                                  translate("LevelDialog", "Why this level: what you weighed up."))
        form.addRow(translate("LevelDialog", "&Reasoning"), self.reasoning)
        self.decided_by = named(QLineEdit(), translate("LevelDialog", "Decided by"))
        form.addRow(translate("LevelDialog", "Decided &by"), self.decided_by)
        layout.addWidget(new)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        history = QGroupBox(translate("LevelDialog", "History (newest first)"))
        history_layout = QVBoxLayout(history)
        self.history_model: RecordTableModel[LevelDecision] = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "Decided"), lambda d: london(d.decision.decided_at)),
            (QT_TRANSLATE_NOOP("Columns", "Level"), lambda d: level_words(d.level)),
            (QT_TRANSLATE_NOOP("Columns", "Reasoning"), lambda d: d.decision.reasoning),
            (QT_TRANSLATE_NOOP("Columns", "Signed off"), lambda d: f"{d.sign_off.manager}, {london(d.sign_off.signed_at)}"
             if d.sign_off else "not yet"),
        ], self)
        self.history_view = record_view(self.history_model, "Level history")
        history_layout.addWidget(self.history_view)
        sign = QHBoxLayout()
        self.manager = named(QLineEdit(), translate("LevelDialog", "Manager signing off"))
        self.manager.setPlaceholderText(translate("LevelDialog", "manager's name"))
        self.sign_comment = named(QLineEdit(), translate("LevelDialog", "Sign-off comment"))
        self.sign_comment.setPlaceholderText(translate("LevelDialog", "comment (optional)"))
        self.sign_button = named(QPushButton(translate("LevelDialog", "Si&gn off the chosen decision")),
                                 translate("LevelDialog", "Sign off the chosen level decision"))
        self.sign_button.clicked.connect(self.sign_off)
        for w in (self.manager, self.sign_comment, self.sign_button):
            sign.addWidget(w)
        history_layout.addLayout(sign)
        self.sign_problems = ProblemLabel(translate("LevelDialog", "Why the sign-off was not saved"))
        history_layout.addWidget(self.sign_problems)
        layout.addWidget(history, 1)
        self.load()

    def load(self) -> None:
        self.worker.query(load_level_history, self.child_id,
                          success=while_open(self, self.show_history))

    def show_history(self, history: list[LevelDecision]) -> None:
        self.history_model.set_records(history)
        self.current.setText(standing_text(history))
        if history:
            self.level.setCurrentIndex(self.level.findData(history[0].level))
            self.history_view.selectRow(0)

    def save(self) -> None:
        child_id, level = self.child_id, Level(self.level.currentData())
        reasoning, by = self.reasoning.toPlainText(), self.decided_by.text().strip()
        self.submit(practice.set_level, child_id, level, reasoning, decided_by_name=by,
                    touches={child_id})

    def sign_off(self) -> None:
        rows = self.history_view.selectionModel().selectedRows()
        history = self.history_model.records()
        if not rows or not history:
            self.sign_problems.show_problems([translate("LevelDialog", "Choose the level decision to sign off.")])
            return
        decision_id = history[rows[0].row()].decision.id
        manager, comment = self.manager.text(), self.sign_comment.text()

        def refused(error: BaseException) -> None:
            self.sign_problems.show_problems(problem_texts(error))

        def signed(_result: object) -> None:
            self.sign_problems.clear_problems()
            self.load()

        self.sign_problems.clear_problems()
        self.worker.change(practice.sign_off_level, decision_id, manager, comment,
                           success=while_open(self, signed), failure=while_open(self, refused),
                           touches={self.child_id})


# --------------------------------------------------------------------------- information sharing


class InformationSharingDialog(PracticeDialog):
    """The information-sharing log: what was shared, with whom, why and on what basis, or a
    decision not to share with its reason. The log so far is shown above the new entry."""

    def __init__(self, worker: VaultWorker, child_id: str, now: datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, translate("InformationSharingDialog", "Information-sharing log"), parent)
        self.child_id = child_id
        self.resize(720, 600)
        layout = QVBoxLayout(self)
        self.log_model: RecordTableModel[InformationSharing] = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "When"), lambda e: london(e.at)),
            (QT_TRANSLATE_NOOP("Columns", "Decision"), lambda e: "shared" if e.shared else "not shared"),
            (QT_TRANSLATE_NOOP("Columns", "What"), lambda e: e.what),
            (QT_TRANSLATE_NOOP("Columns", "With whom"), lambda e: e.with_whom),
            (QT_TRANSLATE_NOOP("Columns", "Why"), lambda e: e.why),
            (QT_TRANSLATE_NOOP("Columns", "Basis"), lambda e: e.basis),
        ], self)
        layout.addWidget(record_view(self.log_model, "Information-sharing log so far"), 1)
        entry = QGroupBox(translate("InformationSharingDialog", "New entry"))
        form = QFormLayout(entry)
        self.shared = named(QRadioButton(translate("InformationSharingDialog", "&Shared")), translate("InformationSharingDialog", "Information was shared"))
        self.not_shared = named(QRadioButton(translate("InformationSharingDialog", "&Decided not to share")),
                                translate("InformationSharingDialog", "Decided not to share the information"))
        self.shared.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.shared)
        group.addButton(self.not_shared)
        row = QHBoxLayout()
        row.addWidget(self.shared)
        row.addWidget(self.not_shared)
        row.addStretch(1)
        form.addRow(translate("InformationSharingDialog", "Decision"), row)
        self.what = named(QLineEdit(), translate("InformationSharingDialog", "What information"))
        form.addRow(translate("InformationSharingDialog", "&What"), self.what)
        self.with_whom = named(QLineEdit(), translate("InformationSharingDialog", "With whom"))
        form.addRow(translate("InformationSharingDialog", "With wh&om"), self.with_whom)
        self.why = text_box(translate("InformationSharingDialog", "Why it was shared, or the reason not to share"), 60)
        self.why_label = QLabel(translate("InformationSharingDialog", "W&hy"))
        self.why_label.setBuddy(self.why)
        form.addRow(self.why_label, self.why)
        self.basis = named(QLineEdit(), translate("InformationSharingDialog", "On what basis"))
        self.basis.setPlaceholderText(translate("InformationSharingDialog", "for example consent, or to safeguard the child"))
        self.basis_label = QLabel(translate("InformationSharingDialog", "On what &basis"))
        self.basis_label.setBuddy(self.basis)
        form.addRow(self.basis_label, self.basis)
        self.at = datetime_edit("When", now)
        form.addRow(translate("InformationSharingDialog", "Wh&en"), self.at)
        layout.addWidget(entry)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.shared.toggled.connect(self._decision_changed)
        self._decision_changed()
        child = child_id
        self.worker.query(records.list_entries, InformationSharing, child,
                          success=while_open(self, lambda log: self.log_model.set_records(
                              sorted(log, key=lambda e: e.at or e.created_at or EARLIEST,
                                     reverse=True))))

    def _decision_changed(self, *_args: object) -> None:
        shared = self.shared.isChecked()
        self.why_label.setText(translate("InformationSharingDialog", "W&hy") if shared
                               else translate("InformationSharingDialog", "&Reason not to share"))
        self.basis.setEnabled(shared)
        self.basis_label.setEnabled(shared)

    def save(self) -> None:
        entry = InformationSharing(child_id=self.child_id, shared=self.shared.isChecked(),
                                   what=self.what.text().strip(),
                                   with_whom=self.with_whom.text().strip(),
                                   why=self.why.toPlainText().strip(),
                                   basis=self.basis.text().strip() if self.shared.isChecked() else "",
                                   at=moment_of(self.at))
        self.submit(practice.log_information_sharing, entry, touches={self.child_id})
