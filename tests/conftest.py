"""Shared fixtures: real vaults in temporary folders, with cheap Argon2id parameters so the
suite stays fast (the production parameters are measured in benchmarks/)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault

PASSPHRASE = "a long test passphrase"


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.now = self.now + timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))


@pytest.fixture(autouse=True)
def widgets_held_until_closed(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each widget given to ``qtbot.addWidget`` is held until pytest-qt has closed it.

    pytest-qt keeps only a weak reference. A shown widget in a reference cycle (a form and the
    words that retranslate it, say) is then garbage as soon as the test's body returns, and the
    collector (run on the GUI thread by a timer: gui/common/collector.py) may destroy it while
    it is still on screen, before pytest-qt closes it; the offscreen platform crashed doing so
    (a segmentation fault in QCursor::pos, about one run in ten of tests/gui/test_usability.py).
    This fixture's own teardown comes after pytest-qt's closing, so the widgets are let go
    hidden and already marked for deletion."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    bot = request.getfixturevalue("qtbot")
    held: list[object] = []
    add = bot.addWidget

    def add_and_hold(widget, **kwargs):  # type: ignore[no-untyped-def]
        held.append(widget)
        add(widget, **kwargs)

    bot.addWidget = bot.add_widget = add_and_hold
    yield
    held.clear()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    v, _recovery = Vault.create(data_dir, PASSPHRASE, practitioner_name="Sam Practitioner",
                                kdf=KdfParams.fast_for_tests())
    yield v
    v.lock()


@pytest.fixture
def vault_with_recovery(data_dir: Path) -> Iterator[tuple[Vault, str]]:
    v, recovery = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests())
    yield v, recovery
    v.lock()


@pytest.fixture(scope="session")
def cups_server():
    """The run's private CUPS server (tests/support/cups.py), started on first use."""
    from tests.support.cups import shared_server

    return shared_server()


@pytest.fixture
def print_queue(cups_server, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh PDF printer on that server, which the app finds as it finds the real one
    (CUPS_SERVER)."""
    monkeypatch.setenv("CUPS_SERVER", cups_server.socket)
    name = cups_server.add_queue()
    yield name
    try:
        cups_server.admin("cancel", "-a", "-x", name)
        cups_server.remove_queue(name)
    except RuntimeError:
        pass  # the test removed it itself
    import shutil

    shutil.rmtree(cups_server.paper / name, ignore_errors=True)
