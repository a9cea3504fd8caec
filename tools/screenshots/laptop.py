"""Every window and dialog (tools/windows.py) as a council laptop shows it: 1366×768 at 150%
scaling. Run by ``python -m tools.screenshots`` in a process of its own, since the screen and
the scale factor are set before the QApplication is made; writes OUTDIR/laptop/NAME.png, and
the main screens with the interface in Welsh into OUTDIR/laptop-cy/NAME.png."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The screens shown in Welsh too (the sample child's record asks for Welsh and English, so
# visit mode and co-review open in Welsh whatever the interface language).
WELSH = ("caseload", "child-record", "visit", "practice-check", "coreview", "plan-editor",
         "concern", "team-map", "key-moment", "key-moment-response", "raise-concern")


def shoot_laptop(out: Path) -> None:
    """Run this module in a process set up as the laptop's screen (once in English, once
    with the Welsh interface)."""
    from tools.windows import laptop_screen

    for lang in ("en", "cy"):
        with tempfile.TemporaryDirectory(prefix="dw-laptop-") as tmp:
            env = {**os.environ, "QT_QPA_PLATFORM": laptop_screen(Path(tmp)),
                   "QT_SCALE_FACTOR": "1.5", "PYTHONPATH": str(ROOT)}
            subprocess.run([sys.executable, "-m", "tools.screenshots.laptop", str(out), lang],
                           env=env, cwd=ROOT, check=True)


def main(out: Path, lang: str = "en") -> None:
    from PySide6.QtCore import QSettings

    from directwork.build import build_translations
    from directwork.gui.shell.app import application
    from directwork.gui.shell.settings import Preferences
    from directwork.gui.shell.translation import save_language
    from tools.windows import WINDOWS, close_window, make_scene

    application()
    target = out / ("laptop" if lang == "en" else f"laptop-{lang}")
    target.mkdir(parents=True, exist_ok=True)
    build_translations()
    with tempfile.TemporaryDirectory(prefix="dw-laptop-shots-") as tmp:
        prefs = Preferences(QSettings(str(Path(tmp) / "prefs.ini"), QSettings.Format.IniFormat))
        save_language(prefs, lang)  # read when the main window is made
        scene = make_scene(Path(tmp), prefs)
        try:
            for entry in WINDOWS:
                if lang != "en" and entry.name not in WELSH:
                    continue
                window = entry.open(scene)
                screen = window.screen().availableGeometry()
                window.resize(window.size().boundedTo(screen.size()))
                window.move(screen.topLeft())
                scene.settle()
                window.grab().save(str(target / f"{entry.name}.png"))
                print(f"screenshots: {target / entry.name}.png")
                close_window(scene, window)
        finally:
            scene.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
