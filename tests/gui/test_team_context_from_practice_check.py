"""On a team manager's laptop (the app itself, unlocked), a team context's plan is on the
practice check like a child's plan, and choosing it opens the team context's page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from directwork.store import links
from tools.windows import _team_context, make_scene, pump


def test_the_practice_check_lists_the_context_plan_and_opens_its_page(qapp, tmp_path: Path):
    scene = make_scene(tmp_path / "scene")
    try:
        context_id = _team_context(scene)
        # Reviewed, with the next review already passed on the scene's clock (March 2026).
        done: list[object] = []
        scene.app.worker.change(links.review_team_context, context_id, "Patrols agreed.",
                                date(2026, 2, 27), success=done.append)
        assert pump(lambda: bool(done))
        window = scene.window
        window.practice_check.action.trigger()
        dashboard = window.practice_check.dashboard
        assert pump(lambda: dashboard.facts is not None and any(
            i.kind == "team_context" for i in dashboard.facts.items))
        assert dashboard.facts is not None
        (item,) = [i for i in dashboard.facts.items if i.kind == "team_context"]
        assert item.record_id == context_id and item.overdue
        assert item.what == "Heol Fawr garages: the context plan's review"
        items = [item]
        dashboard.item_chosen.emit(items[0])
        page = window.team.context_page
        assert pump(lambda: page.view.context is not None)
        assert window.pages.currentWidget() is page
        assert page.view.context.id == context_id
    finally:
        scene.close()
