"""Read-aloud on screen: the visible words spoken sentence by sentence, each sentence
highlighted while it is heard; Stop, Again, Slower and Faster.

The voice (speech/espeak.py) makes each sentence on a thread of its own (a BackgroundRunner,
never the vault worker) and hands its samples over a chunk at a time, so the first sound
plays while the rest is still being made. Which sentence is highlighted follows how much
the sound card reports it has played (speech/timeline.py), not a guess of how long words
take.

Playing goes through an ``AudioOutput``: ``SinkOutput`` is QtMultimedia's QAudioSink fed from
memory (no audio file is ever written). A laptop with no sound device gets words saying so
rather than silence. ``MemoryOutput`` plays nothing but takes the samples and reports them
played at the pace a sound card would: the tests use it (an offscreen test machine has no
sound device) with the real voice and the real timing and highlighting.

What is read is exactly what is shown: callers hand over the visible widgets, and the words
read are their text, sentence by sentence (``Readable``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QElapsedTimer, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from directwork.domain.read_aloud import DEFAULT_SPEED
from directwork.gui.common.mailbox import Mailbox
from directwork.gui.common.multimedia import quiet_multimedia_logging
from directwork.gui.common.system_voice import SystemSpeaker, SystemVoiceChoice
from directwork.gui.common.worker import BackgroundRunner
from directwork.speech.pcm import Pcm
from directwork.speech.sentences import Sentence
from directwork.speech.timeline import Spoken, Timeline, script

SPEECH_THREAD = "speech"
POLL_MS = 25
SAMPLE_BYTES = 2


class NoSpeaker(RuntimeError):
    """This laptop has no sound device to read aloud through."""


class SentenceVoice(Protocol):
    """What makes sentences into sound: eSpeak NG (speech.espeak.EspeakVoice) or a wrapper."""

    rate: int

    def speak(self, words: str, lang: str, speed: int,
              on_chunk: Callable[[bytes], bool]) -> bool: ...


class AudioOutput(Protocol):
    """Where samples are played: 16-bit mono at the rate given to ``start``."""

    def start(self, rate: int) -> None: ...
    def write(self, samples: bytes) -> None: ...
    def played_frames(self) -> int: ...
    def stop(self) -> None: ...


# --------------------------------------------------------------------------- outputs


def has_speaker() -> bool:
    quiet_multimedia_logging()
    from PySide6.QtMultimedia import QMediaDevices

    return not QMediaDevices.defaultAudioOutput().isNull()


class SinkOutput(QObject):
    """QtMultimedia's QAudioSink, fed from memory in push mode as samples arrive."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        quiet_multimedia_logging()
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            raise NoSpeaker("no sound device")
        self._device = device
        self._format_class = QAudioFormat
        self._sink_class = QAudioSink
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._pending = bytearray()
        self._rate = 0
        self._feed = QTimer(self)
        self._feed.setInterval(10)
        self._feed.timeout.connect(self._push)

    def start(self, rate: int) -> None:
        self.stop()
        fmt = self._format_class()
        fmt.setSampleRate(rate)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(self._format_class.SampleFormat.Int16)
        self._rate = rate
        self._sink = self._sink_class(self._device, fmt, self)
        self._sink.setBufferSize(rate * SAMPLE_BYTES // 5)  # 200 ms: small, so Stop is quick
        self._io = self._sink.start()
        self._feed.start()

    def write(self, samples: bytes) -> None:
        self._pending += samples
        self._push()

    def _push(self) -> None:
        if self._sink is None or self._io is None or not self._pending:
            return
        room = self._sink.bytesFree()
        if room > 0:
            written = self._io.write(bytes(self._pending[:room]))
            if written > 0:
                del self._pending[:written]

    def played_frames(self) -> int:
        if self._sink is None:
            return 0
        return int(self._sink.processedUSecs() * self._rate / 1_000_000)

    def stop(self) -> None:
        self._feed.stop()
        self._pending.clear()
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink = None
        self._io = None


class MemoryOutput:
    """Takes every sample written and reports it played at the pace of a real sound card,
    from the moment the first sample arrived. Plays nothing: for tests and benchmarks on
    machines with no sound device. ``first_sample_at`` is when (time.perf_counter) the
    first sample was handed over."""

    def __init__(self) -> None:
        self.samples = bytearray()
        self.rate = 0
        self.first_sample_at: float | None = None
        self.stopped = False
        self._clock = QElapsedTimer()

    def start(self, rate: int) -> None:
        self.samples.clear()
        self.rate = rate
        self.first_sample_at = None
        self.stopped = False
        self._clock.invalidate()

    def write(self, samples: bytes) -> None:
        if not self._clock.isValid():
            self._clock.start()
            self.first_sample_at = time.perf_counter()
        self.samples += samples

    def played_frames(self) -> int:
        if not self._clock.isValid():
            return 0
        written = len(self.samples) // SAMPLE_BYTES
        return min(written, int(self._clock.elapsed() * self.rate / 1000))

    def stop(self) -> None:
        self.stopped = True
        self._clock.invalidate()


def speaker_output() -> AudioOutput:
    """The laptop's sound device. Raises NoSpeaker where there is none."""
    return SinkOutput()


# --------------------------------------------------------------------------- what is read


@dataclass
class Readable:
    """One visible piece of text being read: a label (or a line the child typed in) and the
    language it is in. Its sentences are highlighted in the widget itself."""

    widget: QWidget
    lang: str

    @property
    def text(self) -> str:
        if isinstance(self.widget, QLabel | QLineEdit):
            shown = self.widget.text()
            if not shown and isinstance(self.widget, QLineEdit):
                return self.widget.placeholderText()
            return shown
        raise TypeError(f"cannot read {type(self.widget).__name__} aloud")

    def highlight(self, start: int, length: int) -> None:
        widget = self.widget
        if isinstance(widget, QLabel):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            widget.setSelection(start, length)
        elif isinstance(widget, QLineEdit) and widget.text():
            widget.setSelection(start, length)

    def clear(self) -> None:
        widget = self.widget
        if isinstance(widget, QLabel):
            widget.setSelection(0, 0)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        elif isinstance(widget, QLineEdit):
            widget.deselect()


def _in_languages(spoken: list[Spoken], langs: list[str]) -> tuple[list[Spoken], list[str]]:
    """Each sentence with the language it is read in. Words shown in both languages are
    shown Welsh first, "Welsh / English": each half is read in its own voice."""
    found: list[Spoken] = []
    said_in: list[str] = []
    for item in spoken:
        lang = langs[item.piece]
        sentence = item.sentence
        cut = sentence.text.find(" / ") if lang == "both" else -1
        if cut < 0:
            found.append(item)
            said_in.append("en" if lang == "both" else lang)
            continue
        welsh = sentence.text[:cut].rstrip()
        english = sentence.text[cut + 3:].lstrip()
        start = sentence.start + len(sentence.text) - len(english)
        found += [Spoken(item.piece, Sentence(sentence.start, sentence.start + len(welsh), welsh)),
                  Spoken(item.piece, Sentence(start, sentence.end, english))]
        said_in += ["cy", "en"]
    return found, said_in


# --------------------------------------------------------------------------- the reader

# The system voice Preferences chose for each language; a language not here uses eSpeak NG.
_CHOSEN: dict[str, SystemVoiceChoice] = {}


def choose_system_voices(chosen: dict[str, SystemVoiceChoice | None]) -> None:
    """What Preferences say: every reader follows it from its next reading."""
    _CHOSEN.clear()
    _CHOSEN.update({lang: choice for lang, choice in chosen.items() if choice is not None})


class SpeechRunner(BackgroundRunner):
    """One thread that makes sound from words. Its sentences and chunks cross to the GUI
    thread through a mailbox, like every other result: no signal is emitted there."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ThreadPoolExecutor(max_workers=1, thread_name_prefix=SPEECH_THREAD),
                         parent)


class _Voices:
    """The voice, made on first use on the speech thread (a plain object it may hold)."""

    def __init__(self, voice: SentenceVoice | None) -> None:
        self.voice = voice

    def now(self) -> SentenceVoice:
        if self.voice is None:
            from directwork.speech.espeak import voice

            self.voice = voice()
        return self.voice


class ReadAloud(QObject):
    """Reads visible text aloud with a voice through an output, highlighting each sentence
    while it is heard. One reading at a time: a new one stops the last."""

    sentence_heard = Signal(int)  # index into ``spoken``; -1 once none is
    started = Signal()
    finished = Signal()
    failed = Signal(str)

    def __init__(self, voice: SentenceVoice | None = None,
                 output: Callable[[], AudioOutput] = speaker_output,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._voices = _Voices(voice)
        self._make_output = output
        self._output: AudioOutput | None = None
        self.runner = SpeechRunner(self)
        # ("sentence", token, index) and ("chunk", token, samples) from the speech thread.
        self._made = Mailbox(self._arrived, self)
        self.speed = DEFAULT_SPEED
        self.spoken: list[Spoken] = []
        self.pieces: list[Readable] = []
        self.sent: list[tuple[str, str]] = []  # (words, language) handed to the voice
        self.heard = -1
        self.playing = False
        self._token = 0
        self._cancel = threading.Event()
        self._timeline = Timeline()
        self._last: tuple[list[Readable], Pcm | None] | None = None
        # The system's own voice for a language, where Preferences chose one.
        self.system: dict[str, SystemSpeaker] = {}
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._follow)

    # ------------------------------------------------------------------ asking

    def read(self, pieces: Sequence[Readable]) -> None:
        """Read ``pieces`` (visible widgets, in reading order) aloud from the start."""
        self.stop()
        self.pieces = list(pieces)
        self._last = (self.pieces, None)
        self.spoken, langs = _in_languages(script([p.text for p in self.pieces]),
                                           [p.lang for p in self.pieces])
        self._refresh_system()
        if self.spoken and len(set(langs)) == 1 and langs[0] in self.system:
            self._read_with_system(langs)
            return
        if not self.spoken or not self._ensure_output():
            return
        self._begin()
        token, cancel = self._token, self._cancel
        jobs = [(s.text, lang) for s, lang in zip(self.spoken, langs, strict=True)]
        self.sent = list(jobs)
        speed = self.speed
        voices, post = self._voices, self._made.post

        def make() -> None:
            voice = voices.now()
            for index, (words, lang) in enumerate(jobs):
                if cancel.is_set():
                    return
                post(("sentence", token, index))

                def chunk(samples: bytes) -> bool:
                    if cancel.is_set():
                        return False
                    post(("chunk", token, samples))
                    return True

                if not voice.speak(words, lang, speed, chunk):
                    return

        self.runner.call(make, success=lambda _r: self._all_made(token),
                         failure=self._voice_failed)

    def use_system_voice(self, lang: str, speaker: SystemSpeaker | None) -> None:
        """Read ``lang`` with the system's own voice (None: with eSpeak NG again)."""
        self.stop()
        if speaker is None or not speaker.usable:
            self.system.pop(lang, None)
        else:
            self.system[lang] = speaker

    def _refresh_system(self) -> None:
        """Follow Preferences: the system voice chosen for each language, if any."""
        for lang in ("en", "cy"):
            choice = _CHOSEN.get(lang)
            current = self.system.get(lang)
            if choice is None and current is not None:
                self.system.pop(lang)
            elif choice is not None and (current is None or current.choice != choice):
                self.use_system_voice(lang, SystemSpeaker(choice, self))

    def _read_with_system(self, langs: list[str]) -> None:
        speaker = self.system[langs[0]]
        speaker.set_rate(self.speed, DEFAULT_SPEED)
        self.sent = [(s.text, lang) for s, lang in zip(self.spoken, langs, strict=True)]
        self.playing = True
        self.heard = -1
        self.started.emit()

        def done() -> None:
            self._show(-1)
            self.playing = False
            self.finished.emit()

        speaker.say([s.text for s in self.spoken], self._show, done)

    def play(self, pcm: Pcm, pieces: Sequence[Readable] = ()) -> None:
        """Play sound already made (a recording), highlighting nothing."""
        self.stop()
        self.pieces, self.spoken, self.sent = list(pieces), [], []
        self._last = (self.pieces, pcm)
        if not self._ensure_output(pcm.rate):
            return
        self._begin(pcm.rate)
        self._timeline.add(pcm.frames)
        self._timeline.finished = True
        assert self._output is not None
        self._output.write(pcm.samples)

    def again(self) -> None:
        """Read (or play) again what was read last."""
        if self._last is None:
            return
        pieces, pcm = self._last
        if pcm is None:
            self.read(pieces)
        else:
            self.play(pcm, pieces)

    def stop(self) -> None:
        """Stop at once: the voice stops making sound, the output stops playing, and no
        sentence stays highlighted."""
        self._cancel.set()
        self._token += 1
        self._poll.stop()
        for speaker in self.system.values():
            speaker.stop()
        if self._output is not None:
            self._output.stop()
        was_playing = self.playing
        self.playing = False
        self._show(-1)
        if was_playing:
            self.finished.emit()

    def set_speed(self, speed: int) -> None:
        self.speed = speed

    def shutdown(self) -> None:
        self.stop()
        self.runner.shutdown(wait=False)

    # ------------------------------------------------------------------ inside

    def _voice_now(self) -> SentenceVoice:
        return self._voices.now()

    def _arrived(self, made: tuple[str, int, Any]) -> None:
        what, token, value = made
        if what == "sentence":
            self._sentence_begins(token, value)
        else:
            self._chunk_made(token, value)

    def _ensure_output(self, rate: int | None = None) -> bool:
        if self._output is None:
            try:
                self._output = self._make_output()
            except NoSpeaker:
                self.failed.emit("no_speaker")
                return False
        return True

    def _begin(self, rate: int | None = None) -> None:
        assert self._output is not None
        self._cancel = threading.Event()
        self._timeline = Timeline()
        self._output.start(rate or self._voice_rate())
        self.playing = True
        self.heard = -1
        self._poll.start()
        self.started.emit()

    def _voice_rate(self) -> int:
        try:
            return self._voice_now().rate
        except RuntimeError:
            return 22050

    def _sentence_begins(self, token: int, index: int) -> None:
        if token == self._token:
            self._timeline.sentence_begins(index)

    def _chunk_made(self, token: int, samples: bytes) -> None:
        if token != self._token or self._output is None:
            return
        self._timeline.add(len(samples) // SAMPLE_BYTES)
        self._output.write(samples)

    def _all_made(self, token: int) -> None:
        if token == self._token:
            self._timeline.finished = True

    def _voice_failed(self, error: BaseException) -> None:
        self.stop()
        self.failed.emit(getattr(error, "args", ["voice"])[0] if error.args else "voice")

    def _follow(self) -> None:
        if self._output is None:
            return
        played = self._output.played_frames()
        heard = self._timeline.heard(played)
        if heard is None and self._timeline.finished and played >= self._timeline.made:
            self.stop()
            return
        self._show(-1 if heard is None else heard)

    def _show(self, index: int) -> None:
        if index == self.heard:
            return
        if 0 <= self.heard < len(self.spoken):
            self.pieces[self.spoken[self.heard].piece].clear()
        self.heard = index
        if 0 <= index < len(self.spoken):
            spoken = self.spoken[index]
            self.pieces[spoken.piece].highlight(spoken.sentence.start,
                                                spoken.sentence.end - spoken.sentence.start)
        self.sentence_heard.emit(index)
