"""`python -m tools.screenshots.team_map OUTDIR`: the team map (all of it, a box chosen; then
narrowed to children at high or very high level) and its timeline, for the invented team of
tools/sample_team_map.py, at the size the page has in the main window on a 1366x768 screen.
Drawn offscreen from a throwaway vault."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from tools.screenshots.shots import manager_vault, settle, shoot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from directwork.gui.common.worker import VaultWorker
from directwork.gui.team.map import TeamMapPage
from directwork.store.views.team_map import Concern
from tools.sample_team_map import link_sample_team

NOW = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
# The page's share of a 1366x768 screen under the menu, toolbar and status line.
SIZE = (1366, 660)


def shoot_team_map(out: Path) -> list[Path]:
    with manager_vault(NOW) as (vault, _folder):
        with vault.transaction() as s:
            link_sample_team(s, NOW)
        worker = VaultWorker(vault)
        page = TeamMapPage(worker)
        page.resize(*SIZE)
        page.show()
        page.start()
        settle(worker, 0.3)
        page.suggested.setChecked(True)  # suggestions too, dashed
        page.view.setFocus()
        settle(worker, 0.1)
        shots = [shoot(page, out / "team-map.png")]
        page.choose(concern=Concern.HIGH)
        page.suggested.setChecked(False)
        settle(worker, 0.1)
        shots.append(shoot(page, out / "team-map-filtered.png"))
        page.concern.setCurrentIndex(0)
        page.suggested.setChecked(True)
        page.tabs.setCurrentWidget(page.timeline)
        settle(worker, 0.1)
        shots.append(shoot(page, out / "team-timeline.png"))
        page.close()
        worker.wait_idle()
        worker.shutdown()
        return shots


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as screen:
        if os.environ["QT_QPA_PLATFORM"] == "offscreen":
            from tools.windows import laptop_screen

            # A screen wider than the picture: the offscreen one is 800 pixels wide.
            os.environ["QT_QPA_PLATFORM"] = laptop_screen(Path(screen), 1920, 1200)
        shoot_team_map(target)
