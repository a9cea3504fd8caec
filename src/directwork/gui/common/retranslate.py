"""Words that follow the interface language: Qt's translation, applied again at LanguageChange.

``Words(widget, context)`` keeps, for one widget tree, how each of its words is shown and the
English source (marked for ``pyside6-lupdate`` with ``QT_TRANSLATE_NOOP(context, ...)`` where it
is written). When the translator changes, Qt sends LanguageChange to every widget; this shows
each word again in the new language. Nothing is found by the words on screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QComboBox, QTabWidget, QWidget

from directwork.gui.common.a11y import named, plain_words

K = TypeVar("K")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for ``pyside6-lupdate`` under ``context`` and gives it back as it is
    (Qt's own QT_TRANSLATE_NOOP, typed as text)."""
    return source


def translate(context: str, source: str) -> str:
    """``QCoreApplication.translate``: ``context`` written as a literal where it is called, so
    ``pyside6-lupdate`` files the message under it."""
    return QCoreApplication.translate(context, source)


def plural(words: str, n: int) -> str:
    """Translated ``words`` (``translate(context, "%n change(s) waiting")``) with ``%n`` filled
    by ``n``. One Welsh form serves every number (a Welsh numeral takes the singular noun:
    "%n newid"); untranslated (English), "change(s)" becomes "change" or "changes"."""
    words = words.replace("%n", str(n))
    return words.replace("(s)", "" if n == 1 else "s") if "(s)" in words else words


def fill(words: str, *values: object) -> str:
    """``words`` (translated) with ``%1``, ``%2``… replaced by ``values`` in one pass, so a
    value holding "%2" is never filled again."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), words)


class TranslatedWords(Mapping[K, str]):
    """A table of words (marked with ``QT_TRANSLATE_NOOP(context, ...)``) read in the interface
    language each time it is looked at, so a table made at import serves both languages."""

    def __init__(self, context: str, words: Mapping[K, str]) -> None:
        self.context = context
        self.sources = dict(words)

    def __getitem__(self, key: K) -> str:
        return QCoreApplication.translate(self.context, self.sources[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)


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


def item_text(combo: QComboBox, index: int) -> Callable[[str], None]:
    """Shows words as the text of ``combo``'s item ``index``."""
    return lambda words: combo.setItemText(index, words)


def tab_title(tabs: QTabWidget, page: QWidget, *, name_page: bool = False
              ) -> Callable[[str], None]:
    """Shows words as the title of ``page``'s tab (found by the page, never by its title);
    with ``name_page``, the page's spoken name follows it."""
    def show(words: str) -> None:
        tabs.setTabText(tabs.indexOf(page), words)
        if name_page:
            page.setAccessibleName(plain_words(words))
    return show


def spoken(widget: QWidget, strip: str = "") -> Callable[[str], object]:
    """Gives words as ``widget``'s spoken name (``named``)."""
    return lambda words: named(widget, words.rstrip(strip) if strip else words)
