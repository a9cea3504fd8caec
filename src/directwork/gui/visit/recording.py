"""Recording what the child wants to say, in their own voice, as an alternative to typing.

The recording is held in memory until it is kept; kept, it goes into the vault as an entry
with the same choice of who may see it as typed words (the section's ticks), and the
practitioner can type what was said beside it later. Nothing is written to a file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from directwork.domain import catalogue
from directwork.domain.recordings import MAX_SECONDS
from directwork.gui.common.a11y import named
from directwork.gui.common.read_aloud import ReadAloud
from directwork.gui.common.recorder import AudioInput, NoMicrophone, Recorder, microphone
from directwork.paths import resource_path
from directwork.speech.pcm import Pcm


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class RecordingPanel(QWidget):
    """Record, listen back, keep or record again. Part of visit mode, which the child sees:
    its words are the catalogue's (``visit.recording.*``), in the visit's language."""

    kept = Signal(object)  # the Pcm to keep

    def __init__(self, reader: ReadAloud, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.reader = reader
        self.lang = lang
        self._status: tuple[str, dict[str, object]] = ("limit", {"minutes": MAX_SECONDS // 60})
        self.microphone: Callable[[], AudioInput] = microphone
        self.recorder = Recorder(MAX_SECONDS, self)
        self.recorder.progressed.connect(self._progressed)
        self.recorder.stopped.connect(self._stopped)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.record_button = QPushButton()
        self.record_button.setIcon(QIcon(str(resource_path("icons", "coreview", "record.svg"))))
        self.record_button.setIconSize(QSize(24, 24))
        self.record_button.clicked.connect(self.toggle)
        self.play_button = QPushButton()
        self.play_button.setIcon(QIcon(str(resource_path("icons", "coreview", "play.svg"))))
        self.play_button.clicked.connect(self.play_back)
        self.keep_button = QPushButton()
        self.keep_button.clicked.connect(self.keep)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.forget)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        for widget in (self.record_button, self.play_button, self.keep_button, self.again_button):
            row.addWidget(widget)
        row.addWidget(self.status, 1)
        self.use_language(lang)

    def _w(self, key: str, **values: object) -> str:
        return catalogue.text(f"visit.recording.{key}", self.lang, **values)

    def _say(self, key: str, **values: object) -> None:
        self._status = (key, values)
        self.status.setText(self._w(key, **values))

    def use_language(self, lang: str) -> None:
        """Every word of the panel in ``lang`` ("en" or "cy")."""
        self.lang = lang
        self.play_button.setText(self._w("play"))
        named(self.play_button, self._w("play"))
        self.keep_button.setText(self._w("keep"))
        named(self.keep_button, self._w("keep"))
        self.again_button.setText(self._w("again"))
        named(self.again_button, self._w("again_name"))
        self._say(self._status[0], **self._status[1])
        self._show()

    @property
    def has_recording(self) -> bool:
        return bool(self.recorder.samples) and not self.recorder.recording

    def toggle(self) -> None:
        if self.recorder.recording:
            self.recorder.stop()
            return
        self.reader.stop()
        try:
            source = self.microphone()
        except NoMicrophone:
            self._say("no_microphone")
            return
        self.recorder.start(source)
        self._show()

    def play_back(self) -> None:
        if self.has_recording:
            self.reader.play(self.recorder.pcm())

    def keep(self) -> None:
        if not self.has_recording:
            return
        self.reader.stop()
        self.kept.emit(self.recorder.pcm())

    def forget(self) -> None:
        self.reader.stop()
        self.recorder.discard()
        self._say("nothing")
        self._show()

    def kept_safely(self) -> None:
        """The vault has the recording: forget the copy in memory."""
        self.recorder.discard()
        self._say("kept")
        self._show()

    def _progressed(self, seconds: float) -> None:
        self._say("progress", done=_clock(seconds), limit=_clock(self.recorder.limit))

    def _stopped(self) -> None:
        pcm: Pcm = self.recorder.pcm()
        self._say("recorded", length=_clock(pcm.seconds))
        self._show()

    def _show(self) -> None:
        recording = self.recorder.recording
        self.record_button.setText(self._w("stop") if recording else self._w("record"))
        named(self.record_button, self.record_button.text())
        self.play_button.setEnabled(self.has_recording)
        self.keep_button.setEnabled(self.has_recording)
        self.again_button.setEnabled(self.has_recording)
