"""The safety plan editor and its versions on a real vault: agreeing is refused with each
reason beside the part it is about; versions are listed and compared; two laptops' edits are
shown as such and merged by the practitioner."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDate, Qt

from directwork.domain.records import (
    Agreement,
    Contingency,
    PlanAction,
    PlanStatus,
    SafetyGoal,
    SafetyPlan,
    Worry,
)
from directwork.gui.common.worker import VaultWorker
from directwork.gui.plan.editor import PlanEditor
from directwork.gui.plan.versions import PlanVersionsDialog
from directwork.gui.practice.common import practice_policy
from directwork.store import practice, records
from tests.gui.drive import add_children, settle


def open_editor(qtbot, worker: VaultWorker, child_id: str) -> PlanEditor:
    editor = PlanEditor(worker)
    qtbot.addWidget(editor)
    editor.resize(1000, 800)
    editor.open_plan(child_id)
    settle(qtbot, worker)
    assert editor.facts is not None
    return editor


def test_agreeing_with_an_ownerless_action_is_refused_with_the_reason_beside_that_action(
        qtbot, vault, worker) -> None:
    (jay,) = add_children(vault, ["Jay"])
    editor = open_editor(qtbot, worker, jay.id)
    # Given a plan with a worry and its goal, a contingency, one complete action and one
    # action nobody owns
    worry = editor.worries.rows[0]
    qtbot.keyClicks(worry.worry, "Jay is out late with older boys who carry knives")
    qtbot.keyClicks(worry.goal, "Jay is home by 9 with people Nan trusts")
    first = editor.plan_actions.rows[0]
    qtbot.keyClicks(first.what_edit, "Walk Jay to football on Saturdays")
    qtbot.keyClicks(first.owner, "Nan (Maureen)")
    qtbot.keyClicks(first.agency, "family")
    first.set_due(date(2026, 3, 20))
    ownerless = editor.plan_actions.add()
    qtbot.keyClicks(ownerless.what_edit, "Speak to school about the gate")
    ownerless.set_due(date(2026, 3, 13))
    contingency = editor.contingency.rows[0]
    qtbot.keyClicks(contingency.if_this, "Jay is not home by 10")
    qtbot.keyClicks(contingency.then_that, "Nan rings Jay then the worker")
    qtbot.keyClicks(contingency.call, "police on 101, or 999")

    # When the practitioner agrees it with Jay
    dialog = editor.ask_agreement()
    assert dialog is not None
    dialog.rows[0].agreed.setChecked(True)
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)

    # Then it is refused, and the reason sits under the ownerless action, not the other one
    assert not ownerless.problem.isHidden()
    assert "has no owner" in ownerless.problem.text()
    assert "Speak to school" in ownerless.problem.text()
    assert first.problem.isHidden()
    assert not editor.problems.isHidden() and "cannot be agreed" in editor.problems.text()
    assert dialog.isVisible() or not dialog.problems.isHidden()
    with vault.session() as s:
        assert records.list_documents(s, SafetyPlan, jay.id) == [], "a refused plan was saved"

    # And once the owner is given, it is agreed by Jay
    qtbot.keyClicks(ownerless.owner, "Ms Patel")
    qtbot.keyClicks(ownerless.agency, "Brook Academy")
    dialog.buttons.accepted.emit()
    settle(qtbot, worker)
    assert ownerless.problem.isHidden()
    assert editor.base is not None and editor.base.status is PlanStatus.AGREED
    assert [a.who for a in editor.base.agreements] == ["Jay"]
    assert editor.base.agreements[0].agreed_at is not None
    assert "Agreed by Jay" in editor.state.text()


def test_a_fourth_worry_cannot_be_added_and_a_worry_without_a_goal_is_marked(
        qtbot, vault, worker) -> None:
    (jay,) = add_children(vault, ["Jay"])
    editor = open_editor(qtbot, worker, jay.id)
    editor.worries.add()
    editor.worries.add()
    assert len(editor.worries.rows) == 3 and not editor.worries.add_button.isEnabled()
    qtbot.keyClicks(editor.worries.rows[1].worry, "Mum's new partner shouts at Jay")
    editor.agree([Agreement(who="Jay", role="child")])
    settle(qtbot, worker)
    assert "has no safety goal" in editor.worries.rows[1].problem.text()
    assert "add at least one action" in editor.plan_actions.problem.text()
    assert "Add a contingency" in editor.contingency.problem.text()


def test_saving_keeps_every_part_and_makes_a_new_draft_revision(qtbot, vault, worker) -> None:
    (jay,) = add_children(vault, ["Jay"])
    editor = open_editor(qtbot, worker, jay.id)
    qtbot.keyClicks(editor.worries.rows[0].worry, "Out late")
    qtbot.keyClicks(editor.worries.rows[0].goal, "Home by 9")
    qtbot.keyClicks(editor.working_well.add().text, "Nan is always there")
    score = editor.scores.add()
    qtbot.keyClicks(score.person, "Jay")
    score.score.setValue(6)
    qtbot.keyClicks(editor.safe_people.add().text, "Nan")
    qtbot.keyClicks(editor.child_section, "I want to stay at Nan's")
    qtbot.keyClicks(editor.practitioner_notes, "Check the older brother's bail address")
    editor.choose_review.setChecked(True)
    editor.next_review.setDate(QDate(2026, 4, 20))
    assert editor.dirty
    editor.save_button.click()
    settle(qtbot, worker)
    assert not editor.dirty
    with vault.session() as s:
        (saved,) = records.list_documents(s, SafetyPlan, jay.id)
    assert saved.status is PlanStatus.DRAFT
    assert [w.text for w in saved.worries] == ["Out late"]
    assert saved.goals[0].worry_id == saved.worries[0].id
    assert saved.working_well == ["Nan is always there"]
    assert [(x.person, x.score) for x in saved.scores] == [("Jay", 6)]
    assert saved.safe_people == ["Nan"]
    assert [h.number for h in saved.helplines] == ["0800 1111", "999"]
    assert saved.child_section == "I want to stay at Nan's"
    assert saved.practitioner_notes == "Check the older brother's bail address"
    assert saved.next_review == date(2026, 4, 20)

    # Reopening shows the same plan, and a change makes a revision built on this one
    again = open_editor(qtbot, worker, jay.id)
    assert again.worries.rows[0].worry.text() == "Out late"
    qtbot.keyClicks(again.worries.rows[0].worry, " at weekends")
    again.save_button.click()
    settle(qtbot, worker)
    with vault.session() as s:
        revisions = records.list_revisions(s, SafetyPlan, saved.id)
    assert len(revisions) == 2 and revisions[1].base_rev == saved.rev


def agreed_plan(vault, child_id: str) -> SafetyPlan:
    worry = Worry(id="w1", text="Out late with older boys")
    plan = SafetyPlan(child_id=child_id, worries=[worry],
                      goals=[SafetyGoal(id="g1", worry_id="w1", text="Home by 9")],
                      actions=[PlanAction(id="a1", what="Walk to football", owner="Nan",
                                          agency="family", due=date(2026, 3, 20))],
                      contingency=[Contingency(if_this="not home by 10", then_that="ring",
                                               call="101")])
    with vault.transaction() as s:
        return records.save_document(s, dataclasses.replace(plan))


def test_versions_are_listed_and_compared_part_by_part(qtbot, vault, worker, qtmodeltester) -> None:
    (jay,) = add_children(vault, ["Jay"])
    first = agreed_plan(vault, jay.id)
    with vault.transaction() as s:
        agreed = practice.agree_plan(s, first, [Agreement(who="Jay", role="child")],
                                     practice_policy())
        later = records.save_document(s, dataclasses.replace(
            agreed, status=PlanStatus.DRAFT, agreements=[], title="Jay's plan",
            actions=[dataclasses.replace(agreed.actions[0], owner="Uncle Tony")]))
    dialog = PlanVersionsDialog(worker, later.id)
    qtbot.addWidget(dialog)
    settle(qtbot, worker)
    assert dialog.versions_model.rowCount() == 3
    statuses = [dialog.facts.statuses[p.rev] for p in dialog.facts.revisions]
    assert statuses == [PlanStatus.DRAFT, PlanStatus.AGREED, PlanStatus.DRAFT]
    assert dialog.diverged.isHidden()
    agreed_row = dialog.versions_model.index(1, 4)
    assert dialog.versions_model.data(agreed_row) == "Jay (child)"
    # The latest two are compared by default: the agreement, title and owner changed
    changed = {p.label for p in dialog.comparison.differing()}
    assert changed == {"Status", "Title", "Action 1", "Who agreed"}
    row = next(i for i, p in enumerate(dialog.comparison.parts) if p.label == "Action 1")
    assert "(changed)" in dialog.comparison.data(dialog.comparison.index(row, 0))
    assert dialog.comparison.data(dialog.comparison.index(row, 1),
                                  Qt.ItemDataRole.BackgroundRole) is not None
    assert "Uncle Tony" in dialog.comparison.data(dialog.comparison.index(row, 2))
    qtmodeltester.check(dialog.comparison)
    # Any two: the first against the last
    dialog.left.setCurrentIndex(0)
    assert "Status" not in {p.label for p in dialog.comparison.differing()}


def test_two_laptops_editing_one_version_are_shown_and_merged_by_the_practitioner(
        qtbot, vault, worker) -> None:
    (jay,) = add_children(vault, ["Jay"])
    base = agreed_plan(vault, jay.id)
    with vault.transaction() as s:
        laptop_a = records.save_document(s, dataclasses.replace(base, title="Plan (A)"))
        laptop_b = records.save_document(s, dataclasses.replace(
            base, actions=[*base.actions, PlanAction(id="a2", what="Meet the youth worker",
                                                     owner="Dee", agency="youth service",
                                                     due=date(2026, 3, 27))]))
        assert len(records.get_heads(s, SafetyPlan, base.id)) == 2

    # The editor warns, and the versions dialog says the plan was changed on two laptops
    editor = open_editor(qtbot, worker, jay.id)
    assert not editor.banner.isHidden() and "two laptops" in editor.banner.text()
    dialog = PlanVersionsDialog(worker, base.id)
    qtbot.addWidget(dialog)
    settle(qtbot, worker)
    assert not dialog.diverged.isHidden() and "two laptops" in dialog.diverged.text()
    assert not dialog.merge_button.isHidden()
    assert {p.label for p in dialog.comparison.differing()} >= {"Title"}

    # The practitioner keeps A's title (edited a little) and B's new action
    merge = dialog.open_merge()
    assert merge is not None
    by_label = {c.part.label: c for c in merge.choices}
    assert set(by_label) == {"Title", "Action 2"}
    # (which laptop shows as A depends on the revision ids, not on which saved first)
    a_side = "a" if merge.a.rev == laptop_a.rev else "b"
    b_side = "b" if a_side == "a" else "a"
    title = by_label["Title"]
    title.choice.setCurrentIndex(title.choice.findData(b_side))
    assert title.edit.toPlainText() == base.title
    title.choice.setCurrentIndex(title.choice.findData(a_side))
    assert title.edit.toPlainText() == "Plan (A)"
    title.edit.setPlainText("Jay's plan, merged")
    action = by_label["Action 2"]
    action.choice.setCurrentIndex(action.choice.findData(b_side))
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        merge.buttons.accepted.emit()
    settle(qtbot, worker)
    with vault.session() as s:
        (head,) = records.get_heads(s, SafetyPlan, base.id)
    assert head.title == "Jay's plan, merged"
    assert [a.what for a in head.actions] == ["Walk to football", "Meet the youth worker"]
    assert {head.base_rev, head.merge_rev} == {laptop_a.rev, laptop_b.rev}
    assert head.status is PlanStatus.DRAFT
    assert dialog.diverged.isHidden()


def test_closing_the_agree_dialog_while_the_vault_works_loses_nothing(qtbot, vault, worker) -> None:
    (jay,) = add_children(vault, ["Jay"])
    editor = open_editor(qtbot, worker, jay.id)
    qtbot.keyClicks(editor.worries.rows[0].worry, "Out late")
    dialog = editor.ask_agreement()
    dialog.rows[0].agreed.setChecked(True)
    dialog.buttons.accepted.emit()
    dialog.close()  # deleted on close, before the refusal comes back
    qtbot.wait(20)
    settle(qtbot, worker)
    assert "has no safety goal" in editor.worries.rows[0].problem.text()
    assert editor.worries.rows[0].worry.text() == "Out late"


def test_parts_kept_from_the_child_stay_marked_through_the_editor(qtbot, vault, worker) -> None:
    (jay,) = add_children(vault, ["Jay"])
    plan = agreed_plan(vault, jay.id)
    with vault.transaction() as s:
        records.save_document(s, dataclasses.replace(
            plan, actions=[dataclasses.replace(plan.actions[0], withheld=True)]))
    editor = open_editor(qtbot, worker, jay.id)
    assert editor.plan_actions.rows[0].withheld.isChecked(), "a withheld action opens marked"
    editor.worries.rows[0].withheld.setChecked(True)
    editor.contingency.rows[0].withheld.setChecked(True)
    qtbot.keyClicks(editor.child_section, "my words")
    editor.save_button.click()
    settle(qtbot, worker)
    with vault.session() as s:
        (saved,) = records.list_documents(s, SafetyPlan, jay.id)
    assert saved.actions[0].withheld and saved.worries[0].withheld and saved.goals[0].withheld
    assert saved.contingency[0].withheld


def test_plan_changes_not_yet_saved_survive_a_crash_and_go_once_saved(qtbot, vault, worker) -> None:
    from directwork.gui.plan.editor import plan_draft_key
    from directwork.store import drafts

    (jay,) = add_children(vault, ["Jay"])
    plan = agreed_plan(vault, jay.id)
    editor = open_editor(qtbot, worker, jay.id)
    qtbot.keyClicks(editor.child_section, "I want to see my brother")
    # The draft reaches the vault shortly after typing, without pressing Save.
    key = plan_draft_key(jay.id, plan)

    def kept() -> str:
        with vault.session() as s:
            return drafts.load_draft(s, key)

    qtbot.waitUntil(lambda: "I want to see my brother" in kept(), timeout=5_000)
    # The app dies (the first editor is never saved); a new one brings the typing back.
    editor.hide()
    again = open_editor(qtbot, worker, jay.id)
    assert again.child_section.toPlainText() == "I want to see my brother"
    assert again.dirty and again.banner.isVisibleTo(again)
    with vault.session() as s:
        assert records.get_document(s, SafetyPlan, plan.id).rev == plan.rev, "nothing saved yet"
    again.save_button.click()
    settle(qtbot, worker)
    assert kept() == ""
    with vault.session() as s:
        assert records.get_document(s, SafetyPlan, plan.id).child_section == "I want to see my brother"
