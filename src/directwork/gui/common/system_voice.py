"""The operating system's own voices (Qt TextToSpeech), offered in Preferences where the
laptop has one for a language; eSpeak NG, shipped with the app, is used otherwise.

A system voice speaks through the operating system's speech service on this laptop (it is
never sent anywhere by the app). It speaks a sentence at a time, so the sentence being said
is highlighted as with eSpeak NG, though its timing comes from the service saying when each
sentence starts and ends rather than from samples played.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject

from directwork.gui.common.multimedia import quiet_multimedia_logging

LANGUAGES = {"en": QLocale.Language.English, "cy": QLocale.Language.Welsh}
# Qt's own test engine speaks to nobody; it is never offered to a practitioner.
NOT_OFFERED = ("mock",)


@dataclass(frozen=True)
class SystemVoiceChoice:
    """One voice of the operating system: its engine, locale and name."""

    engine: str
    locale: str
    voice: str

    @property
    def key(self) -> str:
        return f"{self.engine}|{self.locale}|{self.voice}"

    @property
    def label(self) -> str:
        return f"{self.voice} ({QLocale(self.locale).nativeLanguageName()}, {self.engine})"

    @staticmethod
    def from_key(key: str) -> SystemVoiceChoice | None:
        parts = key.split("|")
        return SystemVoiceChoice(*parts) if len(parts) == 3 and all(parts) else None


def system_voices(lang: str, engines: list[str] | None = None) -> list[SystemVoiceChoice]:
    """The system's voices for ``lang`` ("en" or "cy"); none where it has no voice for it."""
    quiet_multimedia_logging()
    from PySide6.QtTextToSpeech import QTextToSpeech

    if engines is None:
        engines = [e for e in QTextToSpeech.availableEngines() if e not in NOT_OFFERED]
    found = []
    for engine in engines:
        speech = QTextToSpeech(engine)
        if speech.state() == QTextToSpeech.State.Error:
            continue
        for locale in speech.availableLocales():
            if locale.language() != LANGUAGES[lang]:
                continue
            speech.setLocale(locale)
            found += [SystemVoiceChoice(engine, locale.name(), v.name())
                      for v in speech.availableVoices()]
    return found


class SystemSpeaker(QObject):
    """Says sentences one after another with one system voice."""

    def __init__(self, choice: SystemVoiceChoice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        quiet_multimedia_logging()
        from PySide6.QtTextToSpeech import QTextToSpeech

        self.choice = choice
        self._speech = QTextToSpeech(choice.engine, self)
        self._speech.setLocale(QLocale(choice.locale))
        for voice in self._speech.availableVoices():
            if voice.name() == choice.voice:
                self._speech.setVoice(voice)
        self._speech.stateChanged.connect(self._state)
        self._state_class = QTextToSpeech.State
        self._sentences: list[str] = []
        self._at = -1
        self._heard: Callable[[int], None] = lambda _i: None
        self._done: Callable[[], None] = lambda: None
        self._speaking = False

    @property
    def usable(self) -> bool:
        return self._speech.state() != self._state_class.Error

    def set_rate(self, speed: int, default: int) -> None:
        # Qt's rate runs from -1 (slowest) to 1 (fastest), 0 being the voice's own pace.
        self._speech.setRate(max(-1.0, min(1.0, (speed - default) / default)))

    def say(self, sentences: list[str], heard: Callable[[int], None],
            done: Callable[[], None]) -> None:
        self.stop()
        self._sentences, self._heard, self._done = list(sentences), heard, done
        self._at = -1
        self._next()

    def _next(self) -> None:
        self._at += 1
        if self._at >= len(self._sentences):
            self._speaking = False
            self._done()
            return
        self._speaking = True
        self._heard(self._at)
        self._speech.say(self._sentences[self._at])

    def _state(self, state) -> None:
        if self._speaking and state == self._state_class.Ready:
            self._next()

    def stop(self) -> None:
        self._speaking = False
        self._speech.stop()
