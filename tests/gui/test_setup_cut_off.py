"""The app's first window, where setting up a vault was cut off part way (the app or the
computer stopped): the set-up wizard, as in an empty folder, not the unlock screen (which
could only say there is no vault yet, with no way on). Setting up through it makes a whole
vault there."""

from __future__ import annotations

from pathlib import Path

from directwork.domain import records as r
from directwork.gui.shell import app as shell
from directwork.gui.shell.setup_wizard import SetupWizard
from directwork.store import head, setting_up
from directwork.store import records as svc
from directwork.store import vault as store_vault
from tests.gui.test_practitioner_journey import set_up_laptop
from tests.store.test_setting_up_cut_off import _cut_off, assert_whole


def test_the_app_checks_the_same_files_as_the_store() -> None:
    assert shell.VAULT_FILES == (store_vault.DB_NAME, store_vault.KEY_NAME)
    assert (setting_up.KEY_FILE, setting_up.HEAD_FILE) == (store_vault.KEY_NAME, head.HEAD_NAME)


def test_a_mark_beside_a_vault_in_use_opens_the_unlock_screen(qtbot, make_app, vault,
                                                                data_dir: Path) -> None:
    with vault.transaction() as s:
        svc.save_document(s, r.Child(given_name="Bea"))
    vault.lock()
    (data_dir / store_vault.SETTING_UP_NAME).touch()
    app = make_app(data_dir)
    assert not isinstance(app.start(), SetupWizard)
    app.close()


def test_a_setting_up_cut_off_opens_the_set_up_wizard_and_it_makes_a_whole_vault(
        qtbot, make_app, tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    _cut_off(folder, "before the key")
    assert (folder / store_vault.DB_NAME).exists()
    app = make_app(folder)
    assert isinstance(app.start(), SetupWizard)
    app.close()

    app = make_app(folder)
    # The wizard again, through to the main window; it says where the files found were moved.
    set_up_laptop(qtbot, app, tmp_path, moved_aside=True)
    app.close()
    assert_whole(folder)
