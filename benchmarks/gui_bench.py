"""The desktop app's speed with a realistic caseload: unlock to caseload shown, a search
keystroke to the filtered list, opening a child record; for 500 children beside 20, and the
app's start-up to its unlock window beside a bare PySide6 window's start-up.

Goals on this machine: caseload <= 300 ms, search <= 50 ms, open record <= 200 ms, start-up
<= 3x a bare PySide6 window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark passphrase, fictional data only"
SEARCHES = ("j", "ja", "m", "mi", "high", "s", "ka", "e")

# Each prints the wall-clock time at which its first window is on screen, then leaves at once
# (what happens after the window is up is not start-up).
BARE_START = """
import os, time
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.resize(480, 300)
w.show()
app.processEvents()
print(time.time(), flush=True)
os._exit(0)
"""

APP_START = """
import os, sys, time
from pathlib import Path
from directwork.gui.shell.app import DirectworkApp, application
qapp = application()
app = DirectworkApp(Path(sys.argv[1]))
app.start()
qapp.processEvents()
print(time.time(), flush=True)
os._exit(0)
"""


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def _make_vault(root: Path, children: int) -> tuple[Path, float]:
    from directwork.store import demo
    from directwork.store.keyfile import KdfParams
    from directwork.store.vault import Vault

    data_dir = root / f"caseload-{children}"
    vault, _ = Vault.create(data_dir, PASSPHRASE, practitioner_name="Bench Practitioner",
                            kdf=KdfParams.fast_for_tests())
    started = time.perf_counter()
    with vault.transaction() as session:
        demo.generate(session, children=children, seed=children)
    took = time.perf_counter() - started
    vault.lock()
    return data_dir, took


def _wait(qapp, done, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        qapp.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not finish in time")


def _measure_app(data_dir: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from directwork.gui.shell.app import DirectworkApp
    from directwork.gui.shell.settings import Preferences

    with tempfile.TemporaryDirectory() as prefs_dir:
        prefs = Preferences(QSettings(str(Path(prefs_dir) / "p.ini"), QSettings.Format.IniFormat))
        app = DirectworkApp(data_dir, prefs=prefs)
        qapp = app.qapp
        try:
            # As at start-up: while the passphrase is typed, the worker imports the store and
            # the (empty) main window is built; the key derivation is measured in vault_bench.
            app._prepare_in_background()
            app._prepare_main_window()
            _wait(qapp, lambda: not app.worker.busy)
            app.vault.unlock(PASSPHRASE)
            loaded: list[bool] = []
            started = time.perf_counter()
            window = app.show_main_window()
            window.caseload.loaded.connect(lambda: loaded.append(True))
            _wait(qapp, lambda: bool(loaded))
            window.caseload.table.viewport().repaint()
            caseload = time.perf_counter() - started

            search = window.caseload.search
            keystrokes = []
            for text in SEARCHES:
                search.clear()
                qapp.processEvents()
                QTest.keyClicks(search, text[:-1])
                started = time.perf_counter()
                QTest.keyClick(search, text[-1])
                window.caseload.table.viewport().repaint()
                keystrokes.append(time.perf_counter() - started)
            search.clear()
            qapp.processEvents()

            model = window.caseload.model
            opens = []
            for row in range(0, min(model.rowCount(), 6)):
                child_id = model.child_id_at(row)
                window.show_caseload()
                qapp.processEvents()
                shown: list[bool] = []
                started = time.perf_counter()
                window.child_record.open_child(child_id, lambda s=shown: s.append(True))
                _wait(qapp, lambda s=shown: bool(s))
                window.show_child_record()
                window.child_record.repaint()
                opens.append(time.perf_counter() - started)
            del Qt
        finally:
            app.close()
    return {"caseload": caseload, "search": statistics.median(keystrokes),
            "open": statistics.median(opens[1:] or opens)}


def _start_time(code: str, *args: str, runs: int = 5) -> float:
    """From launching a fresh interpreter to its first window on screen (median of runs)."""
    times = []
    for _ in range(runs):
        started = time.time()
        shown = subprocess.run([sys.executable, "-c", code, *args], check=True,
                               capture_output=True, text=True).stdout.split()
        times.append(float(shown[-1]) - started)
    return statistics.median(times)


def main() -> None:
    from directwork.gui.shell.app import application

    application()
    with tempfile.TemporaryDirectory(prefix="dw-gui-bench-") as tmp:
        root = Path(tmp)
        results = {}
        for children in (20, 500):
            data_dir, took = _make_vault(root, children)
            print(f"demo caseload of {children} children written in {took:.1f} s", flush=True)
            results[children] = _measure_app(data_dir)
        bare = _start_time(BARE_START)
        app_start = _start_time(APP_START, str(root / "caseload-20"))

    print()
    print(f"{'step':38} {'20 children':>12} {'500 children':>13}   goal (500)")
    for key, label, goal in (("caseload", "unlock -> caseload shown", 0.300),
                             ("search", "search keystroke -> filtered list", 0.050),
                             ("open", "open a child record", 0.200)):
        small, large = results[20][key], results[500][key]
        verdict = "met" if large <= goal else "MISSED"
        print(f"{label:38} {_ms(small):>12} {_ms(large):>13}   <= {goal * 1000:.0f} ms {verdict}")
    ratio = app_start / bare
    print(f"{'app start -> unlock window':38} {_ms(app_start):>12}")
    print(f"{'bare PySide6 window start (baseline)':38} {_ms(bare):>12}   ratio {ratio:.2f}x "
          f"(goal <= 3x: {'met' if ratio <= 3 else 'MISSED'})")


if __name__ == "__main__":
    main()
