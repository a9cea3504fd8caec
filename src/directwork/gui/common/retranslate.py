"""Words that follow the interface language: Qt's translation, applied again at LanguageChange.

``Words(widget, context)`` keeps, for one widget tree, how each of its words is shown and the
English source (marked for ``pyside6-lupdate`` with ``QT_TRANSLATE_NOOP(context, ...)`` where it
is written). When the translator changes, Qt sends LanguageChange to every widget; this shows
each word again in the new language. Nothing is found by the words on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget


class Words(QObject):
    """The translatable words of one widget tree (a child of ``widget``, so it lives as long)."""

    def __init__(self, widget: QWidget, context: str) -> None:
        super().__init__(widget)
        self.context = context
        self.items: list[tuple[Callable[[str], object], str, dict[str, object]]] = []
        widget.installEventFilter(self)

    def text(self, source: str, **values: object) -> str:
        words = QCoreApplication.translate(self.context, source)
        return words.format(**values) if values else words

    def __call__(self, show: Callable[[str], object], source: str, **values: object) -> str:
        """Show ``source`` (with ``{name}`` places filled) in the interface language now, and
        again whenever the language changes."""
        self.items.append((show, source, values))
        words = self.text(source, **values)
        show(words)
        return words

    def again(self) -> None:
        for show, source, values in self.items:
            show(self.text(source, **values))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.parent():
            self.again()
        return False


LANGUAGE_PROPERTY = "interfaceLanguage"


def interface_language() -> str:
    """The interface language now ("en" or "cy"), as the View menu's choice set it on the
    application: for words the domain gives as meanings (practice-check messages)."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if value in ("en", "cy") else "en"
