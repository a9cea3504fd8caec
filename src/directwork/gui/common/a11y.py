"""Accessible names, so a screen reader can say what every control is for, and what a status
line says as it changes."""

from __future__ import annotations

import re
from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    """Give ``widget`` its spoken name. A button's name always holds the words on it (what a
    sighted colleague would tell someone to press): when ``name`` says more than them, the
    words lead and ``name`` becomes the description."""
    words = button_words(widget)
    if words and comparable(words) not in comparable(name):
        description = description or name
        name = words
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def button_words(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return plain_words(text).replace("…", "").strip(" .:")


def comparable(text: str) -> str:
    """Words only, lower case: how two names are compared for the same words."""
    return " ".join(re.sub(r"[^\w\s'’-]", " ", plain_words(text).lower()).split())


def plain_words(text: str) -> str:
    """Words as shown, without the mnemonic marks: "&Save draft" is "Save draft"."""
    return re.sub(r"&(.)", r"\1", text)


def labelled(label: QLabel, field: W) -> W:
    """Link ``label`` to ``field`` (its Alt+letter moves there, and a screen reader names the
    field by it): the field's spoken name is the label's words; a longer name it had becomes
    its description."""
    label.setBuddy(field)
    words = plain_words(label.text()).replace("…", "").strip(" :?")
    name = field.accessibleName()
    if comparable(words) not in comparable(name):
        if name and not field.accessibleDescription():
            field.setAccessibleDescription(name)
        field.setAccessibleName(words)
    return field


def name_by_labels(window: QWidget) -> None:
    """``labelled`` for every label in ``window`` linked to a field (forms built with
    QFormLayout.addRow("&Label", field) and Designer forms link them without it); and every
    list and table lets Tab move on to the next control (the arrows move inside it)."""
    for view in window.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if plain_words(label.text()).strip() and buddy is not None:
            labelled(label, buddy)


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
