"""Merging two laptops' versions of a safety plan: each part in which they differ, the
practitioner's choice for each (or their own words, for free text), and the merged draft whose
parents are both versions."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import PlanStatus, SafetyPlan
from directwork.domain.revisions import rev_number
from directwork.gui.common.a11y import named
from directwork.gui.common.retranslate import fill, translate
from directwork.gui.common.worker import VaultWorker
from directwork.gui.plan.compare import (
    DIFFERENT,
    FREE_TEXT_FIELDS,
    LIST_FIELDS,
    action_text,
    field_text,
    worry_text,
)
from directwork.gui.practice.common import ProblemLabel, london, problem_texts, while_open
from directwork.store import records


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
            parts.append(MergePart(f"worry:{wid}",
                                   fill(translate("PlanCompare", "Worry %1 and its goal"), i + 1),
                                   va, vb,
                                   worry_text(*va) if va else "", worry_text(*vb) if vb else ""))
    actions_a = {x.id: x for x in a.actions}
    actions_b = {x.id: x for x in b.actions}
    for i, aid in enumerate(list(actions_a) + [k for k in actions_b if k not in actions_a]):
        act_a, act_b = actions_a.get(aid), actions_b.get(aid)
        if act_a != act_b:
            parts.append(MergePart(f"action:{aid}", fill(translate("PlanCompare", "Action %1"), i + 1),
                                   act_a, act_b,
                                   action_text(act_a) if act_a else "",
                                   action_text(act_b) if act_b else ""))
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


class MergeDialog(QDialog):
    """A dialog that merges two versions of one record into one whose parents are both."""

    merged = Signal(object)  # the merged version, once saved

    def save(self) -> None:  # pragma: no cover - each merge says what saving means
        raise NotImplementedError


def lay_out_merge(dialog: MergeDialog, layout: QVBoxLayout, choices: Sequence[QWidget],
                  noun: str) -> tuple[ProblemLabel, QDialogButtonBox]:
    """The body every merge dialog shares: one choice per differing part in a scroll area,
    the problem line, and Save / Cancel wired to the dialog's ``save`` and ``reject``."""
    body = QWidget()
    body_layout = QVBoxLayout(body)
    for choice in choices:
        body_layout.addWidget(choice)
    if not choices:
        body_layout.addWidget(QLabel(translate("Merge", "The two versions say the same; merging makes them one.")))
    body_layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard goes to what is inside
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    layout.addWidget(scroll, 1)
    problems = ProblemLabel(translate("Merge", "Why the merge was not saved"))
    layout.addWidget(problems)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(fill(translate("Merge", "&Save the merged %1"), noun))
    named(save, fill(translate("Merge", "Save the merged %1"), noun))
    named(buttons.button(QDialogButtonBox.StandardButton.Cancel), translate("Merge", "Cancel"))
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return problems, buttons


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
            shown = QLabel(text or translate("PlanCompare", "(not in this version)"))
            shown.setWordWrap(True)
            shown.setStyleSheet(f"background: {DIFFERENT.name()}; padding: 4px;")
            grid.addWidget(shown, 1, col)
        self.choice = named(QComboBox(), fill(translate("MergeChoice", "Which to keep: %1"), part.label))
        self.choice.addItem(translate("MergeChoice", "Keep laptop A's"), "a")
        self.choice.addItem(translate("MergeChoice", "Keep laptop B's"), "b")
        if part.a is None or part.b is None:
            self.choice.addItem(translate("MergeChoice", "Leave it out"), translate("MergeChoice", "none"))
        grid.addWidget(self.choice, 1, 2)
        self.edit: QPlainTextEdit | None = None
        if part.free_text:
            self.edit = named(QPlainTextEdit(part.a_text), fill(translate("MergeChoice", "Merged words: %1"), part.label))
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


class PlanMergeDialog(MergeDialog):
    """Merge two heads: each differing part chosen (or its words edited), saved as one new
    draft revision whose parents are both heads."""


    def __init__(self, worker: VaultWorker, a: SafetyPlan, b: SafetyPlan,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.a, self.b = worker, a, b
        self.setWindowTitle(translate("PlanMergeDialog", "Merge the two versions"))
        self.setAccessibleName(translate("PlanMergeDialog", "Merge the two versions of the plan"))
        self.resize(980, 700)
        layout = QVBoxLayout(self)
        intro = QLabel(fill(translate("PlanMergeDialog", "Laptop A: version %1, saved %2. Laptop B: version %3, saved %4. For each part that differs, choose which to keep. The merged plan is a draft: agree it again with everyone."), rev_number(a.rev), london(a.updated_at), rev_number(b.rev), london(b.updated_at)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices = [MergeChoice(p) for p in merge_parts(a, b)]
        self.problems, self.buttons = lay_out_merge(self, layout, self.choices,
                                                      translate("Merge", "plan"))

    def plan(self) -> SafetyPlan:
        return merged_plan(self.a, self.b, {c.part.key: c.value() for c in self.choices})

    def save(self) -> None:
        plan, revs = self.plan(), [self.a.rev, self.b.rev]

        def done(saved: SafetyPlan) -> None:
            self.merged.emit(saved)
            self.accept()

        self.worker.change(records.merge_heads, plan, revs, success=while_open(self, done),
                           failure=while_open(self, lambda e: self.problems.show_problems(problem_texts(e))),
                           touches={plan.child_id})
