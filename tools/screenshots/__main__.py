"""`python -m tools.screenshots OUTDIR`: PNGs of the set-up wizard, unlock screen,
caseload, child record, visit capture and ecomap, drawn offscreen from a fictional caseload
in a throwaway vault (for the README and for looking at what was built)."""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tools.screenshots.shots import PASSPHRASE, settle, shoot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QSettings

from directwork.domain.records import (
    Audience,
    Child,
    Person,
    Speaker,
    Topic,
    Visit,
    VoiceEntry,
)
from directwork.gui.shell.app import DirectworkApp, application
from directwork.gui.shell.settings import Preferences
from directwork.store import demo, records
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tools.screenshots.practice import shoot_practice

NOW = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
SIZE = (1180, 760)




def fill_vault(data_dir: Path) -> tuple[Child, Visit]:
    vault, _ = Vault.create(data_dir, PASSPHRASE, practitioner_name="Sam Okafor",
                            kdf=KdfParams.fast_for_tests())
    vault.clock = lambda: NOW
    with vault.transaction() as session:
        demo.generate(session, children=14, seed=7, now=NOW)
    with vault.session() as session:
        children = records.list_documents(session, Child)
        counts = {c.id: len(records.list_documents(session, Person, c.id)) for c in children}
    child = max(children, key=lambda c: (counts[c.id], c.display_name))
    with vault.transaction() as session:
        child = records.save_document(session, dataclasses.replace(child, house_names={
            "worries": "Storm house", "good_things": "Sunny house", "dreams": "Rocket house"}))
        visit = records.save_document(session, Visit(
            child_id=child.id, started_at=NOW, place="at home", present=[child.display_name,
                                                                        "Mum (Kerry)"],
            purpose="Three Houses", tools=["three_houses", "scaling"]))
        me_team = [Audience.WORKER, Audience.TEAM]
        said = [(Topic.WORRIES, "when people shout at night", me_team),
                (Topic.WORRIES, "going past the shop on my own", [*me_team, Audience.CARERS]),
                (Topic.GOOD_THINGS, "boxing on Tuesdays with Coach Dan",
                 [*me_team, Audience.CARERS, Audience.AGENCIES]),
                (Topic.GOOD_THINGS, "my nan's dinners", [*me_team, Audience.CARERS]),
                (Topic.DREAMS, "to be a mechanic and have my own garage", me_team)]
        for topic, text, shared in said:
            records.add_entry(session, VoiceEntry(
                child_id=child.id, visit_id=visit.id, speaker=Speaker.CHILD,
                speaker_name=child.display_name, topic=topic, text=text, shared_with=shared))
        records.add_entry(session, VoiceEntry(
            child_id=child.id, visit_id=visit.id, speaker=Speaker.CARER,
            speaker_name="Mum (Kerry)", topic=Topic.GOOD_THINGS,
            text="I'm proud of how he's been this month", shared_with=[*me_team, Audience.CHILD]))
        records.add_entry(session, VoiceEntry(
            child_id=child.id, visit_id=visit.id, speaker=Speaker.CHILD,
            speaker_name=child.display_name, topic=Topic.FEELINGS,
            text="I don't want to talk about Dad", shared_with=[Audience.WORKER],
            kept_from_speaker=True,
            kept_reason="asked that it is not in the copy they take home"))
        records.add_entry(session, VoiceEntry(
            child_id=child.id, visit_id=visit.id, speaker=Speaker.CHILD,
            speaker_name=child.display_name, topic=Topic.SAFETY_SCALE, scale=6,
            text="six, because it's calmer since Dad left", scale_question="How safe do you feel?"))
    vault.lock()
    return child, visit


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dw-screen-") as screen:
        if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
            # Qt's offscreen screen is 800×800 unless told otherwise, and every window is
            # fitted to its screen (gui/common/fit.py ScreenFit): on a desktop-sized screen
            # each window is drawn at the size it is given here, not cut down to 800×800.
            # (The laptop pictures set up a 1366×768 screen of their own.)
            from tools.windows import laptop_screen

            os.environ["QT_QPA_PLATFORM"] = laptop_screen(Path(screen), 1920, 1200)
        return _shoot_all(out)


def _shoot_all(out: Path) -> int:
    qapp = application()
    with tempfile.TemporaryDirectory(prefix="dw-shots-") as tmp:
        root = Path(tmp)
        prefs = Preferences(QSettings(str(root / "prefs.ini"), QSettings.Format.IniFormat))

        # The set-up wizard, on a folder with no vault yet
        wizard_app = DirectworkApp(root / "new", kdf=KdfParams.fast_for_tests(), prefs=prefs)
        wizard = wizard_app.start()
        page = wizard.passphrase_page.ui
        page.nameEdit.setText("Sam Okafor")
        page.teamEdit.setText("Northfield Youth Justice Service")
        page.passphraseEdit.setText("the heron waits by the canal")
        page.repeatEdit.setText("the heron waits by the canal")
        settle(wizard_app.worker)
        shoot(wizard, out / "setup-wizard.png")
        wizard.next()
        deadline = time.monotonic() + 30
        while wizard.currentPage() is not wizard.recovery_page and time.monotonic() < deadline:
            settle(wizard_app.worker)
        shoot(wizard, out / "setup-recovery-key.png")
        wizard.close()
        wizard_app.close()

        child, visit = fill_vault(root / "vault")
        app = DirectworkApp(root / "vault", kdf=KdfParams.fast_for_tests(), prefs=prefs)
        unlock = app.start()
        settle(app.worker)
        shoot(unlock, out / "unlock.png")
        unlock.ui.passphraseEdit.setText(PASSPHRASE)
        unlock.try_passphrase()
        settle(app.worker)
        app.vault.clock = lambda: NOW
        window = app.window
        assert window is not None
        window.resize(*SIZE)
        window.caseload.load()
        settle(app.worker)
        shoot(window, out / "caseload.png")

        app.open_child(child.id)
        settle(app.worker)
        window.child_record.tabs.setCurrentIndex(1)
        settle(app.worker)
        # The newest entries: who may see each in full, one kept from the child with why.
        window.child_record.voice_view.scrollToBottom()
        settle(app.worker)
        shoot(window, out / "child-record.png")
        window.child_record.tabs.setCurrentIndex(3)
        settle(app.worker, 0.2)
        shoot(window, out / "ecomap.png")

        app.open_visit(child, visit)
        settle(app.worker)
        # Typing in the house of dreams, with the child agreeing their carers can see it:
        # the sentence under the box says so.
        window.activateWindow()
        settle(app.worker)
        window.visit.fields["dreams"].setFocus()
        window.visit.fields["dreams"].setPlainText("and a dog called Bis")
        window.visit.options["houses"].shared[Audience.CARERS].setChecked(True)
        window.visit.fields["dreams"].setFocus()
        settle(app.worker)
        shoot(window, out / "visit-capture.png")
        window.visit.tabs.setCurrentIndex(1)
        window.visit.scale.set_value(6)
        settle(app.worker)
        shoot(window, out / "visit-scale.png")
        # What I want to happen: the child's own voice recorded (no microphone offscreen:
        # the shipped voice stands in for the child), ready to play back or keep.
        from directwork.gui.common.read_aloud import MemoryOutput, ReadAloud
        from directwork.gui.common.recorder import MemoryInput
        from directwork.speech.espeak import voice

        window.visit.tabs.setCurrentIndex(2)
        window.visit.use_reader(ReadAloud(output=MemoryOutput))
        said = voice().to_memory("I want to stay at my nan's at the weekend.", "en")
        window.visit.recording.microphone = lambda: MemoryInput(said)
        window.visit.recording.record_button.click()
        deadline = time.monotonic() + 20
        while (len(window.visit.recording.recorder.samples) < len(said.samples)
               and time.monotonic() < deadline):
            settle(app.worker, 0.05)
        window.visit.recording.record_button.click()
        settle(app.worker)
        shoot(window, out / "visit-recording.png")
        window.visit.tabs.setCurrentIndex(3)
        pad = window.visit.pad
        settle(app.worker)
        for i in range(60):
            pad.stroke(QPointF(150 + i * 4, 300 - (i % 20) * 6), QPointF(154 + i * 4, 300 - ((i + 1) % 20) * 6))
        pad.stroke(QPointF(320, 120), QPointF(320, 120))
        window.visit.drawing_title.setText("my house")
        settle(app.worker)
        shoot(window, out / "visit-drawing.png")

        app.set_high_contrast(True)
        window.show_caseload()
        settle(app.worker)
        shoot(window, out / "caseload-high-contrast.png")
        app.set_high_contrast(False)
        # Help → About directwork: the version, the licence and the third-party notices.
        window.about_action.trigger()
        settle(app.worker)
        shoot(app.dialogs[-1], out / "about.png")
        app.dialogs[-1].close()
        window.close()
        app.close()
    qapp.processEvents()
    shoot_practice(out)  # the plan editor, versions, practice check and charts
    from tools.screenshots.coreview import shoot_coreview

    shoot_coreview(out)  # co-review in English and Welsh, its history, the summary preview
    from tools.screenshots.sync import shoot_sync

    shoot_sync(out)  # the sync status line, Needs attention, merging, connecting, access withdrawn
    from tools.screenshots.printing import shoot_printing

    shoot_printing(out)  # printing a summary through CUPS, and each thing the window says
    from tools.screenshots.team import shoot_team

    shoot_team(out)  # a team manager's Team page: suggested links, and the children joined
    from tools.screenshots.team_context import shoot_team_context

    shoot_team_context(out)  # a team context's page and plan, and the panel's summary PDF
    from tools.screenshots.team_map import shoot_team_map

    shoot_team_map(out)  # the team map (all, then narrowed) and its timeline
    from tools.screenshots.laptop import shoot_laptop

    shoot_laptop(out)  # every window and dialog on a 1366×768 laptop at 150% (out/laptop/)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
