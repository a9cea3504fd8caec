"""`directwork import` and `directwork export`, run as IT would run them: a real process against
a vault made by `directwork init`; bad files change nothing and say why on stderr."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from directwork.domain.ids import uuid7
from directwork.store import records as svc
from directwork.store.schema import OutboxRow
from directwork.store.vault import Vault
from tests.cli.cli_run import run_here
from tests.support import samples
from tests.support.killed import killed_while_writing
from tests.support.linked import fill_child

GOOD = "correct horse battery staple"


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIRECTWORK_")}
    env["DIRECTWORK_PASSPHRASE"] = GOOD
    return subprocess.run([sys.executable, "-m", "directwork", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)


def _init(data_dir: Path) -> Path:
    result = run(data_dir, "init", "--recovery-key-file", str(data_dir.parent / f"{data_dir.name}.key"))
    assert result.returncode == 0, result.stderr
    return data_dir


def _row_count(data_dir: Path) -> int:
    vault = Vault(data_dir)
    vault.unlock(GOOD)
    try:
        with vault.session() as s:
            return s.execute(select(func.count()).select_from(OutboxRow)).scalar_one()
    finally:
        vault.lock()


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> tuple[Path, str]:
    data_dir = _init(tmp_path_factory.mktemp("source") / "vault")
    vault = Vault(data_dir)
    vault.unlock(GOOD)
    with vault.transaction() as s:
        child, _ = fill_child(s)
        svc.save_document(s, samples.child(given_name="Amira", family_name="Haddad"))
    vault.lock()
    return data_dir, child.id


@pytest.fixture(scope="module")
def target(tmp_path_factory) -> Path:
    return _init(tmp_path_factory.mktemp("target") / "vault")


def test_export_writes_a_private_file_and_says_it_is_not_encrypted(source, tmp_path):
    data_dir, child_id = source
    out = tmp_path / "sar.json"
    result = run(data_dir, "export", "--child", child_id, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = json.loads(out.read_text("utf-8"))
    assert data["format"] == "directwork-interchange" and data["child_id"] == child_id
    assert {rec["child_id"] for rec in data["records"]} == {child_id}
    # An existing file is never overwritten; an unknown child is a one-line refusal.
    again = run(data_dir, "export", "-o", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr
    unknown = run(data_dir, "export", "--child", uuid7(), "-o", str(tmp_path / "x.json"))
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr
    assert len(unknown.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.json").exists()


def test_import_brings_everything_in_once_and_a_second_time_skips_it(source, target, tmp_path):
    data_dir, _ = source
    out = tmp_path / "all.json"
    assert run(data_dir, "export", "-o", str(out)).returncode == 0
    n = len(json.loads(out.read_text("utf-8"))["records"])
    first = run(target, "import", str(out))
    assert first.returncode == 0, first.stderr
    assert f"Imported {n} records" in first.stdout
    assert _row_count(target) == n
    second = run(target, "import", str(out))
    assert second.returncode == 0, second.stderr
    assert "Imported 0 records" in second.stdout and f"Skipped {n} records" in second.stdout
    assert _row_count(target) == n


def test_a_malformed_file_is_refused_in_one_line_and_changes_nothing(target, tmp_path):
    before = _row_count(target)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "directwork-interchange", "records": [', "utf-8")
    result = run(target, "import", str(broken))
    assert result.returncode == 1
    assert result.stderr.startswith("directwork: ") and "not valid JSON (line 1" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"resourceType": "Bundle"}), "utf-8")
    result = run(target, "import", str(other))
    assert result.returncode == 1 and "not a directwork interchange file" in result.stderr
    assert _row_count(target) == before


def test_every_bad_record_is_listed_by_path_and_nothing_is_imported(target, tmp_path):
    before = _row_count(target)
    child_id = uuid7()
    records = [{"kind": "child", "id": child_id, "given_name": "Tomasz"}]
    records += [{"kind": "voice", "id": uuid7(), "child_id": child_id, "scale": 11}
                for _ in range(25)]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "directwork-interchange", "version": 1,
                               "records": records}), "utf-8")
    result = run(target, "import", str(bad))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"directwork: nothing was imported: 25 problems in {bad}"
    assert lines[1] == "  $.records[1].scale: must be at most 10"
    assert len(lines) == 1 + 20 + 1 and lines[-1] == "  ... and 5 more"
    assert _row_count(target) == before


@pytest.mark.parametrize("content, reason", [
    (b'{"version": ' + b"9" * 5000 + b"}", "a number in it is too long"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b'{"version": NaN}', "NaN is not a JSON number"),
    (b"\xff\xfe\x00 not text", "not UTF-8 text"),
    # One key twice in an object: which value the file meant cannot be known (Python's
    # parser kept the last and dropped the first without a word).
    (b'{"format": "directwork-interchange", "version": 1, "records": [{"kind": "child", '
     b'"id": "01a22eb2-7fff-71a6-875e-c387d5f401b6", "given_name": "A", "given_name": "B"}]}',
     'holds "given_name" twice in one object'),
])
def test_hostile_files_are_refused_with_a_reason_before_the_vault_is_opened(tmp_path, content, reason):
    from directwork.cli import UserError
    from directwork.commands.interchange import read_interchange_file

    path = tmp_path / "hostile.json"
    path.write_bytes(content)
    with pytest.raises(UserError) as refused:
        read_interchange_file(path)
    assert reason in str(refused.value) and "nothing was imported" in str(refused.value)


def test_a_pipe_or_a_device_is_refused_before_it_is_read_and_nothing_is_imported(
        target, tmp_path):
    # A pipe was waited on for ever, and /dev/zero (its size given as 0, under the limit) was
    # read until the computer ran out of memory and the import was killed.
    before = _row_count(target)
    pipe = tmp_path / "records.json"
    os.mkfifo(pipe)
    for chosen in (str(pipe), "/dev/zero"):
        result = run(target, "import", chosen)
        assert result.returncode == 1, result.stderr
        assert result.stderr.strip() == (f"directwork: {chosen} is not a file (a device or a "
                                         "pipe), so it cannot be an interchange file; nothing "
                                         "was imported")
    # A plain file whose read fails (as a stick pulled out does; /proc/self/mem's first read
    # gives EIO) is refused with the system's reason, and a file over the limit unread.
    result = run(target, "import", "/proc/self/mem")
    assert result.returncode == 1
    assert "cannot read /proc/self/mem (Input/output error); nothing was imported" in \
        result.stderr
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as sparse:
        sparse.truncate(512 * 1024 * 1024 + 1)
    result = run(target, "import", str(huge))
    assert result.returncode == 1 and "larger than 512 MB" in result.stderr
    assert _row_count(target) == before


def test_an_export_refused_for_its_history_leaves_no_plain_text_file_behind(source, tmp_path):
    # An export that ends in a refusal must not have written the records in plain text first:
    # the practitioner is told it failed, and is not told the file is there and unencrypted.
    data_dir, child_id = source
    everyone = tmp_path / "everyone.json"
    without_child = run_here(data_dir, "export", "--history", "-o", str(everyone),
                             DIRECTWORK_PASSPHRASE=GOOD)
    assert without_child.returncode == 1 and "--history needs --child" in without_child.stderr
    assert not everyone.exists()

    one = tmp_path / "one.json"
    (tmp_path / "one.history.csv").write_text("kept\n", "utf-8")  # the history's name is taken
    taken = run_here(data_dir, "export", "--child", child_id, "--history", "-o", str(one),
                     DIRECTWORK_PASSPHRASE=GOOD)
    assert taken.returncode == 1 and "one.history.csv already exists" in taken.stderr
    assert not one.exists()
    assert (tmp_path / "one.history.csv").read_text("utf-8") == "kept\n"


def test_an_export_whose_history_finds_the_disk_full_takes_its_records_file_back(
        source, tmp_path, monkeypatch):
    import errno

    from directwork.commands import interchange

    data_dir, child_id = source
    real = interchange._write_private

    def full_for_the_history(path: Path, text: str) -> None:
        if path.name.endswith(".history.csv"):
            raise interchange.os_error(OSError(errno.ENOSPC, "No space left on device"),
                                       path.parent)
        real(path, text)

    monkeypatch.setattr(interchange, "_write_private", full_for_the_history)
    out = tmp_path / "sar.json"
    ran = run_here(data_dir, "export", "--child", child_id, "--history", "-o", str(out),
                   DIRECTWORK_PASSPHRASE=GOOD)
    assert ran.returncode == 1 and "no room left" in ran.stderr
    assert "Nothing was changed" in ran.stderr
    assert sorted(tmp_path.iterdir()) == [], "the records were left in plain text"


def test_an_export_killed_while_writing_leaves_no_cut_file_under_its_name(source, tmp_path):
    data_dir, child_id = source
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "sar.json"
    argv = ["--data-dir", str(data_dir), "export", "--child", child_id, "-o", str(out)]
    killed_while_writing(folder, "directwork.cli:main", *argv, DIRECTWORK_PASSPHRASE=GOOD)
    assert not out.exists(), "a cut export was left under the name asked for"
    [left] = folder.iterdir()
    assert left.name.startswith(".sar.json.partial-") and left.stat().st_mode & 0o077 == 0

    # The next export writes it whole, and takes away what the killed one left.
    assert run(data_dir, "export", "--child", child_id, "-o", str(out)).returncode == 0
    assert [p.name for p in folder.iterdir()] == ["sar.json"]
    assert json.loads(out.read_text("utf-8"))["child_id"] == child_id


_START = b'{"format": "directwork-interchange", "version": 1, "records": ['


@settings(max_examples=50, deadline=None)
@given(content=st.one_of(st.binary(max_size=200), st.binary(max_size=200).map(_START.__add__),
                         st.text(max_size=120).map(lambda t: _START + t.encode("utf-8",
                                                                              "surrogatepass"))))
def test_any_bytes_are_read_as_a_file_or_refused_in_words(content, tmp_path_factory):
    # Random bytes, and a true file's start followed by random bytes or text (lone
    # surrogates among it): each is either read as JSON or refused with a UserError's words,
    # before the vault is opened; nothing else escapes.
    from directwork.cli import UserError
    from directwork.commands.interchange import read_interchange_file
    from directwork.store.interchange_shape import ImportReport, check_envelope

    path = tmp_path_factory.mktemp("bytes") / "file.json"
    path.write_bytes(content)
    try:
        data = read_interchange_file(path)
    except UserError as refused:
        assert "nothing was imported" in str(refused) and "\n" not in str(refused)
        return
    report = ImportReport()
    if not check_envelope(data, report):
        assert report.errors and all(e.path.startswith("$") for e in report.errors)
