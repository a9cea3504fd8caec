"""Build step for generated files: Qt Designer forms (ui/*.ui -> gui/forms/ui_*.py) and
translations (resources/translations/*.ts -> *.qm). Each output is rebuilt only when its source
is newer. Generated files carry a do-not-edit stamp and are not committed.

Run by `make run`, `make test` and the installer build: ``python -m directwork.build``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "gui" / "forms"
TS_DIR = ROOT / "resources" / "translations"
STAMP = "# Automatically generated from {src} by `python -m directwork.build` - do not edit.\n"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"build: {name} not found (it comes with PySide6)")
    return found


def _stale(src: Path, out: Path) -> bool:
    return not out.exists() or out.stat().st_mtime < src.stat().st_mtime


def build_forms() -> list[Path]:
    built: list[Path] = []
    if not UI_DIR.is_dir():
        return built
    FORMS_DIR.mkdir(exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Forms generated from ui/*.ui. Do not edit; edit the .ui file."""\n')
    for src in sorted(UI_DIR.glob("*.ui")):
        out = FORMS_DIR / f"ui_{src.stem}.py"
        if not _stale(src, out):
            continue
        code = subprocess.run([_tool("pyside6-uic"), str(src)], check=True, capture_output=True,
                              text=True).stdout
        out.write_text(STAMP.format(src=f"ui/{src.name}") + code, encoding="utf-8")
        built.append(out)
    return built


def build_translations() -> list[Path]:
    built: list[Path] = []
    if not TS_DIR.is_dir():
        return built
    for src in sorted(TS_DIR.glob("*.ts")):
        out = src.with_suffix(".qm")
        if not _stale(src, out):
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(src), "-qm", str(out)],
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
