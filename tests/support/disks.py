"""Disks for the fault tests: a small tmpfs or a read-only bind mount (root and mount(8)
needed: without them such a test is skipped, except under CI=true, where a skip would hide
it, so it fails instead), and a file system filled to its last byte."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


def need_mounts() -> None:
    """Skip (or, under CI, fail) a test that cannot mount here."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        why = "mounting a tmpfs or a read-only bind mount needs root and mount(8)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"the disk-full and read-only faults cannot run: {why}")
        pytest.skip(why)


def fill(folder: Path) -> Path:
    """Fill the file system holding ``folder`` to the last byte; returns the file that does."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 1 << 12, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)
    return filler


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str = "1m") -> Iterator[Path]:
    """``folder`` (made here) as a tmpfs of ``size``, unmounted afterwards."""
    need_mounts()
    folder.mkdir()
    mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)
