"""The child record: header, tabs, the ecomap's lines, restricted contexts, and the About me
form that says what is wrong beside the field."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from directwork.domain.records import (
    AgencyInvolvement,
    AgencyPlanType,
    Child,
    Context,
    ContextType,
    KeyMoment,
    KeyMomentType,
    Level,
    Person,
    SafetyLevelDecision,
    SafetyPlan,
    TrustView,
)
from directwork.gui.record.ecomap import EcomapScene
from directwork.gui.shell.app import self_test_gui
from directwork.store import audit, records
from directwork.store.errors import WrongPassphrase
from tests.conftest import PASSPHRASE
from tests.gui.drive import settle, unlock


@pytest.fixture
def jay(vault) -> Child:
    with vault.transaction() as s:
        child = records.save_document(s, Child(
            given_name="Jayden", preferred_name="Jay", date_of_birth=date(2011, 3, 14),
            language="Welsh", communication_needs="short sentences"))
        records.add_entry(s, SafetyLevelDecision(child_id=child.id, level=Level.HIGH,
                                                 decided_at=datetime(2026, 1, 5, tzinfo=UTC)))
        records.add_entry(s, SafetyLevelDecision(child_id=child.id, level=Level.MEDIUM,
                                                 decided_at=datetime(2026, 2, 5, tzinfo=UTC)))
        for name, view in (("Nan", TrustView.TRUSTED), ("Mum", TrustView.NOT_SURE),
                           ("Dre", TrustView.WORRIED), ("Coach", None)):
            records.save_document(s, Person(child_id=child.id, name=name, child_view=view))
        records.save_document(s, AgencyInvolvement(child_id=child.id, agency="School",
                                                    plan_type=AgencyPlanType.EHCP))
        records.save_document(s, Context(child_id=child.id, context_type=ContextType.PLACE,
                                         name="the shop car park", restricted=True))
        records.save_document(s, Context(child_id=child.id, context_type=ContextType.SCHOOL,
                                         name="Ysgol Bryn"))
        records.add_entry(s, KeyMoment(child_id=child.id, moment_type=KeyMomentType.EXCLUSION,
                                       occurred_at=datetime(2026, 2, 20, tzinfo=UTC)))
        records.save_document(s, SafetyPlan(child_id=child.id, working_well=["boxing club"]))
    vault.lock()
    return child


def open_record(qtbot, make_app, data_dir: Path, child: Child):
    app = make_app(data_dir)
    unlock(qtbot, app)
    app.open_child(child.id)
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.child_record,
                    timeout=10_000)
    settle(qtbot, app)
    return app, app.window.child_record


def test_header_and_tabs_show_the_child_and_the_current_level(qtbot, make_app, data_dir, jay):
    app, page = open_record(qtbot, make_app, data_dir, jay)
    assert page.header.name.text() == "Jay"
    assert "speaks Welsh" in page.header.facts.text() and "short sentences" in page.header.facts.text()
    # No manager has signed the latest decision off: it shows as awaiting sign-off.
    assert page.header.level.text() == "Safety level: Medium\n(awaiting sign-off)"
    assert "next review " in page.header.facts.text()
    assert [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())] == [
        "About me", "Voice", "Safety plan", "Network", "Contexts", "Key moments", "Reviews",
        "Concerns", "Visits", "History"]
    assert "boxing club" in page.plan_view.toPlainText() and page.plan_view.isReadOnly()
    assert page.moment_model.index(0, 0).data() == "exclusion"
    restricted = {page.context_model.index(r, 1).data(): page.context_model.index(r, 5).data()
                  for r in range(page.context_model.rowCount())}
    assert restricted["the shop car park"].startswith("RESTRICTED")
    assert restricted["Ysgol Bryn"] == "usual"
    settle(qtbot, app)
    with app.vault.session() as s:
        assert [e.action for e in audit.events_for_child(s, jay.id)][0] == "view", \
            "opening the record is not in the audit trail"


def test_ecomap_draws_each_line_by_how_the_child_sees_the_person(qtbot, make_app, data_dir, jay):
    app, page = open_record(qtbot, make_app, data_dir, jay)
    scene: EcomapScene = page.ecomap.ecomap
    styles = {p.name: scene.person_lines[p.id] for p in page.data.people}
    assert styles["Nan"] == (TrustView.TRUSTED, Qt.PenStyle.SolidLine)
    assert styles["Mum"] == (TrustView.NOT_SURE, Qt.PenStyle.DashLine)
    assert styles["Dre"] == (TrustView.WORRIED, Qt.PenStyle.DotLine)
    assert styles["Coach"][0] is None
    texts = {item.toPlainText() for item in scene.items() if hasattr(item, "toPlainText")}
    assert {"Jay", "Nan", "School", "trusted", "worried about"} <= texts
    assert page.people_model.rowCount() == 4 and page.agency_model.rowCount() == 1


def test_about_me_says_what_is_wrong_beside_the_field_and_saves_nothing(qtbot, make_app,
                                                                         data_dir, jay, vault):
    app, page = open_record(qtbot, make_app, data_dir, jay)
    form = page.form
    form.preferred_name.clear()
    form.given_name.clear()
    form.date_of_birth.setText("14/03/2099")
    page.save_button.click()
    assert form.errors["preferred_name"].text() == "Give the name they like to be called."
    assert form.errors["date_of_birth"].text() == "The date of birth cannot be in the future."
    assert "Not saved" in page.save_status.text()
    settle(qtbot, app)
    with app.vault.session() as s:
        assert len(records.list_revisions(s, Child, jay.id)) == 1
    qtbot.keyClicks(form.preferred_name, "JJ")
    form.date_of_birth.setText("14/03/2011")
    form.next_visit.setText("next tuesday")
    page.save_button.click()
    assert "day/month/year" in form.errors["next_visit"].text()
    form.next_visit.setText("10/03/2026")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.save_status.text() == "Saved.", timeout=10_000)
    settle(qtbot, app)
    with app.vault.session() as s:
        assert records.get_document(s, Child, jay.id).preferred_name == "JJ"
    assert page.header.name.text() == "JJ"
    caseload = app.window.caseload.model
    assert caseload.row_of(jay.id).name == "JJ", "the caseload row follows the change"
    assert caseload.row_of(jay.id).next_visit == date(2026, 3, 10)


def test_self_test_opens_the_vault_and_shows_the_caseload(qapp, jay, data_dir) -> None:
    self_test_gui(data_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        self_test_gui(data_dir, "not the passphrase at all")


def test_someone_added_to_the_network_appears_in_the_list_and_on_the_ecomap(
        qtbot, make_app, data_dir, jay) -> None:
    app, page = open_record(qtbot, make_app, data_dir, jay)
    page.add_person_button.click()
    dialog = page.person_dialog
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.name_error.text().startswith("Give their name")
    qtbot.keyClicks(dialog.name, "Coach Dan")
    qtbot.keyClicks(dialog.relationship, "boxing coach")
    dialog.child_view.setCurrentIndex(dialog.child_view.findText("Trusted"))
    qtbot.keyClicks(dialog.child_words, "he always turns up")
    dialog.trusted.setChecked(True)
    dialog.leads.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 5, timeout=10_000)
    settle(qtbot, app)
    dan = next(p for p in page.data.people if p.name == "Coach Dan")
    assert dan.child_view == TrustView.TRUSTED and dan.trusted_adult and dan.leads_relationship
    assert dan.child_view_words == "he always turns up"
    assert page.ecomap.ecomap.person_lines[dan.id] == (TrustView.TRUSTED, Qt.PenStyle.SolidLine)


def test_every_model_in_the_live_app_passes_the_model_tester(qtbot, qtmodeltester, make_app,
                                                             data_dir, jay) -> None:
    app, page = open_record(qtbot, make_app, data_dir, jay)
    models = [app.window.caseload.model, app.window.caseload.proxy, page.voice_model,
              page.people_model, page.agency_model, page.context_model, page.moment_model,
              page.review_model, page.concern_model, page.visit_model, page.history_model]
    assert app.window.caseload.model.rowCount() == 1 and page.people_model.rowCount() == 4
    for model in models:
        qtmodeltester.check(model)


def test_a_restricted_context_added_from_the_record_is_marked_as_such(qtbot, make_app,
                                                                      data_dir, jay) -> None:
    app, page = open_record(qtbot, make_app, data_dir, jay)
    page.add_context_button.click()
    dialog = page.context_dialog
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and not dialog.name_error.isHidden()
    dialog.kind.setCurrentIndex(dialog.kind.findText("An online space"))
    qtbot.keyClicks(dialog.name, "the late-night group chat")
    dialog.concerns.setPlainText("older boys ask him to run errands")
    dialog.restricted.setChecked(True)
    dialog.change_first.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.context_model.rowCount() == 3, timeout=10_000)
    settle(qtbot, app)
    row = next(r for r in range(3) if page.context_model.index(r, 1).data()
               == "the late-night group chat")
    assert page.context_model.index(row, 0).data() == "online"
    assert page.context_model.index(row, 4).data() == "change first"
    assert page.context_model.index(row, 5).data().startswith("RESTRICTED")


def test_each_record_in_the_tabs_shows_where_it_is(qtbot, make_app, data_dir, jay):
    _app, page = open_record(qtbot, make_app, data_dir, jay)
    for model in (page.people_model, page.agency_model, page.context_model, page.moment_model):
        last = model.columnCount() - 1
        assert model.headerData(last, Qt.Orientation.Horizontal) == "Sync"
        shown = {model.index(row, last).data() for row in range(model.rowCount())}
        assert shown == {"saved on this laptop"}, "no hub set up: everything is on this laptop"
