"""Where directwork keeps things. Every path can be overridden (--data-dir,
DIRECTWORK_DATA_DIR), which tests and portable installs use."""

from __future__ import annotations

import sys
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


# The licence and the third-party notices (one file each, at the top of the checkout).
NOTICES = ("LICENSE", "THIRD_PARTY_NOTICES.md")


def notice_path(name: str) -> Path | None:
    """``LICENSE`` or ``THIRD_PARTY_NOTICES.md`` as this installation carries it: at the top
    of a PyInstaller bundle (beside the executable, where installer/directwork.spec puts
    them), at the top of a checkout, or in the installed package's metadata (a wheel carries
    them in ``directwork-<version>.dist-info/licenses/``). None when it cannot be found, for
    the caller to say so."""
    if name not in NOTICES:
        raise ValueError(f"{name!r} is not one of directwork's notices {NOTICES}")
    places: list[Path] = []
    if getattr(sys, "frozen", False):
        places.append(Path(sys.executable).resolve().parent / name)
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "src" / "directwork").is_dir():
        places.append(checkout / name)
    from importlib import metadata  # only here: importing it costs every start about 25 ms

    try:
        dist: metadata.Distribution | None = metadata.distribution(APP_NAME)
    except metadata.PackageNotFoundError:
        dist = None
    if dist is not None:
        for listed in dist.files or ():
            if listed.name == name and listed.parts[0].endswith(".dist-info"):
                places.append(Path(str(dist.locate_file(listed))))
    return next((place for place in places if place.is_file()), None)
