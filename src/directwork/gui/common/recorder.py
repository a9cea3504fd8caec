"""Recording the speaker's own voice into memory with QtMultimedia.

``SourceInput`` is QAudioSource from the laptop's microphone, read into a bytearray as the
sound arrives: nothing is written to disk, and the finished recording goes straight into the
vault (store/recordings.py), which encrypts it. ``MemoryInput`` stands in for a microphone
where there is none (an offscreen test machine): it hands over samples it was given, at the
pace a microphone would.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QIODevice, QObject, QTimer, Signal

from directwork.domain.recordings import MAX_AUDIO_BYTES, RECORDING_RATE
from directwork.gui.common.multimedia import quiet_multimedia_logging
from directwork.gui.common.read_aloud import SAMPLE_BYTES
from directwork.speech.pcm import Pcm


class NoMicrophone(RuntimeError):
    """This laptop has no microphone to record with."""


class AudioInput(Protocol):
    """Where recorded samples come from: 16-bit mono."""

    def start(self) -> int: ...  # returns the rate it records at
    def take(self) -> bytes: ...  # the samples recorded since the last take
    def stop(self) -> None: ...


class SourceInput(QObject):
    """The laptop's microphone through QAudioSource, kept in memory."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        quiet_multimedia_logging()
        from PySide6.QtMultimedia import QAudioFormat, QAudioSource, QMediaDevices

        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            raise NoMicrophone("no microphone")
        fmt = QAudioFormat()
        fmt.setSampleRate(RECORDING_RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            fmt = device.preferredFormat()
            fmt.setChannelCount(1)
            fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._format = fmt
        self._source = QAudioSource(device, fmt, self)
        self._io: QIODevice | None = None
        self._got = bytearray()

    def start(self) -> int:
        self._got.clear()
        self._io = self._source.start()
        self._io.readyRead.connect(self._read)
        return self._format.sampleRate()

    def _read(self) -> None:
        if self._io is not None:
            self._got += bytes(self._io.readAll().data())

    def take(self) -> bytes:
        self._read()
        got = bytes(self._got)
        self._got.clear()
        return got

    def stop(self) -> None:
        self._read()
        self._source.stop()
        self._io = None


class MemoryInput:
    """Hands over ``pcm``'s samples as a microphone would: as much as has been "heard" since
    start. For tests on machines with no microphone."""

    def __init__(self, pcm: Pcm) -> None:
        self.pcm = pcm
        self._given = 0
        self._clock = QElapsedTimer()

    def start(self) -> int:
        self._given = 0
        self._clock.start()
        return self.pcm.rate

    def take(self) -> bytes:
        if not self._clock.isValid():
            return b""
        heard = min(len(self.pcm.samples),
                    int(self._clock.elapsed() * self.pcm.rate / 1000) * SAMPLE_BYTES)
        got = self.pcm.samples[self._given:heard]
        self._given = heard
        return got

    def stop(self) -> None:
        self._clock.invalidate()


def microphone() -> AudioInput:
    """The laptop's microphone. Raises NoMicrophone where there is none."""
    return SourceInput()


class Recorder(QObject):
    """Records from an input into memory, up to a time limit, telling how long it has been."""

    progressed = Signal(float)  # seconds recorded so far
    stopped = Signal()

    def __init__(self, limit_seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.max_seconds = self.limit = limit_seconds
        self.samples = bytearray()
        self.rate = 0
        self.recording = False
        self._input: AudioInput | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._gather)

    def start(self, source: AudioInput) -> None:
        self.samples.clear()
        self._input = source
        self.rate = source.start()
        # A microphone that records only at a higher rate records for less time, so that a
        # recording never holds more than one may (domain/recordings.py).
        self.limit = min(self.max_seconds, MAX_AUDIO_BYTES // (self.rate * SAMPLE_BYTES))
        self.recording = True
        self._timer.start()

    def _gather(self) -> None:
        if self._input is None:
            return
        self.samples += self._input.take()
        seconds = len(self.samples) / SAMPLE_BYTES / self.rate if self.rate else 0.0
        self.progressed.emit(seconds)
        if seconds >= self.limit and self.recording:
            self.stop()

    def stop(self) -> None:
        if not self.recording:
            return
        self._gather()
        self.recording = False
        self._timer.stop()
        if self._input is not None:
            self._input.stop()
        self._input = None
        limit = self.limit * self.rate * SAMPLE_BYTES
        del self.samples[limit:]
        self.stopped.emit()

    def pcm(self) -> Pcm:
        return Pcm(bytes(self.samples), self.rate)

    def discard(self) -> None:
        """Forget the recording: its samples are overwritten before they are let go."""
        self.stop()
        self.samples[:] = bytes(len(self.samples))
        self.samples.clear()
