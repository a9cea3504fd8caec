"""The safety plan editor, laid out the Signs of Safety way: what we are worried about (at
most three worries, each paired with a safety goal), what is working well, what needs to
happen (actions with an owner, agency, date and status), everyone's 0-10 scores, then the
contingency, safe people and places, helplines, the child's own section and the
practitioner's notes, which are never shown to the child.

Saving makes a new draft revision. "Agree plan…" records who agreed; when a rule refuses,
each reason is shown in red under the part of the plan it is about.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from directwork.domain import codec
from directwork.domain.policy import Policy
from directwork.domain.records import (
    Agreement,
    Helpline,
    PlanAction,
    PlanStatus,
    SafetyGoal,
    SafetyPlan,
    Worry,
)
from directwork.domain.rules.plans import MAX_WORRIES, PlanProblem
from directwork.gui.common.a11y import named
from directwork.gui.common.fields import fill
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, TranslatedWords, translate
from directwork.gui.common.retranslate import fill as fill_in
from directwork.gui.common.worker import VaultWorker
from directwork.gui.plan.agreement import AgreePlanDialog
from directwork.gui.plan.sections import (
    ActionRow,
    ContingencyRow,
    HelplineRow,
    PlanRow,
    RowList,
    ScoreRow,
    TextRow,
    WorryRow,
    line,
    section,
    text_area,
)
from directwork.gui.practice.common import (
    ProblemLabel,
    practice_policy,
    problem_texts,
    while_open,
)
from directwork.store import drafts, practice, records
from directwork.store.views.plans import PlanFacts, load_plan_facts, plan_draft_key

DEFAULT_HELPLINES = (Helpline(name="Childline", number="0800 1111"),
                     Helpline(name="Emergency (police, ambulance)", number="999"))
STATUS_WORDS = TranslatedWords("EditorWords", {PlanStatus.DRAFT: QT_TRANSLATE_NOOP("EditorWords", "Draft: not agreed yet"), PlanStatus.AGREED: QT_TRANSLATE_NOOP("EditorWords", "Agreed"),
                PlanStatus.SUPERSEDED: QT_TRANSLATE_NOOP("EditorWords", "Superseded by a later agreed plan")})
PRACTITIONER_ONLY_STYLE = ("QGroupBox#practitionerOnly { border: 2px dashed #a3231f; "
                           "border-radius: 6px; margin-top: 14px; padding-top: 8px; }")


DRAFT_DELAY_MS = 800


class PlanEditor(QWidget):
    saved = Signal(object)  # the SafetyPlan revision saved
    versions_requested = Signal(str)  # plan id
    dirty_changed = Signal(bool)

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None, *,
                 policy: Policy | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.policy = policy or practice_policy()
        self.facts: PlanFacts | None = None
        self.base: SafetyPlan | None = None
        self.dirty = False
        self._loading = False
        # Typed changes go into the vault as a draft shortly after each edit, so a crash or a
        # lock loses nothing; saving or discarding the changes removes the draft.
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        outer = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fbefc7; padding: 6px; border-radius: 4px;")
        self.banner.setAccessibleName(translate("PlanEditor", "About this plan"))
        self.banner.hide()
        outer.addWidget(self.banner)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard goes to what is inside
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area = scroll
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._build(QVBoxLayout(body))
        bar = QHBoxLayout()
        self.state = QLabel()
        self.state.setAccessibleName(translate("PlanEditor", "Plan status"))
        bar.addWidget(self.state, 1)
        self.versions_button = named(QPushButton(translate("PlanEditor", "&Versions…")), translate("PlanEditor", "Versions of this plan"))
        self.versions_button.clicked.connect(self._show_versions)
        self.save_button = named(QPushButton(translate("PlanEditor", "&Save draft")), translate("PlanEditor", "Save the plan as a draft"))
        self.save_button.clicked.connect(self.save)
        self.agree_button = named(QPushButton(translate("PlanEditor", "&Agree plan…")), translate("PlanEditor", "Agree the plan"))
        self.agree_button.setProperty("primary", True)
        self.agree_button.clicked.connect(self.ask_agreement)
        for b in (self.versions_button, self.save_button, self.agree_button):
            bar.addWidget(b)
        outer.addLayout(bar)
        self.problems = ProblemLabel(translate("PlanEditor", "Why the plan was not saved or agreed"))
        outer.addWidget(self.problems)

    # ------------------------------------------------------------------ building


    def _show_versions(self) -> None:
        if self.base is not None:
            self.versions_requested.emit(self.base.id)
    def _build(self, layout: QVBoxLayout) -> None:
        top = QGridLayout()
        self.title = line(translate("PlanEditor", "Plan title"), translate("PlanEditor", "Safety plan"))
        top.addWidget(QLabel(translate("PlanEditor", "Title")), 0, 0)
        top.addWidget(self.title, 0, 1)
        self.why = text_area("Why we are working together", 50,
                             "why we are working together, in plain words")
        top.addWidget(QLabel(translate("PlanEditor", "Why we are\nworking together")), 1, 0)
        top.addWidget(self.why, 1, 1)
        layout.addLayout(top)

        columns = QHBoxLayout()
        worried, worried_layout = section(
            translate("PlanEditor", "What we are worried about"),
            fill_in(translate("PlanEditor", "At most %1 worries in plain words (include ones the family disputes), each with a safety goal: what safe looks like, and for how long."), MAX_WORRIES))
        self.worries: RowList[WorryRow] = RowList(
            lambda: WorryRow(len(self.worries.rows) + 1), translate("PlanEditor", "Add a &worry"), limit=MAX_WORRIES)
        worried_layout.addWidget(self.worries)
        columns.addWidget(worried, 2)
        well, well_layout = section(translate("PlanEditor", "What is working well"), translate("PlanEditor", "Strengths and safety already there."))
        self.working_well: RowList[TextRow] = RowList(lambda: TextRow("thing working well"),
                                                      translate("PlanEditor", "Add what is &working well"))
        well_layout.addWidget(self.working_well)
        columns.addWidget(well, 1)
        layout.addLayout(columns)

        needs, needs_layout = section(
            translate("PlanEditor", "What needs to happen"),
            translate("PlanEditor", "Each action has an owner (a person and their agency, or family), a date and a "
            "status."))
        self.plan_actions: RowList[ActionRow] = RowList(ActionRow, translate("PlanEditor", "Add an a&ction"))
        needs_layout.addWidget(self.plan_actions)
        layout.addWidget(needs)

        scores, scores_layout = section(
            translate("PlanEditor", "How safe, 0 to 10"), translate("PlanEditor", "Everyone's answer: 0 means not safe at all, 10 means safe "
            "enough that we can stop worrying."))
        self.scores: RowList[ScoreRow] = RowList(
            lambda: ScoreRow(today=self.facts.today if self.facts else None), translate("PlanEditor", "Add a &score"))
        scores_layout.addWidget(self.scores)
        layout.addWidget(scores)

        wrong, wrong_layout = section(translate("PlanEditor", "If things go wrong"), translate("PlanEditor", "If this happens, then do this, "
                                      "and call…"))
        self.contingency: RowList[ContingencyRow] = RowList(ContingencyRow, translate("PlanEditor", "Add a conti&ngency"))
        wrong_layout.addWidget(self.contingency)
        layout.addWidget(wrong)

        safe = QHBoxLayout()
        people, people_layout = section(translate("PlanEditor", "Safe people"))
        self.safe_people: RowList[TextRow] = RowList(lambda: TextRow("safe person"),
                                                     translate("PlanEditor", "Add a safe &person"))
        people_layout.addWidget(self.safe_people)
        places, places_layout = section(translate("PlanEditor", "Safe places"))
        self.safe_places: RowList[TextRow] = RowList(lambda: TextRow("safe place"),
                                                     translate("PlanEditor", "Add a safe p&lace"))
        places_layout.addWidget(self.safe_places)
        lines, lines_layout = section(translate("PlanEditor", "Helplines"))
        self.helplines: RowList[HelplineRow] = RowList(HelplineRow, translate("PlanEditor", "Add a &helpline"))
        lines_layout.addWidget(self.helplines)
        for box in (people, places, lines):
            safe.addWidget(box, 1)
        layout.addLayout(safe)

        mine, mine_layout = section(translate("PlanEditor", "In my words (the child's own section)"),
                                    translate("PlanEditor", "What the child wants to say about the plan, in their words."))
        self.child_section = text_area("The child's own section, in their words", 70)
        mine_layout.addWidget(self.child_section)
        layout.addWidget(mine)

        notes, notes_layout = section(translate("PlanEditor", "Practitioner-only notes: NOT SHOWN TO THE CHILD"),
                                      translate("PlanEditor", "Never printed on the child's or carers' summary, never "
                                      "shown on the co-review screen."))
        notes.setObjectName("practitionerOnly")
        notes.setStyleSheet(PRACTITIONER_ONLY_STYLE)
        self.practitioner_notes = text_area("Practitioner-only notes, not shown to the child", 60)
        notes_layout.addWidget(self.practitioner_notes)
        layout.addWidget(notes)

        review_row = QHBoxLayout()
        self.choose_review = named(QCheckBox(translate("PlanEditor", "Next review on")), translate("PlanEditor", "Choose the next review date"))
        self.next_review = named(QDateEdit(), translate("PlanEditor", "Next review date"))
        self.next_review.setDisplayFormat("dd/MM/yyyy")
        self.next_review.setCalendarPopup(True)
        self.next_review.setEnabled(False)
        self.next_review.setMaximumWidth(170)
        self.choose_review.toggled.connect(self.next_review.setEnabled)
        self.review_problem = ProblemLabel(translate("PlanEditor", "Problem with the next review date"))
        review_row.addWidget(self.choose_review)
        review_row.addWidget(self.next_review)
        review_row.addWidget(self.review_problem, 1)
        layout.addLayout(review_row)
        layout.addStretch(1)

        self.lists: dict[str, RowList] = {
            "worries": self.worries, "working_well": self.working_well, "actions": self.plan_actions,
            "scores": self.scores, "contingency": self.contingency,
            "safe_people": self.safe_people, "safe_places": self.safe_places,
            "helplines": self.helplines}
        for rows in self.lists.values():
            rows.changed.connect(self._mark_dirty)
        for edit in (self.why, self.child_section, self.practitioner_notes):
            edit.textChanged.connect(self._mark_dirty)
        self.title.textEdited.connect(self._mark_dirty)
        self.choose_review.toggled.connect(self._mark_dirty)
        self.next_review.dateChanged.connect(self._mark_dirty)

    # ------------------------------------------------------------------ loading

    def open_plan(self, child_id: str, plan_id: str | None = None, done=None) -> None:
        def shown(facts: PlanFacts) -> None:
            self.show_plan(facts)
            if done is not None:
                done()
        self.worker.query(load_plan_facts, child_id, plan_id, success=while_open(self, shown))

    def show_plan(self, facts: PlanFacts) -> None:
        self._loading = True
        self.facts = facts
        plan = facts.draft or facts.plan or SafetyPlan(child_id=facts.child.id,
                                                       helplines=list(DEFAULT_HELPLINES))
        self.base = facts.plan
        fill(self.title, plan.title)
        self.why.setPlainText(plan.why_working_together)
        for rows in self.lists.values():
            rows.clear()
        goals = {g.worry_id: g for g in plan.goals}
        for i, worry in enumerate(plan.worries):
            self.worries.add(WorryRow(i + 1, worry, goals.get(worry.id)))
        for text in plan.working_well:
            self.working_well.add(TextRow("thing working well", text))
        for action in plan.actions:
            self.plan_actions.add(ActionRow(action))
        for score in plan.scores:
            self.scores.add(ScoreRow(score, facts.today))
        for item in plan.contingency:
            self.contingency.add(ContingencyRow(item))
        for text in plan.safe_people:
            self.safe_people.add(TextRow("safe person", text))
        for text in plan.safe_places:
            self.safe_places.add(TextRow("safe place", text))
        for helpline in plan.helplines:
            self.helplines.add(HelplineRow(helpline))
        if not plan.worries:
            self.worries.add()
        if not plan.actions:
            self.plan_actions.add()
        if not plan.contingency:
            self.contingency.add()
        self.child_section.setPlainText(plan.child_section)
        self.practitioner_notes.setPlainText(plan.practitioner_notes)
        review = plan.next_review
        self.choose_review.setChecked(review is not None)
        day = review or facts.today
        self.next_review.setDate(QDate(day.year, day.month, day.day))
        self._show_status()
        self.clear_problems()
        self._loading = False
        self._set_dirty(facts.draft is not None)
        if facts.draft is not None:
            self.banner.setText(translate("PlanEditor", "Changes you typed before were not saved yet, and have been "
                                "brought back. Save them, or close and discard them."))
            self.banner.show()

    def _show_status(self) -> None:
        plan, facts = self.base, self.facts
        if plan is None:
            self.state.setText(translate("PlanEditor", "New plan: not saved yet"))
        else:
            who = ", ".join(a.who for a in plan.agreements)
            agreed = (" " + fill_in(translate("PlanEditor", "by %1"), who)
                      if plan.status is PlanStatus.AGREED and who else "")
            self.state.setText(fill_in(translate("PlanEditor", "%1%2 · revision %3"), STATUS_WORDS[plan.status], agreed, plan.rev.split('-')[0]))
        self.versions_button.setEnabled(plan is not None)
        if facts is not None and facts.heads > 1:
            self.banner.setText(translate("PlanEditor", "This plan was changed on two laptops: open Versions… to "
                                "compare and merge them before agreeing it."))
            self.banner.show()
        else:
            self.banner.hide()

    # ------------------------------------------------------------------ editing

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty or self.base is None)
        self.dirty_changed.emit(dirty)
        if dirty:
            self._draft_timer.start()
        else:
            self._draft_timer.stop()

    def draft_key(self) -> str:
        assert self.facts is not None
        return plan_draft_key(self.facts.child.id, self.base)

    def keep_draft(self) -> None:
        """Put the plan as typed into the vault as a draft (not a revision)."""
        if not self.dirty or self.facts is None:
            return
        plan, _where = self.plan()
        text = json.dumps(codec.record_to_dict(plan), ensure_ascii=False)
        key, child_id = self.draft_key(), self.facts.child.id
        self.worker.change(drafts.save_draft, key, text, child_id, touches=set())

    def discard_draft(self) -> None:
        """The practitioner chose not to keep the changes."""
        self._draft_timer.stop()
        if self.facts is not None:
            key = self.draft_key()
            self.worker.change(drafts.delete_draft, key, touches=set())

    def plan(self) -> tuple[SafetyPlan, dict[tuple[str, int], PlanRow]]:
        """The plan as typed, and which row each (part, index) of it came from."""
        assert self.facts is not None
        base = self.base or SafetyPlan(child_id=self.facts.child.id)
        where: dict[tuple[str, int], PlanRow] = {}
        worries: list[Worry] = []
        goals: list[SafetyGoal] = []
        for row in self.worries.rows:
            if row.is_blank():
                continue
            worry, goal = row.values()
            where[("worries", len(worries))] = row
            worries.append(worry)
            if goal is not None:
                where[("goals", len(goals))] = row
                goals.append(goal)
        actions: list[PlanAction] = []
        for action_row in self.plan_actions.rows:
            if not action_row.is_blank():
                where[("actions", len(actions))] = action_row
                actions.append(action_row.value())

        def texts(rows: RowList) -> list[str]:
            return [r.value() for r in rows.rows if not r.is_blank()]

        plan = dataclasses.replace(
            base, title=self.title.text().strip() or "Safety plan",
            why_working_together=self.why.toPlainText().strip(),
            worries=worries, goals=goals, working_well=texts(self.working_well), actions=actions,
            contingency=[r.value() for r in self.contingency.rows if not r.is_blank()],
            safe_people=texts(self.safe_people), safe_places=texts(self.safe_places),
            helplines=[r.value() for r in self.helplines.rows if not r.is_blank()],
            scores=[r.value() for r in self.scores.rows if not r.is_blank()],
            child_section=self.child_section.toPlainText().strip(),
            practitioner_notes=self.practitioner_notes.toPlainText().strip(),
            next_review=self._chosen_review())
        return plan, where

    def _chosen_review(self) -> date | None:
        if not self.choose_review.isChecked():
            return None
        d = self.next_review.date()
        return date(d.year(), d.month(), d.day())

    # ------------------------------------------------------------------ problems

    def clear_problems(self) -> None:
        self.problems.clear_problems()
        self.review_problem.clear_problems()
        for rows in self.lists.values():
            rows.clear_problems()

    def show_problems(self, problems: list[PlanProblem], where: dict[tuple[str, int], PlanRow],
                      lead: str = "") -> None:
        """Each problem in red under the row or section it is about; the rest at the bottom."""
        self.clear_problems()
        beside: dict[object, list[str]] = {}
        general: list[str] = []
        for p in problems:
            row = where.get((p.part, p.index)) if p.index is not None else None
            if row is not None:
                beside.setdefault(row, []).append(p.message)
            elif p.part in self.lists:
                beside.setdefault(self.lists[p.part], []).append(p.message)
            elif p.part == "goals":
                beside.setdefault(self.worries, []).append(p.message)
            elif p.part == "next_review":
                beside.setdefault(self.review_problem, []).append(p.message)
            else:
                general.append(p.message)
        first: QWidget | None = None
        for target, messages in beside.items():
            label = target.problem if isinstance(target, (PlanRow, RowList)) else target
            assert isinstance(label, ProblemLabel)
            label.show_problems(messages)
            first = first or label
        count = len(problems)
        summary = lead or (f"The plan cannot be agreed yet: {count} thing"
                           f"{'' if count == 1 else 's'} to put right, shown in red beside "
                           "each part.")
        self.problems.show_problems([summary, *general])
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)

    # ------------------------------------------------------------------ saving and agreeing

    def save(self) -> None:
        if self.facts is None:
            return
        plan, _where = self.plan()
        draft = dataclasses.replace(plan, status=PlanStatus.DRAFT, agreements=[])
        self.clear_problems()

        def done(saved: SafetyPlan) -> None:
            self._after_save(saved)

        def refused(error: BaseException) -> None:
            self.problems.show_problems([translate("PlanEditor", "Not saved:"), *problem_texts(error)])

        self.worker.change(records.save_document, draft, success=while_open(self, done),
                           failure=while_open(self, refused), touches={draft.child_id})

    def _after_save(self, saved: SafetyPlan) -> None:
        assert self.facts is not None
        self.discard_draft()  # the changes are a revision now
        self.base = saved
        self.facts = dataclasses.replace(self.facts, plan=saved)
        self._show_status()
        self._set_dirty(False)
        self.saved.emit(saved)

    def candidates(self) -> list[Agreement]:
        """Who would usually agree: the child, each carer, each agency."""
        assert self.facts is not None
        found = [Agreement(who=self.facts.child.display_name, role="child")]
        found += [Agreement(who=c.name, role="carer") for c in self.facts.carers]
        found += [Agreement(who=a.lead_worker or a.agency, role="agency", agency=a.agency)
                  for a in self.facts.agencies]
        return found

    def ask_agreement(self) -> AgreePlanDialog | None:
        if self.facts is None:
            return None
        dialog = AgreePlanDialog(self.candidates(), self.facts.now, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.agreements_ready.connect(lambda agreements: self.agree(agreements, dialog))
        dialog.open()
        return dialog

    def agree(self, agreements: list[Agreement], dialog: AgreePlanDialog | None = None) -> None:
        plan, where = self.plan()
        policy = self.policy
        self.clear_problems()

        def open_dialog() -> AgreePlanDialog | None:
            # The practitioner may have closed the dialog while the vault was working.
            return dialog if dialog is not None and isValid(dialog) else None

        def done(saved: SafetyPlan) -> None:
            self._after_save(saved)
            if (still_open := open_dialog()) is not None:
                still_open.accept()

        def refused(error: BaseException) -> None:
            problems = [p for p in getattr(error, "problems", []) if isinstance(p, PlanProblem)]
            if not problems:
                self.problems.show_problems(problem_texts(error))
            else:
                self.show_problems(problems, where)
            if (still_open := open_dialog()) is not None:
                still_open.show_refusal([p.message for p in problems if p.part == "agreements"])

        self.worker.change(practice.agree_plan, plan, agreements, policy,
                           success=while_open(self, done), failure=while_open(self, refused),
                           touches={plan.child_id})
