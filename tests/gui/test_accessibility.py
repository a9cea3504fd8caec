"""Every control in every window and dialog has a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from directwork.domain.records import Audience, Person, Speaker, TrustView, Visit, VoiceEntry
from directwork.gui.record.child_form import NewChildDialog
from directwork.gui.record.context_dialog import ContextDialog
from directwork.gui.record.ecomap import EcomapView
from directwork.gui.record.entry_correction import EntryCorrectionDialog
from directwork.gui.record.person_dialog import PersonDialog
from directwork.gui.record.sharing import SharingDialog
from directwork.gui.shell.lock import IdleLockDialog
from directwork.gui.visit.drawing_pad import DrawingPad
from directwork.gui.visit.end import EndVisitDialog
from directwork.gui.visit.start import StartVisitDialog
from directwork.store import records
from tests.gui.drive import add_children, settle, unlock

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit,
               QPlainTextEdit, QAbstractItemView, QAbstractSlider, DrawingPad, EcomapView)


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    spoken = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (widget.accessibleName() or spoken or "").strip()


def unnamed(window: QWidget) -> list[str]:
    missing = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own helpers (toolbar extension, spin box line edits, popups)
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit) or isinstance(
                parent and parent.parentWidget(), QComboBox):
            continue  # parts of a named control: its line edit, clear button or popup list
        if not spoken_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                           f"in {type(parent).__name__ if parent else '-'}"
                           f" text={getattr(widget, 'text', lambda: '')()!r}")
    return missing


def test_the_unnamed_check_notices_a_control_without_a_name(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    QLineEdit(window)
    assert len(unnamed(window)) == 1


def test_every_window_and_dialog_names_every_control(qtbot, make_app, data_dir: Path,
                                                     vault) -> None:
    [child] = add_children(vault, ["Jay"])
    with vault.transaction() as s:
        records.save_document(s, Person(child_id=child.id, name="Nan",
                                        child_view=TrustView.TRUSTED))
        visit = records.save_document(s, Visit(child_id=child.id, place="home",
                                               present=["Jay", "Nan"]))
    vault.lock()
    # The set-up wizard, on a folder with no vault yet
    wizard_app = make_app(data_dir.parent / "new")
    wizard = wizard_app.start()
    problems = {"set-up wizard": unnamed(wizard)}

    app = make_app(data_dir)
    problems["unlock screen"] = unnamed(app.start())
    app.unlock_form.close()
    unlock(qtbot, app)
    window = app.window
    app.open_child(child.id)
    settle(qtbot, app)
    app.open_visit(child, visit)
    settle(qtbot, app)
    problems["main window"] = unnamed(window)
    said = VoiceEntry(id="v", child_id=child.id, speaker=Speaker.CHILD, speaker_name="Jay",
                      text="words", shared_with=[Audience.WORKER])
    dialogs = {
        "add a child": NewChildDialog(window),
        "start visit": StartVisitDialog(child, visit.created_at, window),
        "end visit": EndVisitDialog(app.worker, app.keeper, child, visit,
                                    window.visit.contents, window),
        "add someone to the network": PersonDialog(child.id, "Jay", window),
        "lock when not in use": IdleLockDialog(5, window),
        "put an entry right": EntryCorrectionDialog("words", window),
        "put right what was said": EntryCorrectionDialog("words", window, entry=said,
                                                         child_name="Jay"),
        "who may see this": SharingDialog(said, "Jay", window),
        "add a context": ContextDialog(child.id, "Jay", window),
    }
    for name, dialog in dialogs.items():
        dialog.show()
        problems[name] = unnamed(dialog)
        dialog.close()
    app.lock()
    settle(qtbot, app)
    problems["locked window"] = unnamed(window)
    missing = {k: v for k, v in problems.items() if v}
    assert not missing, "\n".join(f"{k}: {v}" for k, v in missing.items())
