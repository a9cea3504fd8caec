"""The practice check dashboard driven through real dialogs on a real vault, with the vault's
clock moved by hand: key-moment responses come and go, concerns climb the ladder."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from directwork.domain.records import (
    Concern,
    KeyMomentType,
    Recipient,
    ResponseOutcome,
    Severity,
)
from directwork.domain.rules.practice_check import Category
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice.common import practice_policy
from directwork.gui.practice.concerns import ConcernDialog, RaiseConcernDialog
from directwork.gui.practice.dashboard import DashboardPage
from directwork.gui.practice.dialogs import KeyMomentDialog, ResponseDialog
from directwork.gui.record.tabs import RecordTab
from directwork.store import practice, records
from directwork.store.context import now_of
from tests.gui.drive import add_children, settle, unlock


def dashboard(qtbot, worker: VaultWorker, vault) -> DashboardPage:
    page = DashboardPage(worker, policy=practice_policy())
    qtbot.addWidget(page)
    page.set_scopes(vault.practitioner_id)
    page.scope.setCurrentIndex(page.scope.count() - 1)  # everyone on this laptop
    page.refresh()
    settle(qtbot, worker)
    return page


def key_moment_rows(page: DashboardPage) -> list[str]:
    return [i.what for i in page.model.items(Category.KEY_MOMENT)]


def test_missing_episode_response_is_listed_goes_overdue_after_72_hours_and_clears(
        qtbot, vault, clock, worker, qtmodeltester) -> None:
    (jay,) = add_children(vault, ["Jay"])
    page = dashboard(qtbot, worker, vault)
    assert page.model.count(Category.KEY_MOMENT) == 0

    # Given Jay went missing last night and came back this morning
    dialog = KeyMomentDialog(worker, jay.id, clock.now, practice_policy())
    qtbot.addWidget(dialog)
    dialog.moment_type.setCurrentIndex(dialog.moment_type.findData(KeyMomentType.MISSING))
    assert dialog.returned.isVisible() or not dialog.isVisible()
    dialog.returned.setChecked(True)
    assert "return interview" in dialog.required.text()
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    assert dialog.result_record is not None, dialog.problems.text()

    # Then the return interview is on the dashboard, not yet overdue
    settle(qtbot, worker)
    rows = page.model.items(Category.KEY_MOMENT)
    assert len(rows) == 1 and "Hold a return interview" in rows[0].what
    assert not rows[0].overdue
    assert "(1)" in page.model.data(page.model.category_index(Category.KEY_MOMENT))
    # Beside the deadline: the 72 hours are national guidance, with the source on hover.
    mark = page.model.index(0, 2, page.model.category_index(Category.KEY_MOMENT))
    assert page.model.data(mark) == "guidance"
    tip = page.model.data(mark, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("National guidance: 72 hours.") and "72 hours of the child returning" in tip
    qtmodeltester.check(page.model)

    # When 73 hours pass with nothing recorded, the timer's refresh shows it overdue
    clock.advance(hours=73)
    page.timer.timeout.emit()
    settle(qtbot, worker)
    rows = page.model.items(Category.KEY_MOMENT)
    assert len(rows) == 1 and rows[0].overdue
    first = page.model.index(0, 1, page.model.category_index(Category.KEY_MOMENT))
    assert page.model.data(first).startswith("Overdue")
    assert "1 overdue" in page.model.data(page.model.category_index(Category.KEY_MOMENT))

    # And recording the interview as held clears it
    with vault.session() as s:
        state = practice.key_moment_states(s, jay.id, practice_policy())[0]
    response = ResponseDialog(worker, state, clock.now)
    qtbot.addWidget(response)
    assert set(response.choices) == {ResponseOutcome.OFFERED, ResponseOutcome.HELD,
                                     ResponseOutcome.DECLINED, ResponseOutcome.NOT_DONE}
    response.choices[ResponseOutcome.HELD].setChecked(True)
    response.buttons.accepted.emit()
    settle(qtbot, worker)
    assert response.result_record is not None, response.problems.text()
    settle(qtbot, worker)
    assert key_moment_rows(page) == []
    qtmodeltester.check(page.model)


def test_response_not_done_needs_a_reason_and_keeps_the_dialog_open(
        qtbot, vault, clock, worker) -> None:
    (jay,) = add_children(vault, ["Jay"])
    with vault.transaction() as s:
        from directwork.domain.records import KeyMoment

        practice.record_key_moment(s, KeyMoment(child_id=jay.id, moment_type=KeyMomentType.ARREST,
                                                occurred_at=clock.now), practice_policy())
        state = practice.key_moment_states(s, jay.id, practice_policy())[0]
    dialog = ResponseDialog(worker, state, clock.now)
    qtbot.addWidget(dialog)
    dialog.not_done.setChecked(True)
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    assert dialog.result_record is None
    assert "Say why it was not done" in dialog.problems.text()
    qtbot.keyClicks(dialog.reason, "Review held at the panel instead")
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    assert dialog.result_record is not None


def test_concern_whose_clock_runs_out_shows_the_next_step_of_the_ladder(
        qtbot, vault, clock, worker) -> None:
    policy = practice_policy()
    (jay,) = add_children(vault, ["Jay"])
    page = dashboard(qtbot, worker, vault)

    raise_dialog = RaiseConcernDialog(worker, jay.id, clock.now, policy)
    qtbot.addWidget(raise_dialog)
    qtbot.keyClicks(raise_dialog.summary, "Older boys waiting outside school")
    raise_dialog.severity.setCurrentIndex(raise_dialog.severity.findData(Severity.MEDIUM))
    assert raise_dialog.banner.isHidden(), "call 999 shown for a medium concern"
    raise_dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    concern: Concern = raise_dialog.result_record
    assert concern is not None, raise_dialog.problems.text()
    settle(qtbot, worker)
    (row,) = page.model.items(Category.CONCERN)
    assert not row.overdue and "Waiting for" in row.what

    first_step = policy.ladder[policy.ladder_index(policy.concerns[Severity.MEDIUM].start_at)]
    next_step = policy.ladder[policy.ladder_index(first_step.key) + 1]
    assert concern.response_due is not None
    clock.now = concern.response_due
    clock.advance(minutes=1)
    page.refresh()
    settle(qtbot, worker)
    (row,) = page.model.items(Category.CONCERN)
    assert row.overdue
    assert f"escalate to {next_step.title.lower()}" in row.what

    # The concern's own page says the same and escalating moves it up, restarting its clock.
    dialog = ConcernDialog(worker, concern.id, policy)
    qtbot.addWidget(dialog)
    settle(qtbot, worker)
    assert f"escalate to {next_step.title.lower()}" in dialog.advice.text()
    assert dialog.ladder.item(policy.ladder_index(next_step.key)).text().endswith("← next")
    dialog.escalate_button.click()
    settle(qtbot, worker)
    assert dialog.facts is not None and dialog.facts.state.step.key == next_step.key
    assert f"Waiting for {next_step.who}" in dialog.advice.text()
    settle(qtbot, worker)
    (row,) = page.model.items(Category.CONCERN)
    assert not row.overdue


def test_immediate_danger_shows_999_social_care_and_police_and_tells_the_lead(
        qtbot, vault, clock, worker) -> None:
    policy = practice_policy()
    (jay,) = add_children(vault, ["Jay"])
    dialog = RaiseConcernDialog(worker, jay.id, clock.now, policy)
    qtbot.addWidget(dialog)
    dialog.severity.setCurrentIndex(dialog.severity.findData(Severity.IMMEDIATE))
    assert not dialog.banner.isHidden() and "999" in dialog.banner.text()
    assert "children's social care" in dialog.banner.text() and "police" in dialog.banner.text()
    qtbot.keyClicks(dialog.summary, "Threatened with a knife tonight")
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    concern = dialog.result_record
    page = ConcernDialog(worker, concern.id, policy)
    qtbot.addWidget(page)
    settle(qtbot, worker)
    assert not page.banner.isHidden() and "call 999 now" in page.banner.text()
    # The designated safeguarding lead is told at once; the ladder stays for disagreements.
    assert page.facts.state.step.key == "service_manager"
    assert "Waiting for the service manager or designated safeguarding lead" in page.advice.text()


def test_enter_on_an_item_opens_the_childs_record(qtbot, vault, clock, worker) -> None:
    (jay,) = add_children(vault, ["Jay"])
    page = dashboard(qtbot, worker, vault)
    plans = page.model.category_index(Category.PLAN)
    assert page.model.rowCount(plans) == 1  # no safety plan yet
    page.view.setCurrentIndex(page.model.index(0, 0, plans))
    with qtbot.waitSignal(page.child_chosen) as chosen:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert chosen.args == [jay.id]
    with vault.session() as s:
        assert records.get_document(s, type(jay), jay.id).id == jay.id


def test_the_app_shows_the_practice_check_and_opens_a_child_from_it(
        qtbot, make_app, data_dir, vault) -> None:
    (jay,) = add_children(vault, ["Jay"])
    from directwork.domain.records import KeyMoment

    with vault.transaction() as s:
        practice.record_key_moment(s, KeyMoment(child_id=jay.id, moment_type=KeyMomentType.ARREST,
                                                occurred_at=now_of(s)), practice_policy())
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    window = app.window
    board = window.practice_check.dashboard
    window.practice_check.action.trigger()
    qtbot.waitUntil(lambda: board.facts is not None, timeout=10_000)
    assert window.pages.currentWidget() is board
    assert board.timer.isActive()
    assert board.current_scope().practitioner_id == app.vault.practitioner_id
    assert board.model.items() == [], "Jay is not on this practitioner's caseload"
    board.scope.setCurrentIndex(board.scope.count() - 1)
    settle(qtbot, app)
    moments = board.model.category_index(Category.KEY_MOMENT)
    item = board.model.index(0, 0, moments)
    board.view.doubleClicked.emit(item)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_record, timeout=10_000)
    settle(qtbot, app)
    assert window.child_record.data.child.id == jay.id
    assert not board.timer.isActive(), "a hidden practice check kept checking"
    tabs = window.child_record.tabs
    assert tabs.tabText(tabs.currentIndex()).replace("&", "") == "Key moments"
    assert window.child_record.current_tab() is RecordTab.KEY_MOMENTS
    # The child record offers the practice screens
    buttons = window.child_record.practice.buttons
    assert {"plan", "key_moment", "level", "review", "concern"} <= set(buttons)
    buttons["level"].click()
    qtbot.waitUntil(lambda: any(type(d).__name__ == "LevelDialog"
                                for d in window.child_record.practice.open_windows),
                    timeout=10_000)
    settle(qtbot, app)


def test_a_missing_child_waits_for_the_return_then_the_72_hour_clock_starts(
        qtbot, vault, clock, worker) -> None:
    from directwork.domain.records import KeyMoment
    from directwork.gui.practice.dialogs import ReturnDialog

    (jay,) = add_children(vault, ["Jay"])
    with vault.transaction() as s:
        km = practice.record_key_moment(s, KeyMoment(child_id=jay.id,
                                                     moment_type=KeyMomentType.MISSING,
                                                     occurred_at=clock.now), practice_policy())
    page = dashboard(qtbot, worker, vault)
    (row,) = page.model.items(Category.KEY_MOMENT)
    assert row.due is None and "record the return" in row.what
    clock.advance(hours=30)
    dialog = ReturnDialog(worker, km, clock.now, practice_policy())
    qtbot.addWidget(dialog)
    assert "Hold a return interview" in dialog.required.text()
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    assert dialog.result_record is not None, dialog.problems.text()
    settle(qtbot, worker)
    (row,) = page.model.items(Category.KEY_MOMENT)
    assert row.due is not None and row.due - clock.now == timedelta(hours=72)


def test_the_team_filter_lists_the_teams_children_and_mine_lists_only_mine(
        qtbot, vault, worker, qtmodeltester) -> None:
    import dataclasses

    jay, mo, kit = add_children(vault, ["Jay", "Mo", "Kit"])
    with vault.transaction() as s:
        records.save_document(s, dataclasses.replace(jay, practitioner_id=vault.practitioner_id,
                                                     team="North"))
        records.save_document(s, dataclasses.replace(mo, practitioner_id="someone-else",
                                                     team="North"))
        records.save_document(s, dataclasses.replace(kit, practitioner_id="someone-else",
                                                     team="South"))
    page = DashboardPage(worker, policy=practice_policy())
    qtbot.addWidget(page)
    page.set_scopes(vault.practitioner_id, "North")
    assert [page.scope.itemText(i) for i in range(page.scope.count())] == [
        "My children", "Team: North", "Everyone on this laptop"]

    def children_listed() -> set[str]:
        settle(qtbot, worker)
        return {i.child_name for i in page.model.items()}

    page.refresh()
    assert children_listed() == {"Jay"}
    page.scope.setCurrentIndex(1)
    assert children_listed() == {"Jay", "Mo"}
    page.scope.setCurrentIndex(2)
    assert children_listed() == {"Jay", "Mo", "Kit"}
    qtmodeltester.check(page.model)


def test_a_disclosure_is_at_the_top_until_who_was_told_and_when_is_recorded(
        qtbot, vault, clock, worker) -> None:
    from directwork.domain.records import KeyMoment

    (jay,) = add_children(vault, ["Jay"])
    said = clock.now - timedelta(minutes=25)
    with vault.transaction() as s:
        practice.record_key_moment(s, KeyMoment(child_id=jay.id,
                                                moment_type=KeyMomentType.DISCLOSURE,
                                                occurred_at=said), practice_policy())
    page = dashboard(qtbot, worker, vault)
    # Given a disclosure: above the list, and the first category of the list.
    assert page.act_now.isVisibleTo(page)
    assert "Act now (1)" in page.act_now_text.text() and "Disclosure" in page.act_now_text.text()
    assert page.model.count(Category.NOW) == 1 and list(Category)[0] is Category.NOW
    mark = page.model.index(0, 2, page.model.category_index(Category.NOW))
    assert page.model.data(mark) == "guidance"
    chosen = []
    page.act_now_chosen.connect(chosen.append)
    page.act_now_button.click()
    assert [i.kind for i in chosen] == ["key_moment"]

    # When the practitioner records nothing, it stays; ticking who was told closes it.
    with vault.session() as s:
        [state] = practice.key_moment_states(s, jay.id, practice_policy())
    dialog = ResponseDialog(worker, state, clock.now)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    assert dialog.result_record is None and "Record who you told" in dialog.problems.text()
    dsl = next(r for r in dialog.told_rows if r.whom is Recipient.DSL_MANAGER)
    dsl.check.setChecked(True)
    qtbot.keyClicks(dsl.name, "Pat Lead")
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    assert dialog.result_record is not None, dialog.problems.text()
    assert [t.whom for t in dialog.result_record.told] == [Recipient.DSL_MANAGER]
    settle(qtbot, worker)
    assert page.model.count(Category.NOW) == 0 and page.act_now.isHidden()


def test_a_welsh_service_sees_its_own_numbers_in_welsh_and_english(
        qtbot, vault, clock, worker, tmp_path) -> None:
    from directwork.domain.policy import load_policy

    own = tmp_path / "service.toml"
    own.write_text("""region = "wales"
[immediate_danger.childrens_social_care]
name = "Gwynedd children's services"
name_cy = "Gwasanaethau Plant Gwynedd"
phone = "01766 771000"
""", encoding="utf-8")
    policy = load_policy(own)
    (jay,) = add_children(vault, ["Jay"])
    dialog = RaiseConcernDialog(worker, jay.id, clock.now, policy)
    qtbot.addWidget(dialog)
    dialog.severity.setCurrentIndex(dialog.severity.findData(Severity.IMMEDIATE))
    steps = dialog.banner.steps.text()
    assert steps.index("Perygl uniongyrchol") < steps.index("Immediate danger"), "Welsh first"
    assert "Gwasanaethau Plant Gwynedd, 01766 771000" in steps
    assert "Gwynedd children's services, 01766 771000" in steps
