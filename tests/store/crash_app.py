"""Run by test_crash_safety: the real desktop app, offscreen, in the middle of a visit, to be
killed. One process imports the app once and then, for each round the test asks for (a line
"go" on stdin), forks a child that starts the app as a practitioner would: types the
passphrase into the unlock screen, opens the child's visit and keeps typing the child's words
and pressing Enter. Each entry is printed ("kept ID") only once the app said it was kept. The
test kills the child with SIGKILL at a random moment and asks for the next round.

Forking a process that has imported the app but made no QApplication and started no thread is
what keeps twenty app start-ups within seconds."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

import directwork.gui.caseload.page  # imported once, before the forks
import directwork.gui.record.child_record
import directwork.gui.shell.main_window
import directwork.gui.visit.capture  # noqa: F401
from directwork.domain.records import Child, Topic, Visit
from directwork.gui.shell.app import DirectworkApp, application
from directwork.store import records
from directwork.store.keyfile import KdfParams
from directwork.store.process_lock import describe_this_process


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run_app(data_dir: Path, passphrase: str, child_id: str, visit_id: str, round_: int) -> None:
    describe_this_process("the directwork app")
    qapp = application()
    app = DirectworkApp(data_dir, kdf=KdfParams.fast_for_tests())
    form = app.start()
    typed = [0]
    fields = [Topic.WORRIES.value, Topic.GOOD_THINGS.value, Topic.DREAMS.value]

    def type_one() -> None:
        visit = app.window.visit  # type: ignore[union-attr]
        n = typed[0]
        typed[0] += 1
        field = visit.fields[fields[n % len(fields)]]
        QTest.keyClicks(field, f"round {round_} words {n} " + "x" * (n % 40))
        if n % 5 != 4:  # every fifth is left half-typed for a moment, as a draft
            QTest.keyClick(field, Qt.Key.Key_Return)

    def visit_open(found: tuple[Child, Visit]) -> None:
        child, visit = found
        app.open_visit(child, visit)
        app.window.visit.entry_kept.connect(lambda entry: say(f"kept {entry.id}"))  # type: ignore[union-attr]
        say("ready")
        timer = QTimer(app)
        timer.timeout.connect(type_one)
        timer.start(2)

    def shown() -> None:
        app.worker.query(lambda s: (records.get_document(s, Child, child_id),
                                    records.get_document(s, Visit, visit_id)),
                         success=visit_open)

    app.main_window_shown.connect(shown)
    form.ui.passphraseEdit.setText(passphrase)  # type: ignore[union-attr]
    form.ui.unlockButton.click()  # type: ignore[union-attr]
    qapp.exec()


def main() -> None:
    data_dir, passphrase, child_id, visit_id = Path(sys.argv[1]), *sys.argv[2:5]
    say("zygote")
    round_ = 0
    for line in sys.stdin:
        if line.strip() != "go":
            break
        round_ += 1
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                run_app(data_dir, passphrase, child_id, visit_id, round_)
            finally:
                os._exit(0)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"ended {status}")


if __name__ == "__main__":
    main()
