"""``python -m tests.gui.screen_fit [--text-step N] [--shots DIR]``: open every window and
dialog of the app (tools/windows.py) on the screen this process was started with, and print,
as JSON, each window's controls that are off the screen and not in a scroll area.

Run in its own process because the screen's size and Qt's scale factor (``QT_SCALE_FACTOR``,
a council laptop at 150%) must be set before the QApplication is made; tests/gui/
test_layout.py starts it on a 1366×768 screen with the offscreen platform's configuration
file (``laptop_screen``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tools.windows import laptop_screen  # noqa: F401  (for tests/gui/test_layout.py)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--text-step", type=int, default=1)
    parser.add_argument("--shots", type=Path, default=None)
    parser.add_argument("--only", default="")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings

    from directwork.gui.shell.app import application
    from directwork.gui.shell.settings import Preferences
    from tests.gui.walk import every_state, fit_to_screen, off_screen
    from tools.windows import WINDOWS, close_window, make_scene

    application()
    found: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="dw-fit-") as tmp:
        prefs = Preferences(QSettings(str(Path(tmp) / "prefs.ini"), QSettings.Format.IniFormat))
        prefs.font_scale_step = args.text_step
        scene = make_scene(Path(tmp), prefs)
        try:
            for entry in WINDOWS:
                if args.only and entry.name not in args.only.split(","):
                    continue
                window = entry.open(scene)
                fit_to_screen(window)
                scene.settle()
                if args.shots is not None:
                    args.shots.mkdir(parents=True, exist_ok=True)
                    window.grab().save(str(args.shots / f"{entry.name}.png"))
                found[entry.name] = every_state(window, off_screen)
                close_window(scene, window)
        finally:
            scene.close()
    json.dump(found, sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
