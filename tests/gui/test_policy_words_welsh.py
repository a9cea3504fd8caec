"""The policy's words (a key moment's response, the escalation ladder's steps) in the Welsh
interface: switching language shows them in Welsh on the practice check, the child record,
the key-moment and concern dialogs, and back in English again; the records that hold them
keep the words they were saved with."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from directwork.build import build_translations
from directwork.domain.records import Concern, KeyMoment, KeyMomentType, Severity
from directwork.domain.rules.practice_check import Category
from directwork.gui.practice.common import practice_policy
from directwork.gui.practice.concerns import ConcernDialog, RaiseConcernDialog
from directwork.gui.practice.dialogs import KeyMomentDialog, ResponseDialog
from directwork.gui.record.child_record import ChildRecordPage
from directwork.gui.shell import translation
from directwork.store import practice
from directwork.store.views.practice import load_concern
from tests.gui.drive import add_children, settle
from tests.gui.test_dashboard import dashboard
from tests.gui.test_welsh_windows import WELSH_DATE

RESPONSE_COLUMN = 3
TO_WHOM_COLUMN = 2


@pytest.fixture
def language(qapp) -> Iterator[translation.InterfaceLanguage]:
    build_translations()
    yield translation.install(qapp, object())
    translation.install(qapp, object()).switch("en")  # English for the tests after this one


def stored_words(vault, child_id: str, concern_id: str) -> tuple[list[str], list[str]]:
    """What the vault holds: each key moment's response and each escalation step's "to whom"."""
    policy = practice_policy()
    with vault.session() as s:
        responses = [st.key_moment.response for st in practice.key_moment_states(s, child_id,
                                                                                 policy)]
        steps = [step.to_whom for step in load_concern(s, concern_id, policy).steps]
    return responses, steps


def responses(model) -> set[str]:
    return {model.data(model.index(row, RESPONSE_COLUMN)) for row in range(model.rowCount())}


def labels(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_switching_to_welsh_shows_the_policys_words_in_welsh_and_records_keep_theirs(
        qtbot, language, vault, clock, worker) -> None:
    policy = practice_policy()
    (jay,) = add_children(vault, ["Jay"])
    # Given a return interview and a high concern moved up a step, saved in English
    with vault.transaction() as s:
        practice.record_key_moment(s, KeyMoment(
            child_id=jay.id, moment_type=KeyMomentType.MISSING,
            occurred_at=clock.now - timedelta(hours=30),
            returned_at=clock.now - timedelta(hours=2)), policy)
        concern = practice.raise_concern(s, Concern(child_id=jay.id, summary="Seen with a knife",
                                                    severity=Severity.HIGH), policy)
        practice.escalate(s, concern.id, policy)
        # and a disclosure not yet passed on, at the top of the practice check
        practice.record_key_moment(s, KeyMoment(child_id=jay.id,
                                                moment_type=KeyMomentType.DISCLOSURE,
                                                occurred_at=clock.now), policy)
        state = next(st for st in practice.key_moment_states(s, jay.id, policy)
                     if st.key_moment.moment_type is KeyMomentType.MISSING)
    before = stored_words(vault, jay.id, concern.id)
    assert sorted(before[0]) == sorted([
        "Hold a return interview", policy.key_moments[KeyMomentType.DISCLOSURE].response])
    assert before[1] == ["Line manager", "Service manager / designated safeguarding lead"]
    record = ChildRecordPage(worker)
    qtbot.addWidget(record)
    record.open_child(jay.id)
    qtbot.waitUntil(lambda: record.data is not None, timeout=10_000)
    page = dashboard(qtbot, worker, vault)
    moments = record.moment_model
    assert "Hold a return interview" in responses(moments)

    # When the practitioner turns the interface Welsh
    language.switch("cy")

    # Then the child record's key moments and the practice check say the response in Welsh
    assert "Cynhaliwch gyfweliad dychwelyd" in responses(moments)
    assert not any(r.startswith(("Hold a", "Tell the")) for r in responses(moments))
    [item] = page.model.items(Category.KEY_MOMENT)
    row = page.model.index(0, 3, page.model.category_index(Category.KEY_MOMENT))
    assert page.model.data(row).endswith(": Cynhaliwch gyfweliad dychwelyd")
    mark = page.model.index(0, 2, page.model.category_index(Category.KEY_MOMENT))
    assert page.model.data(mark) == "canllawiau"
    assert page.model.data(mark, Qt.ItemDataRole.ToolTipRole).startswith(
        "Canllawiau cenedlaethol: 72 awr.")
    due = page.model.index(0, 1, page.model.category_index(Category.KEY_MOMENT))
    assert WELSH_DATE.search(page.model.data(due)), page.model.data(due)
    page.view.setCurrentIndex(row)
    assert "Erbyn " in page.detail.text() and "(canllawiau)" in page.detail.text()
    assert WELSH_DATE.search(page.detail.text()), page.detail.text()
    assert page.detail.toolTip().startswith("Canllawiau cenedlaethol: 72 awr.")
    page.refresh()
    settle(qtbot, worker)
    assert page.act_now_text.text().startswith("<b>Gweithredu nawr (1)</b>")
    assert "Dywedwch wrth y person diogelu dynodedig" in page.act_now_text.text()
    assert page.act_now_button.text() == "&Cofnodi wrth bwy y dywedoch chi…"
    # ... the dialogs opened now say it too
    response = ResponseDialog(worker, state, clock.now, policy=policy)
    moment = KeyMomentDialog(worker, jay.id, clock.now, policy)
    raise_concern = RaiseConcernDialog(worker, jay.id, clock.now, policy)
    concern_dialog = ConcernDialog(worker, concern.id, policy)
    for dialog in (response, moment, raise_concern, concern_dialog):
        qtbot.addWidget(dialog)
    settle(qtbot, worker)
    assert ": Cynhaliwch gyfweliad dychwelyd, yn ddyledus " in labels(response)
    assert "Mae angen: Adolygwch y cynllun diogelwch" in moment.required.text()  # exclusion
    assert raise_concern.clock.text().startswith(
        "Yn dechrau ar y cam hwn: trafodaeth rhwng ymarferwyr (yr ymarferydd yn yr asiantaeth "
        "arall)")
    ladder = [concern_dialog.ladder.item(i).text() for i in range(concern_dialog.ladder.count())]
    assert "Rheolwr llinell (eich rheolwr llinell, a'u rheolwr llinell nhw)" in ladder[1]
    # each step's time to answer in Welsh too (a number takes the singular noun)
    assert "2 diwrnod gwaith" in ladder[0] and "1 diwrnod gwaith" in ladder[-1]
    steps = concern_dialog.steps_model
    assert [steps.data(steps.index(i, TO_WHOM_COLUMN)) for i in range(steps.rowCount())] == [
        "Rheolwr llinell", "Rheolwr gwasanaeth / person diogelu dynodedig"]
    assert {steps.data(steps.index(i, 3)) for i in range(steps.rowCount())} == {"yn aros"}
    welsh = "\n".join([labels(response), moment.required.text(), raise_concern.clock.text(),
                       concern_dialog.advice.text(), *ladder])
    for english in ("Hold a return interview", "Review the safety plan", "Line manager",
                    "line manager", "Practitioner discussion", "practitioner in the other",
                    "working day"):
        assert english not in welsh

    # And back in English, the same rows say the English again
    language.switch("en")
    assert "Hold a return interview" in responses(moments)
    assert page.model.data(row).endswith(": Hold a return interview")
    assert [steps.data(steps.index(i, TO_WHOM_COLUMN)) for i in range(steps.rowCount())] == [
        "Line manager", "Service manager / designated safeguarding lead"]
    # ... and every record holds the words it was saved with
    assert stored_words(vault, jay.id, concern.id) == before
