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
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TITLE = "Unlock directwork"
DISPLAY = ":87"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def time_to_window(command: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < timeout:
            tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                                  text=True).stdout
            if f'"{TITLE}"' in tree:
                return time.perf_counter() - started
            if proc.poll() is not None:
                raise SystemExit(f"{command[0]} exited ({proc.returncode}) before its window showed")
            time.sleep(0.01)
        raise SystemExit(f"no '{TITLE}' window within {timeout} s from {command}")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


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
        env = dict(os.environ, DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb",
                   DIRECTWORK_DATA_DIR=str(data_dir), HOME=tmp,
                   DIRECTWORK_PASSPHRASE="a long passphrase for timing")
        subprocess.run([sys.executable, "-m", "directwork", "init", "--name", "Timing"],
                       env=env, check=True, capture_output=True)
        xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten",
                                 "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(1.0)
            candidates = {
                "python -m directwork": [sys.executable, "-m", "directwork"],
                "bundle": [str(exe)],
            }
            results: dict[str, list[float]] = {}
            for name, command in candidates.items():
                time_to_window(command, env)  # warm-up, not counted
            for _ in range(args.runs):
                for name, command in candidates.items():  # interleaved: same machine load
                    results.setdefault(name, []).append(time_to_window(command, env))
        finally:
            xvfb.terminate()
            xvfb.wait()

    print(f"start-up to the unlock window, median of {args.runs} runs after a warm-up "
          f"(xcb on Xvfb, {os.cpu_count()} CPUs):")
    for name, times in results.items():
        spread = f"min {min(times):.2f} s, max {max(times):.2f} s"
        print(f"  {name:22} {statistics.median(times):.2f} s   ({spread})")
    size = folder_size(args.bundle)
    print(f"bundle {args.bundle}: {size / 1e6:.0f} MB on disk, "
          f"{sum(1 for p in args.bundle.rglob('*') if p.is_file())} files")
    for archive in sorted((args.bundle.parent).glob("directwork*[._]*")):
        if archive.is_file() and archive.suffix in {".deb", ".gz", ".AppImage", ".exe"}:
            print(f"  {archive.name}: {archive.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
