"""Every window and dialog (tools/windows.py) on a council laptop: 1366×768 at 150% scaling
(911×512 to Qt), and 1366×768 with the largest text size. Each interactive control is on the
screen or inside a scroll area, and no window insists on being larger than the screen.

Each run is a process of its own (tests/gui/screen_fit.py): the screen and Qt's scale factor
are fixed before its QApplication is made."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from directwork.build import build_translations
from directwork.gui.shell.settings import FONT_SCALES
from tests.gui.screen_fit import laptop_screen
from tools.windows import WINDOWS

ROOT = Path(__file__).resolve().parents[2]


def fit_report(tmp_path: Path, scale: str, text_step: int,
               lang: str = "en") -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": laptop_screen(tmp_path), "QT_SCALE_FACTOR": scale,
           "PYTHONPATH": str(ROOT)}
    # -X faulthandler: a crash prints where each thread was, in the failure's message.
    run = subprocess.run([sys.executable, "-X", "faulthandler", "-m", "tests.gui.screen_fit",
                          "--text-step",
                          str(text_step), "--lang", lang], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


@pytest.mark.parametrize(("scale", "text_step", "lang"),
                         [("1.5", 1, "en"), ("1", len(FONT_SCALES) - 1, "en"), ("1.5", 1, "cy")],
                         ids=["150-percent", "largest-text", "150-percent-in-welsh"])
def test_every_window_fits_a_council_laptop(tmp_path: Path, scale: str, text_step: int,
                                            lang: str) -> None:
    # Welsh words are longer: the Welsh interface (the sample child's visit is in Welsh in
    # every run, as their record asks) must fit as well.
    if lang != "en":
        build_translations()
    found = fit_report(tmp_path, scale, text_step, lang)
    assert set(found) == {w.name for w in WINDOWS}, "some windows were not opened"
    problems = {name: p for name, p in found.items() if p}
    assert not problems, "\n".join(f"{k}: {p}" for k, v in problems.items() for p in v)


def test_the_fit_check_notices_a_control_off_the_screen(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QWidget

    from tests.gui.walk import off_screen

    window = QWidget()
    qtbot.addWidget(window)
    window.setMinimumSize(5000, 100)
    button = QPushButton("Far away", window)
    button.move(4800, 10)
    window.show()
    problems = off_screen(window)
    assert any("cannot be smaller" in p for p in problems)
    assert any("far away" in p for p in problems)
