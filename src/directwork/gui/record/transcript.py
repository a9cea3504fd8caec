"""Typing what was said in a recording, beside it: play the child's voice (from memory) and
write their words; the words become the entry's next version and the recording stays with
them, seen by the same people."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import Recording, VoiceEntry
from directwork.gui.common.a11y import named
from directwork.gui.common.read_aloud import ReadAloud
from directwork.gui.common.retranslate import fill, translate
from directwork.speech.pcm import NotAudio, from_wav


class TranscriptDialog(QDialog):
    """Play a recording and type what was said beside it."""

    typed = Signal(str)

    def __init__(self, entry: VoiceEntry, recording: Recording, reader: ReadAloud,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TranscriptDialog", "Type what was said"))
        self.reader = reader
        self.recording = recording
        layout = QVBoxLayout(self)
        seconds = round(recording.duration_ms / 1000)
        who = entry.speaker_name or "The speaker"
        layout.addWidget(QLabel(fill(translate("TranscriptDialog", "%1's recording, %2 s. Play it, then type their words as they said them."), who, seconds)))
        row = QHBoxLayout()
        self.play_button = named(QPushButton(translate("TranscriptDialog", "&Play")), translate("TranscriptDialog", "Play the recording"))
        self.play_button.clicked.connect(self.play)
        self.stop_button = named(QPushButton(translate("TranscriptDialog", "S&top")), translate("TranscriptDialog", "Stop playing"))
        self.stop_button.clicked.connect(reader.stop)
        self.problem = QLabel()
        self.problem.setProperty("role", "hint")
        row.addWidget(self.play_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.problem, 1)
        layout.addLayout(row)
        self.words = named(QPlainTextEdit(entry.text), translate("TranscriptDialog", "What was said"))
        self.words.setPlaceholderText(translate("TranscriptDialog", "Their words, as they said them"))
        layout.addWidget(self.words)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._keep)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        reader.failed.connect(self._failed)
        self.finished.connect(lambda _r: reader.stop())

    def play(self) -> None:
        try:
            self.reader.play(from_wav(self.recording.audio))
        except NotAudio:
            self.problem.setText(translate("TranscriptDialog", "This recording cannot be played."))

    def _failed(self, why: str) -> None:
        self.problem.setText("There is no speaker on this laptop." if why == "no_speaker"
                             else "The recording could not be played.")

    def _keep(self) -> None:
        words = self.words.toPlainText().strip()
        if not words:
            self.problem.setText(translate("TranscriptDialog", "Type their words first, or Cancel."))
            return
        self.typed.emit(words)
        self.accept()
