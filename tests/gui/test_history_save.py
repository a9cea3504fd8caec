"""The child's history saved as CSV where the practitioner chose (on the vault worker, by
``write_csv``): whole or not at all, readable by them only."""

from __future__ import annotations

import errno
import stat

import pytest

from directwork.gui.record.history import write_csv
from tests.support.disks import fill, small_tmpfs


def test_the_history_is_written_0600_and_replaces_the_file_chosen(tmp_path):
    out = tmp_path / "history.csv"
    out.write_text("older\n", "utf-8")
    write_csv(out, "when,what\n01/12/2026 09:00,visit\n")
    assert out.read_text("utf-8") == "when,what\n01/12/2026 09:00,visit\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["history.csv"]


def test_a_full_disk_keeps_the_older_history_whole_and_leaves_nothing_else(tmp_path):
    with small_tmpfs(tmp_path / "stick") as stick:
        older = stick / "history.csv"
        older.write_text("when,what\n", "utf-8")
        fill(stick)
        with pytest.raises(OSError) as failed:
            write_csv(older, "when,what\n" + "01/12/2026 09:00,visit\n" * 2000)
        assert failed.value.errno == errno.ENOSPC
        assert older.read_text("utf-8") == "when,what\n"
        assert sorted(p.name for p in stick.iterdir()) == ["filler", "history.csv"]
