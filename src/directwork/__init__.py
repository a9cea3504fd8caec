"""directwork: offline-first direct work with children, for youth justice practitioners."""

from __future__ import annotations

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("directwork")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "directwork"
