"""`directwork self-test`, the check IT runs after deploying: it passes on a working install,
and it fails (exit non-zero, saying which step) when any part is broken."""

from __future__ import annotations

import io
import os
import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from directwork.commands import selftest


def run_cli(tmp_path: Path, driver: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m directwork self-test` in a child process (the GUI step makes its own
    QApplication, which must not share this test process with pytest-qt's)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               DIRECTWORK_DATA_DIR=str(tmp_path / "users-own-vault"))
    command = [sys.executable, "-m", "directwork", "self-test"]
    if driver is not None:
        command = [sys.executable, "-c", textwrap.dedent(driver)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)


def step_lines(stdout: str) -> dict[str, str]:
    found = {}
    for line in stdout.splitlines():
        match = re.match(r"\s{2}(\S.*?) \.+ (ok.*|FAILED: .*)$", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def test_self_test_passes_every_step_and_leaves_nothing_behind(tmp_path):
    result = run_cli(tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    lines = step_lines(result.stdout)
    assert set(lines) == {step.label for step in selftest.steps()}
    assert all(outcome.startswith("ok") for outcome in lines.values()), result.stdout
    assert f"all {len(lines)} checks passed" in result.stdout
    # Which encryption library this install runs, for IT to record: SQLCipher 4's format.
    assert re.search(r"^  encryption: SQLCipher 4\.\d+\.\d+ .*on SQLite 3\.\d+\.\d+, OpenSSL 3\.",
                     result.stdout, re.M), result.stdout
    folder = Path(re.search(r"\(in (.+)\)", result.stdout).group(1))
    assert not folder.exists(), "the temporary vault must be removed"
    assert not (tmp_path / "users-own-vault").exists(), "the user's own vault is never touched"


def test_self_test_fails_and_names_the_step_when_summaries_cannot_be_built(tmp_path):
    result = run_cli(tmp_path, driver="""
        import sys
        import directwork.reports

        def broken(*args, **kwargs):
            raise RuntimeError("the Welsh font is missing")

        directwork.reports.build_summary = broken
        from directwork.cli import main
        sys.exit(main(["self-test"]))
    """)

    assert result.returncode != 0, result.stdout
    lines = step_lines(result.stdout)
    failed = {label for label, outcome in lines.items() if outcome.startswith("FAILED")}
    assert failed == {label for label in lines if "summary" in label} and len(failed) == 9
    assert all("the Welsh font is missing" in lines[label] for label in failed)
    assert lines[selftest.ENCRYPTED].startswith("ok")
    assert f"9 of {len(selftest.steps())} checks FAILED" in result.stdout


def test_when_no_vault_can_be_made_later_steps_say_they_were_not_run(monkeypatch):
    def no_room(run):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(selftest, "create_vault", no_room)
    out = io.StringIO()

    assert selftest.run_self_test(out) is False
    lines = step_lines(out.getvalue())
    assert "No space left on device" in lines[selftest.CREATE]
    # Every step that relies on the vault says it was not run; the voices need no vault.
    relying = {step.label for step in selftest.steps() if step.needs}
    others = [outcome for label, outcome in lines.items() if label in relying]
    assert others and all(o.startswith("FAILED: not run, because") for o in others)
    assert all(lines[step.label].startswith("ok") for step in selftest.steps()
               if step.label.startswith("read-aloud"))


def test_plaintext_on_disk_is_found_in_utf8_and_utf16(tmp_path):
    marker = "dw-marker-0123456789abcdef"
    (tmp_path / "clean.bin").write_bytes(os.urandom(4096))
    (tmp_path / "notes.txt").write_text(f"visit notes {marker}", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "export.csv").write_bytes(f"x,{marker}".encode("utf-16-le"))

    leaks = selftest.plaintext_leaks(tmp_path, marker)

    assert leaks == [tmp_path / "notes.txt", tmp_path / "sub" / "export.csv"]


def test_a_database_plain_sqlite_can_read_is_reported_unencrypted(tmp_path, vault):
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE child (name TEXT)")
    conn.close()

    assert "plain SQLite header" in selftest.readable_without_key(plain)
    vault.lock()
    assert selftest.readable_without_key(vault.db_path) is None


def test_a_crash_inside_the_app_fails_its_step_and_the_rest_still_report(monkeypatch):
    # The app step runs in a child process; here that child dies the way a crash in Qt would.
    monkeypatch.setattr(selftest, "_directwork_command", lambda: [
        sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"])
    out = io.StringIO()

    assert selftest.run_self_test(out) is False
    lines = step_lines(out.getvalue())
    app_step = "open the app offscreen and close it"
    assert lines[app_step].startswith("FAILED: the app crashed (SIGKILL)")
    assert all(o.startswith("ok") for label, o in lines.items() if label != app_step)
    assert f"1 of {len(selftest.steps())} checks FAILED" in out.getvalue()
