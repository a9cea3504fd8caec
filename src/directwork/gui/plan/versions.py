"""A safety plan's versions: each revision (draft, agreed, superseded; who agreed and when),
any two compared side by side part by part with the differences marked, and two laptops'
edits of the same version shown as such, with the way into merging them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import SafetyPlan
from directwork.domain.revisions import rev_number
from directwork.gui.common.a11y import named
from directwork.gui.common.record_table import RecordTableModel, record_view
from directwork.gui.common.retranslate import (
    QT_TRANSLATE_NOOP,
    TranslatedWords,
    fill,
    plural,
    translate,
)
from directwork.gui.common.worker import VaultWorker
from directwork.gui.plan.compare import ComparisonModel
from directwork.gui.plan.merge import PlanMergeDialog
from directwork.gui.plan.sections import ROLE_LABELS
from directwork.gui.practice.common import london, while_open
from directwork.store.views.plans import PlanVersions, load_versions

# --------------------------------------------------------------------------- versions dialog



STATUS_NAMES = TranslatedWords("PlanVersionsDialog", {
    "draft": QT_TRANSLATE_NOOP("PlanVersionsDialog", "draft"),
    "agreed": QT_TRANSLATE_NOOP("PlanVersionsDialog", "agreed"),
    "superseded": QT_TRANSLATE_NOOP("PlanVersionsDialog", "superseded")})


def version_name(facts, plan: SafetyPlan) -> str:
    """"Version 3 (agreed)", with "laptop A"/"laptop B" on two laptops' edits, in the
    interface language."""
    status = facts.statuses[plan.rev].value
    words = STATUS_NAMES[status] if status in STATUS_NAMES else status
    heads = [h.rev for h in facts.heads]
    if len(heads) > 1 and plan.rev in heads:
        words += ", " + (fill(translate("PlanVersionsDialog", "laptop %1"), "AB"[heads.index(plan.rev)])
                         if len(heads) == 2 else translate("PlanVersionsDialog", "one of the heads"))
    return fill(translate("PlanVersionsDialog", "Version %1 (%2)"), rev_number(plan.rev), words)

class PlanVersionsDialog(QDialog):
    merged = Signal(object)

    def __init__(self, worker: VaultWorker, plan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.plan_id = worker, plan_id
        self.facts: PlanVersions | None = None
        self.setWindowTitle(translate("PlanVersionsDialog", "Versions of the safety plan"))
        self.setAccessibleName(translate("PlanVersionsDialog", "Versions of the safety plan"))
        self.resize(1100, 760)
        layout = QVBoxLayout(self)
        self.diverged = DivergedBanner()
        layout.addWidget(self.diverged)
        self.merge_button = named(QPushButton(translate("PlanVersionsDialog", "&Merge the two versions…")),
                                  translate("PlanVersionsDialog", "Merge the two laptops' versions"))
        self.merge_button.clicked.connect(self.open_merge)
        self.merge_button.hide()
        layout.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Vertical)
        self.versions_model: RecordTableModel[SafetyPlan] = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "Version"), lambda p: version_name(self.facts, p) if self.facts else p.rev),
            (QT_TRANSLATE_NOOP("Columns", "Saved"), lambda p: london(p.updated_at)),
            (QT_TRANSLATE_NOOP("Columns", "Built on"), lambda p: self._built_on(p)),
            (QT_TRANSLATE_NOOP("Columns", "Agreed on"), lambda p: london(max((a.agreed_at for a in p.agreements
                                               if a.agreed_at), default=None))),
            (QT_TRANSLATE_NOOP("Columns", "Who agreed"), lambda p: ", ".join(
                f"{a.who} ({ROLE_LABELS.get(a.role, a.role).lower()})" for a in p.agreements)),
        ], self)
        self.versions_view = record_view(self.versions_model, "Versions, oldest first")
        self.versions_view.setWordWrap(False)
        split.addWidget(self.versions_view)
        compare_side = QWidget()
        compare_layout = QVBoxLayout(compare_side)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(translate("PlanVersionsDialog", "Compare")))
        self.left = named(QComboBox(), translate("PlanVersionsDialog", "First version to compare"))
        self.right = named(QComboBox(), translate("PlanVersionsDialog", "Second version to compare"))
        chooser.addWidget(self.left, 1)
        chooser.addWidget(QLabel(translate("PlanVersionsDialog", "with")))
        chooser.addWidget(self.right, 1)
        compare_layout.addLayout(chooser)
        self.summary = QLabel()
        self.summary.setAccessibleName(translate("PlanVersionsDialog", "How many parts differ"))
        compare_layout.addWidget(self.summary)
        self.comparison = ComparisonModel(self)
        self.comparison_view = named(QTableView(), translate("PlanVersionsDialog", "The two versions side by side"),
                                     translate("PlanVersionsDialog", "Changed parts are marked (changed) and highlighted."))
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
        named(close.button(QDialogButtonBox.StandardButton.Close), translate("PlanVersionsDialog", "Close"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.left.currentIndexChanged.connect(self.show_comparison)
        self.right.currentIndexChanged.connect(self.show_comparison)
        self.load()

    def _built_on(self, plan: SafetyPlan) -> str:
        parents = [r for r in (plan.base_rev, plan.merge_rev) if r]
        if not parents:
            return translate("PlanVersionsDialog", "first version")
        words = translate("PlanVersionsDialog", " and ").join(
            fill(translate("PlanVersionsDialog", "version %1"), rev_number(r)) for r in parents)
        return (fill(translate("PlanVersionsDialog", "merge of %1"), words) if plan.merge_rev
                else words)

    def load(self) -> None:
        plan_id = self.plan_id
        self.worker.query(load_versions, plan_id, success=while_open(self, self.show_versions))

    def show_versions(self, facts: PlanVersions) -> None:
        self.facts = facts
        self.versions_model.set_records(facts.revisions)
        self.versions_view.resizeColumnsToContents()
        self.versions_view.scrollToBottom()
        two = len(facts.heads) > 1
        self.diverged.setVisible(two)
        self.merge_button.setVisible(two)
        if two:
            self.diverged.setText(
                fill(translate("PlanVersionsDialog", "This plan was changed on two laptops from the same version: %1. Nothing was overwritten. Compare them below, then merge them into one plan."), translate("PlanVersionsDialog", " and ").join(version_name(facts, h) for h in facts.heads)))
        for combo in (self.left, self.right):
            combo.blockSignals(True)
            combo.clear()
            for plan in facts.revisions:
                combo.addItem(version_name(facts, plan), plan.rev)
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
        self.comparison.set_versions(a, b, version_name(self.facts, a),
                                     version_name(self.facts, b))
        n = len(self.comparison.differing())
        self.summary.setText(translate("PlanVersionsDialog", "The two versions are the same.")
                             if n == 0 else plural(translate("PlanVersionsDialog",
                                                      "Parts that differ (highlighted): %n."), n))
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


class DivergedBanner(QLabel):
    """The two-laptops warning."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet("background: #f3c6c2; color: #1f2933; padding: 8px; "
                           "border-radius: 4px; font-weight: bold;")
        self.setAccessibleName(translate("DivergedBanner", "Changed on two laptops"))
        self.hide()
