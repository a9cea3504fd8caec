"""Screenshots of the practice screens (plan editor, version comparison and merge, practice
check dashboard, charts and the practice dialogs), drawn offscreen from the fictional demo
caseload in a throwaway vault. Called by ``python -m tools.screenshots``."""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tools.screenshots.shots import PASSPHRASE, settle, shoot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from directwork.domain.policy import Basis, load_policy
from directwork.domain.records import (
    Child,
    Concern,
    KeyMoment,
    KeyMomentType,
    PlanAction,
    PlanStatus,
    SafetyPlan,
    Scaling,
    VoiceEntry,
)
from directwork.domain.rules.practice_check import Category
from directwork.gui.common.worker import VaultWorker
from directwork.gui.plan.editor import PlanEditor
from directwork.gui.plan.versions import PlanVersionsDialog
from directwork.gui.practice.charts import ChartsPanel
from directwork.gui.practice.common import practice_policy
from directwork.gui.practice.concerns import ConcernDialog, RaiseConcernDialog
from directwork.gui.practice.dashboard import MARK_COLUMN, DashboardPage
from directwork.gui.practice.dialogs import KeyMomentDialog, ResponseDialog
from directwork.gui.practice.review import ReviewDialog
from directwork.store import demo, practice, records
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from directwork.store.views.charts import load_chart_data

NOW = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)




def _richest_child(vault: Vault) -> Child:
    with vault.session() as s:
        children = records.list_documents(s, Child)

        def richness(c: Child) -> tuple[int, str]:
            scales = sum(1 for v in records.list_entries(s, VoiceEntry, c.id) if v.scale is not None)
            moments = len(records.list_entries(s, KeyMoment, c.id))
            return (min(scales, 6) + moments, c.id)
        return max(children, key=richness)


def _two_laptops(vault: Vault, child: Child) -> SafetyPlan:
    """The child's plan edited on two laptops from the same version, as sync leaves it."""
    with vault.session() as s:
        plans = records.list_documents(s, SafetyPlan, child.id)
    base = max(plans, key=lambda p: p.updated_at or p.created_at)
    later = NOW - timedelta(hours=2)
    vault.clock = lambda: later
    with vault.transaction() as s:
        first = base.actions[0] if base.actions else PlanAction(what="Weekly check-in")
        base = dataclasses.replace(base, status=PlanStatus.DRAFT, agreements=[])
        records.save_document(s, dataclasses.replace(
            base, actions=[dataclasses.replace(first, owner="Sam Okafor", agency="youth justice",
                                               due=date(2026, 3, 13)), *base.actions[1:]],
            child_section=base.child_section + " I want to go to boxing on Thursdays too."))
        records.save_document(s, dataclasses.replace(
            base, title="Keeping safe plan",
            actions=[*base.actions, PlanAction(id="ex-new", what="Meet the school's mentor",
                                               owner="Ms Hughes", agency="Brook Academy",
                                               due=date(2026, 3, 20))],
            scores=[*base.scores, Scaling(person="Coach Dan", role="other", score=7,
                                          on=date(2026, 3, 1))]))
    vault.clock = lambda: NOW
    return base


def _with_rule_tooltip(dash: DashboardPage, path: Path) -> Path:
    """The practice check with the pointer resting on a deadline's "guidance" mark: the rule's
    source as its tooltip shows it (the tooltip is its own window, so it is painted onto the
    page's picture where it appears)."""
    model, view = dash.model, dash.view
    parent = model.category_index(Category.KEY_MOMENT)
    row = next(r for r in range(model.rowCount(parent))
               if (rule := model.rule_of(model.item_at(model.index(r, 0, parent))))
               and rule.mark is Basis.GUIDANCE)
    index = model.index(row, MARK_COLUMN, parent)
    view.setCurrentIndex(index)
    QApplication.processEvents()
    rect = view.visualRect(index)
    spot = view.viewport().mapToGlobal(rect.center())
    QToolTip.showText(spot, model.data(index, Qt.ItemDataRole.ToolTipRole), view.viewport())
    QApplication.processEvents()
    tips = [w for w in QApplication.topLevelWidgets()
            if w.inherits("QTipLabel") and w.isVisible()]
    picture = dash.grab()
    if tips:
        # Beside the cell, as on a real screen (the offscreen screen is too small to place it).
        tip = tips[0].grab()
        at = view.viewport().mapTo(dash, rect.bottomLeft() + QPoint(12, 6))
        at.setX(min(at.x(), dash.width() - tip.width() - 4))
        painter = QPainter(picture)
        painter.drawPixmap(at, tip)
        painter.end()
    QToolTip.hideText()
    picture.save(str(path))
    print(f"screenshots: {path}")
    return path


def _welsh_service(folder: Path) -> Path:
    """A fictional service's policy file in Wales, with numbers from Ofcom's drama range."""
    path = folder / "service-wales.toml"
    path.write_text("""region = "wales"
[immediate_danger.childrens_social_care]
name = "Cwm Teg children's services (fictional)"
name_cy = "Gwasanaethau Plant Cwm Teg (ffuglennol)"
phone = "01632 960 123"
out_of_hours = "01632 960 456"
""", encoding="utf-8")
    return path


def shoot_practice(out: Path) -> list[Path]:
    """Write the practice screenshots into ``out``; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    qapp = QApplication.instance() or QApplication([])
    shots: list[Path] = []
    policy = practice_policy()
    with tempfile.TemporaryDirectory(prefix="dw-practice-shots-") as tmp:
        vault, _ = Vault.create(Path(tmp) / "vault", PASSPHRASE, practitioner_name="Sam Okafor",
                                kdf=KdfParams.fast_for_tests())
        vault.clock = lambda: NOW
        with vault.transaction() as s:
            demo.generate(s, children=14, seed=7, now=NOW)
        child = _richest_child(vault)
        with vault.transaction() as s:
            practice.record_key_moment(s, KeyMoment(
                child_id=child.id, moment_type=KeyMomentType.MISSING,
                occurred_at=NOW - timedelta(days=4), returned_at=NOW - timedelta(hours=80),
                details="Missing overnight; found at a friend's flat"), policy)
            # A disclosure this morning, not yet passed on: at the top of the practice check.
            disclosure = practice.record_key_moment(s, KeyMoment(
                child_id=child.id, moment_type=KeyMomentType.DISCLOSURE,
                occurred_at=NOW - timedelta(minutes=35),
                details="Said an older boy makes him carry a bag for him (fictional)"), policy)
        plan = _two_laptops(vault, child)
        worker = VaultWorker(vault)
        keep: list[QWidget] = []

        def show(widget: QWidget, size: tuple[int, int], name: str,
                 before: Callable[[], None] | None = None) -> None:
            keep.append(widget)
            widget.resize(*size)
            widget.show()
            settle(worker)
            if before is not None:
                before()
                settle(worker)
            settle(worker, 0.1)
            shots.append(shoot(widget, out / name))

        try:
            # The dashboard, everyone on the laptop, with the chosen child's charts beside it
            dash = DashboardPage(worker, policy=policy)
            dash.set_scopes(vault.practitioner_id)
            dash.scope.setCurrentIndex(dash.scope.count() - 1)

            def choose_child() -> None:
                dash.refresh()
                settle(worker)
                model = dash.model
                for row in range(model.rowCount()):
                    parent = model.index(row, 0)
                    for r in range(model.rowCount(parent)):
                        if model.item_at(model.index(r, 0, parent)).child_id == child.id:
                            dash.view.setCurrentIndex(model.index(r, 0, parent))
                            return
            show(dash, (1440, 800), "dashboard.png", choose_child)
            shots.append(_with_rule_tooltip(dash, out / "dashboard-rule-source.png"))

            # Who was told about the disclosure, and when.
            with vault.session() as s:
                state = next(st for st in practice.key_moment_states(s, child.id, policy)
                             if st.key_moment.id == disclosure.id)
            told = ResponseDialog(worker, state, NOW)

            def tick_lead() -> None:
                row = told.told_rows[0]
                row.check.setChecked(True)
                row.name.setText("Priya Shah, designated safeguarding lead")
            show(told, (640, 460), "disclosure-told.png", tick_lead)

            charts = ChartsPanel()
            worker.query(load_chart_data, child.id, success=charts.set_data)
            charts.as_text_button.setChecked(True)
            show(charts, (900, 720), "charts.png")

            # The plan editor, after asking to agree a plan whose new action has no owner
            editor = PlanEditor(worker, policy=policy)
            editor.open_plan(child.id, plan.id)
            settle(worker)

            def refuse() -> None:
                row = editor.plan_actions.add()
                row.what_edit.setText("Ask the housing officer about a move")
                editor.agree([])
            show(editor, (1180, 900), "plan-editor.png", refuse)
            # Further down: contingency, safe people and places, helplines, the child's own
            # section and the practitioner-only notes.
            bar = editor.scroll_area.verticalScrollBar()
            bar.setValue(bar.maximum())
            settle(worker)
            shots.append(shoot(editor, out / "plan-editor-more.png"))

            versions = PlanVersionsDialog(worker, plan.id)
            show(versions, (1180, 760), "plan-versions.png")
            merge = versions.open_merge()
            if merge is not None:
                show(merge, (1000, 700), "plan-merge.png")

            km = KeyMomentDialog(worker, child.id, NOW, policy)
            km.moment_type.setCurrentIndex(km.moment_type.findData(KeyMomentType.EXCLUSION))
            km.details.setPlainText("Fixed-term exclusion, 3 days, after a fight at the gate")
            show(km, (560, 360), "key-moment.png")

            with vault.session() as s:
                concerns = records.list_documents(s, Concern)
            if concerns:
                open_concern = next((c for c in concerns if c.status.value == "open"), concerns[0])
                show(ConcernDialog(worker, open_concern.id, policy), (820, 760), "concern.png")
            danger = RaiseConcernDialog(worker, child.id, NOW, policy)
            danger.summary.setText("Threatened with a knife outside the shop tonight")
            danger.severity.setCurrentIndex(3)
            show(danger, (620, 560), "concern-immediate.png")
            # A service in Wales with its own (fictional, drama-range) numbers: Welsh first.
            wales = load_policy(_welsh_service(Path(tmp)))
            danger_cy = RaiseConcernDialog(worker, child.id, NOW, wales)
            danger_cy.summary.setText("Threatened with a knife outside the shop tonight")
            danger_cy.severity.setCurrentIndex(3)
            show(danger_cy, (620, 640), "concern-immediate-wales.png")
            show(ReviewDialog(worker, child.id, policy), (1000, 720), "review.png")
        finally:
            for widget in keep:
                widget.close()
            worker.wait_idle()
            worker.shutdown()
            qapp.processEvents()
            vault.lock()
    return shots


if __name__ == "__main__":
    import sys

    from PySide6.QtGui import QFont

    from directwork.gui.shell import theme

    # On its own, look as the app looks: its stylesheet and usual text size.
    qapp = QApplication.instance() or QApplication([])
    font = QFont(qapp.font())
    font.setPointSizeF(theme.BASE_POINT_SIZE)
    qapp.setFont(font)
    qapp.setStyleSheet(theme.stylesheet(False))
    shoot_practice(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
