"""installer/linux/build-appimage.sh on a small stand-in bundle: the .deb puts the app, its
launcher, icons and AppStream file where desktops look, carries the bundle's version, and the
script says plainly which packages it could not build."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "linux" / "build-appimage.sh"

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")


@pytest.fixture
def stand_in_dist(tmp_path: Path) -> Path:
    dist = tmp_path / "dist"
    bundle = dist / "directwork"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "directwork"
    exe.write_text("#!/bin/sh\necho directwork 9.8.7\n")
    exe.chmod(0o755)
    (bundle / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    (dist / "VERSION").write_text("9.8.7\n")
    return dist


def run_script(dist: Path) -> subprocess.CompletedProcess[str]:
    # A PATH without appimagetool, as on this build machine.
    env = dict(os.environ, DIST=str(dist), PATH="/usr/bin:/bin")
    env.pop("APPIMAGETOOL", None)
    return subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True,
                          timeout=120)


def test_deb_installs_the_bundle_launcher_icons_and_metadata(stand_in_dist):
    result = run_script(stand_in_dist)

    assert result.returncode == 0, result.stderr
    debs = list(stand_in_dist.glob("directwork_9.8.7_*.deb"))
    assert len(debs) == 1, result.stdout
    deb = debs[0]
    field = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version"],
                           capture_output=True, text=True, check=True).stdout
    assert "Package: directwork" in field and "Version: 9.8.7" in field
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    for path in ("./opt/directwork/directwork",
                 "./usr/bin/directwork -> /opt/directwork/directwork",
                 "./usr/share/applications/org.directwork.Directwork.desktop",
                 "./usr/share/metainfo/org.directwork.Directwork.metainfo.xml",
                 "./usr/share/icons/hicolor/scalable/apps/org.directwork.Directwork.svg",
                 "./usr/share/icons/hicolor/48x48/apps/org.directwork.Directwork.png",
                 "./usr/share/doc/directwork/copyright",
                 "./usr/share/doc/directwork/THIRD_PARTY_NOTICES.md"):
        assert path in listing, f"{path} missing from the .deb"


def test_tarball_holds_the_bundle_and_missing_appimagetool_is_said(stand_in_dist):
    result = run_script(stand_in_dist)

    (tarball,) = stand_in_dist.glob("directwork-9.8.7-linux-*.tar.gz")
    with tarfile.open(tarball) as tar:
        assert "directwork/directwork" in tar.getnames()
    assert "NOT built: AppImage: appimagetool not found" in result.stdout
    assert not list(stand_in_dist.glob("*.AppImage"))


def test_refuses_without_a_bundle(tmp_path):
    result = run_script(tmp_path / "empty-dist")

    assert result.returncode != 0
    assert "run 'make installer'" in result.stderr
