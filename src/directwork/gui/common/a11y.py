"""Accessible names, so a screen reader can say what every control is for, and what a status
line says as it changes."""

from __future__ import annotations

import re
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def plain_words(text: str) -> str:
    """Words as shown, without the mnemonic marks: "&Save draft" is "Save draft"."""
    return re.sub(r"&(.)", r"\1", text)


def labelled(label: QLabel, field: W) -> W:
    """Link ``label`` to ``field`` (its Alt+letter moves there, and a screen reader names the
    field by it): the field's spoken name starts with the label's words."""
    label.setBuddy(field)
    words = plain_words(label.text()).rstrip(": ")
    name = field.accessibleName()
    if words.lower() not in name.lower():
        field.setAccessibleName(f"{words}: {name}" if name else words)
    return field


def say(label: QLabel, text: str) -> None:
    """Show ``text`` in a status line and tell a screen reader: the line's name and
    description are its words, so it is announced as what it says, not as "status"."""
    label.setText(text)
    label.setAccessibleName(text)
    label.setAccessibleDescription(text)
    label.setToolTip(text if len(text) > 40 else "")


# Colours as a child or practitioner names them (the drawing pad's pens, the chart lines).
COLOUR_NAMES = {
    "#1f2933": "charcoal black", "#2f6f8f": "blue", "#2e7d32": "green", "#b3261e": "red",
    "#b7791f": "orange", "#7e57c2": "purple",
}


def colour_name(code: str) -> str:
    return COLOUR_NAMES.get(code.lower(), "another colour")
