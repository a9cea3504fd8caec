"""Where directwork keeps things. Every path can be overridden (--data-dir,
DIRECTWORK_DATA_DIR), which tests and portable installs use."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from directwork import APP_NAME


def _find_resources() -> Path:
    here = Path(__file__).resolve().parent
    # A frozen bundle (PyInstaller) carries them inside the package; a checkout keeps them at
    # the top of the repository, beside src/.
    for candidate in (here / "resources", here.parent.parent / "resources"):
        if (candidate / "policy").is_dir() or (candidate / "schema").is_dir():
            return candidate
    return here.parent.parent / "resources"


RESOURCES = _find_resources()


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resource_path(*parts: str) -> Path:
    """A file under resources/ (installed with the package, or beside it in a checkout)."""
    return RESOURCES.joinpath(*parts)
