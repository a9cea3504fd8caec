"""Recording what the child wants to say, in their own voice, as an alternative to typing.

The recording is held in memory until it is kept; kept, it goes into the vault as an entry
with the same choice of who may see it as typed words (the section's ticks), and the
practitioner can type what was said beside it later. Nothing is written to a file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from directwork.domain.recordings import MAX_SECONDS
from directwork.gui.common.a11y import named
from directwork.gui.common.read_aloud import ReadAloud
from directwork.gui.common.recorder import AudioInput, NoMicrophone, Recorder, microphone
from directwork.gui.common.retranslate import fill, translate
from directwork.paths import resource_path
from directwork.speech.pcm import Pcm


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class RecordingPanel(QWidget):
    """Record, listen back, keep or record again."""

    kept = Signal(object)  # the Pcm to keep

    def __init__(self, reader: ReadAloud, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.microphone: Callable[[], AudioInput] = microphone
        self.recorder = Recorder(MAX_SECONDS, self)
        self.recorder.progressed.connect(self._progressed)
        self.recorder.stopped.connect(self._stopped)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.record_button = named(QPushButton(translate("RecordingPanel", "Record their voice")),
                                   translate("RecordingPanel", "Record their voice: what the child wants to say"))
        self.record_button.setIcon(QIcon(str(resource_path("icons", "coreview", "record.svg"))))
        self.record_button.setIconSize(QSize(24, 24))
        self.record_button.clicked.connect(self.toggle)
        self.play_button = named(QPushButton(translate("RecordingPanel", "Play it back")), translate("RecordingPanel", "Play it back"))
        self.play_button.setIcon(QIcon(str(resource_path("icons", "coreview", "play.svg"))))
        self.play_button.clicked.connect(self.play_back)
        self.keep_button = named(QPushButton(translate("RecordingPanel", "Keep this recording")), translate("RecordingPanel", "Keep this recording"))
        self.keep_button.clicked.connect(self.keep)
        self.again_button = named(QPushButton(translate("RecordingPanel", "Record again")), translate("RecordingPanel", "Record again: forget this one"))
        self.again_button.clicked.connect(self.forget)
        self.status = QLabel(fill(translate("RecordingPanel", "Up to %1 minutes. Kept only inside the vault."), MAX_SECONDS // 60))
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        for widget in (self.record_button, self.play_button, self.keep_button, self.again_button):
            row.addWidget(widget)
        row.addWidget(self.status, 1)
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
            self.status.setText(translate("RecordingPanel", "No microphone was found on this laptop, so nothing can be "
                                "recorded. Type their words instead."))
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
        self.status.setText(translate("RecordingPanel", "Nothing recorded yet."))
        self._show()

    def kept_safely(self) -> None:
        """The vault has the recording: forget the copy in memory."""
        self.recorder.discard()
        self.status.setText(translate("RecordingPanel", "Recording kept. You can type what was said beside it later "
                            "(double-click it in the list)."))
        self._show()

    def _progressed(self, seconds: float) -> None:
        self.status.setText(fill(translate("RecordingPanel", "Recording… %1 of %2"), _clock(seconds), _clock(self.recorder.limit)))

    def _stopped(self) -> None:
        pcm: Pcm = self.recorder.pcm()
        self.status.setText(fill(translate("RecordingPanel", "Recorded %1. Play it back, keep it, or record again."), _clock(pcm.seconds)))
        self._show()

    def _show(self) -> None:
        recording = self.recorder.recording
        self.record_button.setText(translate("RecordingPanel", "Stop recording") if recording
                                   else translate("RecordingPanel", "Record their voice"))
        named(self.record_button, self.record_button.text())
        self.play_button.setEnabled(self.has_recording)
        self.keep_button.setEnabled(self.has_recording)
        self.again_button.setEnabled(self.has_recording)
