"""A team context's page with real widgets on a real vault: the manager makes it from a
confirmed link on the Team page, reads the children and what their records say (never what
sharing keeps from the team), edits and saves its plan, records a review, makes the panel's
PDF and records it as given; a practitioner sees only that their child is linked."""

from __future__ import annotations

import subprocess
from datetime import date

from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox

from directwork.domain.records import (
    ActionStatus,
    InformationSharing,
    LinkVerdict,
    TeamContext,
)
from directwork.gui.team.context_page import TeamContextPage
from directwork.gui.team.notice import AlsoLinkedNotice
from directwork.gui.team.page import TeamPage
from directwork.gui.team.panel_dialog import PanelDialog
from directwork.store import links
from directwork.store import records as svc
from tests.support.disks import fill, small_tmpfs
from tools.sample_team import add_sample_context, add_sample_team


def _context_page(qtbot, worker, context_id: str) -> TeamContextPage:
    page = TeamContextPage(worker)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.open_context(context_id)
    qtbot.waitUntil(lambda: page.linked_tree.topLevelItemCount() > 0, timeout=20_000)
    return page


def _texts(page: TeamContextPage) -> str:
    found = []
    for i in range(page.linked_tree.topLevelItemCount()):
        top = page.linked_tree.topLevelItem(i)
        found.append(" | ".join(top.text(c) for c in range(3)))
        found += [top.child(j).text(0) for j in range(top.childCount())]
    return "\n".join(found)


def test_the_manager_makes_a_team_context_from_a_confirmed_link(qtbot, vault, worker):
    with vault.transaction() as s:
        links.set_team_manager(s, True)
        add_sample_team(s)
        items = [i for i in links.linkables(s) if "garage" in i.name.lower()]
        links.decide(s, items[0].record_id, items[1].record_id, LinkVerdict.CONFIRMED, "same")
    page = TeamPage(worker)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    chosen: list[str] = []
    page.context_chosen.connect(chosen.append)
    page.start()
    qtbot.waitUntil(lambda: page.groups.topLevelItemCount() == 1, timeout=20_000)
    page.tabs.setCurrentIndex(1)
    page.groups.setCurrentItem(page.groups.topLevelItem(0))
    assert page.context_name.text()  # the place's own name, offered
    assert not page.open_context_button.isEnabled()
    page.context_name.setText("Heol Fawr garages")
    page.make_context_button.click()
    qtbot.waitUntil(lambda: bool(chosen), timeout=20_000)
    with vault.session() as s:
        (made,) = svc.list_documents(s, TeamContext)
    assert chosen == [made.id] and made.title == "Heol Fawr garages"


def test_the_page_shows_what_the_team_may_see_and_saves_the_plan(qtbot, vault, worker,
                                                                 tmp_path):
    with vault.transaction() as s:
        links.set_team_manager(s, True)
        context_id = add_sample_context(s, add_sample_team(s))
    page = _context_page(qtbot, worker, context_id)
    shown = _texts(page)
    assert "Kai Morgan (Sam Hale)" in shown and "Osian Jenkins (Rhian Evans)" in shown
    assert "take bags round" in shown  # shared with the team
    assert "KEPTFROMTEAM" not in shown and "sleep at the garages" not in shown
    assert "Entries kept from the team by their sharing that also name this place: 1. " \
        "Ask Sam Hale." in shown
    assert page.plan.rowCount() == 4
    # A new action without who or when: refused, in words, nothing saved.
    page.add_button.click()
    page.plan.item(4, 0).setText("Talk to the landlord of the lock-ups")
    page.plan.item(4, 3).setText("31/02/2027")
    page.save_button.click()
    assert page.problem.text() == "Action 5: write the date as dd/mm/yyyy."
    page.plan.item(4, 3).setText("26/02/2027")
    page.save_button.click()
    qtbot.waitUntil(lambda: "say who does it" in page.problem.text(), timeout=20_000)
    # How an action stands is chosen from a list while its cell is edited.
    status = page.plan.item(0, 4)
    page.plan.setCurrentItem(status)
    page.plan.editItem(status)
    editor = page.plan.findChild(QComboBox)
    assert editor is not None and editor.currentData() == "not_started"
    editor.setCurrentIndex(editor.findData("in_progress"))
    page.plan.commitData(editor)
    page.plan.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert status.text() == "In progress"
    page.plan.item(4, 1).setText("Dai Price")
    page.plan.item(4, 2).setText("Housing")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved."), timeout=20_000)
    with vault.session() as s:
        (saved,) = svc.list_documents(s, TeamContext)
    assert [a.owner for a in saved.actions][-1] == "Dai Price"
    assert saved.actions[0].status is ActionStatus.IN_PROGRESS
    assert saved.actions[-1].due == date(2027, 2, 26)
    page.review_words.setText("Patrols started.")
    page.review_button.click()
    qtbot.waitUntil(lambda: "Patrols started." in page.reviews.text(), timeout=20_000)

    # The panel's PDF, named by initials unless the manager chooses otherwise.
    dialog = PanelDialog(worker, page.view, date(2026, 11, 30), "Pat Manager")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.initials.isChecked() and not dialog.given.isEnabled()
    # A full disk: said in words, and no PDF cut short left under the name.
    with small_tmpfs(tmp_path / "stick") as stick:
        fill(stick)
        dialog.save_to(stick / "panel.pdf")
        assert "not saved" in dialog.problem.text()
        assert [p.name for p in stick.iterdir()] == ["filler"]
        assert not dialog.given.isEnabled()
    target = tmp_path / "panel.pdf"
    dialog.save_to(target)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "K.M." in text and "Kai" not in text and "KEPTFROMTEAM" not in text
    assert dialog.given.isEnabled()
    dialog.given_button.click()
    qtbot.waitUntil(lambda: "Not recorded" in dialog.problem.text(), timeout=20_000)
    dialog.panel_name.setText("Cwm Rhyd exploitation panel")
    dialog.why.setText("To plan the response to the garages.")
    dialog.basis.setText("To safeguard the children")
    dialog.given_button.click()
    qtbot.waitUntil(lambda: "Recorded on the records of the 4 children" in
                    dialog.status.text(), timeout=20_000)
    with vault.session() as s:
        assert len(svc.list_entries(s, InformationSharing)) == 4


def test_a_practitioner_sees_that_their_child_is_linked_never_who(qtbot, vault, worker):
    with vault.transaction() as s:
        ids = add_sample_team(s)
        links.set_also_linked(s, [ids["Kai"]])
    notice = AlsoLinkedNotice(worker)
    qtbot.addWidget(notice)
    notice.show()
    notice.show_for(ids["Kai"])
    qtbot.waitUntil(lambda: not notice.isHidden(), timeout=20_000)
    assert notice.text() == ("Also linked to other children on the team \u2014 your manager "
                             "can see more.")
    notice.show_for(ids["Tia"])
    qtbot.waitUntil(lambda: not worker.busy, timeout=20_000)
    qtbot.wait(50)
    assert notice.isHidden()
