"""Screenshots of co-review (English and Welsh), leaving it, the plan's co-review history and
the summary preview, drawn offscreen from the invented sample case (reports/sample.py) in a
throwaway vault. Called by ``python -m tools.screenshots``."""

from __future__ import annotations

import dataclasses
import os
import tempfile
import time
from pathlib import Path

from tools.screenshots.shots import PASSPHRASE, settle, shoot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from directwork.domain.records import CoReviewAnswer
from directwork.gui.common.read_aloud import MemoryOutput, ReadAloud
from directwork.gui.common.worker import VaultWorker
from directwork.gui.coreview.history import PlanCoReviewPanel
from directwork.gui.coreview.window import CoReviewWindow
from directwork.gui.record.child_record import ChildRecordPage
from directwork.gui.summary.preview import SummaryPreview
from directwork.store import records
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from directwork.store.views.coreview import load_coreview
from tools.sample_case import T0, sample_case

SIZE = (1280, 860)




def _sample_vault(data_dir: Path) -> tuple[Vault, str]:
    """The invented sample case, saved in a new vault as if typed on this laptop."""
    vault, _ = Vault.create(data_dir, PASSPHRASE, practitioner_name="Sam Practitioner",
                            kdf=KdfParams.fast_for_tests())
    vault.clock = lambda: T0
    case = sample_case()
    with vault.transaction() as session:
        child = records.save_document(session, dataclasses.replace(case.child, id="", rev=""))
        cid = child.id
        for doc in [*case.people, *case.contexts, *case.agencies, case.plan]:
            records.save_document(session, dataclasses.replace(doc, id="", rev="", child_id=cid))
        for entry in case.voice:
            records.add_entry(session, dataclasses.replace(entry, id="", child_id=cid,
                                                           drawing_id=None))
    return vault, cid


def shoot_coreview(out: Path) -> list[Path]:
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="dw-coreview-shots-") as tmp:
        vault, child_id = _sample_vault(Path(tmp) / "vault")
        worker = VaultWorker(vault)
        with vault.session() as session:
            views = load_coreview(session, child_id)
        for lang in ("en", "cy"):
            # No sound device offscreen: read-aloud plays into memory at a sound card's pace.
            window = CoReviewWindow(worker, views, lang=lang,
                                    reader=ReadAloud(output=MemoryOutput))
            window.resize(*SIZE)
            window.show()
            settle(worker)
            if lang == "en":
                shots.append(shoot(window, out / "coreview-welcome.png"))
            window.go_next()
            window.choose(CoReviewAnswer.AGREE)
            window.go_next()
            if lang == "en":
                # The child's own words, shared with nobody else, are shown back to them.
                settle(worker)
                shots.append(shoot(window, out / "coreview-told.png"))
            window.go_to("worries")
            window.choose(CoReviewAnswer.NOT_SURE,
                          "I don't go to the garages any more." if lang == "en"
                          else "Dw i ddim yn mynd i'r garejys rhagor.")
            settle(worker)
            shots.append(shoot(window, out / f"coreview-{lang}.png"))
            # Read aloud: the second sentence highlighted while it is heard.
            window.go_to("going_well")
            settle(worker)
            window.section.hear_part.click()
            deadline = time.monotonic() + 20
            while window.reader.heard < 1 and time.monotonic() < deadline:
                settle(worker, 0.05)
            shots.append(shoot(window, out / f"coreview-read-aloud-{lang}.png"))
            window.stop_reading()
            if lang == "en":
                window.go_to("if_wrong")
                settle(worker)
                shots.append(shoot(window, out / "coreview-if-things-go-wrong.png"))
                window.go_to("helplines")
                settle(worker)
                shots.append(shoot(window, out / "coreview-who-to-call.png"))
                # The app locks itself: a neutral pause screen, nothing of the plan on it.
                window.pause_for_lock(lambda: None)
                settle(worker)
                shots.append(shoot(window, out / "coreview-paused.png"))
                window.resume_after_lock()
                settle(worker)
                window.ask_practitioner()
                settle(worker)
                shots.append(shoot(window, out / "coreview-leaving.png"))
            window.ask_practitioner()
            settle(worker)
            window.may_close = True  # the screenshot run stands in for the practitioner
            window.close()
            window.deleteLater()
            settle(worker)

        panel = PlanCoReviewPanel(worker)
        panel.resize(1000, 260)
        panel.set_plan(child_id, views.plan_id)
        panel.show()
        settle(worker)
        shots.append(shoot(panel, out / "coreview-history.png"))
        panel.close()

        record = ChildRecordPage(worker)
        record.resize(1180, 760)
        record.open_child(child_id)
        record.show()
        settle(worker)
        record.tabs.setCurrentIndex(2)
        settle(worker, 0.2)
        shots.append(shoot(record, out / "child-record-safety-plan.png"))
        record.close()
        record.deleteLater()

        preview = SummaryPreview(worker, child_id)
        preview.show()
        deadline = time.monotonic() + 30
        while not preview.save_button.isEnabled() and time.monotonic() < deadline:
            settle(worker)
        settle(worker, 0.3)
        shots.append(shoot(preview, out / "summary-preview.png"))
        # "Check before you give it", as saving the child's copy opens it, one line ticked.
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getSaveFileName
        QFileDialog.getSaveFileName = staticmethod(lambda *a: ("", ""))  # type: ignore[method-assign]
        try:
            preview.save_button.click()
            check = preview.check_dialog
            if check is not None:
                check.tick(0)
                settle(worker, 0.2)
                shots.append(shoot(check, out / "check-before-giving.png"))
                check.reject()
        finally:
            QFileDialog.getSaveFileName = chosen  # type: ignore[method-assign]
        preview.close()
        preview.deleteLater()
        panel.deleteLater()
        settle(worker)
        worker.wait_idle()
        worker.shutdown()
        vault.lock()
    return shots


if __name__ == "__main__":
    import sys

    from directwork.gui.shell.app import application

    application()
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    shoot_coreview(target)
