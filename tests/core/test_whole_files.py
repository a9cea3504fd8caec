"""Files written whole or not at all (core.whole_files), on real files and real faults: a full
tmpfs, a process killed by the system in the middle of its write, a name taken meanwhile."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from directwork.core.whole_files import (
    _create_partial,
    move_without_replacing,
    partial_prefix,
    remove_leftovers,
    write_whole,
)
from tests.support.disks import small_tmpfs
from tests.support.killed import run_with_a_name_taken_meanwhile

BIG = os.urandom(3 << 20)  # more than the 1 MiB disk holds


def test_a_whole_file_is_written_0600_with_no_hidden_file_left(tmp_path):
    out = tmp_path / "plan.pdf"
    write_whole(out, b"%PDF whole")
    assert out.read_bytes() == b"%PDF whole"
    assert out.stat().st_mode & 0o777 == 0o600
    write_whole(out, b"%PDF again", replace=True)
    assert out.read_bytes() == b"%PDF again"
    assert out.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_a_name_that_is_taken_is_refused_and_its_file_left_byte_for_byte(tmp_path):
    out = tmp_path / "export.json"
    out.write_bytes(b"the practitioner's own file\n")
    before = out.stat()
    with pytest.raises(FileExistsError):
        write_whole(out, b"{}")
    assert out.read_bytes() == b"the practitioner's own file\n"
    assert out.stat().st_mtime_ns == before.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_a_name_taken_while_writing_is_not_overwritten(tmp_path):
    # The move itself refuses a name that appeared after the first look (a hard link fails on
    # an existing name), and the hidden file stays for write_whole to remove.
    out = tmp_path / "export.json"
    fd, partial = _create_partial(out)
    os.write(fd, b"new")
    os.close(fd)
    out.write_bytes(b"appeared meanwhile")
    with pytest.raises(FileExistsError):
        move_without_replacing(partial, out)
    assert out.read_bytes() == b"appeared meanwhile"


def test_a_file_that_takes_the_name_while_writing_is_not_overwritten(tmp_path):
    out = tmp_path / "taken-meanwhile"
    ran = run_with_a_name_taken_meanwhile("""
        import sys
        from pathlib import Path
        from directwork.core.whole_files import write_whole
        try:
            write_whole(Path(sys.argv[1]), b"the export")
        except FileExistsError:
            print("refused")
    """, str(out))
    assert ran.stdout.strip() == "refused", ran.stderr
    assert out.read_text() == "appeared meanwhile"
    assert [p.name for p in tmp_path.iterdir()] == ["taken-meanwhile"]


@pytest.mark.parametrize("replace", [False, True])
def test_a_full_disk_leaves_no_file_and_no_hidden_file(tmp_path, replace):
    with small_tmpfs(tmp_path / "disk") as disk:
        out = disk / "summary.pdf"
        with pytest.raises(OSError) as failed:
            write_whole(out, BIG, replace=replace)
        assert failed.value.errno == errno.ENOSPC
        assert list(disk.iterdir()) == []


def test_a_full_disk_leaves_the_file_it_was_to_replace_as_it_was(tmp_path):
    with small_tmpfs(tmp_path / "disk") as disk:
        out = disk / "summary.pdf"
        out.write_bytes(b"%PDF the older summary, whole")
        with pytest.raises(OSError) as failed:
            write_whole(out, BIG, replace=True)
        assert failed.value.errno == errno.ENOSPC
        assert out.read_bytes() == b"%PDF the older summary, whole"
        assert [p.name for p in disk.iterdir()] == ["summary.pdf"]


KILLED_WRITER = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    from directwork.core.whole_files import write_whole
    # Past 64 KiB the system kills this process (SIGXFSZ, which Python ignores unless told)
    # in the middle of its write.
    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
    resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
    write_whole(Path(sys.argv[1]), b"x" * (1 << 20), replace=sys.argv[2] == "replace")
""")


@pytest.mark.parametrize("replace", [False, True])
def test_a_writer_killed_midway_leaves_only_an_obviously_partial_name_which_the_next_write_removes(
        tmp_path, replace):
    out = tmp_path / "summary.pdf"
    if replace:
        out.write_bytes(b"%PDF older")
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(out),
                             "replace" if replace else "new"], capture_output=True)
    assert killed.returncode == -signal.SIGXFSZ, killed.stderr.decode()
    assert (out.read_bytes() == b"%PDF older") if replace else not out.exists()
    left = [p for p in tmp_path.iterdir() if p != out]
    assert len(left) == 1 and left[0].name.startswith(".summary.pdf.partial-")
    assert left[0].stat().st_mode & 0o777 == 0o600

    write_whole(out, b"%PDF whole", replace=True)
    assert out.read_bytes() == b"%PDF whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_the_hidden_file_of_a_writer_still_running_is_not_removed(tmp_path):
    out = tmp_path / "summary.pdf"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import sys
            from pathlib import Path
            from directwork.core.whole_files import _create_partial
            fd, partial = _create_partial(Path(sys.argv[1]))
            print(partial, flush=True)
            sys.stdin.read()
        """), str(out)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        partial = Path(holder.stdout.readline().strip())
        assert partial.name.startswith(partial_prefix(out))
        assert remove_leftovers(out) == []
        assert partial.exists()
    finally:
        holder.communicate("")
    assert remove_leftovers(out) == [partial]  # its writer has gone: a leftover now
    assert not partial.exists()


def test_leftovers_of_other_names_and_other_files_are_left_alone(tmp_path):
    out = tmp_path / "summary.pdf"
    others = [tmp_path / ".other.pdf.partial-0123", tmp_path / "summary.pdf.partial",
              tmp_path / ".summary.pdf.notes"]
    for other in others:
        other.write_bytes(b"not ours to remove")
    write_whole(out, b"%PDF")
    assert all(other.read_bytes() == b"not ours to remove" for other in others)
