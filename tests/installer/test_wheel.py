"""A wheel that works: the package built from the committed sources (no generated files in
them), installed into a fresh virtual environment, runs `directwork self-test` and `directwork
summary` with its resources, forms and translations coming from the wheel alone.

The fresh environment gets its third-party dependencies through a `.pth` line pointing at this
environment's site-packages (reinstalling PySide6 for every run would add minutes); directwork
itself comes only from the wheel, which the test checks, and nothing runs from the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE",
           "THIRD_PARTY_NOTICES.md", "src", "resources", "ui")
GENERATED = ("*.qm", "__pycache__", "forms", "*.egg-info")


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from a copy of the sources without any generated file in them."""
    src = tmp_path_factory.mktemp("sources")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns(*GENERATED))
        else:
            shutil.copy2(path, src / name)
    out = tmp_path_factory.mktemp("wheel")
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(src)], env=dict(os.environ, PIP_NO_INDEX="1"))
    (built,) = out.glob("directwork-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed (console scripts included)."""
    root = tmp_path_factory.mktemp("venv") / "env"
    run([sys.executable, "-m", "venv", "--without-pip", str(root)])
    python = root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "-q", str(wheel)])
    purelib = run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
                  ).stdout.strip()
    # Dependencies from this environment, after the fresh one's own site-packages.
    deps = [p for p in site.getsitepackages() + [sysconfig.get_paths()["purelib"]]
            if Path(p).is_dir()]
    (Path(purelib) / "zz-dependencies.pth").write_text("\n".join(dict.fromkeys(deps)) + "\n")
    return root


def clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "DIRECTWORK_"))}
    return env | {"QT_QPA_PLATFORM": "offscreen", "DIRECTWORK_DATA_DIR": str(tmp_path / "vault"),
                  "DIRECTWORK_PASSPHRASE": "a long passphrase for the wheel test",
                  "HOME": str(tmp_path)}


def test_the_wheel_carries_resources_forms_and_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("directwork/resources/policy/default.toml",
                   "directwork/resources/catalogue/cy.toml",
                   "directwork/resources/fonts/DejaVuSans.ttf",
                   "directwork/resources/styles/default.qss",
                   "directwork/resources/translations/directwork_cy.qm",
                   "directwork/gui/forms/ui_unlock.py",
                   "directwork/store/migrations/versions/0001_initial.py",
                   "directwork-0.1.0.dist-info/licenses/LICENSE",
                   "directwork-0.1.0.dist-info/licenses/THIRD_PARTY_NOTICES.md"):
        assert needed in names, f"{needed} is not in the wheel"
    assert not any(name.endswith(".ts") for name in names), "translation sources stay behind"
    forms = [n for n in names if n.startswith("directwork/gui/forms/ui_")]
    assert len(forms) == len(list((ROOT / "ui").glob("*.ui")))


def test_the_installed_wheel_runs_self_test_and_prints_a_summary(venv, tmp_path):
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    env = clean_env(tmp_path)
    where = run([str(bindir / "python"), "-c",
                 "import directwork, directwork.paths as p; print(directwork.__file__); "
                 "print(p.RESOURCES)"], env=env, cwd=tmp_path).stdout.split()
    assert all(Path(w).is_relative_to(venv) for w in where), where

    selftest = run([str(bindir / "directwork"), "self-test"], env=env, cwd=tmp_path)
    assert "FAILED" not in selftest.stdout and "checks passed" in selftest.stdout, selftest.stdout

    run([str(bindir / "directwork"), "init", "--recovery-key-file", str(tmp_path / "rk")],
        env=env, cwd=tmp_path)
    run([str(bindir / "directwork"), "demo", "--children", "1", "--seed", "7"], env=env,
        cwd=tmp_path)
    run([str(bindir / "directwork"), "export", "-o", str(tmp_path / "all.json")], env=env,
        cwd=tmp_path)
    exported = json.loads((tmp_path / "all.json").read_text("utf-8"))
    child_id = next(r["id"] for r in exported["records"] if r["kind"] == "child")
    pdf = tmp_path / "summary.pdf"
    run([str(bindir / "directwork"), "summary", child_id, "--audience", "child", "--lang", "cy",
         "-o", str(pdf), "--checked"], env=env, cwd=tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF")


ABOUT_FROM_THE_WHEEL = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from directwork.gui.shell.about import AboutDialog
dialog = AboutDialog()
print(json.dumps({"found": {k: str(v) if v else None for k, v in dialog.found.items()},
                  "notices": dialog.notices_view.toPlainText(),
                  "licence": dialog.licence_view.toPlainText(),
                  "words": dialog.licence_words.text()}))
"""


def test_the_installed_wheels_about_box_finds_the_licence_and_notices(venv, tmp_path):
    # Help → About reads LICENSE and THIRD_PARTY_NOTICES.md from the wheel's own metadata
    # (directwork-<version>.dist-info/licenses/), not from a checkout.
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    shown = json.loads(run([str(python), "-c", ABOUT_FROM_THE_WHEEL], env=clean_env(tmp_path),
                           cwd=tmp_path).stdout.strip().splitlines()[-1])
    for name, path in shown["found"].items():
        assert path is not None, f"{name} was not found from the installed wheel"
        assert Path(path).is_relative_to(venv) and ".dist-info" in path, path
    assert "Third-party notices" in shown["notices"] and "SQLCipher" in shown["notices"]
    assert "GNU GENERAL PUBLIC LICENSE" in shown["licence"]
    assert "GPL-3.0-or-later" in shown["words"]
