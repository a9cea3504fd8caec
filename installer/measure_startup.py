"""Start-up time to the unlock window: the PyInstaller bundle beside `python -m directwork`.

Each run starts the app on a private Xvfb display (real xcb platform, as on a desktop), with
a vault already made, and polls the X server until a window titled "Unlock directwork" is
mapped; the time from launch to then is the figure. The first run of each is a warm-up (disk
cache) and is not counted; the median of the rest is reported, with the bundle's size.

    .venv/bin/python installer/measure_startup.py [--runs 5] [--bundle dist/directwork]

Needs Xvfb and xwininfo (apt-get install xvfb x11-utils).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TITLE = "Unlock directwork"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process so far (Linux /proc): unlike wall time it
    hardly changes when other work shares the machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_to_window(command: list[str], env: dict[str, str],
                   timeout: float = 60.0) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from launch until the unlock window is mapped."""
    started = time.perf_counter()
    errors = tempfile.TemporaryFile()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        while time.perf_counter() - started < timeout:
            tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                                  text=True).stdout
            if f'"{TITLE}"' in tree:
                return time.perf_counter() - started, cpu_seconds(proc.pid)
            if proc.poll() is not None:
                errors.seek(0)
                said = errors.read().decode(errors="replace")[-2000:]
                raise SystemExit(f"{command[0]} exited ({proc.returncode}) before its window "
                                 f"showed:\n{said}")
            time.sleep(0.01)
        raise SystemExit(f"no '{TITLE}' window within {timeout} s from {command}")
    finally:
        errors.close()
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def private_display() -> Iterator[str]:
    """A fresh Xvfb on a display number it picks itself (-displayfd), so nothing else on a
    shared machine can collide with it or take it down mid-run."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                             "1280x800x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as fh:
            number = fh.readline().strip()  # written once the server accepts connections
        if not number:
            raise SystemExit("Xvfb did not start")
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "directwork")
    args = parser.parse_args()
    exe = args.bundle / ("directwork.exe" if os.name == "nt" else "directwork")
    if not exe.exists():
        raise SystemExit(f"{exe} is missing: run `make installer` first")
    for tool in ("Xvfb", "xwininfo"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed (apt-get install xvfb x11-utils)")

    with tempfile.TemporaryDirectory(prefix="directwork-startup-") as tmp:
        data_dir = Path(tmp) / "vault"
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", DIRECTWORK_DATA_DIR=str(data_dir),
                   HOME=tmp, DIRECTWORK_PASSPHRASE="a long passphrase for timing")
        subprocess.run([sys.executable, "-m", "directwork", "init", "--name", "Timing"],
                       env=env, check=True, capture_output=True)
        candidates = {
            "python -m directwork": [sys.executable, "-m", "directwork"],
            "bundle": [str(exe)],
        }

        def timed(command: list[str]) -> tuple[float, float]:
            with private_display() as display:
                return time_to_window(command, dict(env, DISPLAY=display))

        results: dict[str, list[tuple[float, float]]] = {}
        for command in candidates.values():
            timed(command)  # warm-up, not counted
        for _ in range(args.runs):
            for name, command in candidates.items():  # interleaved: same machine load
                results.setdefault(name, []).append(timed(command))

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"start-up to the unlock window, median of {args.runs} runs after a warm-up "
          f"(xcb on Xvfb, {os.cpu_count()} CPUs, load average {load:.1f}):")
    for name, pairs in results.items():
        wall = [w for w, _ in pairs]
        cpu = [c for _, c in pairs]
        print(f"  {name:22} wall {statistics.median(wall):.2f} s (min {min(wall):.2f}, "
              f"max {max(wall):.2f})   CPU {statistics.median(cpu):.2f} s")
    size = folder_size(args.bundle)
    print(f"bundle {args.bundle}: {size / 1e6:.0f} MB on disk, "
          f"{sum(1 for p in args.bundle.rglob('*') if p.is_file() and not p.is_symlink())} "
          f"files")
    for archive in sorted((args.bundle.parent).glob("directwork*[._]*")):
        if archive.is_file() and archive.suffix in {".deb", ".gz", ".AppImage", ".exe"}:
            print(f"  {archive.name}: {archive.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
