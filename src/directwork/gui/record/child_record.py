"""The child record: a header that always shows who the child is, and a tab for each part of
their record. Everything is read on the vault worker in one go, then shown."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from directwork.domain.records import (
    AgencyInvolvement,
    Child,
    Concern,
    Context,
    KeyMoment,
    Person,
    Review,
    SafetyLevelDecision,
    SafetyPlan,
    Visit,
    VoiceEntry,
)
from directwork.domain.rules.levels import LevelStanding
from directwork.domain.rules.reviews import ReviewDue
from directwork.domain.rules.workdays import format_day, local_date
from directwork.gui.caseload.model import uk_date
from directwork.gui.common.a11y import named
from directwork.gui.common.record_table import RecordTableModel, record_view
from directwork.gui.common.worker import VaultWorker
from directwork.gui.coreview.history import PlanCoReviewPanel
from directwork.gui.practice import hooks as practice_hooks
from directwork.gui.practice.common import practice_policy
from directwork.gui.record.child_form import ChildForm
from directwork.gui.record.ecomap import LINE_STYLES, EcomapView
from directwork.store import audit, practice, records
from directwork.store.caseload import age_on
from directwork.store.context import now_of
from directwork.sync.status import RecordStates, child_record_states

LONDON = ZoneInfo("Europe/London")
TABS = ("About me", "Voice", "Safety plan", "Network", "Contexts", "Key moments", "Reviews",
        "Concerns", "Visits", "History")


def when(value: datetime | None) -> str:
    return value.astimezone(LONDON).strftime("%d/%m/%Y %H:%M") if value else ""


def words(value: object) -> str:
    return str(getattr(value, "value", value) or "").replace("_", " ")


@dataclass
class ChildRecordData:
    child: Child
    today: date
    level: SafetyLevelDecision | None = None
    standing: LevelStanding | None = None
    # The next review, as every screen shows it (``reviews.review_schedule``).
    review: ReviewDue | None = None
    voice: list[VoiceEntry] = field(default_factory=list)
    plan: SafetyPlan | None = None
    people: list[Person] = field(default_factory=list)
    agencies: list[AgencyInvolvement] = field(default_factory=list)
    contexts: list[Context] = field(default_factory=list)
    key_moments: list[KeyMoment] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    concerns: list[Concern] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    events: list[audit.AuditEvent] = field(default_factory=list)
    sync: RecordStates | None = None


def load_child_record(session: Session, child_id: str) -> ChildRecordData:
    """Everything the child record shows, read in one worker operation."""
    child = records.get_document(session, Child, child_id)
    levels = records.list_entries(session, SafetyLevelDecision, child_id)
    levels.sort(key=lambda d: d.decided_at or d.created_at)
    plans = records.list_documents(session, SafetyPlan, child_id)
    plans.sort(key=lambda p: p.updated_at or p.created_at)
    visits = records.list_documents(session, Visit, child_id)
    visits.sort(key=lambda v: v.started_at or v.created_at, reverse=True)
    return ChildRecordData(
        child=child, today=local_date(now_of(session)), level=levels[-1] if levels else None,
        standing=practice.level_standing_of(session, child_id),
        review=practice.review_schedule_of(session, child_id, practice_policy()),
        voice=records.list_entries(session, VoiceEntry, child_id),
        plan=plans[-1] if plans else None,
        people=records.list_documents(session, Person, child_id),
        agencies=records.list_documents(session, AgencyInvolvement, child_id),
        contexts=records.list_documents(session, Context, child_id),
        key_moments=records.list_entries(session, KeyMoment, child_id),
        reviews=records.list_entries(session, Review, child_id),
        concerns=records.list_documents(session, Concern, child_id),
        visits=visits,
        events=audit.events_for_child(session, child_id),
        sync=child_record_states(session, child_id),
    )


def sync_column(page: ChildRecordPage) -> tuple[str, Callable[[Any], str]]:
    """Each record shows where it is: saved on this laptop, waiting to sync, on the team hub,
    or needs attention."""
    def where(record: Any) -> str:
        states = page.data.sync if page.data is not None else None
        return states.words(record.id) if states is not None else ""
    return ("Sync", where)


def open_visit(data: ChildRecordData) -> Visit | None:
    """The most recent visit not yet ended (after a crash, or left to finish later)."""
    return next((v for v in data.visits if v.ended_at is None), None)


class ChildHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childHeader")
        layout = QHBoxLayout(self)
        self.name = QLabel()
        self.name.setProperty("role", "heading")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.level = QLabel()
        self.level.setMinimumWidth(120)
        self.level.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout()
        column.addWidget(self.name)
        column.addWidget(self.facts)
        layout.addLayout(column, 1)
        layout.addWidget(self.level)
        self.resume_visit = named(QPushButton("&Carry on the visit"),
                                  "Carry on the visit that is still open")
        self.resume_visit.setVisible(False)
        layout.addWidget(self.resume_visit)
        self.start_visit = named(QPushButton("&Start visit"), "Start a visit with this child")
        self.start_visit.setProperty("primary", True)
        layout.addWidget(self.start_visit)

    def show_child(self, data: ChildRecordData) -> None:
        child = data.child
        age = age_on(child.date_of_birth, data.today)
        self.name.setText(child.display_name)
        parts = [f"{age} years old" if age is not None else "age not recorded",
                 f"speaks {child.language}" if child.language else "language not recorded"]
        if child.pronouns:
            parts.insert(1, child.pronouns)
        needs = child.communication_needs or "none recorded"
        review = ""
        if data.review is not None:
            review = f"\nNext review: {format_day(data.review.due)}"
            if data.review.brought_forward:
                review += " (brought forward by a key moment)"
            elif data.review.due < data.today:
                review += " (overdue)"
        self.facts.setText(" · ".join(parts) + f"\nCommunication needs: {needs}{review}")
        standing = data.standing
        shown = standing.shown if standing is not None else None
        if shown is not None and standing is not None:
            from directwork.gui.caseload.model import LEVEL_COLOURS

            if standing.signed_off is not None:
                text = f"Safety level\n{standing.signed_off.level.label}"
                if standing.awaiting is not None:
                    text += f"\n({standing.awaiting.level.label} awaiting sign-off)"
            else:
                text = f"Safety level\n{shown.level.label}\nawaiting sign-off"
            self.level.setText(text)
            self.level.setStyleSheet(f"background: {LEVEL_COLOURS[shown.level]};"
                                     "color: #1f2933; border-radius: 6px; padding: 6px;")
        else:
            self.level.setText("Safety level\nnot set")
            self.level.setStyleSheet("border: 1px dashed #8d877d; border-radius: 6px; padding: 6px;")
        self.setAccessibleName(f"{child.display_name}, {self.facts.text()}, {self.level.text()}")
        still_open = open_visit(data)
        self.resume_visit.setVisible(still_open is not None)
        if still_open is not None:
            self.resume_visit.setToolTip(f"Started {when(still_open.started_at)} "
                                         f"{still_open.place}".strip())


class ChildRecordPage(QWidget):
    start_visit_requested = Signal(object)  # the Child
    resume_visit_requested = Signal(object, object)  # the Child and its open Visit
    child_saved = Signal(str)

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.data: ChildRecordData | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = ChildHeader()
        self.header.start_visit.clicked.connect(
            lambda: self.data and self.start_visit_requested.emit(self.data.child))
        self.header.resume_visit.clicked.connect(self._resume_visit)
        layout.addWidget(self.header)
        self.tabs = named(QTabWidget(), "Parts of the child's record")
        layout.addWidget(self.tabs, 1)
        self._build_tabs()
        practice_hooks.attach_to_child_record(self)

    # ------------------------------------------------------------------ building

    def _build_tabs(self) -> None:
        about = QWidget()
        about_layout = QVBoxLayout(about)
        self.form = ChildForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        about_layout.addWidget(scroll)
        row = QHBoxLayout()
        self.save_status = QLabel()
        self.save_status.setProperty("role", "hint")
        self.save_button = named(QPushButton("Save changes"), "Save changes to About me")
        self.save_button.clicked.connect(self.save_about)
        row.addWidget(self.save_status, 1)
        row.addWidget(self.save_button)
        about_layout.addLayout(row)
        self.tabs.addTab(about, "&About me")

        self.voice_model = RecordTableModel([
            ("When", lambda e: when(e.created_at)),
            ("Who", lambda e: e.speaker_name or words(e.speaker)),
            ("About", lambda e: words(e.topic)),
            ("Their words", lambda e: (f"{e.scale}/10 " if e.scale is not None else "")
             + (e.text or ("(drawing)" if e.drawing_id else ""))),
            ("How", lambda e: words(e.given_how) + ("" if e.verbatim else ", not word for word")),
            ("May be seen by", lambda e: ", ".join(words(a) for a in e.shared_with)),
            sync_column(self),
        ], self)
        self.tabs.addTab(record_view(self.voice_model, "What the child and carers said",
                                     (134, 110, 100, 330, 110, 150)), "&Voice")

        self.plan_view = named(QTextBrowser(), "Safety plan, read only")
        self.coreview_panel = PlanCoReviewPanel(self.worker)  # co-review, summaries, history
        plan_tab = QSplitter(Qt.Orientation.Vertical)
        plan_tab.addWidget(self.plan_view)
        plan_tab.addWidget(self.coreview_panel)
        self.tabs.addTab(plan_tab, "Safety &plan")

        network = QSplitter(Qt.Orientation.Horizontal)
        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        self.people_model = RecordTableModel([
            ("Name", lambda p: p.name + (" (restricted)" if p.of_concern or p.withheld else "")),
            ("Relationship", lambda p: p.relationship or words(p.role)),
            ("Child's view", lambda p: LINE_STYLES[p.child_view][3]
             + (f": \u201c{p.child_view_words}\u201d" if p.child_view_words else "")),
            ("Worker's view", lambda p: words(p.worker_view) or "not recorded"),
            ("Trusted adult", lambda p: "yes" if p.trusted_adult else ""),
            ("Leads", lambda p: "leads the relationship" if p.leads_relationship else ""),
            sync_column(self),
        ], self)
        self.agency_model = RecordTableModel([
            ("Agency", lambda a: a.agency),
            ("Plan", lambda a: words(a.plan_type)),
            ("Lead worker", lambda a: a.lead_worker),
            ("Contact", lambda a: a.contact),
            sync_column(self),
        ], self)
        people_row = QHBoxLayout()
        people_row.addWidget(QLabel("People"), 1)
        self.add_person_button = named(QPushButton("Add &someone…"),
                                       "Add someone to the child's network")
        self.add_person_button.clicked.connect(self.add_person)
        people_row.addWidget(self.add_person_button)
        lists_layout.addLayout(people_row)
        lists_layout.addWidget(record_view(self.people_model, "People around the child",
                                                  (150, 110, 170, 100, 90)))
        lists_layout.addWidget(QLabel("Agencies"))
        lists_layout.addWidget(record_view(self.agency_model, "Agencies working with the child",
                                                  (170, 120, 110)))
        network.addWidget(lists)
        self.ecomap = EcomapView()
        network.addWidget(self.ecomap)
        network.setSizes([420, 520])
        self.tabs.addTab(network, "&Network")

        self.context_model = RecordTableModel([
            ("Kind", lambda c: words(c.context_type)),
            ("Name", lambda c: c.name),
            ("Concerns", lambda c: c.concerns),
            ("Strengths", lambda c: c.strengths),
            ("Change first", lambda c: "change first" if c.change_first else ""),
            ("Visibility", lambda c: "RESTRICTED: never shown to the child or carers"
             if c.restricted else "usual"),
            sync_column(self),
        ], self)
        contexts = QWidget()
        contexts_layout = QVBoxLayout(contexts)
        contexts_layout.setContentsMargins(0, 0, 0, 0)
        contexts_row = QHBoxLayout()
        contexts_row.addStretch()
        self.add_context_button = named(QPushButton("Add a &place or group…"),
                                        "Add a place, peer group, online space or school")
        self.add_context_button.clicked.connect(self.add_context)
        contexts_row.addWidget(self.add_context_button)
        contexts_layout.addLayout(contexts_row)
        contexts_layout.addWidget(record_view(self.context_model,
                                              "Places, peer groups, online, schools",
                                              (90, 150, 260, 220, 100)))
        self.tabs.addTab(contexts, "&Contexts")
        self.moment_model = RecordTableModel([
            ("What", lambda k: words(k.moment_type)),
            ("When", lambda k: when(k.occurred_at)),
            ("Details", lambda k: k.details),
            ("Response needed", lambda k: k.response),
            ("Due", lambda k: when(k.response_due)),
            sync_column(self),
        ], self)
        self.tabs.addTab(record_view(self.moment_model, "Key moments", (130, 130, 300, 260)), "&Key moments")
        self.review_model = RecordTableModel([
            ("Held", lambda r: when(r.held_at)),
            ("Why", lambda r: words(r.trigger)),
            ("New level", lambda r: r.new_level.label if r.new_level else ""),
            ("What changed", lambda r: r.what_changed),
            ("Next review", lambda r: uk_date(r.next_review)),
            sync_column(self),
        ], self)
        self.tabs.addTab(record_view(self.review_model, "Reviews", (130, 130, 90, 420)), "&Reviews")
        self.concern_model = RecordTableModel([
            ("Raised", lambda c: when(c.raised_at)),
            ("Concern", lambda c: c.summary),
            ("Severity", lambda c: words(c.severity)),
            ("Status", lambda c: words(c.status)),
            ("Response due", lambda c: when(c.response_due)),
            sync_column(self),
        ], self)
        self.tabs.addTab(record_view(self.concern_model, "Concerns", (130, 380, 90, 80)), "Conc&erns")
        self.visit_model = RecordTableModel([
            ("Started", lambda v: when(v.started_at)),
            ("Where", lambda v: v.place),
            ("Who was there", lambda v: ", ".join(v.present)),
            ("Ended", lambda v: when(v.ended_at) or "still open"),
            ("Follow-ups", lambda v: "; ".join(v.follow_ups)),
            sync_column(self),
        ], self)
        self.visit_view = record_view(self.visit_model, "Visits (an open visit opens again)",
                                      (130, 160, 260, 130))
        self.tabs.addTab(self.visit_view, "V&isits")
        self.history_model = RecordTableModel([
            ("When", lambda e: when(e.at)),
            ("What", lambda e: f"{e.action} {words(e.kind)}"),
            ("Record", lambda e: e.record_id[:8]),
            ("Device", lambda e: e.device_id[:8]),
        ], self)
        self.tabs.addTab(record_view(self.history_model, "History of who viewed and changed what",
                                     (130, 220, 100)),
                         "&History")

    # ------------------------------------------------------------------ showing

    def _resume_visit(self) -> None:
        still_open = open_visit(self.data) if self.data is not None else None
        if still_open is not None:
            self.resume_visit_requested.emit(self.data.child, still_open)

    def open_child(self, child_id: str, done=None) -> None:  # noqa: ANN001
        def shown(data: ChildRecordData) -> None:
            self.show_data(data)
            if done is not None:
                done()
        self.worker.query(lambda s: load_child_record(s, child_id), shown)
        # Opening a record is itself written to the audit trail; after the record is on
        # screen, so that the write's flush to disk is not waited for.
        self.worker.change(lambda s: audit.record_event(s, "view", "child", child_id, child_id),
                           touches=set())

    def reload(self) -> None:
        if self.data is not None:
            self.open_child(self.data.child.id)

    def show_data(self, data: ChildRecordData) -> None:
        if self.data is None or self.data.child.id != data.child.id:
            self.save_status.clear()  # "Saved." stays after the reload that follows a save
        self.data = data
        self.header.show_child(data)
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
        self.history_model.set_records(data.events)

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

    def _save_document(self, doc) -> None:  # noqa: ANN001 - a Person or a Context
        self.worker.change(lambda s: records.save_document(s, doc), lambda _d: self.reload(),
                           lambda e: self.save_status.setText(f"Not saved: {getattr(e, 'message', e)}"),
                           touches={doc.child_id})

    def save_about(self) -> None:
        child = self.form.child()
        if child is None or self.data is None:
            self.save_status.setText("Not saved yet: see the messages beside the fields.")
            return
        self.save_status.setText("Saving…")

        def saved(result: Child) -> None:
            self.child_saved.emit(result.id)
            # Said once the record is shown again: showing it clears the status line.
            self.open_child(result.id, lambda: self.save_status.setText("Saved."))

        def refused(error: BaseException) -> None:
            self.save_status.setText(f"Not saved: {getattr(error, 'message', error)}")

        self.worker.change(lambda s: records.save_document(s, child), saved, refused,
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
