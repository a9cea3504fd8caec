"""Filling a field so its start shows: a line edit filled in code keeps its cursor at the end
of the words, so a narrow box shows how they end ("hrough the safety plan with…")."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def fill(edit: QLineEdit, text: str) -> QLineEdit:
    """Put ``text`` in ``edit`` and show its start; the full words are its tooltip."""
    edit.setText(text)
    home(edit)
    return edit


def home(edit: QLineEdit) -> QLineEdit:
    edit.setCursorPosition(0)
    edit.setToolTip(edit.text() if len(edit.text()) > 30 else "")
    return edit
