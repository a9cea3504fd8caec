"""write_private, which every output of the `directwork` command and the recovery key go
through: 0600, never over an existing file unless asked, and whole or not at all."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

from directwork.store.private_files import write_private

KILLED = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    from directwork.store.private_files import write_private
    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))  # killed past 4 KiB
    write_private(Path(sys.argv[1]), b"recovery key " * 4096, replace=sys.argv[2] == "replace")
""")


@pytest.mark.parametrize("replace", [False, True])
def test_a_write_killed_midway_leaves_nothing_under_the_name(tmp_path, replace):
    out = tmp_path / "recovery-key.txt"
    killed = subprocess.run([sys.executable, "-c", KILLED, str(out),
                             "replace" if replace else "new"], capture_output=True)
    assert killed.returncode == -signal.SIGXFSZ, killed.stderr.decode()
    assert not out.exists(), "a file cut short was left under the name asked for"
    [left] = tmp_path.iterdir()
    assert left.name.startswith(".recovery-key.txt.partial-")


def test_an_existing_file_is_refused_and_left_byte_for_byte(tmp_path):
    out = tmp_path / "recovery-key.txt"
    out.write_bytes(b"another vault's key\n")
    with pytest.raises(FileExistsError):
        write_private(out, b"this vault's key\n")
    assert out.read_bytes() == b"another vault's key\n"
    assert [p.name for p in tmp_path.iterdir()] == ["recovery-key.txt"]
    write_private(out, b"this vault's key\n", replace=True)
    assert out.read_bytes() == b"this vault's key\n" and out.stat().st_mode & 0o777 == 0o600


# A file may not grow past a size the disk allows (a USB stick formatted FAT32: 4 GB) or the
# computer sets (here, as the kernel enforces it: RLIMIT_FSIZE with SIGXFSZ ignored, as Python
# leaves it): the write is refused with EFBIG, not for want of room.
TOO_LARGE = textwrap.dedent("""
    import errno, resource, sys
    from pathlib import Path
    from directwork.store.private_files import os_error, write_private
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
    out = Path(sys.argv[1])
    try:
        write_private(out, b"recovery key " * 4096)
    except OSError as exc:
        print(errno.errorcode[exc.errno], os_error(exc, out.parent).message)
""")


def test_a_file_over_the_size_allowed_is_refused_as_too_large_not_for_want_of_room(tmp_path):
    out = tmp_path / "recovery-key.txt"
    ran = subprocess.run([sys.executable, "-c", TOO_LARGE, str(out)], capture_output=True,
                         text=True)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("EFBIG The file is too large for the disk that holds")
    assert "FAT32" in ran.stdout and "Nothing was changed" in ran.stdout
    assert "no room" not in ran.stdout, "freeing space would not help"
    assert list(tmp_path.iterdir()) == [], "a file cut short was left behind"
