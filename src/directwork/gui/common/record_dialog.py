"""What the small add-a-record dialogs share: a name that must be given, said beside the
field, and a Save / Cancel row."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from directwork.gui.common.a11y import named
from directwork.gui.common.fit import scroll_body
from directwork.gui.common.retranslate import translate


def error_label() -> QLabel:
    """The line under a field that says what is wrong with it (hidden until then)."""
    label = QLabel()
    label.setProperty("role", "error")
    label.setVisible(False)
    return label


def required_text(edit: QLineEdit, error: QLabel, message: str) -> str | None:
    """The field's text, or None after saying ``message`` beside it and focusing it."""
    text = edit.text().strip()
    error.setText("" if text else message)
    error.setVisible(not text)
    if not text:
        edit.setFocus()
        return None
    return text


def save_cancel(dialog: QDialog, layout: QVBoxLayout, save) -> QDialogButtonBox:
    buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                     | QDialogButtonBox.StandardButton.Cancel), translate("RecordDialog", "Save or cancel"))
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    scroll_body(dialog)  # on a small screen the form scrolls; Save and Cancel stay in sight
    return buttons
