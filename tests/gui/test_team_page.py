"""The Team page with real widgets on a real vault: a practitioner's laptop shows only why it
is empty; a manager's shows suggestions with why, decides with a reason (by keyboard), and
sees the children joined; every opening is audited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from directwork.domain.records import LinkVerdict, TeamLink
from directwork.gui.team.page import NOT_A_MANAGER, TeamPage
from directwork.store import links
from directwork.store import records as svc
from directwork.store.schema import AuditEventRow
from tools.sample_team import add_sample_team


def _page(qtbot, worker) -> TeamPage:
    page = TeamPage(worker)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def _openings(vault) -> int:
    with vault.session() as s:
        return s.execute(select(func.count()).select_from(AuditEventRow).where(
            AuditEventRow.kind == "team_view")).scalar_one()


def test_a_practitioners_laptop_shows_no_one_of_the_team(qtbot, vault, worker):
    with vault.transaction() as s:
        add_sample_team(s)
    page = _page(qtbot, worker)
    page.start()
    qtbot.waitUntil(lambda: page.status.text() == NOT_A_MANAGER, timeout=20_000)
    assert not page.tabs.isVisible() and page.table.rowCount() == 0
    assert _openings(vault) == 0


def test_a_manager_confirms_a_suggestion_by_keyboard_and_sees_the_children_joined(
        qtbot, vault, worker):
    with vault.transaction() as s:
        add_sample_team(s)
        links.set_team_manager(s, True)
    page = _page(qtbot, worker)
    page.start()
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=20_000)
    assert _openings(vault) == 1
    rows = [[page.table.item(r, c).text() for c in range(4)] for r in range(page.table.rowCount())]
    # People of concern first; each row says why in words.
    assert rows[0][0] == "Person · of concern"
    assert all(row[3] for row in rows)
    target = next(r for r, row in enumerate(rows)
                  if row[1].startswith("Heol Fawr garages") and
                  row[2].startswith("the garages on Heol Fawr"))
    page.table.selectRow(target)
    assert not page.confirm_button.isEnabled()  # no reason yet
    qtbot.keyClicks(page.reason, "Same lock-up garages behind the chip shop")
    assert page.confirm_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.groups.topLevelItemCount() == 1, timeout=20_000)
    assert page.table.rowCount() == len(rows) - 1
    group = page.groups.topLevelItem(0)
    children = {group.child(i).text(1) for i in range(group.childCount())} - {""}
    assert children == {"Kai Morgan (Sam Hale)", "Tia Rees (Sam Hale)"}
    with vault.session() as s:
        (link,) = svc.list_documents(s, TeamLink)
    assert link.verdict is LinkVerdict.CONFIRMED
    assert link.reason == "Same lock-up garages behind the chip shop"
    assert page.reason.text() == ""
