"""Welsh: visit mode in the child's language, chosen once on their record, through to the
printed summary; and the practitioner's interface in Welsh through Qt's translation, switched
at run time by LanguageChange, with every message of the covered screens translated."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTabBar, QWidget

from directwork.build import ROOT, build_translations
from directwork.domain import catalogue
from directwork.domain.records import (
    Child,
    SafetyPlan,
    SummaryAudience,
    SummaryLanguage,
    Visit,
    VoiceEntry,
    WelshPreference,
)
from directwork.gui.record.tabs import RecordTab
from directwork.gui.shell import translation
from directwork.reports import build_checked_summary
from directwork.store import records
from directwork.store.case import load_case
from tests.conftest import PASSPHRASE
from tests.gui.drive import settle, unlock
from tests.reports.markers import pdf_text

TS = ROOT / "resources" / "translations" / "directwork_cy.ts"
# Every context of the .ts is a screen whose every message is in Welsh; this many at least (a
# context that disappears from the sources is noticed).
LEAST_CONTEXTS = 90
# Words that are the same in both languages, or names.
SAME = {"directwork", "Childline", "PIN", "PDF", "0", "10", "English", "Cymraeg"}
ENGLISH_WORDS = {"the", "and", "of", "to", "is", "with", "your", "who", "what", "add", "save",
                 "not", "for", "this", "my", "their", "how", "when", "where", "start", "visit",
                 "keep", "words", "safe", "name", "date", "plan", "edit", "level", "record",
                 "review", "help", "helps", "language", "next", "needs", "school", "someone"}


def _sources() -> set[str]:
    """Every English source of the .ts whose Welsh differs from it."""
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        if source != (message.findtext("translation") or ""):
            found.add(source)
    return found


TS_SOURCES = _sources()


@pytest.fixture
def language(qapp) -> Iterator[translation.InterfaceLanguage]:
    build_translations()  # the .qm is built from the committed .ts, as `make test` does
    yield translation.install(qapp, object())
    translation.install(qapp, object()).switch("en")  # English for the tests after this one


def _welsh_child(vault) -> tuple[Child, Visit]:
    with vault.transaction() as s:
        child = records.save_document(s, Child(
            given_name="Efa", preferred_name="Efa", welsh_preference=WelshPreference.WELSH))
        visit = records.save_document(s, Visit(child_id=child.id, place="adref",
                                               present=["Efa", "Mam"]))
    vault.lock()
    return child, visit


def visible_texts(window: QWidget) -> list[str]:
    """Every word a person can see in ``window`` now."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit) and not widget.text():
            found.append(widget.placeholderText())
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
    return [t for t in found if t.strip()]


def english(texts: list[str]) -> list[str]:
    """Texts that read as English: they hold common English words."""
    out = []
    for text in texts:
        if text in SAME or "<" in text:  # names; rich text is the record's own content
            continue
        words = set(re.findall(r"[a-z']+", re.sub(r"&(.)", r"\1", text).lower()))
        if words & ENGLISH_WORDS or text in TS_SOURCES:
            out.append(text)
    return out


def test_visit_mode_opens_in_welsh_for_a_welsh_speaking_child_and_prints_welsh(
        qtbot, make_app, vault, data_dir: Path) -> None:
    # Given a child whose record says they want Welsh (the interface itself is English)
    efa, visit = _welsh_child(vault)
    app = make_app(data_dir)
    unlock(qtbot, app)
    # When the practitioner opens the visit
    app.open_visit(efa, visit)
    settle(qtbot, app)
    page = app.window.visit
    # Then every tab of visit mode is in Welsh, the default question and the scale hint too
    assert page.lang == "cy"
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        shown = english(visible_texts(page))
        assert shown == [], f"English on the {page.tabs.tabText(index)!r} tab: {shown}"
    assert page.scale_question.text() == "Pa mor saff wyt ti'n teimlo?"
    assert page.scale_hint.text().startswith("Mae 0 yn golygu")
    assert page.tabs.tabText(0) == "Y &Tri Thŷ"
    # the speaker buttons beside the questions too
    assert page.hear_buttons and {b.text() for b in page.hear_buttons.values()} == {"Gwrando"}
    page.tabs.setCurrentIndex(0)
    # ... and what is kept is said in Welsh
    edit = page.fields["worries"]
    edit.setFocus()
    qtbot.keyClicks(edit, "Bechgyn yn y parc")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.lists["worries"].count() == 1, timeout=10_000)
    assert page.status.text() == "Wedi'i gadw."
    assert page.lists["worries"].item(0).text().endswith("Gall y rhain ei weld: fi, fy nhîm, Efa")
    assert page.options["houses"].line.text().startswith("Heb ei rannu y tu hwnt i fi a fy nhîm.")
    # When a safety scale answer is kept with the usual question
    page.tabs.setCurrentIndex(1)
    page.scale.set_value(7)
    page.keep_scale_button.click()
    qtbot.waitUntil(lambda: page.lists["safety_scale"].count() == 1, timeout=10_000)
    # And the practitioner can switch the screen to English on the spot, and back
    page.language_button.click()
    assert page.tabs.tabText(0) == "Three &Houses"
    assert page.scale_question.text() == "How safe do you feel?"
    assert {b.text() for b in page.hear_buttons.values()} == {"Hear it"}
    assert page.status.text() == "Kept."
    assert page.lists["worries"].item(0).text().endswith("May be seen by: me, my team, Efa")
    page.language_button.click()
    assert page.tabs.tabText(0) == "Y &Tri Thŷ"
    # Then the child's summary, in the language on the record, is Welsh throughout
    with app.vault.session() as s:
        kept = records.list_entries(s, VoiceEntry, efa.id)
        case = load_case(s, efa.id)
    assert {v.scale_question for v in kept if v.scale is not None} == {
        "Pa mor saff wyt ti'n teimlo?"}
    built = build_checked_summary(case, SummaryAudience.CHILD,
                                  catalogue.summary_language(case.child),
                                  today=date(2026, 3, 2))
    assert built.language is SummaryLanguage.CY
    text = pdf_text(built.pdf)
    assert "Pa mor saff wyt ti'n teimlo? " + catalogue.text("child.scores.you", "cy", score=7) \
        in " ".join(text.split())
    assert "How safe" not in text and "out of 10" not in text


def test_coreview_opens_in_welsh_for_a_welsh_speaking_child_on_every_part(
        qtbot, make_app, vault, data_dir: Path) -> None:
    # Given a child who asked for Welsh, with a plan whose words were typed in Welsh (the
    # interface itself is English)
    efa, _visit = _welsh_child(vault)
    vault.unlock(PASSPHRASE)
    with vault.transaction() as s:
        records.save_document(s, SafetyPlan(
            child_id=efa.id, title="Cynllun Efa",
            why_working_together="Rydyn ni eisiau i ti fod yn saff.",
            working_well=["Mae Efa yn mwynhau nofio"], safe_people=["Mam-gu"],
            safe_places=["Tŷ Mam-gu"]))
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    record = app.window.child_record
    done: list[bool] = []
    record.open_child(efa.id, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    settle(qtbot, app)
    # When the practitioner starts co-review from the child's record
    panel = record.coreview_panel
    panel.open_coreview(None, full_screen=False)
    qtbot.waitUntil(lambda: panel.coreview_window is not None
                    and panel.coreview_window.isVisible(), timeout=20_000)
    window = panel.coreview_window
    assert window is not None
    # Then it opens in Welsh, and no part the child is shown has English on it
    assert window.lang == "cy"
    parts = 0
    for _ in range(30):
        shown = english(visible_texts(window))
        assert shown == [], f"English in co-review: {shown}"
        parts += 1
        if not window.next_button.isVisible() or not window.next_button.isEnabled():
            break
        window.go_next()
        settle(qtbot, app)
    assert parts > 3
    window.may_close = True
    window.close()


def test_welsh_summaries_say_the_usual_question_and_defaults_in_welsh() -> None:
    assert catalogue.scale_question("How safe do you feel?", "cy") == \
        "Pa mor saff wyt ti'n teimlo?"
    assert catalogue.scale_question("How safe are you at school?", "cy") == \
        "How safe are you at school?"  # what the practitioner wrote, as written
    assert catalogue.given_to("parents and carers", "carer", "cy") == "rhieni a gofalwyr"
    assert catalogue.given_to("the agencies working with the child", "agency", "cy") == \
        "yr asiantaethau sy'n gweithio gyda'r plentyn"
    assert catalogue.given_to("Mam", "carer", "cy") == "Mam"
    # "yn Gymraeg": the soft mutation after "yn", written whole in the catalogue
    line = catalogue.text("agency.summary_item", "cy", audience="plentyn",
                          language=catalogue.text("labels.language_in.cy", "cy"),
                          who="rhieni a gofalwyr", date="2 Mawrth 2026")
    assert "yn Gymraeg" in line and "Cymraeg" not in line.replace("Gymraeg", "")


def test_every_message_of_every_screen_is_translated_and_lupdate_finds_no_new_one(
        tmp_path: Path) -> None:
    # lupdate over the sources as they are now, into a copy: nothing new or unfinished, in
    # any context (every window of gui/, Qt's own standard buttons, the print messages)
    copy = tmp_path / "directwork_cy.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "directwork" / "gui").rglob("*.py")
                     if "forms" not in p.parts)
    subprocess.run([sys.executable, "-c",
                    "from PySide6.scripts.pyside_tool import lupdate; lupdate()",
                    *sources, *map(str, sorted((ROOT / "ui").glob("*.ui"))), "-ts", str(copy),
                    "-no-obsolete", "-silent"], check=True, cwd=ROOT)
    unfinished: list[str] = []
    seen: set[str] = set()
    for context in ET.parse(copy).getroot().iter("context"):
        name = context.findtext("name") or ""
        seen.add(name)
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all(forms):
                unfinished.append(f"{name}: {message.findtext('source')!r}")
    assert "" not in seen, "a message whose context lupdate cannot see (a context in a variable)"
    assert len(seen) >= LEAST_CONTEXTS and {"QPlatformTheme", "PrintWords", "SyncPanel"} <= seen
    assert unfinished == [], "messages awaiting Welsh:\n" + "\n".join(unfinished)


def test_in_welsh_the_main_screens_show_welsh_and_switch_back_at_once(
        qtbot, language, prefs, make_app, data_dir, vault) -> None:
    efa, visit = _welsh_child(vault)
    app = make_app(data_dir)
    unlock(qtbot, app)
    window = app.window
    choice = next(a for a in window.view_menu.actions() if a.isCheckable()
                  and a is not window.contrast_action)
    app.open_child(efa.id)
    settle(qtbot, app)
    record = window.child_record
    qtbot.waitUntil(lambda: record.data is not None, timeout=10_000)
    # When the practitioner chooses the Welsh interface
    choice.setChecked(True)
    # Then menus, tabs (found by key), buttons and table headings are Welsh at once
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&Ffeil", "&Mynd", "&Gweld"]
    record.show_tab(RecordTab.KEY_MOMENTS)
    assert record.tabs.tabText(record.tabs.currentIndex()) == "&Eiliadau allweddol"
    assert record.moment_model.headerData(0, Qt.Orientation.Horizontal) == "Beth"
    left: set[str] = set()
    for key in RecordTab:
        record.show_tab(key)
        left |= set(english(visible_texts(window)))
    window.show_caseload()
    left |= set(english(visible_texts(window)))
    window.practice_check.action.trigger()
    board = window.practice_check.dashboard
    qtbot.waitUntil(lambda: board.facts is not None, timeout=10_000)
    left |= set(english(visible_texts(window)))
    assert "Gwiriad ymarfer" in visible_texts(board)
    # The sync status line, the progress charts' titles and the Voice tab's recording lines
    # too: nothing is left in English.
    assert left == set(), sorted(left)
    # And choosing English again puts every word back
    choice.setChecked(False)
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&File", "&Go", "&View"]
    record.show_tab(RecordTab.KEY_MOMENTS)
    assert record.tabs.tabText(record.tabs.currentIndex()) == "&Key moments"
    assert translation.saved_language(prefs) == "en"


def test_the_charts_as_text_speak_welsh_and_switch_back(qtbot, language, vault, clock,
                                                        tmp_path) -> None:
    import dataclasses

    from directwork.domain.records import Concern, KeyMoment, KeyMomentType, Scaling, Severity
    from directwork.gui.practice.charts import ChartsPanel
    from directwork.gui.practice.common import practice_policy
    from directwork.store import practice
    from directwork.store.views.charts import load_chart_data
    from tests.gui.drive import add_children
    from tests.gui.test_plans import agreed_plan

    policy = practice_policy()
    (jay,) = add_children(vault, ["Jay"])
    with vault.transaction() as s:
        practice.record_key_moment(s, KeyMoment(child_id=jay.id, moment_type=KeyMomentType.COURT,
                                                occurred_at=clock.now), policy)
        practice.raise_concern(s, Concern(child_id=jay.id, summary="Seen with a knife",
                                          severity=Severity.IMMEDIATE), policy)
    plan = agreed_plan(vault, jay.id)
    with vault.transaction() as s:
        records.save_document(s, dataclasses.replace(plan, scores=[
            Scaling(person="Jay", role="child", score=5, on=date(2020, 3, 22)),
            Scaling(person="Jay", role="child", score=7, on=date(2020, 4, 22))]))
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    with vault.session() as s:
        panel.set_data(load_chart_data(s, jay.id))
    english = panel.as_text.toPlainText()
    assert "key moment: Court appearance" in english and "Jay: 5 on 22/03/2020, 7 on 22/04/2020 (up by 2)." in english
    assert "Seen with a knife (immediate danger)" in english
    # When the interface turns Welsh, the words beside the charts turn Welsh at once
    language.switch("cy")
    welsh = panel.as_text.toPlainText()
    assert welsh.startswith("Sgoriau, 0 i 10")
    assert "Jay: 5 ar 22/03/2020, 7 ar 22/04/2020 (i fyny 2)." in welsh
    assert "eiliad allweddol" in welsh and "Llinell amser" in welsh
    assert "Seen with a knife (perygl uniongyrchol)" in welsh  # their words stay as typed
    assert "Court appearance" not in welsh and "key moment" not in welsh
    assert panel.scores.accessibleDescription() in welsh
    panel.as_text_button.setChecked(True)
    panel.resize(760, 640)
    panel.grab().save(str(tmp_path / "charts-cy.png"))
    # And back
    language.switch("en")
    assert panel.as_text.toPlainText() == english
