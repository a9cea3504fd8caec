"""A watch on the rule that the GUI thread never touches the vault: every database connection
checked out, and every vault session opened, on the GUI thread by code in gui/ is noted.

Test code may read the vault on the GUI thread to set things up and check results; only a
call that comes from gui/ counts (the stack is looked at when it happens)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.pool import Pool

from directwork.store.vault import Vault

GUI_DIR = Path(__file__).resolve().parents[2] / "src" / "directwork" / "gui"


def _from_gui(frame: FrameType | None) -> bool:
    while frame is not None:
        if Path(frame.f_code.co_filename).resolve().is_relative_to(GUI_DIR):
            return True
        frame = frame.f_back
    return False


class VaultWatch:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def note(self, what: str) -> None:
        import sys

        if threading.current_thread() is not threading.main_thread():
            return
        frame = sys._getframe(1)
        if _from_gui(frame):
            where = "".join(traceback.format_stack(frame, limit=12))
            self.seen.append(f"the GUI thread {what}, from:\n{where}")

    @contextmanager
    def watching(self, monkeypatch: pytest.MonkeyPatch) -> Iterator[VaultWatch]:
        opened = Vault.session

        def session(vault: Vault) -> Any:
            self.note("opened a vault session")
            return opened(vault)

        def checkout(*_args: object) -> None:
            self.note("checked out a database connection")

        monkeypatch.setattr(Vault, "session", session)
        event.listen(Pool, "checkout", checkout)
        try:
            yield self
        finally:
            event.remove(Pool, "checkout", checkout)
