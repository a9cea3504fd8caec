"""Every window and dialog (tools/windows.py) as a council laptop shows it: 1366×768 at 150%
scaling. Run by ``python -m tools.screenshots`` in a process of its own, since the screen and
the scale factor are set before the QApplication is made; writes OUTDIR/laptop/NAME.png."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def shoot_laptop(out: Path) -> None:
    """Run this module in a process set up as the laptop's screen."""
    from tools.windows import laptop_screen

    with tempfile.TemporaryDirectory(prefix="dw-laptop-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": laptop_screen(Path(tmp)),
               "QT_SCALE_FACTOR": "1.5", "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-m", "tools.screenshots.laptop", str(out)], env=env,
                       cwd=ROOT, check=True)


def main(out: Path) -> None:
    from directwork.gui.shell.app import application
    from tools.windows import WINDOWS, close_window, make_scene

    application()
    target = out / "laptop"
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dw-laptop-shots-") as tmp:
        scene = make_scene(Path(tmp))
        try:
            for entry in WINDOWS:
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
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
