"""The interface language: Qt's translation mechanism for everything practitioner-facing.

Child- and carer-facing words are not here: they live in the word catalogues
(resources/catalogue/<lang>.toml). The rest of the interface is translated with Qt: sources in
resources/translations/directwork_cy.ts (made by ``pyside6-lupdate`` over
``src/directwork/gui/*.py``), compiled to .qm by ``python -m directwork.build``.

Windows written with ``self.tr()`` are translated as they are built. The main window's menus,
tabs and buttons were written as plain strings, so they are listed below under the
"Interface" context and translated in place by ``translate_tree``; a widget whose text is not
one of these (a child's name, a status line) is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from directwork.paths import resource_path

LANGUAGE_KEY = "view/interface_language"
LANGUAGES = ("en", "cy")
CONTEXT = "Interface"

# The main window's menus, toolbar, tabs and buttons (written without tr() in their modules).
_MARKED = (
    QT_TRANSLATE_NOOP("Interface", "&File"),
    QT_TRANSLATE_NOOP("Interface", "&Add a child…"),
    QT_TRANSLATE_NOOP("Interface", "Load the &demo caseload"),
    QT_TRANSLATE_NOOP("Interface", "&Lock now"),
    QT_TRANSLATE_NOOP("Interface", "&Quit"),
    QT_TRANSLATE_NOOP("Interface", "&Go"),
    QT_TRANSLATE_NOOP("Interface", "&Back"),
    QT_TRANSLATE_NOOP("Interface", "&Caseload"),
    QT_TRANSLATE_NOOP("Interface", "&Find a child"),
    QT_TRANSLATE_NOOP("Interface", "&Start visit…"),
    QT_TRANSLATE_NOOP("Interface", "&View"),
    QT_TRANSLATE_NOOP("Interface", "&Larger text"),
    QT_TRANSLATE_NOOP("Interface", "&Smaller text"),
    QT_TRANSLATE_NOOP("Interface", "&Usual text size"),
    QT_TRANSLATE_NOOP("Interface", "&High contrast"),
    QT_TRANSLATE_NOOP("Interface", "&Help"),
    QT_TRANSLATE_NOOP("Interface", "&About directwork…"),
    QT_TRANSLATE_NOOP("Interface", "My caseload"),
    QT_TRANSLATE_NOOP("Interface", "&Start visit"),
    QT_TRANSLATE_NOOP("Interface", "Save changes"),
    QT_TRANSLATE_NOOP("Interface", "&About me"),
    QT_TRANSLATE_NOOP("Interface", "&Voice"),
    QT_TRANSLATE_NOOP("Interface", "Safety &plan"),
    QT_TRANSLATE_NOOP("Interface", "&Network"),
    QT_TRANSLATE_NOOP("Interface", "&Contexts"),
    QT_TRANSLATE_NOOP("Interface", "&Key moments"),
    QT_TRANSLATE_NOOP("Interface", "&Reviews"),
    QT_TRANSLATE_NOOP("Interface", "Conc&erns"),
    QT_TRANSLATE_NOOP("Interface", "V&isits"),
    QT_TRANSLATE_NOOP("Interface", "&History"),
    QT_TRANSLATE_NOOP("Interface", "People"),
    QT_TRANSLATE_NOOP("Interface", "Agencies"),
    QT_TRANSLATE_NOOP("Interface", "&Welsh interface (Cymraeg)"),
)
# (QT_TRANSLATE_NOOP only marks its words for lupdate, and gives them back as they are.)
INTERFACE_WORDS: tuple[str, ...] = tuple(str(words) for words in _MARKED)


class InterfaceLanguage(QObject):
    """Holds the installed translator and moves the interface between English and Welsh.
    A child of the application, so it lives as long as the app and is found again there."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.translator: QTranslator | None = None
        self.language = "en"

    def use(self, language: str) -> bool:
        """Install the translation for ``language`` ("en" removes it). Returns False, leaving
        English, if the compiled translation is missing (run ``python -m directwork.build``)."""
        if self.translator is not None:
            self.app.removeTranslator(self.translator)
            self.translator = None
        self.language = "en"
        if language not in LANGUAGES or language == "en":
            return language == "en"
        translator = QTranslator(self.app)
        if not translator.load(str(resource_path("translations", f"directwork_{language}.qm"))):
            return False
        self.app.installTranslator(translator)
        self.translator = translator
        self.language = language
        return True


# Every translation put on screen, back to its source: so that switching back to English
# finds the English for words shown in Welsh after the Welsh translator has gone.
_SHOWN: dict[str, str] = {}


def _source(words: str) -> str | None:
    """The English source of ``words`` if it is an interface word, in either language."""
    if words in INTERFACE_WORDS:
        return words
    if words in _SHOWN:
        return _SHOWN[words]
    for source in INTERFACE_WORDS:
        if QCoreApplication.translate(CONTEXT, source) == words:
            return source
    return None


def _translated(words: str) -> str | None:
    source = _source(words)
    if source is None:
        return None
    shown = QCoreApplication.translate(CONTEXT, source)
    _SHOWN[shown] = source
    return shown


def translate_tree(root: QWidget) -> None:
    """Put the listed interface words of ``root`` and everything in it into the installed
    language (or back into English), leaving every other text as it is."""
    widgets = [root, *root.findChildren(QWidget)]
    actions = {a for w in widgets for a in w.actions()} | set(root.findChildren(QAction))
    for action in actions:
        if (new := _translated(action.text())) is not None:
            action.setText(new)
    for widget in widgets:
        if isinstance(widget, QMenu):
            if (new := _translated(widget.title())) is not None:
                widget.setTitle(new)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                if (new := _translated(widget.tabText(i))) is not None:
                    widget.setTabText(i, new)
        elif isinstance(widget, QAbstractButton | QLabel):
            if (new := _translated(widget.text())) is not None:
                widget.setText(new)
        elif isinstance(widget, QGroupBox) and (new := _translated(widget.title())) is not None:
            widget.setTitle(new)


def saved_language(prefs: object) -> str:
    """The interface language the practitioner chose ("en" unless they chose Welsh)."""
    store = getattr(prefs, "_store", None)  # Preferences keeps its QSettings here
    value = str(store.value(LANGUAGE_KEY, "en")) if store is not None else "en"
    return value if value in LANGUAGES else "en"


def save_language(prefs: object, language: str) -> None:
    store = getattr(prefs, "_store", None)
    if store is not None:
        store.setValue(LANGUAGE_KEY, language)


def install(app: QCoreApplication, prefs: object) -> InterfaceLanguage:
    """Start the app in the saved interface language (the one InterfaceLanguage per app)."""
    language = app.findChild(InterfaceLanguage)
    if language is None:
        language = InterfaceLanguage(app)
    language.use(saved_language(prefs))
    return language


def add_language_choice(window: QMainWindow, view_menu: QMenu, prefs: object) -> QAction:
    """A checkable "Welsh interface" item at the end of ``view_menu``, switching at once."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the Welsh interface choice needs the application made first")
    language = install(app, prefs)
    action = QAction(QCoreApplication.translate(CONTEXT, "&Welsh interface (Cymraeg)"), window)
    action.setCheckable(True)
    action.setChecked(language.language == "cy")

    def switch(on: bool) -> None:
        chosen = "cy" if on else "en"
        save_language(prefs, chosen)
        language.use(chosen)
        for top in QApplication.topLevelWidgets():
            translate_tree(top)

    action.toggled.connect(switch)
    view_menu.addSeparator()
    view_menu.addAction(action)
    translate_tree(window)
    return action
