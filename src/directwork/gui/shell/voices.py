"""Preferences: which voice reads aloud in English and in Welsh. eSpeak NG, shipped with the
app and working offline, always; the operating system's own voices where it has one for the
language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from directwork.gui.common.a11y import named
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, TranslatedWords, fill, translate
from directwork.gui.common.system_voice import SystemVoiceChoice, system_voices

LANGUAGE_WORDS = TranslatedWords("VoicesWords", {"en": QT_TRANSLATE_NOOP("VoicesWords", "English"), "cy": QT_TRANSLATE_NOOP("VoicesWords", "Welsh")})
ESPEAK = "eSpeak NG (comes with the app, works offline)"


class ReadAloudVoicesDialog(QDialog):
    """Choose the voice for each language; only voices this laptop has are offered."""

    chosen = Signal(dict)  # {lang: "engine|locale|voice" or ""}

    def __init__(self, current: dict[str, str], parent: QWidget | None = None,
                 engines: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReadAloudVoicesDialog", "Read-aloud voices"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("ReadAloudVoicesDialog", "Read-aloud speaks with eSpeak NG, which comes with the app. Where this "
                       "laptop has a voice of its own for a language, you can choose it "
                       "instead. Nothing is sent anywhere either way."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        self.notes: dict[str, QLabel] = {}
        for lang, words in LANGUAGE_WORDS.items():
            box = named(QComboBox(), fill(translate("ReadAloudVoicesDialog", "%1 voice"), words))
            box.addItem(ESPEAK, "")
            for voice in system_voices(lang, engines):
                box.addItem(voice.label, voice.key)
            at = box.findData(current.get(lang, ""))
            box.setCurrentIndex(max(at, 0))
            note = QLabel("" if box.count() > 1 else
                          f"This laptop has no {words} voice of its own: eSpeak NG reads "
                          f"{words}.")
            note.setProperty("role", "hint")
            note.setWordWrap(True)
            label = QLabel(f"{words} &voice:" if lang == "en" else f"{words} v&oice:")
            label.setBuddy(box)
            form.addRow(label, box)
            form.addRow("", note)
            self.choices[lang] = box
            self.notes[lang] = note
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        self.chosen.emit({lang: box.currentData() or "" for lang, box in self.choices.items()})
        self.accept()


def chosen_voices(keys: dict[str, str]) -> dict[str, SystemVoiceChoice | None]:
    return {lang: SystemVoiceChoice.from_key(key) for lang, key in keys.items()}
