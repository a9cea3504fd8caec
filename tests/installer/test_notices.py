"""The licence and the third-party notices: every component the desktop app depends on at run
time is named in THIRD_PARTY_NOTICES.md, so the installers' notices never fall behind."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_dependencies(name: str = "directwork") -> set[str]:
    """Every distribution the installed app needs, following requirements without extras."""
    found: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        try:
            requires = importlib.metadata.requires(current) or []
        except importlib.metadata.PackageNotFoundError:
            continue  # a requirement only some platforms install
        for line in requires:
            req = Requirement(line)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            if _norm(req.name) not in found:
                found.add(_norm(req.name))
                todo.append(req.name)
    return found


def test_every_runtime_dependency_is_in_the_notices():
    notices = _norm((ROOT / "THIRD_PARTY_NOTICES.md").read_text("utf-8"))
    missing = sorted(d for d in runtime_dependencies() if d not in notices)
    assert not missing, f"add to THIRD_PARTY_NOTICES.md: {missing}"


def test_the_licence_is_declared_once_and_matches_the_licence_file():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "GPL-3.0-or-later"
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text("utf-8")[:200]
    assert "Version 3" in (ROOT / "LICENSE").read_text("utf-8")[:200]
    assert set(project["license-files"]) == {"LICENSE", "THIRD_PARTY_NOTICES.md"}


def test_a_frozen_bundle_reads_the_notices_beside_its_executable(monkeypatch, tmp_path) -> None:
    # installer/directwork.spec copies LICENSE and the notices to the top of the bundle.
    import sys

    from directwork.paths import notice_path

    (tmp_path / "LICENSE").write_text("the bundle's licence", "utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "directwork"))
    assert notice_path("LICENSE") == tmp_path / "LICENSE"
    # Not beside the executable: the next place that has it (here the checkout).
    assert notice_path("THIRD_PARTY_NOTICES.md") == ROOT / "THIRD_PARTY_NOTICES.md"
    with pytest.raises(ValueError):
        notice_path("../secrets.txt")
