"""Every item model passes pytest-qt's model tester, and the caseload filter finds what the
practitioner types."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from directwork.domain.records import Level, Person, TrustView
from directwork.gui.caseload.model import CHILD_ID_ROLE, SORT_ROLE, CaseloadFilter, CaseloadModel
from directwork.gui.common.record_table import RecordTableModel
from directwork.store.caseload import CaseloadRow


def row(child_id: str, name: str, level: Level | None = None, *, overdue: bool = False,
        concerns: int = 0, moment: str = "") -> CaseloadRow:
    return CaseloadRow(child_id=child_id, name=name, full_name=f"{name} Smith",
                       date_of_birth=date(2011, 1, 1), age=15, level=level, last_seen=None,
                       next_visit=None, review_due=date(2026, 5, 1), review_overdue=overdue,
                       open_concerns=concerns, key_moment=moment,
                       key_moment_at=date(2026, 2, 1) if moment else None,
                       sync_state="saved on this laptop")


ROWS = [row("1", "Jay", Level.HIGH, concerns=2), row("2", "Mia", Level.LOW, overdue=True),
        row("3", "Kai", Level.VERY_HIGH, moment="missing"), row("4", "Jaz")]


def test_caseload_model_and_filter_pass_the_model_tester(qtmodeltester) -> None:
    model = CaseloadModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.update_rows([row("2", "Mia", Level.MEDIUM), row("5", "Zed")])
    qtmodeltester.check(model)
    proxy = CaseloadFilter(model)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    proxy.set_search("ja")
    qtmodeltester.check(proxy)


def test_record_table_model_passes_the_model_tester(qtmodeltester) -> None:
    model = RecordTableModel([("Name", lambda p: p.name), ("View", lambda p: str(p.child_view))])
    qtmodeltester.check(model)
    model.set_records([Person(name="Nan", child_view=TrustView.TRUSTED), Person(name="Dre")])
    qtmodeltester.check(model)


def test_search_needs_every_word_and_matches_names_levels_and_key_moments(qapp) -> None:
    model = CaseloadModel()
    model.set_rows(ROWS)
    proxy = CaseloadFilter(model)

    def shown() -> list[str]:
        return sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))

    proxy.set_search("ja")
    assert shown() == ["Jay", "Jaz"]
    proxy.set_search("ja high")
    assert shown() == ["Jay"]
    proxy.set_search("MISSING")
    assert shown() == ["Kai"]
    proxy.set_search("smith")
    assert len(shown()) == 4


def test_filters_show_what_needs_attention(qapp) -> None:
    model = CaseloadModel()
    model.set_rows(ROWS)
    proxy = CaseloadFilter(model)
    expected = {"review_overdue": {"2"}, "high": {"1", "3"}, "concerns": {"1"},
                "key_moment": {"3"}, "all": {"1", "2", "3", "4"}}
    for key, ids in expected.items():
        proxy.set_filter(key)
        assert {proxy.index(r, 0).data(CHILD_ID_ROLE) for r in range(proxy.rowCount())} == ids


def test_sorting_by_level_uses_its_rank_not_its_spelling(qapp) -> None:
    model = CaseloadModel()
    model.set_rows(ROWS)
    proxy = CaseloadFilter(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 2).data() for r in range(4)] == ["not set", "Low", "High", "Very high"]
    assert proxy.index(0, 2).data(SORT_ROLE) == -1


def test_a_narrow_table_keeps_names_and_dates_whole_and_shortens_the_long_cells(qtbot) -> None:
    from directwork.gui.common.record_table import record_view

    rows = [("Aaliyah", "19/11/2026", "Medium (High awaiting sign-off by a manager)",
             "saved on this laptop, waiting to go to the hub", "placement move, 30/08/2026")]
    model: RecordTableModel[tuple[str, ...]] = RecordTableModel(
        [(heading, lambda r, i=i: r[i]) for i, heading in
         enumerate(["Name", "Last seen", "Safety level", "Sync", "Latest key moment"])])
    view = record_view(model, "Children", words=4)
    qtbot.addWidget(view)
    view.show()
    model.set_records(rows)
    wide = {c: view.sizeHintForColumn(c) for c in range(5)}
    # When the table is too narrow for every column's words
    view.resize(sum(wide.values()) // 2 + 160, 200)
    qtbot.waitUntil(lambda: view.viewport().width() < sum(wide.values()))
    widths = {c: view.columnWidth(c) for c in range(5)}
    # Then the name and the date stay whole, and the long cells give way
    assert widths[0] >= wide[0] and widths[1] >= wide[1]
    assert widths[2] < wide[2] and widths[3] < wide[3]
    assert sum(widths.values()) <= view.viewport().width() + 1
