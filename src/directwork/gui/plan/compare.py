"""Two versions of a safety plan side by side: the plan as parts in reading order (worries
and actions keyed by id, so the same item lines up across versions), and a table model that
marks each part that differs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from directwork.domain.records import PlanAction, SafetyGoal, SafetyPlan, Worry
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, TranslatedWords, fill, translate
from directwork.gui.plan.sections import ACTION_STATUS_LABELS
from directwork.gui.practice.common import london, uk_day

Index = QModelIndex | QPersistentModelIndex
DIFFERENT = QColor("#fbe3a0")
ONLY_ONE_SIDE = QColor("#f3c6c2")
FREE_TEXT_FIELDS = TranslatedWords("CompareWords", {"title": QT_TRANSLATE_NOOP("CompareWords", "Title"), "why_working_together": QT_TRANSLATE_NOOP("CompareWords", "Why we are working together"),
                    "child_section": QT_TRANSLATE_NOOP("CompareWords", "In my words (the child's own section)"),
                    "practitioner_notes": QT_TRANSLATE_NOOP("CompareWords", "Practitioner-only notes (not shown to the child)")})
LIST_FIELDS = TranslatedWords("CompareWords", {"working_well": QT_TRANSLATE_NOOP("CompareWords", "What is working well"), "scores": QT_TRANSLATE_NOOP("CompareWords", "How safe, 0 to 10"),
               "contingency": QT_TRANSLATE_NOOP("CompareWords", "If things go wrong"), "safe_people": QT_TRANSLATE_NOOP("CompareWords", "Safe people"),
               "safe_places": QT_TRANSLATE_NOOP("CompareWords", "Safe places"), "helplines": QT_TRANSLATE_NOOP("CompareWords", "Helplines"),
               "next_review": QT_TRANSLATE_NOOP("CompareWords", "Next review")})


def worry_text(worry: Worry, goal: SafetyGoal | None) -> str:
    disputed = (" (" + (fill(translate("PlanCompare", "disputed by %1"), worry.disputed_by)
                        if worry.disputed_by else translate("PlanCompare", "disputed")) + ")"
                if worry.disputed else "")
    goal_text = ("\n" + fill(translate("PlanCompare", "Goal: %1"), goal.text)
                 + (f" ({goal.lasting})" if goal.lasting else "")
                 if goal else "\n" + translate("PlanCompare", "Goal: none"))
    return f"{worry.text}{disputed}{goal_text}"


def action_text(action: PlanAction) -> str:
    owner = action.owner or translate("PlanCompare", "no owner")
    agency = " (" + (action.agency or translate("PlanCompare", "no agency")) + ")"
    due = (" " + fill(translate("PlanCompare", "by %1"), uk_day(action.due)) if action.due
           else ", " + translate("PlanCompare", "no date"))
    return f"{action.what}: {owner}{agency}{due}; {ACTION_STATUS_LABELS[action.status].lower()}"


def field_text(plan: SafetyPlan, name: str) -> str:
    value = getattr(plan, name)
    if name == "scores":
        return "\n".join(f"{s.person} ({s.role}): {s.score}/10" for s in value)
    if name == "contingency":
        return "\n".join(fill(translate("PlanCompare", "If %1, then %2; call %3"), c.if_this,
                              c.then_that, c.call) for c in value)
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
    parts = [("status", translate("PlanCompare", "Status"),
              QCoreApplication.translate("PlanVersionsDialog", plan.status.value)),
             ("title", translate("PlanCompare", "Title"), plan.title),
             ("why_working_together", FREE_TEXT_FIELDS["why_working_together"],
              plan.why_working_together)]
    parts += [(f"worry:{w.id}", fill(translate("PlanCompare", "Worry %1 and its goal"), i + 1),
               worry_text(w, goals.get(w.id)))
              for i, w in enumerate(plan.worries)]
    parts.append(("working_well", LIST_FIELDS["working_well"], field_text(plan, "working_well")))
    parts += [(f"action:{a.id}", fill(translate("PlanCompare", "Action %1"), i + 1),
               action_text(a))
              for i, a in enumerate(plan.actions)]
    for name in ("scores", "contingency", "safe_people", "safe_places", "helplines"):
        parts.append((name, LIST_FIELDS[name], field_text(plan, name)))
    parts += [("child_section", FREE_TEXT_FIELDS["child_section"], plan.child_section),
              ("practitioner_notes", FREE_TEXT_FIELDS["practitioner_notes"],
               plan.practitioner_notes),
              ("next_review", translate("PlanCompare", "Next review"), uk_day(plan.next_review)),
              ("agreements", translate("PlanCompare", "Who agreed"), "\n".join(
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

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.parts: list[ComparedPart] = []
        self.headers = [translate("PlanCompare", "Part"), translate("PlanCompare", "Version A"),
                        translate("PlanCompare", "Version B")]

    def set_versions(self, a: SafetyPlan, b: SafetyPlan, a_name: str, b_name: str) -> None:
        self.beginResetModel()
        self.parts = compare(a, b)
        self.headers = [translate("PlanCompare", "Part"), a_name, b_name]
        self.endResetModel()

    def differing(self) -> list[ComparedPart]:
        return [p for p in self.parts if p.differs]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.parts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
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
                return (fill(translate("PlanCompare", "%1 (changed)"), part.label)
                        if part.differs else part.label)
            value = part.a if col == 1 else part.b
            return translate("PlanCompare", "(not in this version)") if value is None else value
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
