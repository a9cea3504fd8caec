"""Where directwork keeps things. Every path can be overridden (--data-dir,
DIRECTWORK_DATA_DIR), which tests and portable installs use."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import platformdirs

from directwork import APP_NAME


def _find_resources() -> Path:
    """The resources folder: inside the package when installed from a wheel or frozen by
    PyInstaller (both put the top-level resources/ there at build time), else the checkout's
    own resources/ beside src/ (an editable install reads it in place)."""
    installed = Path(str(files("directwork").joinpath("resources")))
    if (installed / "policy").is_dir():
        return installed
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if (checkout / "policy").is_dir():
        return checkout
    raise RuntimeError(
        f"directwork's resources are missing (looked in {installed} and {checkout}): "
        "reinstall directwork")


RESOURCES = _find_resources()


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resource_path(*parts: str) -> Path:
    """A file under resources/ (installed with the package, or beside it in a checkout)."""
    return RESOURCES.joinpath(*parts)
