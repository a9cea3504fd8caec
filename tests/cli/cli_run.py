"""Running the `directwork` command in this process, as `python -m directwork` would, with its
own environment and captured output: the same code path as a real run (``cli.main``), without
a new interpreter's start-up for each of the many runs the fault table makes."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from directwork.cli import main


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def run_here(data_dir: Path, *args: str, **env: str) -> Ran:
    """``directwork --data-dir DATA_DIR ARGS...`` with only ``env``'s DIRECTWORK_ variables."""
    saved = dict(os.environ)
    out, err = io.StringIO(), io.StringIO()
    try:
        for name in [k for k in os.environ if k.startswith("DIRECTWORK_")]:
            del os.environ[name]
        os.environ.update(env)
        stdin = sys.stdin
        sys.stdin = io.StringIO()  # not a terminal: secrets come from the environment only
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["--data-dir", str(data_dir), *args])
        finally:
            sys.stdin = stdin
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return Ran(code, out.getvalue(), err.getvalue())
