"""The practice check's speed with a realistic caseload: the dashboard from "Check now" to the
list on screen, for 500 demo children beside 20, with reading the 500 children alone as the
baseline (the ratio is the cost of the checks themselves); and one child's charts.

Goal on this machine: the dashboard for 500 children within 1 s (it refreshes after every
change and every minute, on the vault thread, so the window never waits for it).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark passphrase, fictional data only"
RUNS = 5


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def _vault(root: Path, children: int):
    from directwork.store import demo
    from directwork.store.keyfile import KdfParams
    from directwork.store.vault import Vault

    vault, _ = Vault.create(root / f"caseload-{children}", PASSPHRASE,
                            practitioner_name="Bench Practitioner", kdf=KdfParams.fast_for_tests())
    with vault.transaction() as session:
        demo.generate(session, children=children, seed=children)
    return vault


def _median(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _dashboard_shown(vault) -> float:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from directwork.gui.common.worker import VaultWorker
    from directwork.gui.practice.dashboard import DashboardPage

    _qapp = QApplication.instance() or QApplication([])  # kept alive while measuring
    worker = VaultWorker(vault)
    page = DashboardPage(worker)
    page.set_scopes(vault.practitioner_id)
    page.scope.setCurrentIndex(page.scope.count() - 1)
    page.resize(1280, 760)
    page.show()

    def once() -> None:
        # Wait in an event loop, not a busy loop, so the GUI thread does not compete with the
        # vault thread for the interpreter while the check runs.
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        page.refresh()
        loop.exec()
        page.loaded.disconnect(loop.quit)

    once()  # first run warms the caches
    took = _median(once)
    page.close()
    worker.wait_idle()
    worker.shutdown()
    return took


def main() -> None:
    from directwork.domain.records import Child
    from directwork.gui.practice.common import practice_policy
    from directwork.store import practice, records
    from directwork.store.views.charts import load_chart_data

    policy = practice_policy()
    with tempfile.TemporaryDirectory(prefix="dw-practice-bench-") as tmp:
        root = Path(tmp)
        figures: dict[int, dict[str, float]] = {}
        for children in (20, 500):
            vault = _vault(root, children)
            with vault.session() as s:
                items = len(practice.due_items(s, policy))
                ids = [c.id for c in records.list_documents(s, Child)]

            def read_children(v=vault) -> None:
                with v.session() as s:
                    records.list_documents(s, Child)

            def check(v=vault) -> None:
                with v.session() as s:
                    practice.due_items(s, policy)

            def charts(v=vault, child_id=ids[0]) -> None:
                with v.session() as s:
                    load_chart_data(s, child_id)

            figures[children] = {"children": _median(read_children), "check": _median(check),
                                 "dashboard": _dashboard_shown(vault), "charts": _median(charts),
                                 "items": items}
            vault.lock()
    for children, f in figures.items():
        print(f"{children:4d} children, {int(f['items'])} items on the practice check")
        print(f"     read the children (baseline) {_ms(f['children'])}")
        print(f"     practice check (due_items)   {_ms(f['check'])}  "
              f"({f['check'] / f['children']:.1f}x the baseline)")
        print(f"     dashboard: Check now -> shown {_ms(f['dashboard'])}")
        print(f"     one child's charts           {_ms(f['charts'])}")
    big, small = figures[500], figures[20]
    print(f"practice check, 500 vs 20 children: {big['check'] / small['check']:.1f}x "
          f"for {500 / 20:.0f}x the children; goal: dashboard <= 1000 ms for 500 "
          f"({'met' if big['dashboard'] <= 1.0 else 'NOT met'})")


if __name__ == "__main__":
    main()
