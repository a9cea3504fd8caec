"""`python -m tools.screenshots.team_context OUTDIR`: a team context's page (the children linked
to the garages, what their records let the team see, and the context plan) and the first page
of the panel's context summary (English, children named by initials and date of birth), for the
invented team in tools/sample_team.py. Drawn offscreen from a throwaway vault."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from tools.screenshots.shots import manager_vault, settle, shoot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from directwork.domain.records import SummaryLanguage
from directwork.gui.common.worker import VaultWorker
from directwork.gui.team.context_page import TeamContextPage
from directwork.reports.panel import PanelNaming, build_panel_summary
from directwork.store import links
from tools.sample_team import add_sample_context, add_sample_team

NOW = datetime(2026, 11, 30, 10, 30, tzinfo=UTC)
SIZE = (1366, 660)  # the page's share of a 1366x768 screen, as the Team page's


def shoot_team_context(out: Path) -> list[Path]:
    with manager_vault(NOW) as (vault, folder):
        with vault.transaction() as s:
            links.set_team_manager(s, True)
            context_id = add_sample_context(s, add_sample_team(s))
        worker = VaultWorker(vault)
        page = TeamContextPage(worker)
        page.resize(*SIZE)
        page.show()
        page.open_context(context_id)
        settle(worker, 0.3)
        shots = [shoot(page, out / "team-context.png")]
        pdf = build_panel_summary(page.view, SummaryLanguage.EN, PanelNaming.INITIALS,
                                  date(2026, 11, 30), "Morgan Team Manager")
        stem = folder / "panel"
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile",
                        "-", str(stem)], input=pdf, check=True)
        target = out / "panel-summary.png"
        target.write_bytes(stem.with_suffix(".png").read_bytes())
        print(f"screenshots: {target}")
        shots.append(target)
        page.close()
        worker.wait_idle()
        worker.shutdown()
        return shots


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    target.mkdir(parents=True, exist_ok=True)
    shoot_team_context(target)
