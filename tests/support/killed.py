"""A `directwork` (or `directwork-hub`) command killed by the system in the middle of writing
its output: once the command opens a file in the output's folder, the process may write no
more than a few bytes into any file, and the system kills it (SIGXFSZ) at the first write
past them. No mock: the command's own code runs, and is stopped where a power cut or a kill
would stop it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

KILLED_WHILE_WRITING = textwrap.dedent("""
    import importlib, os, resource, signal, sys

    folder = os.path.realpath(sys.argv[1])

    def hook(event, args):
        if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            opened = os.path.realpath(os.fsdecode(args[0]))
            if os.path.dirname(opened) == folder:
                signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
                resource.setrlimit(resource.RLIMIT_FSIZE, (512, 512))

    sys.addaudithook(hook)
    module, name = sys.argv[2].split(":")
    sys.exit(getattr(importlib.import_module(module), name)(sys.argv[3:]))
""")


def killed_while_writing(folder: Path, entry: str, *argv: str,
                         **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``entry`` ("module:function", called with ``argv``) in a new process that is killed
    when it writes more than 512 bytes after opening a file in ``folder``."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DIRECTWORK_")}
    environment.update(env)
    ran = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, str(folder), entry, *argv],
                         capture_output=True, text=True, env=environment,
                         stdin=subprocess.DEVNULL, timeout=120)
    assert ran.returncode == -signal.SIGXFSZ, (ran.returncode, ran.stderr)
    return ran


APPEARS_MEANWHILE = textwrap.dedent("""
    import os, sys

    def appear(event, args):
        # Just as the finished file is moved to its name, another file takes that name.
        if event in ("os.rename", "os.link"):
            dest = os.fsdecode(args[1])
            if os.path.basename(dest) == "taken-meanwhile" and not os.path.lexists(dest):
                with open(dest, "x") as other:
                    other.write("appeared meanwhile")

    sys.addaudithook(appear)
""")


def run_with_a_name_taken_meanwhile(code: str, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new process where a file named ``taken-meanwhile`` appears at the
    moment a file is moved (renamed or linked) to that name."""
    return subprocess.run([sys.executable, "-c", APPEARS_MEANWHILE + textwrap.dedent(code),
                           *argv], capture_output=True, text=True, timeout=120)
