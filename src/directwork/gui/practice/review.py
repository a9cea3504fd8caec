"""The review form: each agency's input, the child's and the carers' views (with what they
said since the last review at hand), what changed and the new level. Completing it records
the review and schedules the next, never later than the policy allows."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.policy import Policy
from directwork.domain.records import (
    AgencyInput,
    Level,
    Review,
    ReviewTrigger,
    Speaker,
)
from directwork.domain.rules.reviews import latest_next_review
from directwork.domain.rules.workdays import local_date
from directwork.gui.common.a11y import named
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, TranslatedWords, fill, translate
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice.common import (
    PracticeDialog,
    date_edit,
    datetime_edit,
    day_of,
    format_day,
    level_words,
    london,
    moment_of,
    moment_words,
    set_moment,
    while_open,
)
from directwork.gui.practice.dialogs import text_box
from directwork.store import practice
from directwork.store.views.practice import ReviewFacts, load_review_facts

TRIGGER_LABELS = TranslatedWords("ReviewWords", {ReviewTrigger.SCHEDULED: QT_TRANSLATE_NOOP("ReviewWords", "Scheduled review"),
                  ReviewTrigger.KEY_MOMENT: QT_TRANSLATE_NOOP("ReviewWords", "After a key moment"),
                  ReviewTrigger.SIGNIFICANT_CHANGE: QT_TRANSLATE_NOOP("ReviewWords", "After a significant change")})


class AgencyInputRow(QWidget):
    def __init__(self, agency: str = "", person: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.agency = named(QLineEdit(agency), translate("AgencyInputRow", "Agency"))
        self.agency.setPlaceholderText(translate("AgencyInputRow", "agency"))
        self.person = named(QLineEdit(person), fill(translate("AgencyInputRow", "Person from %1"), agency or 'the agency'))
        self.person.setPlaceholderText(translate("AgencyInputRow", "who"))
        self.input = named(QLineEdit(), fill(translate("AgencyInputRow", "Input from %1"), agency or 'the agency'))
        self.input.setPlaceholderText(translate("AgencyInputRow", "their input to the review"))
        row.addWidget(self.agency, 3)
        row.addWidget(self.person, 2)
        row.addWidget(self.input, 4)

    def value(self) -> AgencyInput | None:
        if not (self.agency.text().strip() or self.input.text().strip()):
            return None
        return AgencyInput(agency=self.agency.text().strip(), person=self.person.text().strip(),
                           input=self.input.text().strip())


class ReviewDialog(PracticeDialog):
    def __init__(self, worker: VaultWorker, child_id: str, policy: Policy,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, translate("ReviewDialog", "Review"), parent)
        self.child_id, self.policy = child_id, policy
        self.facts: ReviewFacts | None = None
        self.buttons.button(self.buttons.StandardButton.Save).setText(translate("ReviewDialog", "&Complete the review"))
        named(self.buttons.button(self.buttons.StandardButton.Save), translate("ReviewDialog", "Complete the review"))
        self.resize(980, 720)
        layout = QVBoxLayout(self)
        self.schedule = QLabel(translate("ReviewDialog", "Loading…"))
        self.schedule.setWordWrap(True)
        self.schedule.setAccessibleName(translate("ReviewDialog", "When this review was due"))
        layout.addWidget(self.schedule)
        split = QSplitter()
        form_side = QWidget()
        form = QFormLayout(form_side)
        self.trigger = named(QComboBox(), translate("ReviewDialog", "Why this review"))
        for trigger, label in TRIGGER_LABELS.items():
            self.trigger.addItem(label, trigger)
        form.addRow(translate("ReviewDialog", "&Why"), self.trigger)
        self.key_moment = named(QComboBox(), translate("ReviewDialog", "Which key moment it follows"))
        form.addRow(translate("ReviewDialog", "&Key moment"), self.key_moment)
        self.held_at = datetime_edit("When the review was held", datetime.now().astimezone())
        form.addRow(translate("ReviewDialog", "&Held"), self.held_at)
        agencies = QGroupBox(translate("ReviewDialog", "Each agency's input"))
        self.agency_layout = QVBoxLayout(agencies)
        self.agency_rows: list[AgencyInputRow] = []
        self.add_agency = named(QPushButton(translate("ReviewDialog", "Add an a&gency")), translate("ReviewDialog", "Add an agency's input"))
        self.add_agency.clicked.connect(lambda: self._add_agency_row())
        self.agency_layout.addWidget(self.add_agency)
        form.addRow(agencies)
        self.child_views = text_box(translate("ReviewDialog", "The child's views"), 70, translate("ReviewDialog", "in their words"))
        form.addRow(translate("ReviewDialog", "Child's &views"), self.child_views)
        self.carer_views = text_box(translate("ReviewDialog", "The carers' views"), 60)
        form.addRow(translate("ReviewDialog", "C&arers' views"), self.carer_views)
        self.what_changed = text_box(translate("ReviewDialog", "What changed in the plan"), 60)
        form.addRow(translate("ReviewDialog", "Wha&t changed"), self.what_changed)
        self.new_level = named(QComboBox(), translate("ReviewDialog", "New safety and wellbeing level"))
        self.new_level.addItem(translate("ReviewDialog", "No change"), None)
        for level in Level:
            self.new_level.addItem(level_words(level), level)
        form.addRow(translate("ReviewDialog", "New &level"), self.new_level)
        next_row = QHBoxLayout()
        self.choose_next = named(QCheckBox(translate("ReviewDialog", "Choose the date")), translate("ReviewDialog", "Choose the next review date"))
        self.next_review = date_edit("Next review date", date.today())
        self.next_review.setEnabled(False)
        self.choose_next.toggled.connect(self.next_review.setEnabled)
        self.next_hint = QLabel()
        self.next_hint.setProperty("role", "hint")
        next_row.addWidget(self.choose_next)
        next_row.addWidget(self.next_review)
        next_row.addWidget(self.next_hint, 1)
        form.addRow(translate("ReviewDialog", "Next review"), next_row)
        split.addWidget(form_side)
        voice_side = QWidget()
        voice_layout = QVBoxLayout(voice_side)
        voice_layout.setContentsMargins(0, 0, 0, 0)
        voice_layout.addWidget(QLabel(translate("ReviewDialog", "What they said since the last review")))
        self.voice = named(QListWidget(), translate("ReviewDialog", "What the child and carers said since the last review"))
        self.voice.setWordWrap(True)
        voice_layout.addWidget(self.voice)
        split.addWidget(voice_side)
        split.setSizes([620, 340])
        layout.addWidget(split, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.trigger.currentIndexChanged.connect(self._trigger_changed)
        self.held_at.dateTimeChanged.connect(self._held_changed)
        child, pol = child_id, policy
        self.worker.query(load_review_facts, child, pol, success=while_open(self, self.show_facts))

    def _add_agency_row(self, agency: str = "", person: str = "") -> AgencyInputRow:
        row = AgencyInputRow(agency, person)
        self.agency_layout.insertWidget(self.agency_layout.count() - 1, row)
        self.agency_rows.append(row)
        return row

    def show_facts(self, facts: ReviewFacts) -> None:
        self.facts = facts
        s = facts.schedule
        last = (fill(translate("ReviewDialog", "last review %1"), format_day(s.last_held))
                if s.last_held else translate("ReviewDialog", "no review yet"))
        why = (" " + translate("ReviewDialog", "(brought forward by a key moment)")
               if s.brought_forward else "")
        self.schedule.setText(fill(translate("ReviewDialog", "This review was due by %1%2; %3."), format_day(s.due), why, last))
        set_moment(self.held_at, facts.now)
        for agency in facts.agencies:
            self._add_agency_row(agency.agency, agency.lead_worker)
        if not facts.agencies:
            self._add_agency_row()
        self.key_moment.clear()
        self.key_moment.addItem(translate("ReviewDialog", "(none)"), None)
        for state in facts.open_moments:
            km = state.key_moment
            self.key_moment.addItem(f"{moment_words(km.moment_type)}, {london(km.occurred_at)}",
                                    km.id)
        if facts.open_moments:
            self.trigger.setCurrentIndex(self.trigger.findData(ReviewTrigger.KEY_MOMENT))
            self.key_moment.setCurrentIndex(1)
        self.voice.clear()
        for v in facts.voice_since:
            who = v.speaker_name or ("Child" if v.speaker is Speaker.CHILD else v.speaker.value)
            scale = f" [{v.scale}/10]" if v.scale is not None else ""
            self.voice.addItem(f"{london(v.created_at)} {who}{scale}: {v.text}")
        if not facts.voice_since:
            self.voice.addItem(translate("ReviewDialog", "Nothing recorded since the last review."))
        self._trigger_changed()
        self._held_changed()

    def _trigger_changed(self, *_args: object) -> None:
        self.key_moment.setEnabled(self.trigger.currentData() == ReviewTrigger.KEY_MOMENT)

    def _held_changed(self, *_args: object) -> None:
        held = local_date(moment_of(self.held_at))
        latest = latest_next_review(held, self.policy)
        self.next_hint.setText(fill(translate("ReviewDialog", "If not chosen: %1 (the latest allowed)."), format_day(latest)))
        if not self.choose_next.isChecked():
            self.next_review.setDate(QDate(latest.year, latest.month, latest.day))

    def review(self) -> Review:
        trigger = ReviewTrigger(self.trigger.currentData())
        level = self.new_level.currentData()
        return Review(
            child_id=self.child_id, trigger=trigger,
            key_moment_id=self.key_moment.currentData() if trigger is ReviewTrigger.KEY_MOMENT
            else None,
            held_at=moment_of(self.held_at),
            agency_inputs=[v for v in (r.value() for r in self.agency_rows) if v is not None],
            child_views=self.child_views.toPlainText().strip(),
            carer_views=self.carer_views.toPlainText().strip(),
            what_changed=self.what_changed.toPlainText().strip(),
            new_level=Level(level) if level is not None else None,
            next_review=day_of(self.next_review) if self.choose_next.isChecked() else None)

    def save(self) -> None:
        review, policy = self.review(), self.policy
        self.submit(practice.complete_review, review, policy, touches={self.child_id})
