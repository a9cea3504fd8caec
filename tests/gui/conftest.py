"""Fixtures for driving the real app under pytest-qt: real vaults (fast KDF), real widgets,
and preferences kept in the test's own folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from directwork.gui.shell.app import DirectworkApp
from directwork.gui.shell.settings import Preferences
from tests.gui.drive import FAST


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_app(qapp, prefs: Preferences) -> Iterator[Callable[[Path], DirectworkApp]]:  # noqa: ANN001
    made: list[DirectworkApp] = []

    def make(data_dir: Path) -> DirectworkApp:
        app = DirectworkApp(data_dir, kdf=FAST, prefs=prefs)
        made.append(app)
        return app

    yield make
    for app in made:
        app.close()
    # Closed windows are deleted now, not left to slow every later restyle in this process.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
