"""Build step for generated files: Qt Designer forms (ui/*.ui -> gui/forms/ui_*.py) and
translations (resources/translations/*.ts -> *.qm). Each output is rebuilt only when its source
is newer. Generated files carry a do-not-edit stamp and are not committed.

Two callers, one set of functions (Picard's `build_ui` habit):
- a checkout: `python -m directwork.build` (run by `make run`, `make test` and the installer
  build) writes the forms into src/directwork/gui/forms and the .qm files beside their .ts;
- a wheel: setup.py's `build_py` calls `build_forms`/`build_translations` with the build
  folder as the output, so `pip install .` carries the forms and translations as well.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "gui" / "forms"
TS_DIR = ROOT / "resources" / "translations"
STAMP = "# Automatically generated from {src} by `python -m directwork.build` - do not edit.\n"
FORMS_INIT = '"""Forms generated from ui/*.ui. Do not edit; edit the .ui file."""\n'


def _tool(name: str) -> list[str]:
    """The command for a Qt tool that comes with PySide6 (``uic``, ``lrelease``), run through
    the Python that runs this build: in pip's isolated build environment the console scripts
    on PATH may belong to another environment."""
    try:
        import PySide6.scripts.pyside_tool  # noqa: F401  (only to see that it is there)
    except ImportError as exc:
        raise SystemExit(f"build: pyside6-{name} not found (it comes with PySide6)") from exc
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


def _stale(src: Path, out: Path) -> bool:
    return not out.exists() or out.stat().st_mtime < src.stat().st_mtime


def build_forms(ui_dir: Path = UI_DIR, forms_dir: Path = FORMS_DIR) -> list[Path]:
    """Compile every ``ui_dir/*.ui`` into ``forms_dir/ui_<name>.py``; returns what was built."""
    built: list[Path] = []
    if not ui_dir.is_dir():
        return built
    forms_dir.mkdir(parents=True, exist_ok=True)
    init = forms_dir / "__init__.py"
    if not init.exists():
        init.write_text(FORMS_INIT, encoding="utf-8")
    for src in sorted(ui_dir.glob("*.ui")):
        out = forms_dir / f"ui_{src.stem}.py"
        if not _stale(src, out):
            continue
        code = subprocess.run([*_tool("uic"), str(src)], check=True, capture_output=True,
                              text=True).stdout
        out.write_text(STAMP.format(src=f"ui/{src.name}") + code, encoding="utf-8")
        built.append(out)
    return built


def build_translations(ts_dir: Path = TS_DIR, qm_dir: Path | None = None) -> list[Path]:
    """Compile every ``ts_dir/*.ts`` into a ``.qm`` (beside it, or in ``qm_dir``)."""
    built: list[Path] = []
    if not ts_dir.is_dir():
        return built
    for src in sorted(ts_dir.glob("*.ts")):
        out = (qm_dir or ts_dir) / f"{src.stem}.qm"
        if not _stale(src, out):
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([*_tool("lrelease"), "-silent", str(src), "-qm", str(out)],
                       check=True)
        built.append(out)
    return built


def main() -> int:
    built = build_forms() + build_translations()
    for path in built:
        print(f"build: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
