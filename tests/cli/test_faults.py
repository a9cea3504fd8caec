"""Every command against every fault: a full disk (a small tmpfs), a read-only medium (a
read-only bind mount), text that is not Unicode, hostile key files, a records file that is a
folder, damaged, cut short, missing or older than the vault last saw, and another process
holding the vault.

Each run must end with the exit code the README documents (1 user or environment, 2 integrity),
one line on stderr, no traceback, nothing of what was written in any message, and, where the
message says nothing was changed, every file of the vault exactly as it was.

Mounting needs root; without it the mounted faults are skipped, except under CI=true, where a
skip would hide them, so they fail instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from directwork.domain import records as r
from directwork.store import records as svc
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.cli.cli_run import run_here
from tests.support.disks import fill, mount, need_mounts

pytestmark = pytest.mark.slow

GOOD = "correct horse battery staple"
NEW = "another fine passphrase"
MARKER = "Quillon-Fault-Marker-5521"
TRACKED_DIRS = ("backups", "kept-aside")
TRACKED = ("vault.db", "vault.key", "vault.head")


# --------------------------------------------------------------------------- the vault


@dataclass
class Pristine:
    folder: Path
    recovery: str
    child_id: str
    big_import: Path  # about 1.5 MB of new records: more than a nearly full disk can take


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Pristine:
    folder = tmp_path_factory.mktemp("pristine") / "vault"
    vault, recovery = Vault.create(folder, GOOD, practitioner_name="Sam Fault",
                                   kdf=KdfParams.fast_for_tests())
    with vault.transaction() as s:
        child = svc.save_document(s, r.Child(given_name=MARKER, family_name="Child"))
        for i in range(30):
            svc.add_entry(s, r.VoiceEntry(child_id=child.id, text=f"{MARKER} said {i}"))
        svc.save_document(s, r.SafetyPlan(child_id=child.id, child_section=MARKER))
    vault.backup()
    with vault.transaction() as s:  # a change after the backup: that backup is older
        svc.add_entry(s, r.VisitNote(child_id=child.id, text=f"{MARKER} after"))
    vault.lock()
    return Pristine(folder, recovery, child.id, _big_import(tmp_path_factory.mktemp("import")))


def _big_import(folder: Path) -> Path:
    from directwork.store.interchange import export_records

    source, _ = Vault.create(folder / "source", GOOD, kdf=KdfParams.fast_for_tests())
    with source.transaction() as s:
        child = svc.save_document(s, r.Child(given_name="Another", family_name="Child"))
        for i in range(1500):
            svc.add_entry(s, r.VoiceEntry(child_id=child.id, text=f"{MARKER} {i} " + "w" * 800))
    with source.session() as s:
        data = export_records(s)
    source.lock()
    path = folder / "big.json"
    path.write_text(json.dumps(data))
    return path


def fingerprint(folder: Path) -> dict[str, str]:
    found = {}
    for name in TRACKED:
        path = folder / name
        if path.is_file():
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif path.is_dir():
            found[name] = "<folder>"
    for sub in TRACKED_DIRS:
        for path in sorted((folder / sub).rglob("*")) if (folder / sub).is_dir() else []:
            if path.is_file():
                found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


# --------------------------------------------------------------------------- mounts


@dataclass
class Case:
    """One fault laid out in a folder: the vault's folder, where outputs go, the environment."""

    root: Path
    data_dir: Path
    out_dir: Path
    backup: Path
    child_id: str
    env: dict[str, str] = field(default_factory=dict)
    undo: list[Callable[[], None]] = field(default_factory=list)


def _copy_vault(pristine: Pristine, into: Path) -> Path:
    data_dir = into / "vault"
    shutil.copytree(pristine.folder, data_dir)
    return data_dir


# --------------------------------------------------------------------------- the faults


def _plain(case: Case) -> None:
    pass


def disk_full(case: Case) -> None:
    case.env["FRESH_FOLDER"] = "1"
    fill(case.root)


def disk_nearly_full(case: Case) -> None:
    """Room to open the vault, not for what the command then writes."""
    fill(case.root)
    filler = case.root / "filler"
    os.truncate(filler, filler.stat().st_size - 160 * 1024)


def read_only_vault(case: Case) -> None:
    ro = case.root.parent / f"{case.root.name}-ro"
    ro.mkdir()
    mount("--bind", str(case.root), str(ro))
    case.undo.append(lambda: subprocess.run(["umount", str(ro)], check=True))
    mount("-o", "remount,ro,bind", str(ro))
    case.env["FRESH_FOLDER"] = "1"
    case.data_dir = ro / "vault"
    case.out_dir = ro / "out"
    case.backup = ro / case.backup.relative_to(case.root)


def read_only_output(case: Case) -> None:
    ro = case.root.parent / f"{case.root.name}-out"
    ro.mkdir()
    mount("--bind", str(case.out_dir), str(ro))
    case.undo.append(lambda: subprocess.run(["umount", str(ro)], check=True))
    mount("-o", "remount,ro,bind", str(ro))
    case.env["FRESH_FOLDER"] = "1"
    case.out_dir = ro


def backup_on_read_only_medium(case: Case) -> None:
    """The backup to restore from is on a read-only medium: it is only ever read."""
    source = case.root.parent / f"{case.root.name}-media"
    source.mkdir()
    shutil.copyfile(case.backup, source / case.backup.name)
    ro = case.root.parent / f"{case.root.name}-media-ro"
    ro.mkdir()
    mount("--bind", str(source), str(ro))
    case.undo.append(lambda: subprocess.run(["umount", str(ro)], check=True))
    mount("-o", "remount,ro,bind", str(ro))
    db_damaged_byte(case)
    case.backup = ro / case.backup.name


def passphrase_not_utf8(case: Case) -> None:
    case.env["DIRECTWORK_PASSPHRASE"] = "correct horse \udcff battery"  # byte 0xff, not UTF-8
    case.env["FRESH_FOLDER"] = "1"


def _key_slot(case: Case, **change: object) -> None:
    key = case.data_dir / "vault.key"
    data = json.loads(key.read_text())
    data["slots"][0].update(change)
    key.write_text(json.dumps(data))


def key_memory_2_40(case: Case) -> None:
    _key_slot(case, memory_kib=2 ** 40)


def key_iterations_10_7(case: Case) -> None:
    _key_slot(case, iterations=10 ** 7)


def key_lanes_10_4(case: Case) -> None:
    _key_slot(case, lanes=10 ** 4)


def key_file_huge(case: Case) -> None:
    (case.data_dir / "vault.key").write_bytes(b"{" + b" " * (8 << 20) + b"}")


def key_file_not_json(case: Case) -> None:
    (case.data_dir / "vault.key").write_bytes(b"\xff\xfe not a key file")


def db_is_folder(case: Case) -> None:
    (case.data_dir / "vault.db").unlink()
    (case.data_dir / "vault.db").mkdir()


def db_damaged_byte(case: Case) -> None:
    db = case.data_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))


def db_empty(case: Case) -> None:
    (case.data_dir / "vault.db").write_bytes(b"")


def db_cut_short(case: Case) -> None:
    db = case.data_dir / "vault.db"
    db.write_bytes(db.read_bytes()[: (db.stat().st_size // 2) - 1000])


def db_missing(case: Case) -> None:
    (case.data_dir / "vault.db").unlink()


def db_older_copy(case: Case) -> None:
    shutil.copyfile(case.backup, case.data_dir / "vault.db")


HOLDER = """
import sys, time
from directwork.store.vault import Vault
from directwork.store.process_lock import describe_this_process
describe_this_process("the directwork app")
v = Vault(sys.argv[1]); v.unlock(sys.argv[2]); print("ready", flush=True); time.sleep(600)
"""


def held_by_another_process(case: Case) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(case.data_dir), GOOD],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    case.env["HOLDER_PID"] = str(proc.pid)

    def stop() -> None:
        proc.kill()
        proc.wait()
        proc.stdout.close()  # type: ignore[union-attr]

    case.undo.append(stop)


MOUNTED = {disk_full, disk_nearly_full, read_only_vault, read_only_output,
           backup_on_read_only_medium}

# What each fault must answer: (exit code, words in the message), for the commands that open
# the vault; then, per command, where the answer differs (None: whatever it does, the general
# rules still hold). A command not named for a fault is not run against it.
OPENERS = ("check", "recovery-key", "backup", "backup-o", "import", "export", "demo", "due",
           "summary", "sync")
ALL = (*OPENERS, "init", "passwd", "recover", "restore", "restore-list", "accept-records")
Expect = tuple[int, str] | tuple[int, ...] | None

FAULTS: dict[Callable[[Case], None], tuple[tuple[str, ...], dict[str, Expect]]] = {
    disk_full: (ALL, {"*": (1, "no room left"), "restore-list": (0,)}),
    disk_nearly_full: (("import", "demo", "backup", "backup-o", "restore", "check"),
                       {"*": (1, "no room left"), "check": (0,)}),
    read_only_vault: (ALL, {"*": (1, "cannot write to the folder"), "restore-list": (0,)}),
    read_only_output: (("init", "recovery-key", "backup-o", "export", "summary"),
                       {"*": (1, "cannot write to the folder")}),
    backup_on_read_only_medium: (("restore", "check"), {"*": (0,), "check": (2, "damaged")}),
    passphrase_not_utf8: (ALL, {"*": (1, "not valid UTF-8"), "recover": (0,)}),
    key_memory_2_40: (ALL, {"*": (2, "key file is damaged"), "init": (1, "already a vault")}),
    key_iterations_10_7: (ALL, {"*": (2, "key file is damaged"), "init": (1, "already a vault")}),
    key_lanes_10_4: (ALL, {"*": (2, "key file is damaged"), "init": (1, "already a vault")}),
    key_file_huge: (ALL, {"*": (2, "key file is damaged"), "init": (1, "already a vault")}),
    key_file_not_json: (ALL, {"*": (2, "key file is damaged"), "init": (1, "already a vault")}),
    db_is_folder: (ALL, {"*": (1, "is a folder"), "init": (1, "already a vault"),
                         "passwd": (0,), "recover": (0,), "restore": (0,), "restore-list": (0,)}),
    db_damaged_byte: (ALL, {"*": (2, "damaged"), "init": (1, "already a vault"), "passwd": (0,),
                            "recover": (0,), "restore": (0,), "restore-list": (0,)}),
    db_empty: (("check", "restore", "backup", "accept-records", "import"),
                 {"*": (2, "it is empty"), "restore": (0,)}),
    db_cut_short: (ALL, {"*": (2, "cut short"), "init": (1, "already a vault"), "passwd": (0,),
                         "recover": (0,), "restore": (0,), "restore-list": (0,)}),
    db_missing: (ALL, {"*": (1, "missing"), "init": (1, "already a vault"), "passwd": (0,),
                       "recover": (0,), "restore": (0,), "restore-list": (0,)}),
    db_older_copy: (ALL, {"*": (2, "went back in time"), "init": (1, "already a vault"),
                          "passwd": (0,), "recover": (0,), "restore": (0,),
                          "restore-list": (0,), "accept-records": (0,)}),
    held_by_another_process: (ALL, {"*": (1, "open in the directwork app (process"),
                                    "init": (1, "already a vault"), "restore-list": (0,)}),
}


def command(name: str, case: Case) -> tuple[Path, list[str], dict[str, str]]:
    out = case.out_dir
    env = {"DIRECTWORK_PASSPHRASE": GOOD}
    args: dict[str, list[str]] = {
        "init": ["init", "--recovery-key-file", str(out / "new-recovery.txt")],
        "check": ["check"],
        "passwd": ["passwd"],
        "recover": ["recover"],
        "recovery-key": ["recovery-key", "--recovery-key-file", str(out / "recovery.txt")],
        "backup": ["backup"],
        "backup-o": ["backup", "-o", str(out / "copy.db")],
        "restore": ["restore", str(case.backup)],
        "restore-list": ["restore", "--list"],
        "import": ["import", str(case.root / "import.json")],
        "export": ["export", "-o", str(out / "export.json")],
        "demo": ["demo", "--children", "10", "--force"],
        "due": ["due"],
        "summary": ["summary", case.child_id, "--audience", "agency", "--lang", "en",
                    "-o", str(out / "summary.pdf")],
        "accept-records": ["accept-records"],
        "sync": ["sync"],
    }
    if name in ("passwd", "recover"):
        env["DIRECTWORK_NEW_PASSPHRASE"] = NEW
    if name == "recover":
        env["DIRECTWORK_RECOVERY_KEY"] = case.env.pop("RECOVERY", "")
    data_dir = case.data_dir
    if name == "init" and case.env.get("FRESH_FOLDER"):
        data_dir = case.data_dir.parent / "new-vault"
    return data_dir, args[name], env


def _cases() -> Iterator[object]:
    for fault, (names, _expect) in FAULTS.items():
        for name in names:
            yield pytest.param(fault, name, id=f"{fault.__name__}-{name}")


@pytest.fixture
def case(request, pristine: Pristine, tmp_path: Path) -> Iterator[Case]:
    fault = request.node.callspec.params["fault"]
    root = tmp_path / "case"
    root.mkdir()
    if fault in MOUNTED:
        need_mounts()
        mount("-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs", str(root))
    data_dir = _copy_vault(pristine, root)
    out = root / "out"
    out.mkdir()
    backup = sorted((data_dir / "backups").glob("vault-*.db"))[0]
    shutil.copyfile(pristine.big_import, root / "import.json")
    made = Case(root, data_dir, out, backup, pristine.child_id)
    made.env["RECOVERY"] = pristine.recovery
    try:
        yield made
    finally:
        for undo in reversed(made.undo):
            undo()
        if fault in MOUNTED:
            subprocess.run(["umount", str(root)], check=True)


@pytest.mark.parametrize(("fault", "name"), list(_cases()))
def test_every_command_meets_every_fault_in_one_line_and_changes_nothing_it_says_it_did_not(
        fault: Callable[[Case], None], name: str, case: Case) -> None:
    # Given a vault with this fault
    fault(case)
    data_dir, args, env = command(name, case)
    env.update({k: v for k, v in case.env.items() if k.startswith("DIRECTWORK_")})
    looked_at = case.data_dir
    before = fingerprint(looked_at)

    # When the command runs
    ran = run_here(data_dir, *args, **env)

    # Then: its documented exit code and words, in one line, nothing of the records in it
    _names, table = FAULTS[fault]
    expected = table.get(name, table["*"])
    assert expected is not None
    codes = expected if all(isinstance(x, int) for x in expected) else (expected[0],)
    assert ran.returncode in codes, (ran.returncode, ran.stderr, ran.stdout)
    if ran.returncode != 0:
        lines = ran.stderr.strip().splitlines()
        assert len(lines) == 1, ran.stderr
        words = expected[1] if len(expected) > 1 and isinstance(expected[1], str) else ""
        assert words in lines[0], lines[0]
        assert lines[0].startswith("directwork: ")
    assert "Traceback" not in ran.stderr + ran.stdout
    assert MARKER not in ran.stderr
    log = looked_at / "logs" / "errors.log"
    assert not log.exists() or MARKER not in log.read_text()
    if ran.returncode != 0 and "othing was changed" in ran.stderr:
        assert fingerprint(looked_at) == before, "the message says nothing was changed"
    if name == "init" and ran.returncode != 0 and case.env.get("FRESH_FOLDER"):
        assert not (data_dir / "vault.db").exists() and not (data_dir / "vault.key").exists()
        assert not (case.out_dir / "new-recovery.txt").exists(), "a key for no vault was kept"
    if "held" in fault.__name__ and ran.returncode and name != "init":
        assert f"process {case.env['HOLDER_PID']}" in ran.stderr


def test_argparse_mistakes_exit_1_not_2(tmp_path: Path) -> None:
    ran = run_here(tmp_path, "restore", "--no-such-option")
    assert ran.returncode == 1 and len(ran.stderr.strip().splitlines()) == 1
    assert "--help" in ran.stderr


def test_a_passphrase_that_is_not_utf8_is_a_user_error_in_a_real_process(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environb.items() if not k.startswith(b"DIRECTWORK_")}
    env[b"DIRECTWORK_PASSPHRASE"] = b"a long passphrase \xff\xfe here"
    env[b"PYTHONPATH"] = os.pathsep.join(sys.path).encode()
    ran = subprocess.run([sys.executable, "-m", "directwork", "--data-dir", str(tmp_path / "v"),
                          "init"], capture_output=True, env=env, stdin=subprocess.DEVNULL,
                         timeout=120)
    assert ran.returncode == 1, ran.stderr
    assert b"not valid UTF-8" in ran.stderr and b"Traceback" not in ran.stderr
    assert not (tmp_path / "v").exists()


def test_an_import_with_a_lone_surrogate_is_refused_and_changes_nothing(pristine: Pristine,
                                                                        tmp_path: Path) -> None:
    data_dir = _copy_vault(pristine, tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "directwork-interchange", "version": 1, "records": '
                   '[{"kind": "child", "given_name": "A\\ud800B"}]}')
    before = fingerprint(data_dir)
    ran = run_here(data_dir, "import", str(bad), DIRECTWORK_PASSPHRASE=GOOD)
    assert ran.returncode == 1 and "not valid Unicode" in ran.stderr, ran.stderr
    assert len(ran.stderr.strip().splitlines()) == 1
    assert fingerprint(data_dir) == before


def test_an_unexpected_failure_is_logged_privately_without_what_was_written(
        pristine: Pristine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from directwork.store import stats

    data_dir = _copy_vault(pristine, tmp_path)

    def broken(_session: object) -> dict[str, int]:
        raise ValueError(f"a message holding {MARKER}")

    monkeypatch.setattr(stats, "record_counts", broken)
    ran = run_here(data_dir, "check", DIRECTWORK_PASSPHRASE=GOOD)
    assert ran.returncode == 1 and "did not expect (ValueError)" in ran.stderr
    assert MARKER not in ran.stderr and len(ran.stderr.strip().splitlines()) == 1
    log = data_dir / "logs" / "errors.log"
    assert "ValueError" in log.read_text() and MARKER not in log.read_text()
    assert oct(log.stat().st_mode & 0o777) == "0o600"
    assert oct(log.parent.stat().st_mode & 0o777) == "0o700"


def test_an_incomplete_installation_is_said_in_one_line_without_a_traceback() -> None:
    """A dependency missing from the environment (a half-finished install): one line naming
    it, exit 1, no traceback."""
    code = ("import sys; sys.modules['rapidfuzz'] = None\n"
            "from directwork.cli import main\n"
            "raise SystemExit(main(['--version']))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [
        "directwork: this installation is incomplete (missing rapidfuzz); install directwork again"]
