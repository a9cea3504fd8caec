"""The interface language: Qt's translation mechanism for everything practitioner-facing.

Child- and carer-facing words are not here: they live in the word catalogues
(resources/catalogue/<lang>.toml) and follow the child's language, chosen on their record.
The rest of the interface is translated with Qt: sources in
resources/translations/directwork_cy.ts (made by ``pyside6-lupdate`` over
``src/directwork/gui``), compiled to .qm by ``python -m directwork.build``.

Windows put their words through ``self.tr()``/``QCoreApplication.translate`` (or
``gui.common.retranslate.Words``) and show them again at LanguageChange, which Qt sends to
every widget when the translator is installed or removed. No widget text is ever matched.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from directwork.gui.common.retranslate import LANGUAGE_PROPERTY
from directwork.paths import resource_path

LANGUAGE_KEY = "view/interface_language"
LANGUAGES = ("en", "cy")
CONTEXT = "Interface"


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
        self.app.setProperty(LANGUAGE_PROPERTY, "en")
        if language not in LANGUAGES or language == "en":
            return language == "en"
        translator = QTranslator(self.app)
        if not translator.load(str(resource_path("translations", f"directwork_{language}.qm"))):
            return False
        self.app.installTranslator(translator)
        self.translator = translator
        self.language = language
        self.app.setProperty(LANGUAGE_PROPERTY, language)
        return True

    def switch(self, language: str) -> bool:
        """``use`` ``language`` and put every window into it now (Qt posts LanguageChange to
        each window; this delivers them before returning)."""
        done = self.use(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return done


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
    action = QAction(QCoreApplication.translate("Interface", "&Welsh interface (Cymraeg)"), window)
    action.setCheckable(True)
    action.setChecked(language.language == "cy")

    def switch(on: bool) -> None:
        chosen = "cy" if on else "en"
        save_language(prefs, chosen)
        language.switch(chosen)

    def again() -> None:
        action.setText(QCoreApplication.translate("Interface", "&Welsh interface (Cymraeg)"))

    action.toggled.connect(switch)
    view_menu.addSeparator()
    view_menu.addAction(action)
    _Follow(window, again)
    # A window built before the choice was read is put into the saved language.
    if language.language != "en":
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    return action


def current() -> str:
    """The interface language now ("en" or "cy")."""
    app = QCoreApplication.instance()
    found = app.findChild(InterfaceLanguage) if app is not None else None
    return found.language if found is not None else "en"


class _Follow(QObject):
    """Calls ``again`` when ``window`` is told the language changed."""

    def __init__(self, window: QMainWindow, again) -> None:
        super().__init__(window)
        self.again = again
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.parent():
            self.again()
        return False
