"""The team map with real widgets on a real vault: a practitioner's laptop shows only why it is
empty; on a manager's the list beside the drawing says exactly what is drawn (filters
included), the keyboard moves box to box and on out of the map, Return opens, and the
timeline says when each child was linked. Every opening is audited."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from directwork.gui.team.map import (
    CONFIRMED_ROLE,
    KEY_ROLE,
    NOT_A_MANAGER,
    TeamMapPage,
    node_sentence,
    translate,
)
from directwork.store.schema import AuditEventRow
from directwork.store.views.team_map import PERSON_SORT, Concern
from tools.sample_team import add_sample_team
from tools.sample_team_map import link_sample_team

NOW = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def _page(qtbot, worker) -> TeamMapPage:
    page = TeamMapPage(worker)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _openings(vault) -> int:
    with vault.session() as s:
        return s.execute(select(func.count()).select_from(AuditEventRow).where(
            AuditEventRow.kind == "team_view")).scalar_one()


def _manager_page(qtbot, vault, worker, clock) -> TeamMapPage:
    clock.now = NOW
    with vault.transaction() as s:
        link_sample_team(s, NOW)
    page = _page(qtbot, worker)
    page.start()
    qtbot.waitUntil(lambda: page.listing.topLevelItemCount() > 0, timeout=20_000)
    return page


def drawn(page: TeamMapPage) -> tuple[set[str], set[tuple[str, str, bool]]]:
    """The boxes and lines on the map."""
    scene = page.view.map_scene
    return set(scene.nodes), {(place, child, ok) for child, place, ok in scene.lines}


def said(page: TeamMapPage) -> tuple[set[str], set[tuple[str, str, bool]]]:
    """The boxes and lines the list beside the map says, read from its lines."""
    nodes: set[str] = set()
    lines: set[tuple[str, str, bool]] = set()
    for i in range(page.listing.topLevelItemCount()):
        top = page.listing.topLevelItem(i)
        place = top.data(0, KEY_ROLE)
        nodes.add(place)
        for j in range(top.childCount()):
            item = top.child(j)
            child = item.data(0, KEY_ROLE)
            nodes.add(child)
            lines.add((place, child, bool(item.data(0, CONFIRMED_ROLE))))
    return nodes, lines


def test_a_practitioners_laptop_shows_no_one_of_the_team(qtbot, vault, worker):
    with vault.transaction() as s:
        add_sample_team(s)
    page = _page(qtbot, worker)
    page.start()
    qtbot.waitUntil(lambda: page.status.text() == translate("TeamMap", NOT_A_MANAGER),
                    timeout=20_000)
    assert not page.tabs.isVisible() and not page.filters.isVisible()
    assert not page.view.map_scene.nodes and page.listing.topLevelItemCount() == 0
    assert _openings(vault) == 0


def test_the_list_beside_the_map_says_what_is_drawn_whatever_the_filters(
        qtbot, vault, worker, clock):
    page = _manager_page(qtbot, vault, worker, clock)
    assert _openings(vault) == 1
    # Suggestions are on the map only when asked for.
    assert not page.suggested.isChecked()
    assert all(ok for _p, _c, ok in drawn(page)[1]) and said(page) == drawn(page)
    assert page.status.text().startswith(
        "4 children, 3 places and adults linked; 1 suggested, not shown.")
    qtbot.keyClick(page.suggested, Qt.Key.Key_Space)
    nodes, lines = drawn(page)
    assert said(page) == (nodes, lines)
    assert any(not ok for _p, _c, ok in lines), "suggested links are drawn, dashed"
    garages = next(p for p in page.team.places if p.title == "Heol Fawr garages")
    sentence = page.listing.topLevelItem(
        [p.key for p in page.team.places].index(garages.key)).text(0)
    assert sentence.startswith("Heol Fawr garages (place, worries written) — linked to 4 "
                               "children: Jay Collins, Kai Morgan, Osian Jenkins, Tia Rees.")
    for item in page.listing_items():
        if item.parent() is not None:  # a child's line says whether linked or suggested
            assert (" — linked " in item.text(0)) is bool(item.data(0, CONFIRMED_ROLE))
            assert (" — suggested" in item.text(0)) is not bool(item.data(0, CONFIRMED_ROLE))
    dashed = [line for line in page.view.map_scene.line_items.values()
              if line.pen().style() == Qt.PenStyle.DashLine]
    assert len(dashed) == sum(1 for _p, _c, ok in lines if not ok)

    page.choose(concern=Concern.VERY_HIGH)
    nodes, lines = drawn(page)
    assert said(page) == (nodes, lines)
    names = {page.team.child(k).name for k in nodes if k.startswith("child:")}
    assert names == {"Tia Rees"}

    page.choose(sorts=frozenset({PERSON_SORT}))
    assert {page.team.place(k).title for k in drawn(page)[0] if not k.startswith("child:")} \
        == {"Dean Pryce"}
    assert said(page) == drawn(page)

    page.choose(days=28)
    assert {page.team.place(k).title for k in drawn(page)[0] if not k.startswith("child:")} \
        == {"group chat", "Ysgol Cwm Rhyd"}
    page.suggested.click()
    nodes, lines = drawn(page)
    assert {page.team.place(k).title for k in nodes if not k.startswith("child:")} \
        == {"group chat"}
    assert all(ok for _p, _c, ok in lines) and said(page) == (nodes, lines)

    page.choose(days=None)
    page.suggested.click()
    qtbot.keyClick(page.kind, Qt.Key.Key_Home)  # by keyboard, back to everything
    assert said(page) == drawn(page)
    assert len(drawn(page)[0]) == len(page.whole.places) + len(page.whole.children)


def test_the_keyboard_moves_box_to_box_says_each_and_opens_it(qtbot, vault, worker, clock):
    page = _manager_page(qtbot, vault, worker, clock)
    view = page.view
    order = view.map_scene.order
    assert set(order) == set(view.map_scene.nodes)
    page.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert view.current == order[0]
    assert view.accessibleDescription() == node_sentence(page.team, order[0])
    assert page.said.text() == node_sentence(page.team, order[0])
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.current == order[1]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current == order[2]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert view.current == order[0]
    # The list follows the map, and the map the list.
    assert page.listing.currentItem().data(0, KEY_ROLE) == order[0]
    page.listing.setCurrentItem(page.listing.topLevelItem(1))
    assert view.current == page.listing.topLevelItem(1).data(0, KEY_ROLE)

    # Right and Left follow the chosen box's lines, round and round.
    tia = next(c.key for c in page.team.children if c.name == "Tia Rees")
    view.set_current(tia)
    joined = []
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        joined.append(page.team.place(view.current).title)
    assert joined == ["Heol Fawr garages", "Dean Pryce", "Heol Fawr garages"]
    assert page.said.text() == node_sentence(page.team, view.current)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert page.team.place(view.current).title == "Heol Fawr garages"
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the next box in the list: now its lines are gone round
    chosen = view.current
    assert chosen != tia and chosen is not None
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current in {end for link in page.team.links_of(chosen)
                            for end in (link.child_key, link.place_key)} - {chosen}

    child = next(k for k in order if k.startswith("child:"))
    view.set_current(child)
    with qtbot.waitSignal(page.open_child, timeout=5_000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [child.removeprefix("child:")]
    place = next(k for k in order if not k.startswith("child:"))
    view.set_current(place)
    with qtbot.waitSignal(page.open_place, timeout=5_000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert set(opened.args[0]) == set(page.team.place(place).record_ids)

    # After the last box, Tab leaves the map: the keyboard is never trapped in it.
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current == order[-1]
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert QApplication.focusWidget() is page.listing


def test_the_timeline_says_when_each_child_was_linked(qtbot, vault, worker, clock):
    page = _manager_page(qtbot, vault, worker, clock)
    page.tabs.setCurrentWidget(page.timeline)
    listing = page.timeline.listing
    rows = {}
    for i in range(listing.topLevelItemCount()):
        top = listing.topLevelItem(i)
        rows[top.text(0)] = [top.child(j).text(0) for j in range(top.childCount())]
    assert rows["Heol Fawr garages: 4 children linked"][-1].startswith(
        "20 Jan 2026 — Osian Jenkins linked")
    assert rows["Dean Pryce: 4 children linked"][0].startswith("30 Dec 2025 — ")
    assert "Ysgol Cwm Rhyd" not in " ".join(rows)  # a suggestion: not linked, not on it
    dots = {(place, child) for place, child, _when in page.timeline.view.timeline.dots}
    listed = {(listing.topLevelItem(i).data(0, KEY_ROLE),
               listing.topLevelItem(i).child(j).data(0, KEY_ROLE))
              for i in range(listing.topLevelItemCount())
              for j in range(listing.topLevelItem(i).childCount())}
    assert dots == listed
    page.choose(days=28)
    assert listing.topLevelItemCount() == 1
    assert listing.topLevelItem(0).text(0) == "group chat: 2 children linked"


def test_the_map_switches_to_welsh_and_back_every_word_translated(qtbot, qapp, vault, worker,
                                                                  clock, tmp_path):
    from directwork.build import build_translations
    from directwork.gui.shell import translation

    # Every message of the map and timeline has its Welsh (lupdate reads the sources afresh).
    ts = tmp_path / "team.ts"
    subprocess.run(["pyside6-lupdate", *(str(ROOT / "src/directwork/gui/team" / f)
                                         for f in ("map.py", "timeline.py", "hooks.py")),
                    "-ts", str(ts)], check=True, capture_output=True,
                   env={**os.environ, "PATH": f"{Path(sys.executable).parent}:"
                                             f"{os.environ.get('PATH', '')}"})
    sources = {(c.findtext("name"), m.findtext("source"))
               for c in ET.parse(ts).getroot() for m in c.iter("message")}
    held = ET.parse(ROOT / "resources/translations/directwork_cy.ts").getroot()
    translated = {(c.findtext("name"), m.findtext("source")) for c in held
                  for m in c.iter("message")
                  if m.findtext("translation") and m.find("translation").get("type") is None}
    assert sources and not sources - translated, sorted(sources - translated)[:5]

    build_translations()
    page = _manager_page(qtbot, vault, worker, clock)
    language = translation.install(qapp, object())
    try:
        assert language.switch("cy")
        assert page.tabs.tabText(0) == "M&ap"
        assert page.status.text().startswith("4 o blant, 3 o leoedd ac oedolion")
        assert "Chwef 2026" in " ".join(item.text(0) for item in page.listing_items())
        assert said(page) == drawn(page)
    finally:
        language.switch("en")
    assert page.tabs.tabText(0) == "&Map"
    assert page.status.text().startswith("4 children, 3 places and adults linked")


def test_the_go_menu_opens_the_map_on_a_managers_laptop_only_and_return_opens_the_child(
        qapp, tmp_path):
    from directwork.build import build_translations
    from directwork.gui.shell import translation
    from directwork.store import links
    from tools.windows import _manager_with_team, make_scene, pump

    scene = make_scene(tmp_path / "app")
    try:
        window = scene.window
        access = window.team.map
        assert not access.action.isVisible()  # a practitioner's laptop
        _manager_with_team(scene)
        assert access.action.isVisible() and window.team.action.isVisible()
        language = translation.install(qapp, object())
        build_translations()
        try:  # the menu item's words follow the interface language
            assert language.switch("cy") and access.action.text() == "&Map y tîm"
        finally:
            language.switch("en")
        assert access.action.text() == "Team &map"
        access.action.trigger()
        scene.settle()
        page = access.page
        assert window.pages.currentWidget() is page and page.view.map_scene.nodes
        child = next(c for c in page.team.children if c.name == "Tia Rees")
        page.view.setFocus()
        page.view.set_current(child.key)
        QTest.keyClick(page.view, Qt.Key.Key_Return)
        assert pump(lambda: window.pages.currentWidget() is window.child_record
                    and window.child_record.data is not None
                    and window.child_record.data.child.id == child.child_id)
        access.action.trigger()
        scene.settle()
        place = next(p for p in page.team.places if p.title == "Dean Pryce")
        page.view.set_current(place.key)
        QTest.keyClick(page.view, Qt.Key.Key_Return)
        scene.settle()
        assert pump(lambda: window.pages.currentWidget() is window.team.page)
        linked = window.team.page.tabs.currentWidget()
        assert linked is window.team.page.groups or linked.isAncestorOf(window.team.page.groups)

        # A place made a team context: Return opens the context's own page.
        garages = next(p for p in page.team.places if p.title == "Heol Fawr garages")
        made = []
        scene.app.worker.change(links.make_team_context, list(garages.record_ids),
                                "Heol Fawr garages", success=made.append)
        assert pump(lambda: bool(made))
        access.action.trigger()
        scene.settle()
        page.view.set_current(garages.key)
        QTest.keyClick(page.view, Qt.Key.Key_Return)
        assert pump(lambda: window.pages.currentWidget() is window.team.context_page)
    finally:
        scene.close()


def test_the_maps_words_and_lines_can_be_read_against_their_ground():
    from directwork.gui.team import map as team_map
    from tests.gui.test_contrast import contrast

    words = [(team_map.CHILD_INK, team_map.CHILD_FILL), (team_map.CHILD_QUIET, team_map.CHILD_FILL),
             (team_map.INK, team_map.PAPER), (team_map.QUIET, team_map.PAPER),
             (team_map.INK, team_map.ADULT_FILL), (team_map.QUIET, team_map.ADULT_FILL)]
    assert all(contrast(a, b) >= 4.5 for a, b in words), words
    lines = [team_map.LINKED, team_map.SUGGESTED, team_map.CONCERN, team_map.FOCUS]
    assert all(contrast(line, team_map.PAPER) >= 3 for line in lines)
