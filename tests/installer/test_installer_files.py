"""The installer definitions carry what IT and practitioners rely on. The Windows installer
cannot be compiled on Linux, so its script is read and checked entry by entry; so are the Linux
desktop entry and AppStream metadata (and checked by the desktop tools when installed)."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "windows" / "directwork.iss"
DESKTOP = ROOT / "installer" / "linux" / "directwork.desktop"
METAINFO = ROOT / "installer" / "linux" / "org.directwork.Directwork.metainfo.xml"
SPEC = ROOT / "installer" / "directwork.spec"


def iss_sections(text: str) -> dict[str, list[str]]:
    """The Inno Setup script's sections, each as its meaningful lines (comments dropped)."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("//"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1).lower()
            sections.setdefault(current, [])
            continue
        sections.setdefault(current, []).append(line)
    return sections


def setup_directives(sections: dict[str, list[str]]) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in sections.get("setup", []) if "=" in line)
    return {key.strip().lower(): value.strip() for key, value in pairs}


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return iss_sections(ISS.read_text(encoding="utf-8"))


def test_app_id_is_a_fixed_guid_so_upgrades_replace_the_install(iss):
    app_id = setup_directives(iss).get("appid", "")
    # "{{" is Inno Setup's escape for a literal brace: the id itself is a GUID.
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}",
                        app_id, re.IGNORECASE), f"AppId is {app_id!r}"


def test_install_is_per_user_and_needs_no_admin_rights(iss):
    setup = setup_directives(iss)
    assert setup.get("privilegesrequired", "").lower() == "lowest"
    # Allowing an override would let a setup elevate and install for all users.
    assert "privilegesrequiredoverridesallowed" not in setup
    assert re.match(r"\{(localappdata|userpf)\}", setup.get("defaultdirname", ""), re.IGNORECASE)


def test_version_comes_from_the_build_not_from_the_script(iss):
    text = ISS.read_text(encoding="utf-8")
    assert setup_directives(iss).get("appversion") == "{#AppVersion}"
    assert re.search(r"FileOpen\(.*dist\\VERSION", text), "the version must be read from dist\\VERSION"


def test_start_menu_entry_opens_the_app(iss):
    icons = iss.get("icons", [])
    start_menu = [line for line in icons
                  if re.search(r'Name:\s*"\{(autoprograms|userprograms|group)\}', line, re.I)]
    assert start_menu, "no Start menu entry in [Icons]"
    assert any(r'Filename: "{app}\{#AppExe}"' in line for line in start_menu)


def test_silent_install_asks_nothing_and_does_not_start_the_app(iss):
    setup = setup_directives(iss)
    # Pages that would wait for input even under /VERYSILENT must not be forced on.
    assert setup.get("disableprogramgrouppage", "").lower() == "yes"
    assert setup.get("alwaysrestart", "no").lower() == "no"
    runs = iss.get("run", [])
    assert runs and all("skipifsilent" in line for line in runs if "postinstall" in line)


def test_uninstaller_keeps_the_data_folder_unless_asked(iss):
    code = "\n".join(iss.get("code", []))
    assert "CurUninstallStepChanged" in code
    assert "{localappdata}\\{#AppName}" in code, "the data folder the uninstaller handles"
    # Interactive: a question whose default (and suppressed answer) is No.
    assert re.search(r"SuppressibleMsgBox\(.*MB_DEFBUTTON2,\s*IDNO\)\s*=\s*IDYES", code, re.S)
    # Silent: only an explicit /PURGEDATA deletes.
    assert "'/PURGEDATA'" in code and "UninstallSilent" in code
    purge = code.index("DelTree(DataFolder()")
    assert "ShouldPurgeData()" in code[code.rindex("if", 0, purge) - 40:purge]
    # Nothing else may delete it: [UninstallDelete] stays inside the program folder.
    assert all("{app}" in line for line in iss.get("uninstalldelete", []))


def test_files_come_from_the_one_folder_bundle(iss):
    assert any(r'Source: "..\..\dist\directwork\*"' in line and "recursesubdirs" in line
               for line in iss.get("files", []))


# --------------------------------------------------------------------------- Linux


@pytest.fixture(scope="module")
def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


@pytest.mark.parametrize("key, expected", [
    ("Type", "Application"),
    ("Name", "directwork"),
    ("Exec", "directwork"),
    ("Icon", "org.directwork.Directwork"),
    ("Terminal", "false"),
])
def test_desktop_entry_has(desktop_entry, key, expected):
    assert desktop_entry.get(key) == expected


def test_desktop_entry_is_in_a_main_category(desktop_entry):
    categories = [c for c in desktop_entry.get("Categories", "").split(";") if c]
    assert set(categories) & {"Office", "Education", "Utility"}, categories


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)")
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstream_metadata_names_the_desktop_entry_and_icon():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    app_id = root.findtext("id")
    assert app_id == "org.directwork.Directwork"
    assert root.findtext("launchable") == f"{app_id}.desktop"
    assert root.findtext("name") and root.findtext("summary")
    assert root.find("description/p") is not None
    assert (ROOT / "resources" / "icons" / "directwork.svg").is_file()
    assert all((ROOT / "resources" / "icons" / f"directwork-{s}.png").is_file()
               for s in (16, 32, 48, 64, 128, 256, 512))


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_appstream_metadata_passes_appstreamcli():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_spec_bundles_what_is_loaded_from_disk():
    spec = SPEC.read_text(encoding="utf-8")
    # Alembic reads its scripts from disk; paths.py looks for resources inside the package;
    # __version__ comes from the package metadata.
    assert '"store" / "migrations", "directwork/store/migrations"' in spec
    assert '"directwork/resources"' in spec
    assert 'copy_metadata("directwork")' in spec
    assert re.search(r"console=not WINDOWS", spec)
    # The licence and notices travel at the top of every bundle.
    assert '("LICENSE", "THIRD_PARTY_NOTICES.md")' in spec


def test_spec_bundles_the_english_and_welsh_voices_and_qt_multimedia():
    spec = SPEC.read_text(encoding="utf-8")
    # Read-aloud: eSpeak NG's library with the English and Welsh data, where the package
    # looks for them; QtMultimedia plays and records, so it must not be left out.
    assert '"en_dict", "cy_dict"' in spec and '"espeakng_loader/espeak-ng-data"' in spec
    assert "binaries=voice_libraries" in spec
    excludes = spec[spec.index("excludes = ["):spec.index("]", spec.index("excludes = ["))]
    assert "QtMultimedia" not in excludes and "QtTextToSpeech" not in excludes
    assert '"PySide6.QtMultimedia"' in spec
