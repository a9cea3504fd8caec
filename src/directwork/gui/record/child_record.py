"""The child record: a header that always shows who the child is, and a tab for each part of
their record. Everything is read on the vault worker in one go, then shown."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from directwork.domain import catalogue
from directwork.domain.recordings import RecordingUse, megabytes
from directwork.domain.records import (
    Child,
    Context,
    Level,
    Person,
    SafetyPlan,
    VoiceEntry,
)
from directwork.gui.caseload.model import uk_date
from directwork.gui.common.a11y import named, plain_words
from directwork.gui.common.fit import FlowLayout, scrolled
from directwork.gui.common.read_aloud import ReadAloud
from directwork.gui.common.record_table import RECORD_ROLE, RecordTableModel, record_view
from directwork.gui.common.retranslate import (
    QT_TRANSLATE_NOOP,
    Words,
    fill,
    interface_language,
    plural,
    tab_title,
    translate,
)
from directwork.gui.common.values import value_words
from directwork.gui.common.worker import VaultWorker
from directwork.gui.coreview.history import PlanCoReviewPanel
from directwork.gui.practice import hooks as practice_hooks
from directwork.gui.practice.common import format_day, level_words, policy_words, practice_policy
from directwork.gui.record.child_form import ChildForm
from directwork.gui.record.ecomap import LINE_STYLES, EcomapView
from directwork.gui.record.history import HistoryPanel
from directwork.gui.record.sharing import SharingChoice, SharingDialog, audience_name
from directwork.gui.record.tabs import RecordTab
from directwork.gui.team.notice import AlsoLinkedNotice
from directwork.store import audit, records
from directwork.store import sharing as stored_sharing
from directwork.store.caseload import age_on
from directwork.store.recordings import type_what_was_said
from directwork.store.views.child_record import ChildRecordView, load_child_record
from directwork.sync.status import RecordStates, child_record_states

LONDON = ZoneInfo("Europe/London")


def when(value: datetime | None) -> str:
    return value.astimezone(LONDON).strftime("%d/%m/%Y %H:%M") if value else ""


def words(value: object) -> str:
    return value_words(str(getattr(value, "value", value) or "").replace("_", " "))


def sync_column(page: ChildRecordPage) -> tuple[str, Callable[[Any], str]]:
    """Each record shows where it is: saved on this laptop, waiting to sync, on the team hub,
    or needs attention."""
    def where(record: Any) -> str:
        states = page.sync_states
        return value_words(states.words(record.id)) if states is not None else ""
    return (QT_TRANSLATE_NOOP("Columns", "Sync"), where)


def _level(level: Level) -> str:
    """A safety level's name in the interface language."""
    return catalogue.text(f"labels.level.{level.value}", interface_language())



# The languages a child's record most often names, said in the interface language ("iaith:
# Cymraeg"); any other is shown as it was typed.
LANGUAGE_NAMES = {"english": QT_TRANSLATE_NOOP("ChildHeader", "English"),
                  "saesneg": QT_TRANSLATE_NOOP("ChildHeader", "English"),
                  "welsh": QT_TRANSLATE_NOOP("ChildHeader", "Welsh"),
                  "cymraeg": QT_TRANSLATE_NOOP("ChildHeader", "Welsh"),
                  "welsh and english": QT_TRANSLATE_NOOP("ChildHeader", "Welsh and English"),
                  "english and welsh": QT_TRANSLATE_NOOP("ChildHeader", "English and Welsh")}


def language_name(typed: str) -> str:
    source = LANGUAGE_NAMES.get(typed.strip().lower())
    return QCoreApplication.translate("ChildHeader", source) if source else typed


def recording_use_words(use: RecordingUse) -> str:
    """The use said plainly in the interface language: "2 recordings, 1 min 20 s, 2.6 MB of
    100.0 MB" (``RecordingUse.words`` in English)."""
    if interface_language() != "cy":
        return use.words()
    if not use.count:
        return fill(translate("ChildRecordPage", "none yet (up to %1 can be kept)."),
                    megabytes(use.allowance))
    minutes, seconds = divmod(round(use.seconds), 60)
    length = (fill(translate("ChildRecordPage", "%1 min %2 s"), minutes, seconds) if minutes
              else fill(translate("ChildRecordPage", "%1 s"), seconds))
    return fill(translate("ChildRecordPage", "%1, %2, %3 of %4."),
                plural(translate("ChildRecordPage", "%n recording(s)"), use.count), length,
                megabytes(use.size), megabytes(use.allowance))

class ChildHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childHeader")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.name = QLabel()
        self.name.setProperty("role", "heading")
        self.name.setWordWrap(True)
        self.level = QLabel()
        self.level.setObjectName("levelBadge")
        self.level.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.name, 1)
        top.addWidget(self.level)
        layout.addLayout(top)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        # The buttons wrap under each other rather than push the window wider than the screen.
        self.buttons = FlowLayout()
        self.words = Words(self, "ChildHeader")
        self.data: ChildRecordView | None = None
        self.resume_visit = QPushButton()
        self.words(self.resume_visit.setText, QT_TRANSLATE_NOOP("ChildHeader", "Carry on &the visit"))
        self.words(lambda w: named(self.resume_visit, plain_words(self.resume_visit.text()), w),
                   QT_TRANSLATE_NOOP("ChildHeader", "Carry on the visit that is still open"))
        self.resume_visit.setVisible(False)
        self.start_visit = QPushButton()
        self.words(self.start_visit.setText, QT_TRANSLATE_NOOP("ChildHeader", "&Start visit"))
        self.words(lambda w: named(self.start_visit, plain_words(self.start_visit.text()), w),
                   QT_TRANSLATE_NOOP("ChildHeader", "Start visit with this child"))
        self.start_visit.setProperty("primary", True)
        self.buttons.addWidget(self.start_visit)
        self.buttons.addWidget(self.resume_visit)
        layout.addLayout(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.data is not None:
            self.show_child(self.data)
        super().changeEvent(event)

    def show_child(self, data: ChildRecordView) -> None:
        self.data = data
        child = data.child
        age = age_on(child.date_of_birth, data.today)
        self.name.setText(child.display_name)
        parts = [self.tr("{age} years old").format(age=age) if age is not None
                 else self.tr("age not recorded"),
                 self.tr("speaks {language}").format(language=language_name(child.language))
                 if child.language
                 else self.tr("language not recorded")]
        if child.pronouns:
            parts.insert(1, child.pronouns)
        needs = child.communication_needs or self.tr("none recorded")
        if data.next_review is not None:
            # The date every screen shows (brought forward by a key moment too).
            review = self.tr("next review {day}").format(day=format_day(data.next_review))
            parts.append(review + (" " + self.tr("(overdue)") if data.next_review < data.today
                                   else ""))
        # Two lines of facts and at most two in the badge: the header fits a 1366×768 laptop
        # at 150% with room left for the record itself.
        self.facts.setText(" · ".join(parts) + "\n"
                           + self.tr("Communication needs: {needs}").format(needs=needs))
        # The badge's colours are the stylesheet's (QLabel[level=...]), high contrast too.
        standing = data.standing
        shown = standing.shown
        if shown is not None:
            if standing.signed_off is not None:
                text = self.tr("Safety level: {level}").format(
                    level=_level(standing.signed_off.level))
                if standing.awaiting is not None:
                    text += "\n" + self.tr("({level} awaiting sign-off)").format(
                        level=_level(standing.awaiting.level))
            else:
                text = (self.tr("Safety level: {level}").format(level=_level(shown.level))
                        + "\n" + self.tr("(awaiting sign-off)"))
            self.level.setText(text)
            self.level.setProperty("level", shown.level.value)
        else:
            self.level.setText(self.tr("Safety level: not set"))
            self.level.setProperty("level", "none")
        self.level.style().unpolish(self.level)
        self.level.style().polish(self.level)
        self.setAccessibleName(f"{child.display_name}, {self.facts.text()}, {self.level.text()}")
        still_open = data.open_visit()
        self.resume_visit.setVisible(still_open is not None)
        if still_open is not None:
            self.resume_visit.setToolTip(self.tr("Started {when} {place}").format(
                when=when(still_open.started_at), place=still_open.place).strip())


class ChildRecordPage(QWidget):
    start_visit_requested = Signal(object)  # the Child
    resume_visit_requested = Signal(object, object)  # the Child and its open Visit
    child_saved = Signal(str)

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.data: ChildRecordView | None = None
        self.reader: ReadAloud | None = None  # read-aloud, made when a recording is first played
        self.sync_states: RecordStates | None = None  # where each record is (sync/status.py)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = ChildHeader()
        self.header.start_visit.clicked.connect(self._start_visit)
        self.header.resume_visit.clicked.connect(self._resume_visit)
        layout.addWidget(self.header)
        self.also_linked = AlsoLinkedNotice(worker)  # team links: a flag, never who
        layout.addWidget(self.also_linked)
        self.words = Words(self, "ChildRecordPage")
        self.tabs = named(QTabWidget(), translate("ChildRecordPage", "Parts of the child's record"))
        self.tab_pages: dict[RecordTab, QWidget] = {}
        layout.addWidget(self.tabs, 1)
        self._build_tabs()
        self.practice = practice_hooks.attach_to_child_record(self)
        worker.operation_did_execute.connect(self._changed)

    # ------------------------------------------------------------------ building

    def _start_visit(self) -> None:
        if self.data is not None:
            self.start_visit_requested.emit(self.data.child)

    def _add_tab(self, key: RecordTab, page: QWidget, title: str) -> None:
        """A tab, found by ``key``; ``title`` (marked for translation) follows the language."""
        self.tab_pages[key] = page
        self.tabs.addTab(page, "")
        self.words(tab_title(self.tabs, page), title)

    def _button(self, source: str, description: str = "") -> QPushButton:
        """A button whose words (and spoken description) follow the interface language."""
        button = QPushButton()
        self.words(button.setText, source)
        self.words(lambda w: named(button, plain_words(w).rstrip("…")), description or source)
        return button

    def show_tab(self, key: RecordTab) -> None:
        """Bring one part of the record to the front, whatever language its title is in."""
        self.tabs.setCurrentWidget(self.tab_pages[key])

    def current_tab(self) -> RecordTab:
        current = self.tabs.currentWidget()
        return next(key for key, page in self.tab_pages.items() if page is current)

    def _build_tabs(self) -> None:
        about = QWidget()
        about_layout = QVBoxLayout(about)
        self.form = ChildForm()
        about_layout.addWidget(scrolled(self.form, "About me"))
        row = QHBoxLayout()
        self.save_status = QLabel()
        self.save_status.setProperty("role", "hint")
        self.save_button = self._button(QT_TRANSLATE_NOOP("ChildRecordPage", "Save changes"),
                                        QT_TRANSLATE_NOOP("ChildRecordPage", "Save changes to About me (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_about)
        save = QShortcut(QKeySequence.StandardKey.Save, about)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_about)
        row.addWidget(self.save_status, 1)
        row.addWidget(self.save_button)
        about_layout.addLayout(row)
        self._add_tab(RecordTab.ABOUT_ME, about, QT_TRANSLATE_NOOP("ChildRecordPage", "&About me"))

        self.voice_model = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "When"), lambda e: when(e.created_at)),
            (QT_TRANSLATE_NOOP("Columns", "Who"), lambda e: e.speaker_name or words(e.speaker)),
            (QT_TRANSLATE_NOOP("Columns", "About"), lambda e: words(e.topic)),
            (QT_TRANSLATE_NOOP("Columns", "Their words"), lambda e: (f"{e.scale}/10 " if e.scale is not None else "")
             + (e.text or ("(drawing)" if e.drawing_id else
                           "(recording, nothing typed yet)" if e.recording_id else ""))
             + (" [recording]" if e.recording_id and e.text else "")),
            (QT_TRANSLATE_NOOP("Columns", "How"), lambda e: words(e.given_how) + ("" if e.verbatim else ", " + translate("ChildRecordPage", "not word for word"))),
            (QT_TRANSLATE_NOOP("Columns", "May be seen by"), self._seen_by),
            sync_column(self),
        ], self)
        voice = QWidget()
        voice_layout = QVBoxLayout(voice)
        voice_layout.setContentsMargins(0, 0, 0, 0)
        # How much of the child's allowance their recordings take (shown with their words,
        # not in the header, which must stay short enough for a 1366x768 screen at 150%).
        self.recording_use = QLabel()
        self.recording_use.setWordWrap(True)
        voice_layout.addWidget(self.recording_use)
        voice_row = QHBoxLayout()
        self.voice_status = QLabel()
        self.words(self.voice_status.setText,
                   QT_TRANSLATE_NOOP("ChildRecordPage", "Double-click an entry to change who may see it."))
        self.voice_status.setProperty("role", "hint")
        self.voice_status.setWordWrap(True)
        self.sharing_button = self._button(QT_TRANSLATE_NOOP("ChildRecordPage", "Who may see it…"),
                                           QT_TRANSLATE_NOOP("ChildRecordPage", "Change who may see the chosen entry"))
        self.sharing_button.setEnabled(False)
        self.sharing_button.clicked.connect(self.change_sharing)
        self.transcript_button = self._button(
            QT_TRANSLATE_NOOP("ChildRecordPage", "Type what was said…"),
            QT_TRANSLATE_NOOP("ChildRecordPage", "Type what was said: play the chosen recording "
                                                 "and type the words beside it"))
        self.transcript_button.setEnabled(False)
        self.transcript_button.clicked.connect(self.type_what_was_said)
        voice_row.addWidget(self.voice_status, 1)
        voice_row.addWidget(self.transcript_button)
        voice_row.addWidget(self.sharing_button)
        voice_layout.addLayout(voice_row)
        self.voice_view = record_view(self.voice_model, "What the child and carers said", words=3)
        # Who may see each entry is shown in full: rows grow to their words, never cut short.
        self.voice_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.voice_view.doubleClicked.connect(lambda _i: self.change_sharing())
        self.voice_view.selectionModel().selectionChanged.connect(self._voice_chosen)
        voice_layout.addWidget(self.voice_view)
        self._add_tab(RecordTab.VOICE, voice, QT_TRANSLATE_NOOP("ChildRecordPage", "V&oice"))

        self.plan_view = named(QTextBrowser(), translate("ChildRecordPage", "Safety plan, read only"))
        self.coreview_panel = PlanCoReviewPanel(self.worker)  # co-review, summaries, history
        plan_tab = QSplitter(Qt.Orientation.Vertical)
        plan_tab.addWidget(self.plan_view)
        plan_tab.addWidget(scrolled(self.coreview_panel, "Co-review and summaries"))
        self._add_tab(RecordTab.SAFETY_PLAN, plan_tab, QT_TRANSLATE_NOOP("ChildRecordPage", "Safety &plan"))

        network = QSplitter(Qt.Orientation.Horizontal)
        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        self.people_model = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name + (" " + translate("ChildRecordPage", "(restricted)") if p.of_concern or p.withheld else "")),
            (QT_TRANSLATE_NOOP("Columns", "Relationship"), lambda p: p.relationship or words(p.role)),
            (QT_TRANSLATE_NOOP("Columns", "Child's view"), lambda p: QCoreApplication.translate("Ecomap", LINE_STYLES[p.child_view][3])
             + (f": \u201c{p.child_view_words}\u201d" if p.child_view_words else "")),
            (QT_TRANSLATE_NOOP("Columns", "Worker's view"), lambda p: words(p.worker_view) or translate("ChildRecordPage", "not recorded")),
            (QT_TRANSLATE_NOOP("Columns", "Trusted adult"), lambda p: translate("ChildRecordPage", "yes") if p.trusted_adult else ""),
            (QT_TRANSLATE_NOOP("Columns", "Leads"), lambda p: translate("ChildRecordPage", "leads the relationship") if p.leads_relationship else ""),
            sync_column(self),
        ], self)
        self.agency_model = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "Agency"), lambda a: a.agency),
            (QT_TRANSLATE_NOOP("Columns", "Plan"), lambda a: words(a.plan_type)),
            (QT_TRANSLATE_NOOP("Columns", "Lead worker"), lambda a: a.lead_worker),
            (QT_TRANSLATE_NOOP("Columns", "Contact"), lambda a: a.contact),
            sync_column(self),
        ], self)
        people_row = QHBoxLayout()
        people_label = QLabel()
        self.words(people_label.setText, QT_TRANSLATE_NOOP("ChildRecordPage", "People"))
        people_row.addWidget(people_label, 1)
        self.add_person_button = self._button(QT_TRANSLATE_NOOP("ChildRecordPage", "Add someone…"),
                                              QT_TRANSLATE_NOOP("ChildRecordPage", "Add someone to the child's network"))
        self.add_person_button.clicked.connect(self.add_person)
        people_row.addWidget(self.add_person_button)
        lists_layout.addLayout(people_row)
        lists_layout.addWidget(record_view(self.people_model, "People around the child", words=2))
        agencies_label = QLabel()
        self.words(agencies_label.setText, QT_TRANSLATE_NOOP("ChildRecordPage", "Agencies"))
        lists_layout.addWidget(agencies_label)
        lists_layout.addWidget(record_view(self.agency_model, "Agencies working with the child",
                                           words=3))
        network.addWidget(lists)
        self.ecomap = EcomapView()
        network.addWidget(self.ecomap)
        network.setSizes([420, 520])
        self._add_tab(RecordTab.NETWORK, network, QT_TRANSLATE_NOOP("ChildRecordPage", "&Network"))

        self.context_model = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "Kind"), lambda c: words(c.context_type)),
            (QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
            (QT_TRANSLATE_NOOP("Columns", "Concerns"), lambda c: c.concerns),
            (QT_TRANSLATE_NOOP("Columns", "Strengths"), lambda c: c.strengths),
            (QT_TRANSLATE_NOOP("Columns", "Change first"), lambda c: translate("ChildRecordPage", "change first") if c.change_first else ""),
            (QT_TRANSLATE_NOOP("Columns", "Visibility"), lambda c: translate("ChildRecordPage", "RESTRICTED: never shown to the child or carers")
             if c.restricted else translate("ChildRecordPage", "usual")),
            sync_column(self),
        ], self)
        contexts = QWidget()
        contexts_layout = QVBoxLayout(contexts)
        contexts_layout.setContentsMargins(0, 0, 0, 0)
        contexts_row = QHBoxLayout()
        contexts_row.addStretch()
        self.add_context_button = self._button(
            QT_TRANSLATE_NOOP("ChildRecordPage", "Add a place or gro&up…"),
            QT_TRANSLATE_NOOP("ChildRecordPage", "Add a place, peer group, online space or school"))
        self.add_context_button.clicked.connect(self.add_context)
        contexts_row.addWidget(self.add_context_button)
        contexts_layout.addLayout(contexts_row)
        contexts_layout.addWidget(record_view(self.context_model,
                                              "Places, peer groups, online, schools", words=2))
        self._add_tab(RecordTab.CONTEXTS, contexts, QT_TRANSLATE_NOOP("ChildRecordPage", "Conte&xts"))
        self.moment_model = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "What"), lambda k: words(k.moment_type)),
            (QT_TRANSLATE_NOOP("Columns", "When"), lambda k: when(k.occurred_at)),
            (QT_TRANSLATE_NOOP("Columns", "Details"), lambda k: k.details),
            # the words the key moment was recorded with: in Welsh where they are the policy's
            (QT_TRANSLATE_NOOP("Columns", "Response needed"),
             lambda k: policy_words(practice_policy().response_words(k.moment_type, k.response))),
            (QT_TRANSLATE_NOOP("Columns", "Due"), lambda k: when(k.response_due)),
            sync_column(self),
        ], self)
        self.moment_view = record_view(self.moment_model, "Key moments", words=2)
        self._add_tab(RecordTab.KEY_MOMENTS, self.moment_view, QT_TRANSLATE_NOOP("ChildRecordPage", "&Key moments"))
        self.review_model = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "Held"), lambda r: when(r.held_at)),
            (QT_TRANSLATE_NOOP("Columns", "Why"), lambda r: words(r.trigger)),
            (QT_TRANSLATE_NOOP("Columns", "New level"), lambda r: level_words(r.new_level) if r.new_level else ""),
            (QT_TRANSLATE_NOOP("Columns", "What changed"), lambda r: r.what_changed),
            (QT_TRANSLATE_NOOP("Columns", "Next review"), lambda r: uk_date(r.next_review)),
            sync_column(self),
        ], self)
        self._add_tab(RecordTab.REVIEWS, record_view(self.review_model, "Reviews", words=3),
                      QT_TRANSLATE_NOOP("ChildRecordPage", "&Reviews"))
        self.concern_model = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "Raised"), lambda c: when(c.raised_at)),
            (QT_TRANSLATE_NOOP("Columns", "Concern"), lambda c: c.summary),
            (QT_TRANSLATE_NOOP("Columns", "Severity"), lambda c: words(c.severity)),
            (QT_TRANSLATE_NOOP("Columns", "Status"), lambda c: words(c.status)),
            (QT_TRANSLATE_NOOP("Columns", "Response due"), lambda c: when(c.response_due)),
            sync_column(self),
        ], self)
        self.concern_view = record_view(self.concern_model, "Concerns", words=1)
        self._add_tab(RecordTab.CONCERNS, self.concern_view, QT_TRANSLATE_NOOP("ChildRecordPage", "&Concerns"))
        self.visit_model = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "Started"), lambda v: when(v.started_at)),
            (QT_TRANSLATE_NOOP("Columns", "Where"), lambda v: v.place),
            (QT_TRANSLATE_NOOP("Columns", "Who was there"), lambda v: ", ".join(v.present)),
            (QT_TRANSLATE_NOOP("Columns", "Ended"), lambda v: when(v.ended_at) or translate("ChildRecordPage", "still open")),
            (QT_TRANSLATE_NOOP("Columns", "Follow-ups"), lambda v: "; ".join(v.follow_ups)),
            sync_column(self),
        ], self)
        self.visit_view = record_view(self.visit_model, "Visits (an open visit opens again)",
                                      words=4)
        self._add_tab(RecordTab.VISITS, self.visit_view, QT_TRANSLATE_NOOP("ChildRecordPage", "V&isits"))
        self.history = HistoryPanel(self.worker)
        self._add_tab(RecordTab.HISTORY, self.history, QT_TRANSLATE_NOOP("ChildRecordPage", "&History"))

    @property
    def history_model(self) -> RecordTableModel:
        """The History tab's rows (oldest first)."""
        return self.history.model

    # ------------------------------------------------------------------ who may see it

    def _seen_by(self, entry: VoiceEntry) -> str:
        from directwork.domain.redaction import seen_by

        name = self.data.child.display_name if self.data is not None else ""
        said = ", ".join(audience_name(a, name) for a in seen_by(entry))
        if entry.kept_from_speaker:
            said += f"; kept from {entry.speaker_name or 'the speaker'}: {entry.kept_reason}"
        return said

    def chosen_voice(self) -> VoiceEntry | None:
        rows = self.voice_view.selectionModel().selectedRows()
        return self.voice_model.index(rows[0].row(), 0).data(RECORD_ROLE) if rows else None

    def _voice_chosen(self, *_args) -> None:
        entry = self.chosen_voice()
        self.sharing_button.setEnabled(entry is not None)
        self.transcript_button.setEnabled(entry is not None and bool(entry.recording_id))

    def type_what_was_said(self) -> None:
        """Play the chosen entry's recording and type what was said beside it."""
        entry = self.chosen_voice()
        if entry is None or self.data is None:
            return
        recording = self.data.case.recording_for(entry)
        if recording is None:
            return
        from directwork.gui.record.transcript import TranscriptDialog
        from directwork.gui.shell.lock import carry_lock_shortcut

        if self.reader is None:
            self.reader = ReadAloud(parent=self)
        self.transcript_dialog = TranscriptDialog(entry, recording, self.reader, self)
        self.transcript_dialog.typed.connect(lambda words: self._save_words(entry, words))
        self.transcript_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        carry_lock_shortcut(self.transcript_dialog)
        self.transcript_dialog.open()

    def _save_words(self, entry: VoiceEntry, words: str) -> None:
        def saved(_new: VoiceEntry) -> None:
            self.open_child(entry.child_id, lambda: self.voice_status.setText(
                translate("ChildRecordPage", "Their words are kept beside the recording; the earlier version stays in the "
                "history.")))

        self.worker.change(type_what_was_said, entry.id, words, success=saved,
                           failure=lambda e: self.voice_status.setText(
                               fill(translate("ChildRecordPage", "Not changed: %1"), getattr(e, 'message', e))),
                           touches={entry.child_id})

    def change_sharing(self) -> None:
        """Open who may see the chosen entry, with its earlier versions."""
        entry = self.chosen_voice()
        if entry is None or self.data is None:
            return
        name = self.data.child.display_name

        def show(versions: list[VoiceEntry]) -> None:
            from directwork.gui.shell.lock import carry_lock_shortcut

            self.sharing_dialog = SharingDialog(entry, name, self)
            self.sharing_dialog.editor.show_versions(versions)
            self.sharing_dialog.chosen.connect(lambda choice: self._save_sharing(entry, choice))
            self.sharing_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            carry_lock_shortcut(self.sharing_dialog)
            self.sharing_dialog.open()

        self.worker.query(stored_sharing.entry_versions, entry.id, success=show)

    def _save_sharing(self, entry: VoiceEntry, choice: SharingChoice) -> None:
        def saved(_new: VoiceEntry) -> None:
            self.open_child(entry.child_id, lambda: self.voice_status.setText(
                translate("ChildRecordPage", "Changed; the earlier version stays in the history.")))

        self.worker.change(
            stored_sharing.change_entry, entry.id, why=choice.why,
            shared_with=choice.shared_with, kept_from_speaker=choice.kept_from_speaker,
            kept_reason=choice.kept_reason, success=saved,
            failure=lambda e: self.voice_status.setText(fill(translate("ChildRecordPage", "Not changed: %1"), getattr(e, 'message', e))),
            touches={entry.child_id})

    # ------------------------------------------------------------------ showing

    def _resume_visit(self) -> None:
        if self.data is not None and (still_open := self.data.open_visit()) is not None:
            self.resume_visit_requested.emit(self.data.child, still_open)

    def open_child(self, child_id: str, done: Callable[[], object] | None = None) -> None:
        loaded: list[ChildRecordView] = []

        def shown(states: RecordStates) -> None:
            if not loaded:
                return  # the record could not be read: the failure has been shown
            self.sync_states = states
            self.show_data(loaded[0])
            if done is not None:
                done()
        # Two reads sent together run one after the other, with nothing in between; where
        # each record is (waiting to sync, on the hub…) is the sync layer's to say.
        self.worker.query(load_child_record, child_id, success=loaded.append)
        self.worker.query(child_record_states, child_id, success=shown)
        self.also_linked.show_for(child_id)
        # Opening a record is itself written to the audit trail; after the record is on
        # screen, so that the write's flush to disk is not waited for.
        self.worker.change(audit.record_event, "view", "child", child_id, child_id,
                           touches=set())

    def reload(self) -> None:
        if self.data is not None:
            self.open_child(self.data.child.id)

    def _changed(self, touches: set[str] | None) -> None:
        """Another window changed this child (e.g. a summary was given): show it in History
        at once. Only the history is read again, so nothing typed in About me is lost."""
        if self.data is None or (touches is not None and self.data.child.id not in touches):
            return
        child_id = self.data.child.id

        def shown(events: list[audit.AuditEvent]) -> None:
            if self.data is not None and self.data.child.id == child_id:
                self.data = dataclasses.replace(self.data, events=events)
                self.history.refresh(now=True)
        self.worker.query(audit.events_for_child, child_id, success=shown)

    def _show_recording_use(self) -> None:
        if self.data is not None:
            self.recording_use.setText(fill(
                translate("ChildRecordPage", "Recordings of their voice: %1"),
                recording_use_words(self.data.recording_use)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_recording_use()
        super().changeEvent(event)

    def show_data(self, data: ChildRecordView) -> None:
        if self.data is None or self.data.child.id != data.child.id:
            self.save_status.clear()  # "Saved." stays after the reload that follows a save
        self.data = data
        self.header.show_child(data)
        self._show_recording_use()
        self.form.today = data.today
        self.form.set_child(data.child)
        self.voice_model.set_records(data.voice)
        self.plan_view.setHtml(plan_html(data.plan))
        self.coreview_panel.set_plan(data.child.id, data.plan.id if data.plan else "")
        self.people_model.set_records(data.people)
        self.agency_model.set_records(data.agencies)
        self.ecomap.ecomap.draw(data.child.display_name, data.people, data.agencies)
        self.context_model.set_records(data.contexts)
        self.moment_model.set_records(data.key_moments)
        self.review_model.set_records(data.reviews)
        self.concern_model.set_records(data.concerns)
        self.visit_model.set_records(data.visits)
        self.history.show_child(data.child.id)

    def add_person(self) -> None:
        from directwork.gui.record.person_dialog import PersonDialog
        from directwork.gui.shell.lock import carry_lock_shortcut

        if self.data is None:
            return
        self.person_dialog = PersonDialog(self.data.child.id, self.data.child.display_name, self)
        self.person_dialog.person_ready.connect(self._save_person)
        self.person_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        carry_lock_shortcut(self.person_dialog)
        self.person_dialog.open()

    def add_context(self) -> None:
        from directwork.gui.record.context_dialog import ContextDialog
        from directwork.gui.shell.lock import carry_lock_shortcut

        if self.data is None:
            return
        self.context_dialog = ContextDialog(self.data.child.id, self.data.child.display_name,
                                            self)
        self.context_dialog.context_ready.connect(self._save_document)
        self.context_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        carry_lock_shortcut(self.context_dialog)
        self.context_dialog.open()

    def _save_person(self, person: Person) -> None:
        self._save_document(person)

    def _save_document(self, doc: Person | Context) -> None:
        self.worker.change(records.save_document, doc, success=lambda _d: self.reload(),
                           failure=lambda e: self.save_status.setText(
                               fill(translate("ChildRecordPage", "Not saved: %1"), getattr(e, 'message', e))),
                           touches={doc.child_id})

    def save_about(self) -> None:
        child = self.form.child()
        if child is None or self.data is None:
            self.save_status.setText(translate("ChildRecordPage", "Not saved yet: see the messages beside the fields."))
            return
        self.save_status.setText(translate("ChildRecordPage", "Saving…"))

        def saved(result: Child) -> None:
            self.child_saved.emit(result.id)
            # Said once the record is shown again: showing it clears the status line.
            self.open_child(result.id, lambda: self.save_status.setText(translate("ChildRecordPage", "Saved.")))

        def refused(error: BaseException) -> None:
            self.save_status.setText(fill(translate("ChildRecordPage", "Not saved: %1"), getattr(error, 'message', error)))

        self.worker.change(records.save_document, child, success=saved, failure=refused,
                           touches={child.id})


def plan_html(plan: SafetyPlan | None) -> str:
    if plan is None:
        return "<p>No safety plan yet.</p>"
    e = html.escape

    def items(values: list[str]) -> str:
        return "<ul>" + "".join(f"<li>{e(v)}</li>" for v in values) + "</ul>" if values else "<p>—</p>"

    parts = [f"<h2>{e(plan.title)} ({words(plan.status)})</h2>",
             f"<p>{e(plan.why_working_together)}</p>",
             "<h3>What we are worried about</h3>", items([w.text for w in plan.worries]),
             "<h3>What is working well</h3>", items(plan.working_well),
             "<h3>Safety goals</h3>", items([g.text for g in plan.goals]),
             "<h3>Who will do what</h3>",
             items([f"{a.what} — {a.owner} ({a.agency}) by {uk_date(a.due)}" for a in plan.actions]),
             "<h3>If things go wrong</h3>",
             items([f"If {c.if_this}, then {c.then_that}; call {c.call}" for c in plan.contingency]),
             "<h3>Safe people</h3>", items(plan.safe_people),
             "<h3>Safe places</h3>", items(plan.safe_places),
             "<h3>In my words</h3>", f"<p>{e(plan.child_section)}</p>",
             f"<p>Next review: {uk_date(plan.next_review) or 'not set'}</p>"]
    return "".join(parts)
