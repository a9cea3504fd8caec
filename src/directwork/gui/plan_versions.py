"""A safety plan's versions: each revision (draft, agreed, superseded; who agreed and when),
any two compared side by side part by part with the differences marked, and two laptops'
edits of the same version shown as such and merged by the practitioner, part by part."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from directwork.domain.records import PlanAction, PlanStatus, SafetyGoal, SafetyPlan, Worry
from directwork.domain.revisions import rev_number
from directwork.domain.rules.plans import version_statuses
from directwork.gui.a11y import named
from directwork.gui.plan_sections import ACTION_STATUS_LABELS
from directwork.gui.practice_common import ProblemLabel, london, problem_texts, uk_day
from directwork.gui.record_table import RecordTableModel, record_view
from directwork.gui.worker import VaultWorker
from directwork.store import records

Index = QModelIndex | QPersistentModelIndex
DIFFERENT = QColor("#fbe3a0")
ONLY_ONE_SIDE = QColor("#f3c6c2")
FREE_TEXT_FIELDS = {"title": "Title", "why_working_together": "Why we are working together",
                    "child_section": "In my words (the child's own section)",
                    "practitioner_notes": "Practitioner-only notes (not shown to the child)"}
LIST_FIELDS = {"working_well": "What is working well", "scores": "How safe, 0 to 10",
               "contingency": "If things go wrong", "safe_people": "Safe people",
               "safe_places": "Safe places", "helplines": "Helplines",
               "next_review": "Next review"}


# --------------------------------------------------------------------------- the parts of a plan


def _worry_text(worry: Worry, goal: SafetyGoal | None) -> str:
    disputed = f" (disputed{' by ' + worry.disputed_by if worry.disputed_by else ''})" \
        if worry.disputed else ""
    goal_text = f"\nGoal: {goal.text}" + (f" ({goal.lasting})" if goal.lasting else "") \
        if goal else "\nGoal: none"
    return f"{worry.text}{disputed}{goal_text}"


def _action_text(action: PlanAction) -> str:
    owner = action.owner or "no owner"
    agency = f" ({action.agency})" if action.agency else " (no agency)"
    due = f" by {uk_day(action.due)}" if action.due else ", no date"
    return f"{action.what}: {owner}{agency}{due}; {ACTION_STATUS_LABELS[action.status].lower()}"


def field_text(plan: SafetyPlan, name: str) -> str:
    value = getattr(plan, name)
    if name == "scores":
        return "\n".join(f"{s.person} ({s.role}): {s.score}/10" for s in value)
    if name == "contingency":
        return "\n".join(f"If {c.if_this}, then {c.then_that}; call {c.call}" for c in value)
    if name == "helplines":
        return "\n".join(f"{h.name} {h.number}" for h in value)
    if name == "next_review":
        return uk_day(value)
    if isinstance(value, list):
        return "\n".join(value)
    return str(value or "")


def plan_parts(plan: SafetyPlan) -> list[tuple[str, str, str]]:
    """The plan as (key, label, text) parts, in reading order. Worries (with their goals)
    and actions are keyed by id, so the same item lines up across versions."""
    goals = {g.worry_id: g for g in plan.goals}
    parts = [("status", "Status", plan.status.value),
             ("title", "Title", plan.title),
             ("why_working_together", FREE_TEXT_FIELDS["why_working_together"],
              plan.why_working_together)]
    parts += [(f"worry:{w.id}", f"Worry {i + 1} and its goal", _worry_text(w, goals.get(w.id)))
              for i, w in enumerate(plan.worries)]
    parts.append(("working_well", LIST_FIELDS["working_well"], field_text(plan, "working_well")))
    parts += [(f"action:{a.id}", f"Action {i + 1}", _action_text(a))
              for i, a in enumerate(plan.actions)]
    for name in ("scores", "contingency", "safe_people", "safe_places", "helplines"):
        parts.append((name, LIST_FIELDS[name], field_text(plan, name)))
    parts += [("child_section", FREE_TEXT_FIELDS["child_section"], plan.child_section),
              ("practitioner_notes", FREE_TEXT_FIELDS["practitioner_notes"],
               plan.practitioner_notes),
              ("next_review", "Next review", uk_day(plan.next_review)),
              ("agreements", "Who agreed", "\n".join(
                  f"{a.who} ({a.role}{', ' + a.agency if a.agency else ''}) {london(a.agreed_at)}"
                  for a in plan.agreements))]
    return parts


@dataclass(frozen=True)
class ComparedPart:
    key: str
    label: str
    a: str | None  # None: this part is not in version A
    b: str | None

    @property
    def differs(self) -> bool:
        return self.a != self.b


def compare(a: SafetyPlan, b: SafetyPlan) -> list[ComparedPart]:
    """Every part of either version, lined up; A's order first, then parts only in B."""
    pa, pb = plan_parts(a), plan_parts(b)
    b_text = {k: t for k, _l, t in pb}
    out = [ComparedPart(k, label, t, b_text.get(k)) for k, label, t in pa]
    seen = {k for k, _l, _t in pa}
    out += [ComparedPart(k, label, None, t) for k, label, t in pb if k not in seen]
    return out


class ComparisonModel(QAbstractTableModel):
    """Part | version A | version B, with differing rows marked (colour, bold and words, so
    it does not rely on colour alone)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.parts: list[ComparedPart] = []
        self.headers = ["Part", "Version A", "Version B"]

    def set_versions(self, a: SafetyPlan, b: SafetyPlan, a_name: str, b_name: str) -> None:
        self.beginResetModel()
        self.parts = compare(a, b)
        self.headers = ["Part", a_name, b_name]
        self.endResetModel()

    def differing(self) -> list[ComparedPart]:
        return [p for p in self.parts if p.differs]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.parts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 3):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.parts)):
            return None
        part = self.parts[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return f"{part.label} (changed)" if part.differs else part.label
            value = part.a if col == 1 else part.b
            return "(not in this version)" if value is None else value
        if role == Qt.ItemDataRole.BackgroundRole and part.differs:
            missing = (part.a if col == 1 else part.b) is None and col > 0
            return QBrush(ONLY_ONE_SIDE if missing else DIFFERENT)
        if role == Qt.ItemDataRole.FontRole and part.differs and col == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# --------------------------------------------------------------------------- loading


@dataclass
class VersionFacts:
    revisions: list[SafetyPlan]  # oldest first
    heads: list[SafetyPlan]  # highest first
    statuses: dict[str, PlanStatus]

    def name(self, plan: SafetyPlan) -> str:
        number = rev_number(plan.rev)
        mark = ""
        if len(self.heads) > 1 and any(h.rev == plan.rev for h in self.heads):
            mark = f", laptop {'AB'[[h.rev for h in self.heads].index(plan.rev)]}" \
                if len(self.heads) == 2 else ", one of the heads"
        return f"Version {number} ({self.statuses[plan.rev].value}{mark})"


def load_versions(session: Session, plan_id: str) -> VersionFacts:
    revisions = records.list_revisions(session, SafetyPlan, plan_id)
    return VersionFacts(revisions, records.get_heads(session, SafetyPlan, plan_id),
                        version_statuses(revisions))


# --------------------------------------------------------------------------- versions dialog


class PlanVersionsDialog(QDialog):
    merged = Signal(object)

    def __init__(self, worker: VaultWorker, plan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.plan_id = worker, plan_id
        self.facts: VersionFacts | None = None
        self.setWindowTitle("Versions of the safety plan")
        self.setAccessibleName("Versions of the safety plan")
        self.resize(1100, 760)
        layout = QVBoxLayout(self)
        self.diverged = QFrameLabel()
        layout.addWidget(self.diverged)
        self.merge_button = named(QPushButton("&Merge the two versions…"),
                                  "Merge the two laptops' versions")
        self.merge_button.clicked.connect(self.open_merge)
        self.merge_button.hide()
        layout.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Vertical)
        self.versions_model: RecordTableModel[SafetyPlan] = RecordTableModel([
            ("Version", lambda p: self.facts.name(p) if self.facts else p.rev),
            ("Saved", lambda p: london(p.updated_at)),
            ("Built on", lambda p: self._built_on(p)),
            ("Agreed on", lambda p: london(max((a.agreed_at for a in p.agreements
                                               if a.agreed_at), default=None))),
            ("Who agreed", lambda p: ", ".join(f"{a.who} ({a.role})" for a in p.agreements)),
        ], self)
        self.versions_view = record_view(self.versions_model, "Versions, oldest first")
        self.versions_view.setWordWrap(False)
        split.addWidget(self.versions_view)
        compare_side = QWidget()
        compare_layout = QVBoxLayout(compare_side)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel("Compare"))
        self.left = named(QComboBox(), "First version to compare")
        self.right = named(QComboBox(), "Second version to compare")
        chooser.addWidget(self.left, 1)
        chooser.addWidget(QLabel("with"))
        chooser.addWidget(self.right, 1)
        compare_layout.addLayout(chooser)
        self.summary = QLabel()
        self.summary.setAccessibleName("How many parts differ")
        compare_layout.addWidget(self.summary)
        self.comparison = ComparisonModel(self)
        self.comparison_view = named(QTableView(), "The two versions side by side",
                                     "Changed parts are marked (changed) and highlighted.")
        self.comparison_view.setModel(self.comparison)
        self.comparison_view.setWordWrap(True)
        self.comparison_view.verticalHeader().setVisible(False)
        self.comparison_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.comparison_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        compare_layout.addWidget(self.comparison_view, 1)
        split.addWidget(compare_side)
        split.setSizes([220, 520])
        layout.addWidget(split, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(close.button(QDialogButtonBox.StandardButton.Close), "Close")
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.left.currentIndexChanged.connect(self.show_comparison)
        self.right.currentIndexChanged.connect(self.show_comparison)
        self.load()

    def _built_on(self, plan: SafetyPlan) -> str:
        parents = [r for r in (plan.base_rev, plan.merge_rev) if r]
        if not parents:
            return "first version"
        words = " and ".join(f"version {rev_number(r)}" for r in parents)
        return f"merge of {words}" if plan.merge_rev else words

    def load(self) -> None:
        plan_id = self.plan_id
        self.worker.query(lambda s: load_versions(s, plan_id), self.show_versions)

    def show_versions(self, facts: VersionFacts) -> None:
        self.facts = facts
        self.versions_model.set_records(facts.revisions)
        self.versions_view.resizeColumnsToContents()
        self.versions_view.scrollToBottom()
        two = len(facts.heads) > 1
        self.diverged.setVisible(two)
        self.merge_button.setVisible(two)
        if two:
            self.diverged.setText(
                f"This plan was changed on two laptops from the same version: "
                f"{' and '.join(facts.name(h) for h in facts.heads)}. Nothing was overwritten. "
                "Compare them below, then merge them into one plan.")
        for combo in (self.left, self.right):
            combo.blockSignals(True)
            combo.clear()
            for plan in facts.revisions:
                combo.addItem(facts.name(plan), plan.rev)
            combo.blockSignals(False)
        if two:
            a, b = facts.heads[0], facts.heads[1]
        else:
            b = facts.revisions[-1]
            a = facts.revisions[-2] if len(facts.revisions) > 1 else b
        self.left.setCurrentIndex(self.left.findData(a.rev))
        self.right.setCurrentIndex(self.right.findData(b.rev))
        self.show_comparison()

    def _plan(self, rev: str) -> SafetyPlan:
        assert self.facts is not None
        return next(p for p in self.facts.revisions if p.rev == rev)

    def show_comparison(self, *_args: object) -> None:
        if self.facts is None or self.left.currentIndex() < 0 or self.right.currentIndex() < 0:
            return
        a, b = self._plan(self.left.currentData()), self._plan(self.right.currentData())
        self.comparison.set_versions(a, b, self.facts.name(a), self.facts.name(b))
        n = len(self.comparison.differing())
        self.summary.setText("The two versions are the same." if n == 0 else
                             f"{n} part{'' if n == 1 else 's'} differ (highlighted).")
        self.comparison_view.resizeRowsToContents()

    def open_merge(self) -> PlanMergeDialog | None:
        if self.facts is None or len(self.facts.heads) < 2:
            return None
        dialog = PlanMergeDialog(self.worker, self.facts.heads[0], self.facts.heads[1], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def _merged(self, plan: SafetyPlan) -> None:
        self.merged.emit(plan)
        self.load()


class QFrameLabel(QLabel):
    """The two-laptops warning."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet("background: #f3c6c2; color: #1f2933; padding: 8px; "
                           "border-radius: 4px; font-weight: bold;")
        self.setAccessibleName("Changed on two laptops")
        self.hide()


# --------------------------------------------------------------------------- merging


@dataclass
class MergePart:
    key: str
    label: str
    a: Any  # the value in head A (None: not there)
    b: Any
    a_text: str
    b_text: str

    @property
    def free_text(self) -> bool:
        return self.key in FREE_TEXT_FIELDS


def merge_parts(a: SafetyPlan, b: SafetyPlan) -> list[MergePart]:
    """Each part in which the two heads differ, with both values."""
    parts: list[MergePart] = []
    for name, label in {**FREE_TEXT_FIELDS, **LIST_FIELDS}.items():
        if getattr(a, name) != getattr(b, name):
            parts.append(MergePart(name, label, getattr(a, name), getattr(b, name),
                                   field_text(a, name), field_text(b, name)))
    goals_a = {g.worry_id: g for g in a.goals}
    goals_b = {g.worry_id: g for g in b.goals}
    worries_b = {w.id: w for w in b.worries}
    worries_a = {w.id: w for w in a.worries}
    for i, wid in enumerate(list(worries_a) + [k for k in worries_b if k not in worries_a]):
        va = (worries_a[wid], goals_a.get(wid)) if wid in worries_a else None
        vb = (worries_b[wid], goals_b.get(wid)) if wid in worries_b else None
        if va != vb:
            parts.append(MergePart(f"worry:{wid}", f"Worry {i + 1} and its goal", va, vb,
                                   _worry_text(*va) if va else "", _worry_text(*vb) if vb else ""))
    actions_a = {x.id: x for x in a.actions}
    actions_b = {x.id: x for x in b.actions}
    for i, aid in enumerate(list(actions_a) + [k for k in actions_b if k not in actions_a]):
        va, vb = actions_a.get(aid), actions_b.get(aid)
        if va != vb:
            parts.append(MergePart(f"action:{aid}", f"Action {i + 1}", va, vb,
                                   _action_text(va) if va else "", _action_text(vb) if vb else ""))
    return parts


def merged_plan(a: SafetyPlan, b: SafetyPlan, chosen: dict[str, Any]) -> SafetyPlan:
    """A draft built from head A with each differing part replaced by the chosen value
    (None: the item is left out). Worries and actions keep A's order, B's new ones after."""
    plan = copy.deepcopy(a)
    for key, value in chosen.items():
        if ":" not in key:
            setattr(plan, key, copy.deepcopy(value))
    worry_ids = [w.id for w in a.worries] + [w.id for w in b.worries
                                             if w.id not in {x.id for x in a.worries}]
    by_id = {w.id: (w, g) for w, g in
             [(w, next((g for g in a.goals if g.worry_id == w.id), None)) for w in a.worries]}
    for w in b.worries:
        by_id.setdefault(w.id, (w, next((g for g in b.goals if g.worry_id == w.id), None)))
    worries, goals = [], []
    for wid in worry_ids:
        pair = chosen.get(f"worry:{wid}", by_id[wid])
        if pair is None:
            continue
        worries.append(copy.deepcopy(pair[0]))
        if pair[1] is not None:
            goals.append(copy.deepcopy(pair[1]))
    action_ids = [x.id for x in a.actions] + [x.id for x in b.actions
                                              if x.id not in {y.id for y in a.actions}]
    actions_by_id = {x.id: x for x in b.actions} | {x.id: x for x in a.actions}
    actions = []
    for aid in action_ids:
        action = chosen.get(f"action:{aid}", actions_by_id[aid])
        if action is not None:
            actions.append(copy.deepcopy(action))
    return dataclasses.replace(plan, worries=worries, goals=goals, actions=actions,
                               status=PlanStatus.DRAFT, agreements=[])


class MergeChoice(QWidget):
    """One differing part: laptop A's, laptop B's (or leave it out), editable if free text."""

    def __init__(self, part: MergePart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        title = QLabel(part.label)
        title.setStyleSheet("font-weight: bold;")
        grid.addWidget(title, 0, 0, 1, 3)
        for col, text in ((0, part.a_text), (1, part.b_text)):
            shown = QLabel(text or "(not in this version)")
            shown.setWordWrap(True)
            shown.setStyleSheet(f"background: {DIFFERENT.name()}; padding: 4px;")
            grid.addWidget(shown, 1, col)
        self.choice = named(QComboBox(), f"Which to keep: {part.label}")
        self.choice.addItem("Keep laptop A's", "a")
        self.choice.addItem("Keep laptop B's", "b")
        if part.a is None or part.b is None:
            self.choice.addItem("Leave it out", "none")
        grid.addWidget(self.choice, 1, 2)
        self.edit: QPlainTextEdit | None = None
        if part.free_text:
            self.edit = named(QPlainTextEdit(part.a_text), f"Merged words: {part.label}")
            self.edit.setFixedHeight(60)
            self.edit.setTabChangesFocus(True)
            grid.addWidget(self.edit, 2, 0, 1, 3)
            self.choice.currentIndexChanged.connect(self._chosen)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _chosen(self, *_args: object) -> None:
        if self.edit is not None:
            self.edit.setPlainText(self.part.a_text if self.choice.currentData() == "a"
                                   else self.part.b_text)

    def value(self) -> Any:
        if self.edit is not None:
            return self.edit.toPlainText().strip()
        which = self.choice.currentData()
        return None if which == "none" else (self.part.a if which == "a" else self.part.b)


class PlanMergeDialog(QDialog):
    """Merge two heads: each differing part chosen (or its words edited), saved as one new
    draft revision whose parents are both heads."""

    merged = Signal(object)

    def __init__(self, worker: VaultWorker, a: SafetyPlan, b: SafetyPlan,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.a, self.b = worker, a, b
        self.setWindowTitle("Merge the two versions")
        self.setAccessibleName("Merge the two versions of the plan")
        self.resize(980, 700)
        layout = QVBoxLayout(self)
        intro = QLabel(f"Laptop A: version {rev_number(a.rev)}, saved {london(a.updated_at)}. "
                       f"Laptop B: version {rev_number(b.rev)}, saved {london(b.updated_at)}. "
                       "For each part that differs, choose which to keep. The merged plan is "
                       "a draft: agree it again with everyone.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        self.choices = [MergeChoice(p) for p in merge_parts(a, b)]
        for choice in self.choices:
            body_layout.addWidget(choice)
        if not self.choices:
            body_layout.addWidget(QLabel("The two versions say the same; merging makes them one."))
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.problems = ProblemLabel("Why the merge was not saved")
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save the merged plan")
        named(save, "Save the merged plan")
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "Cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def plan(self) -> SafetyPlan:
        return merged_plan(self.a, self.b, {c.part.key: c.value() for c in self.choices})

    def save(self) -> None:
        plan, revs = self.plan(), [self.a.rev, self.b.rev]

        def done(saved: SafetyPlan) -> None:
            self.merged.emit(saved)
            self.accept()

        self.worker.change(lambda s: records.merge_heads(s, plan, revs), done,
                           lambda e: self.problems.show_problems(problem_texts(e)),
                           touches={plan.child_id})
