"""`python -m tools.screenshots.team OUTDIR`: the Team page (suggestions, and the children
joined by confirmed links) for the invented team in tools/sample_team.py, at the size it has in
the main window on a 1366x768 screen. Drawn offscreen from a throwaway vault."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from tools.screenshots.shots import manager_vault, settle, shoot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from directwork.domain.records import LinkVerdict
from directwork.gui.common.worker import VaultWorker
from directwork.gui.team.page import TeamPage
from directwork.store import links, operations
from directwork.store.views.team import load_team
from tools.sample_team import add_sample_team

NOW = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
# The page's share of a 1366x768 screen under the menu, toolbar and status line.
SIZE = (1366, 660)


def shoot_team(out: Path) -> list[Path]:
    with manager_vault(NOW) as (vault, _folder):
        with vault.transaction() as s:
            add_sample_team(s)
            links.set_team_manager(s, True)
        view = operations.read(vault, load_team)
        for row in view.suggestions:
            s_ = row.suggestion
            names = {s_.first.name, s_.second.name}
            if names == {"Heol Fawr garages", "the garages on Heol Fawr"} or \
                    names == {"Dean Pryce", "D. Price"}:
                operations.change(vault, links.decide, *s_.key, LinkVerdict.CONFIRMED,
                                  "Checked with both workers.")
        worker = VaultWorker(vault)
        page = TeamPage(worker)
        page.resize(*SIZE)
        page.show()
        page.start()
        settle(worker, 0.3)
        shots = [shoot(page, out / "team-suggestions.png")]
        page.tabs.setCurrentIndex(1)
        settle(worker, 0.2)
        shots.append(shoot(page, out / "team-linked.png"))
        page.close()
        worker.wait_idle()
        worker.shutdown()
        return shots


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    target.mkdir(parents=True, exist_ok=True)
    shoot_team(target)
