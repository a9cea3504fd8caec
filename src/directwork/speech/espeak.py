"""The eSpeak NG voice, called through ctypes: text in, 16-bit PCM out, in memory.

The library and its language data come from the ``espeakng-loader`` wheel (English ``en``
and Welsh ``cy`` among its voices), so read-aloud needs no installed speech system and no
connection. eSpeak NG keeps one synthesiser per process: every call here holds one lock, and
the voice is set afresh for each sentence (language and speed can change between them).

Samples reach ``on_chunk`` a short buffer at a time while a sentence is being made, so the
first sound can start before the rest is ready; returning False from ``on_chunk`` stops
the sentence at once (Stop pressed).
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from pathlib import Path

from directwork.domain.read_aloud import DEFAULT_SPEED, nearest_speed
from directwork.speech.pcm import Pcm

# eSpeak NG voice names (files under espeak-ng-data/lang/): British English and Welsh.
LANGUAGES = {"en": "gmw/en", "cy": "cel/cy"}
CHUNK_MS = 40  # how much sound each callback brings: small, so the first sound comes early

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_CHARS_UTF8 = 1
_ENDPAUSE = 0x1000
_POS_CHARACTER = 1
_RATE = 1
_VOLUME = 2

_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                             ctypes.c_void_p)


class SpeechUnavailable(RuntimeError):
    """The voice cannot speak (its library or data is missing, or a language is unknown),
    with words for the practitioner."""


class EspeakVoice:
    """eSpeak NG in this process. Make it with ``voice()``; it is safe to use from any one
    thread at a time (calls wait for each other)."""

    def __init__(self, library: str, data: str) -> None:
        self._lock = threading.Lock()
        try:
            self._lib = ctypes.CDLL(library)
        except OSError as error:
            raise SpeechUnavailable(f"The reading voice could not be loaded ({error}).") from error
        lib = self._lib
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_CALLBACK]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint,
                                     ctypes.POINTER(ctypes.c_uint), ctypes.c_void_p]
        lib.espeak_Synth.restype = ctypes.c_int
        rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, CHUNK_MS, data.encode(),
                                     _INITIALIZE_DONT_EXIT)
        if rate <= 0:
            raise SpeechUnavailable("The reading voice's language data could not be read.")
        self.rate = rate
        # The callback object must outlive every call into the library: kept on self.
        self._on_chunk: Callable[[bytes], bool] | None = None
        self._callback = _CALLBACK(self._received)
        lib.espeak_SetSynthCallback(self._callback)

    def _received(self, wav: ctypes._Pointer[ctypes.c_short], count: int,
                  _events: int | None) -> int:
        if count <= 0 or not ctypes.cast(wav, ctypes.c_void_p).value or self._on_chunk is None:
            return 0
        samples = ctypes.string_at(wav, count * 2)
        return 0 if self._on_chunk(samples) else 1

    def speak(self, words: str, lang: str, speed: int, on_chunk: Callable[[bytes], bool]) -> bool:
        """Make ``words`` into sound in ``lang`` ("en" or "cy") at ``speed`` words a minute,
        handing each chunk of samples to ``on_chunk`` as it is made. Returns False when
        ``on_chunk`` asked to stop. Raises SpeechUnavailable for a language with no voice."""
        if lang not in LANGUAGES:
            raise SpeechUnavailable(f"There is no reading voice for the language {lang!r}.")
        encoded = words.encode("utf-8") + b"\0"
        stopped = False

        def take(samples: bytes) -> bool:
            nonlocal stopped
            if stopped:
                return False
            stopped = not on_chunk(samples)
            return not stopped

        with self._lock:
            lib = self._lib
            if lib.espeak_SetVoiceByName(LANGUAGES[lang].encode()) != 0:
                raise SpeechUnavailable(f"The {lang} reading voice is missing.")
            lib.espeak_SetParameter(_RATE, nearest_speed(speed), 0)
            lib.espeak_SetParameter(_VOLUME, 100, 0)
            self._on_chunk = take
            try:
                status = lib.espeak_Synth(encoded, len(encoded), 0, _POS_CHARACTER, 0,
                                          _CHARS_UTF8 | _ENDPAUSE, None, None)
            finally:
                self._on_chunk = None
        if status != 0 and not stopped:
            raise SpeechUnavailable(f"The reading voice could not say that (error {status}).")
        return not stopped

    def to_memory(self, words: str, lang: str, speed: int = DEFAULT_SPEED) -> Pcm:
        """The whole of ``words`` as sound, made in one call."""
        chunks: list[bytes] = []

        def keep(samples: bytes) -> bool:
            chunks.append(samples)
            return True

        self.speak(words, lang, speed, keep)
        return Pcm(b"".join(chunks), self.rate)


_voice: EspeakVoice | None = None
_voice_lock = threading.Lock()


def shipped_paths() -> tuple[str, str]:
    """Where the shipped library and its language data are (from the espeakng-loader wheel,
    or the same folder inside an installed bundle)."""
    try:
        import espeakng_loader
    except ImportError as error:
        raise SpeechUnavailable("The reading voice is not installed with this copy of the "
                                "app.") from error
    library = espeakng_loader.get_library_path()
    data = str(Path(library).parent / "espeak-ng-data")
    if not Path(library).exists() or not Path(data, "phontab").exists():
        raise SpeechUnavailable("The reading voice's files are missing from this copy of the app.")
    return library, data


def voice() -> EspeakVoice:
    """The one eSpeak NG voice of this process, loaded the first time it is asked for."""
    global _voice
    with _voice_lock:
        if _voice is None:
            _voice = EspeakVoice(*shipped_paths())
        return _voice
