"""`directwork self-test`: what IT runs after deploying, to know this laptop's install works.

In a temporary folder it makes a vault, writes and reads records, confirms that nothing written
can be read without the key, builds every printable summary, speaks a sentence in English and
in Welsh with the shipped voice, and opens the app offscreen. Each
step prints "ok" or "FAILED: why"; the exit code is 0 only when every step passed. The user's
own vault is never opened, and the temporary folder is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from directwork import __version__
from directwork.cli import EXIT_OK, EXIT_USER
from directwork.domain.records import (
    Audience,
    Child,
    SafetyPlan,
    SummaryAudience,
    SummaryLanguage,
    Topic,
    VoiceEntry,
    Worry,
)

if TYPE_CHECKING:  # imported late at run time, like every step's own imports
    from directwork.domain.case import Case
    from directwork.store.vault import Vault

# A plain SQLite database starts with this; an SQLCipher one starts with random salt.
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class SelfTestRun:
    """What the steps share: the folder, the vault's secrets and the records written."""

    folder: Path
    passphrase: str = field(default_factory=lambda: "self-test " + secrets.token_urlsafe(18))
    # A random marker, so a match on disk can only come from what this run wrote.
    marker: str = field(default_factory=lambda: "dw-marker-" + secrets.token_hex(8))
    recovery_key: str = ""
    child_id: str = ""
    case: Case | None = None

    @property
    def vault_dir(self) -> Path:
        return self.folder / "vault"


@dataclass(frozen=True)
class Step:
    label: str
    run: Callable[[SelfTestRun], None]
    # Labels of the steps whose result this one relies on; when one of them failed this one
    # is reported as not run rather than failing for a reason that would mislead.
    needs: tuple[str, ...] = ()


class StepFailed(Exception):
    """A check that ran and found something wrong (as opposed to a step that crashed)."""


# --------------------------------------------------------------------------- the checks


def create_vault(run: SelfTestRun) -> None:
    from directwork.store.vault import Vault

    # The production key derivation on purpose: a laptop too small for it should fail here.
    vault, run.recovery_key = Vault.create(run.vault_dir, run.passphrase,
                                           practitioner_name="Self-test", team="Self-test")
    vault.lock()


def write_and_read_records(run: SelfTestRun) -> None:
    from directwork.store import operations, records
    from directwork.store.vault import Vault

    vault = Vault(run.vault_dir)
    vault.unlock(run.passphrase)
    try:
        with vault.transaction() as session:
            child = records.save_document(session, Child(
                given_name="Alex", family_name="Selftest", preferred_name="Alex",
                about_me=f"likes football {run.marker}"))
            run.child_id = child.id
        # The child's words saved as a visit saves them, on the driver alone.
        operations.add_entry(vault, VoiceEntry(
            child_id=child.id, topic=Topic.WORRIES,
            text=f"I worry about the park at night {run.marker}",
            shared_with=[Audience.WORKER, Audience.CHILD, Audience.CARERS, Audience.AGENCIES]))
        with vault.transaction() as session:
            records.save_document(session, SafetyPlan(
                child_id=child.id, why_working_together="To keep Alex safe",
                worries=[Worry(id="w1", text=f"Being out late {run.marker}")],
                safe_people=["Nan"], child_section=f"I can call Nan {run.marker}"))
    finally:
        vault.lock()

    # Read back through a fresh unlock, with the passphrase and with the recovery key, so the
    # check covers the key file as well as the database.
    for unlock in ("unlock", "unlock_with_recovery_key"):
        vault = Vault(run.vault_dir)
        getattr(vault, unlock)(run.passphrase if unlock == "unlock" else run.recovery_key)
        try:
            with vault.session() as session:
                child = records.get_document(session, Child, run.child_id)
                voices = records.list_entries(session, VoiceEntry, run.child_id)
                plans = records.list_documents(session, SafetyPlan, run.child_id)
        finally:
            vault.lock()
        if run.marker not in child.about_me:
            raise StepFailed("the child's profile came back different from what was saved")
        if [v.text for v in voices] != [f"I worry about the park at night {run.marker}"]:
            raise StepFailed("the child's words came back different from what was saved")
        if len(plans) != 1 or plans[0].worries[0].text != f"Being out late {run.marker}":
            raise StepFailed("the safety plan came back different from what was saved")


def _unlocked(run: SelfTestRun) -> Vault:
    from directwork.store.vault import Vault

    vault = Vault(run.vault_dir)
    vault.unlock(run.passphrase)
    return vault


def integrity_and_audit_chain(run: SelfTestRun) -> None:
    vault = _unlocked(run)
    try:
        report = vault.check()
    finally:
        vault.lock()
    if not report.ok:
        raise StepFailed("; ".join(report.problems))
    if report.audit_events < 3:
        raise StepFailed(f"the audit chain holds {report.audit_events} events; 3 were written")


def encrypted_backup(run: SelfTestRun) -> None:
    vault = _unlocked(run)
    try:
        backup = vault.backup(reason="self-test")
    finally:
        vault.lock()
    why = readable_without_key(backup)
    if why:
        raise StepFailed(f"the backup is not encrypted: {why}")


def plaintext_leaks(folder: Path, marker: str) -> list[Path]:
    """Files under ``folder`` that contain ``marker`` as UTF-8 or UTF-16 text."""
    patterns = [marker.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    leaks = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if any(pattern in data for pattern in patterns):
            leaks.append(path)
    return leaks


def readable_without_key(db_path: Path) -> str | None:
    """Why ``db_path`` can be read by plain SQLite, or None when it cannot."""
    with open(db_path, "rb") as fh:
        if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
            return "it starts with a plain SQLite header"
    # Probe a copy: plain SQLite must not touch the real file (it could act on a WAL it
    # misunderstands).
    probe = db_path.with_name("probe-" + db_path.name)
    shutil.copyfile(db_path, probe)
    try:
        conn = sqlite3.connect(f"{probe.as_uri()}?mode=ro", uri=True)
        try:
            # The only SQL outside store/: asking a keyless SQLite to read the schema is the
            # test itself.
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.DatabaseError:
            return None
        finally:
            conn.close()
        return f"plain SQLite opened it and saw {tables} tables"
    finally:
        probe.unlink(missing_ok=True)


def files_are_encrypted(run: SelfTestRun) -> None:
    files = [p for p in run.vault_dir.rglob("*") if p.is_file()]
    if not files:
        raise StepFailed(f"nothing was written to {run.vault_dir}")
    leaks = plaintext_leaks(run.folder, run.marker)
    if leaks:
        names = ", ".join(str(p.relative_to(run.folder)) for p in leaks)
        raise StepFailed(f"text written to the vault is readable in {names}")
    why = readable_without_key(run.vault_dir / "vault.db")
    if why:
        raise StepFailed(f"the database is not encrypted: {why}")


def _case(run: SelfTestRun) -> Case:
    """The child's case, read once for all nine summaries (each unlock costs an Argon2id run)."""
    if run.case is None:
        from directwork.store.case import load_case
        from directwork.store.vault import Vault

        vault = Vault(run.vault_dir)
        vault.unlock(run.passphrase)
        try:
            with vault.session() as session:
                run.case = load_case(session, run.child_id)
        finally:
            vault.lock()
    return run.case


def summary_step(audience: SummaryAudience, language: SummaryLanguage) -> Callable[[SelfTestRun], None]:
    def build(run: SelfTestRun) -> None:
        from directwork.reports import build_summary

        pdf = build_summary(_case(run), audience, language, today=datetime.now(UTC).date())
        if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
            raise StepFailed(f"the summary is not a complete PDF ({len(pdf)} bytes)")

    return build


GUI_TIMEOUT_S = 120
PASSPHRASE_ENV = "DIRECTWORK_PASSPHRASE"


# A sentence of each language read-aloud speaks, and how long it must take to say at the
# default speed (generous either side: the voice's pauses vary).
_SPOKEN = {"en": ("You can ring Childline for free, day or night.", 1.5, 8.0),
           "cy": ("Galli di ffonio Childline am ddim, ddydd neu nos.", 1.5, 8.0)}


def speech_step(lang: str) -> Callable[[SelfTestRun], None]:
    def speak(_run: SelfTestRun) -> None:
        from directwork.speech.espeak import voice

        words, shortest, longest = _SPOKEN[lang]
        pcm = voice().to_memory(words, lang)
        if pcm.rms() < 300:
            raise StepFailed(f"the {lang} voice made silence")
        if not shortest <= pcm.seconds <= longest:
            raise StepFailed(f"the {lang} voice made {pcm.seconds:.1f} s of sound for a "
                             f"short sentence")
    return speak


def _directwork_command() -> list[str]:
    """How to start this same directwork again: the bundle's executable when frozen."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "directwork"]


def open_app_offscreen(run: SelfTestRun) -> None:
    # In a child process: a crash inside Qt then fails this step with a reason, instead of
    # taking the whole self-test down before it can say what passed. Offscreen, because IT
    # runs this over remote sessions and on machines with no display.
    command = [*_directwork_command(), "--data-dir", str(run.vault_dir), "self-test",
               "--gui-only"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{PASSPHRASE_ENV: run.passphrase})
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True,
                                timeout=GUI_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise StepFailed(f"the app did not open and close within {GUI_TIMEOUT_S} s") from None
    if result.returncode == 0:
        return
    said = [line for line in result.stderr.splitlines() if line.strip()]
    detail = said[-1].strip() if said else "no message"
    if result.returncode < 0:
        try:
            name = signal.Signals(-result.returncode).name
        except ValueError:
            name = f"signal {-result.returncode}"
        raise StepFailed(f"the app crashed ({name}); last words: {detail}")
    raise StepFailed(detail.removeprefix("directwork: "))


def gui_only(data_dir: Path) -> int:
    """The child side of open_app_offscreen."""
    import faulthandler

    from directwork.gui.shell.app import self_test_gui

    faulthandler.enable()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        self_test_gui(data_dir, os.environ[PASSPHRASE_ENV])
    except Exception as exc:  # reported to the parent as one line
        print(f"directwork: {_reason(exc)}", file=sys.stderr)
        return EXIT_USER
    return EXIT_OK


_AUDIENCE_WORDS = {SummaryAudience.CHILD: "child's", SummaryAudience.CARER: "carer's",
                   SummaryAudience.AGENCY: "agencies'"}
_LANGUAGE_WORDS = {SummaryLanguage.EN: "English", SummaryLanguage.CY: "Welsh",
                   SummaryLanguage.BOTH: "Welsh and English"}

CREATE = "create an encrypted vault"
RECORDS = "write records, read them back (passphrase and recovery key)"
BACKUP = "an encrypted backup"
ENCRYPTED = "files on disk are encrypted (vault, key file, backup)"


def steps() -> list[Step]:
    found = [
        Step(CREATE, create_vault),
        Step(RECORDS, write_and_read_records, needs=(CREATE,)),
        Step("integrity check and audit chain", integrity_and_audit_chain, needs=(RECORDS,)),
        # Before the scan for plain text, so the scan covers the backup too.
        Step(BACKUP, encrypted_backup, needs=(RECORDS,)),
        Step(ENCRYPTED, files_are_encrypted, needs=(RECORDS,)),
    ]
    for audience in SummaryAudience:
        for language in SummaryLanguage:
            found.append(Step(
                f"{_AUDIENCE_WORDS[audience]} summary in {_LANGUAGE_WORDS[language]}",
                summary_step(audience, language), needs=(RECORDS,)))
    found.append(Step("read-aloud speaks English (eSpeak NG, offline)", speech_step("en")))
    found.append(Step("read-aloud speaks Welsh (eSpeak NG, offline)", speech_step("cy")))
    found.append(Step("open the app offscreen and close it", open_app_offscreen,
                      needs=(CREATE,)))
    return found


# --------------------------------------------------------------------------- running


def _reason(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    if isinstance(exc, StepFailed) or hasattr(exc, "message"):
        return message  # written for people already (StepFailed, VaultError)
    if isinstance(exc, ImportError):
        return f"part of the app is missing from this install ({message})"
    # A crash in a check: name where, so IT can pass it on without a debugger.
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" [{Path(frame.filename).name}:{frame.lineno}]" if frame else ""
    return f"{type(exc).__name__}: {message}{where}"


def run_self_test(out: TextIO = sys.stdout) -> bool:
    """Run every step in a fresh temporary folder; True when all passed."""
    folder = Path(tempfile.mkdtemp(prefix="directwork-self-test-"))
    run = SelfTestRun(folder)
    failed: set[str] = set()
    all_steps = steps()
    width = max(len(s.label) for s in all_steps) + 2
    print(f"directwork {__version__} self-test (in {folder})", file=out, flush=True)
    try:
        from directwork.store.vault import encryption_library

        print(f"  encryption: {encryption_library()}", file=out, flush=True)
    except Exception as exc:  # the vault steps below then fail and say why
        print(f"  encryption: could not be read ({_reason(exc)})", file=out, flush=True)
    try:
        for step in all_steps:
            missing = [n for n in step.needs if n in failed]
            started = time.perf_counter()
            if missing:
                outcome = f"FAILED: not run, because '{missing[0]}' failed"
            else:
                try:
                    step.run(run)
                except Exception as exc:  # each failure is reported; none stops the run
                    outcome = f"FAILED: {_reason(exc)}"
                else:
                    outcome = f"ok ({time.perf_counter() - started:.1f} s)"
            if outcome.startswith("FAILED"):
                failed.add(step.label)
            # The whole line at once, after the step: whatever a library prints on stderr
            # meanwhile then lands on its own line, not in the middle of this one.
            print(f"  {step.label} ".ljust(width + 3, ".") + f" {outcome}", file=out, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if folder.exists():
            print(f"  note: could not remove {folder}; it holds only self-test records",
                  file=out)
    if failed:
        print(f"{len(failed)} of {len(all_steps)} checks FAILED", file=out)
        return False
    print(f"all {len(all_steps)} checks passed", file=out)
    return True


def cmd_self_test(args: argparse.Namespace) -> int:
    if args.gui_only:
        return gui_only(args.data_dir)
    return EXIT_OK if run_self_test() else EXIT_USER


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "self-test",
        help="check this install: vault, encryption, summaries and the app (your own records "
             "are not touched)",
        description="Checks this install in a temporary folder: makes a vault, writes and reads "
                    "records, confirms they are encrypted on disk, builds every summary and opens "
                    "the app offscreen. Prints each step; exits 0 only when all passed. The "
                    "vault in --data-dir is never opened.")
    # Internal: the app step, run by the self-test in a child process of its own.
    p.add_argument("--gui-only", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_self_test)

