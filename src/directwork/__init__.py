"""directwork: offline-first direct work with children, for youth justice practitioners."""

from __future__ import annotations

APP_NAME = "directwork"


def __getattr__(name: str) -> str:
    # The version is read from the installed package's metadata only when asked for (the
    # About box, the command line, a report's footer): reading it walks every installed
    # package's metadata, about 30 ms of the app's start before the unlock window.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("directwork")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        version = "0.0.0+unknown"
    globals()["__version__"] = version
    return version
