"""`directwork summary`: a PDF where the user chose, and (only when the user says it is given)
a record of what was given to whom, and how."""

from __future__ import annotations

import pytest

from directwork.cli import main
from directwork.domain.records import (
    SummaryAudience,
    SummaryGiven,
    SummaryHandover,
    SummaryLanguage,
)
from directwork.store import records
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.reports.markers import THIRD_PARTY, pdf_text, seed_marker_case
from tests.support.killed import killed_while_writing


@pytest.fixture
def child_id(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DIRECTWORK_PASSPHRASE", PASSPHRASE)
    return seed_marker_case(vault)


def _given(vault: Vault, child_id: str) -> list[SummaryGiven]:
    with vault.session() as session:
        return records.list_entries(session, SummaryGiven, child_id)


def test_summary_writes_the_pdf_and_records_who_it_was_given_to(vault, data_dir, child_id,
                                                                 tmp_path, capsys) -> None:
    out = tmp_path / "rhys.pdf"
    code = main(["--data-dir", str(data_dir), "summary", child_id, "--audience", "child",
                 "--lang", "cy", "-o", str(out), "--given-to", "Rhys", "--given", "--checked"])
    assert code == 0
    text = pdf_text(out.read_bytes())
    assert "Fy nghynllun diogelwch" in text and THIRD_PARTY not in text
    assert out.stat().st_mode & 0o077 == 0  # readable by the practitioner only
    [given] = _given(vault, child_id)
    assert (given.audience, given.language, given.given_to, given.how) == (
        SummaryAudience.CHILD, SummaryLanguage.CY, "Rhys", SummaryHandover.SAVED)
    assert given.plan_id
    assert given.withheld["person"] >= 1 and given.withheld["left_out"] >= 1
    streams = capsys.readouterr()
    assert "not encrypted" in streams.err
    assert "Recorded as saved and given to Rhys" in streams.out

    # The multi-agency plan printed afterwards lists the summary that was given.
    agency = tmp_path / "agency.pdf"
    assert main(["--data-dir", str(data_dir), "summary", child_id, "--audience", "agency",
                 "--lang", "en", "-o", str(agency)]) == 0
    assert "Child summary in Welsh given to Rhys" in pdf_text(agency.read_bytes())


def test_language_defaults_to_the_childs_preference_and_a_file_alone_is_not_given(
        vault, data_dir, child_id, tmp_path, capsys) -> None:
    out = tmp_path / "carers.pdf"
    assert main(["--data-dir", str(data_dir), "summary", child_id, "--audience", "carer",
                 "-o", str(out), "--checked"]) == 0
    text = pdf_text(out.read_bytes())  # the marker child asked for Welsh and English
    assert text.index("Copi i rieni a gofalwyr") < text.index("A copy for parents and carers")
    # Without --given the file is written, and nothing says it reached the carers
    assert _given(vault, child_id) == []
    assert "Not recorded as given" in capsys.readouterr().out


def test_a_family_copy_with_lines_to_check_is_refused_until_checked(vault, data_dir, child_id,
                                                                   tmp_path, capsys) -> None:
    out = tmp_path / "rhys.pdf"
    code = main(["--data-dir", str(data_dir), "summary", child_id, "--audience", "child",
                 "--lang", "en", "-o", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert "--checked" in err and "Nothing was written" in err
    # The lines are listed as the copy shows them: the withheld words are not repeated.
    assert "plan.contingency.if_this: 'someone calls you' (a name taken out)" in err
    assert "Quillon" not in err and THIRD_PARTY.split()[1] not in err
    assert not out.exists() and _given(vault, child_id) == []


def test_an_existing_file_is_not_replaced_and_nothing_is_recorded(vault, data_dir, child_id,
                                                                  tmp_path, capsys) -> None:
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"someone else's file")
    code = main(["--data-dir", str(data_dir), "summary", child_id, "--audience", "child",
                 "-o", str(out)])
    assert code == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == b"someone else's file"
    assert _given(vault, child_id) == []


def test_an_unknown_child_is_a_clear_error_and_writes_nothing(data_dir, child_id, tmp_path,
                                                             capsys) -> None:
    out = tmp_path / "nobody.pdf"
    code = main(["--data-dir", str(data_dir), "summary", "no-such-child", "--audience", "agency",
                 "-o", str(out)])
    assert code == 1
    assert "no-such-child" in capsys.readouterr().err
    assert not out.exists()


def test_a_summary_killed_while_writing_leaves_no_cut_pdf_under_its_name(vault, data_dir,
                                                                        child_id, tmp_path):
    # A PDF cut short can look whole: the name holds the whole summary or nothing.
    vault.lock()  # the command's process opens the vault itself
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "agency.pdf"
    argv = ["--data-dir", str(data_dir), "summary", child_id, "--audience", "agency",
            "--lang", "en", "-o", str(out)]
    killed_while_writing(folder, "directwork.cli:main", *argv, DIRECTWORK_PASSPHRASE=PASSPHRASE)
    assert not out.exists()
    [left] = folder.iterdir()
    assert left.name.startswith(".agency.pdf.partial-") and left.stat().st_mode & 0o077 == 0

    # The next run writes it whole, and takes away what the killed one left.
    assert main(argv) == 0
    assert [p.name for p in folder.iterdir()] == ["agency.pdf"]
    assert "multi-agency" in pdf_text(out.read_bytes()).lower()
