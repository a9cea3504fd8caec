"""The whole interface in Welsh: every window and dialog of the app (tools/windows.py, the list
the screenshot tool uses) opened with the Welsh interface, every visible word walked (labels,
buttons, tabs, menus, headings, placeholders, choices, the rows of lists and tables;
tests/gui/welsh_walk.py, in a process of its own), and none of it an English source string of
the app, nor an English date; tabs and menus found by key in both languages."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from directwork.build import build_translations
from tools.windows import WINDOWS

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "directwork"

# Words that are the same in Welsh and English, and names. Every entry is a name, a number or
# a word Welsh uses as it is; nothing English is let through here.
SAME = {
    "directwork", "Childline", "999", "PDF", "PIN", "OK", "English", "Cymraeg", "Saesneg",
    "Welsh interface (Cymraeg)",  # the choice is named in both languages on purpose
    # people and places of the invented case (tools/sample_case.py, tools/windows.py)
    "Sam Okafor", "Northfield Youth Justice Service", "Ysgol Bro Taf", "Coach Dan", "Nan (Gwen)",
    "Ms Hughes",
    "https://…",  # a web address's beginning
}
# Words that are not the app's to translate: those tools/windows.py itself gives in English when
# it opens a window the way the app does (the app gives them in the interface language: the
# unlock window's title, the button the check before giving was opened for), and what the
# invented case holds as typed.
TOOL_WORDS = {"unlock": {"Unlock directwork"}, "unlock-recovery-key": {"Unlock directwork"},
              "check-before-giving": {"Save as PDF…"},
              # what the invented case's practitioner typed, shown as typed: the plan's title
              # and the relationships of the people in the child's network
              "plan-merge": {"Safety plan"}, "plan-versions": {"Safety plan"},
              "child-record": {"mother", "friend", "head of year", "neighbour"}}


ENGLISH_DATE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(day|sday|nesday|rsday|urday)? \d"
                          r"|\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
WELSH_DATE = re.compile(r"\b(Llun|Maw|Mer|Iau|Gwe|Sad|Sul) \d{1,2} "
                        r"(Ion|Chwef|Maw|Ebr|Mai|Meh|Gorff|Awst|Medi|Hyd|Tach|Rhag) \d{4}")


def _mnemonic_free(text: str) -> str:
    return " ".join(re.sub(r"&(.)", r"\1", text).split())


_PLACE = re.compile(r"\{[^{}]*\}|%n|%\d|%[sdi]")


def _template(source: str) -> re.Pattern[str] | None:
    """A source string as a pattern matching it with any values put in its places; None for
    one with too few English letters outside its places to tell it from other words."""
    source = _mnemonic_free(source)
    words = _PLACE.sub("", source)
    for name in SAME:
        words = words.replace(name, "")
    letters = re.sub(r"[^A-Za-z]", "", words)
    # One short joining word between places ("{} with {}") would take any sentence holding
    # it for English source; a single word must be long enough to be telling.
    if len(letters) < 4 or (len(re.findall(r"[A-Za-z]+", words)) < 2 and len(letters) < 6):
        return None
    parts = _PLACE.split(source)
    return re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)


def _literals(path: Path) -> set[str]:
    """The string literals (f-strings as templates) of one Python module."""
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    welsh: set[int] = set()  # the nodes of Welsh tables (``_CY = {...}``)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id.endswith("_CY") for t in targets):
                welsh |= {id(n) for n in ast.walk(node)}
    for node in ast.walk(tree):
        if id(node) in welsh:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.add(node.value)
        elif isinstance(node, ast.JoinedStr):
            found.add("".join(v.value if isinstance(v, ast.Constant) else "{}"
                              for v in node.values))
    return found


def _toml_strings(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_toml_strings(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_toml_strings(v) for v in value)) if value else set()
    return set()


# The policy file's words the practitioner reads (responses, the ladder's steps, names): the
# Welsh interface shows their Welsh. Sources (document titles, sections, quotations) are
# published English, kept as they are.
_POLICY_WORDS = {"response", "title", "who", "name"}


def _policy_words(value: object) -> set[str]:
    if isinstance(value, dict):
        found = {v for k, v in value.items() if k in _POLICY_WORDS and isinstance(v, str)}
        for key, inner in value.items():
            if not key.endswith("source"):
                found |= _policy_words(inner)
        return found
    if isinstance(value, list):
        return set().union(*(_policy_words(v) for v in value)) if value else set()
    return set()


@cache
def english_sources() -> tuple[set[str], list[re.Pattern[str]]]:
    """Every English source string of the app: the literals of gui/ and domain/ (the words the
    interface shows), the forms' words, the English catalogue, the policy's words and the .ts
    sources; as plain
    strings and as patterns for those with places for values."""
    sources: set[str] = set()
    for folder in ("gui", "domain", "reports", "sync", "printing"):
        for path in (SRC / folder).rglob("*.py"):
            if "forms" not in path.parts:
                sources |= _literals(path)
    for ui in (ROOT / "ui").glob("*.ui"):
        sources |= {s.text or "" for s in ET.parse(ui).getroot().iter("string")}
    sources |= _toml_strings(tomllib.loads(
        (ROOT / "resources" / "catalogue" / "en.toml").read_text(encoding="utf-8")))
    policy = tomllib.loads((ROOT / "resources" / "policy" / "default.toml").read_text(
        encoding="utf-8"))
    sources |= _policy_words(policy)
    welsh = _toml_strings(tomllib.loads(
        (ROOT / "resources" / "catalogue" / "cy.toml").read_text(encoding="utf-8")))
    for message in ET.parse(ROOT / "resources" / "translations" / "directwork_cy.ts").getroot(
            ).iter("message"):
        sources.add(message.findtext("source") or "")
        welsh |= {t.text or "" for t in message.iter("translation")}
        welsh |= {t.text or "" for t in message.iter("numerusform")}
    sources -= welsh  # Welsh words the code also holds ("y plentyn" as a way to say the child)
    plain = {_mnemonic_free(s) for s in sources if not _PLACE.search(s)}
    patterns = [p for s in sources if _PLACE.search(s) and (p := _template(s)) is not None]
    return plain, patterns


def _pieces(text: str) -> list[str]:
    """A visible text and its parts (lines, and the parts of a line joined by " · "), each
    of which may be a source of its own."""
    text = _mnemonic_free(text.replace("\n", " \n "))
    whole = " ".join(text.split())
    pieces = [whole]
    for line in text.split("\n"):
        pieces += [" ".join(p.split()) for p in line.split(" · ")]
    return [p.strip() for p in dict.fromkeys(pieces) if p.strip()]


def is_english(text: str) -> bool:
    plain, patterns = english_sources()
    for piece in _pieces(text):
        if piece in SAME or not re.search(r"[A-Za-z]{2}", piece):
            continue
        if piece in plain or any(p.fullmatch(piece) for p in patterns):
            return True
    return False


def walk(tmp_path: Path, lang: str, only: str = "") -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "tests.gui.welsh_walk", "--lang", lang]
    if only:
        command += ["--only", only]
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


def policy_english_inside(found: dict[str, list[str]]) -> list[str]:
    """Texts holding any of the policy's English words, whole or inside a sentence."""
    policy = tomllib.loads((ROOT / "resources" / "policy" / "default.toml").read_text(
        encoding="utf-8"))
    words = [w.lower() for w in _policy_words(policy)]
    return [f"{name}: {text!r}" for name, texts in found.items() for text in texts
            if any(w in " ".join(text.lower().split()) for w in words)]


def english_left(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {name: left for name, texts in found.items()
            if (left := [t for t in texts
                         if is_english(t) and t not in TOOL_WORDS.get(name, set())])}


def test_every_window_in_welsh_shows_no_english_source_string(tmp_path: Path) -> None:
    build_translations()
    found = walk(tmp_path, "cy")
    assert set(found) == {w.name for w in WINDOWS}, "some windows were not opened"
    left = english_left(found)
    count = sum(len(v) for v in left.values())
    assert not left, f"{count} English texts in the Welsh interface:\n" + "\n".join(
        f"{name}: {text!r}" for name, texts in left.items() for text in texts)
    # nor the policy's words (a response, a ladder step) inside a Welsh sentence
    inside = policy_english_inside(found)
    assert not inside, "the policy's English in the Welsh interface:\n" + "\n".join(inside)
    # no English day or month names in any date shown
    dates = [f"{name}: {text!r}" for name, texts in found.items() for text in texts
             if ENGLISH_DATE.search(text)]
    assert not dates, "English dates in the Welsh interface:\n" + "\n".join(dates)
    # the child record's header: the child's language and the next review's date in Welsh
    header = next(t for t in found["child-record"] if " oed · " in t)
    assert "iaith: Cymraeg" in header and WELSH_DATE.search(header), header


def test_the_walk_sees_english_when_the_interface_is_english(tmp_path: Path) -> None:
    # the check can fail: in English the same windows show English source strings
    found = walk(tmp_path, "en", only="caseload,about,print-choices")
    left = english_left(found)
    assert set(left) == {"caseload", "about", "print-choices"}
    assert any("&File" in t or t == "&File" for t in found["caseload"])


@pytest.mark.parametrize("text", ["Sam Okafor", "42", "Gwiriad ymarfer", "15 oed"])
def test_names_numbers_and_welsh_are_not_taken_for_english(text: str) -> None:
    assert not is_english(text)


@pytest.mark.parametrize("text", ["&File", "Save changes", "3 children", "Safety level: high",
                                  "15 oed · speaks Welsh"])
def test_english_sources_are_found_whole_in_parts_and_with_values(text: str) -> None:
    assert is_english(text)


@pytest.fixture
def language(qapp):
    from directwork.gui.shell import translation

    build_translations()
    yield translation.install(qapp, object())
    translation.install(qapp, object()).switch("en")  # English for the tests after this one


def test_tabs_and_menus_are_found_by_key_in_both_languages(
        qtbot, language, make_app, data_dir, vault) -> None:
    from directwork.domain.records import Child
    from directwork.gui.record.tabs import RecordTab
    from directwork.store import records
    from tests.gui.drive import settle, unlock

    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Efa", preferred_name="Efa"))
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    window = app.window
    app.open_child(child.id)
    settle(qtbot, app)
    record = window.child_record
    qtbot.waitUntil(lambda: record.data is not None, timeout=10_000)
    menus = {"file": window.file_menu, "go": window.go_menu, "view": window.view_menu,
             "sync": app.sync_panel.menu, "help": window.help_menu}
    titles: dict[str, dict[str, str]] = {}
    for lang in ("cy", "en", "cy"):
        language.switch(lang)
        # every part of the record is brought to the front by its key, whatever its title
        for key in RecordTab:
            record.show_tab(key)
            assert record.current_tab() is key
            assert record.tabs.currentWidget() is record.tab_pages[key]
        # every menu is the window's own, on the menu bar, Help last, titled in the language
        bar = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        assert all(menu in bar for menu in menus.values()) and bar[-1] is window.help_menu
        titles[lang] = {name: menu.title() for name, menu in menus.items()}
        # and the practice check opens from its action in either language
        window.practice_check.action.trigger()
        assert window.practice_check.dashboard.isVisible()
        window.show_caseload()
    assert titles["cy"] == {"file": "&Ffeil", "go": "&Mynd", "view": "&Gweld", "sync": "&Cysoni",
                            "help": titles["cy"]["help"]}
    assert titles["en"] == {"file": "&File", "go": "&Go", "view": "&View", "sync": "S&ync",
                            "help": "&Help"}
    assert titles["cy"]["help"] != "&Help"


def test_the_date_checks_tell_english_dates_from_welsh() -> None:
    assert ENGLISH_DATE.search("next review Mon 9 Mar 2026")
    assert ENGLISH_DATE.search("Monday 2 March 2026, 10:30")
    assert not ENGLISH_DATE.search("adolygiad nesaf Llun 9 Maw 2026")
    assert not ENGLISH_DATE.search("Detached youth work on Friday evenings")  # typed, no date
    assert WELSH_DATE.search("adolygiad nesaf Llun 9 Maw 2026")
    assert not WELSH_DATE.search("next review Mon 9 Mar 2026")
