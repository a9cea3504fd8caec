"""Audio held in memory: 16-bit signed little-endian mono samples.

Recordings go into the vault as WAV bytes (a RIFF header and the samples), which the vault
encrypts like every other record; nothing here writes a file.
"""

from __future__ import annotations

import array
import io
import math
import sys
import wave
from dataclasses import dataclass

SAMPLE_BYTES = 2  # 16-bit


class NotAudio(ValueError):
    """Bytes that are not the 16-bit mono WAV audio directwork records and plays."""


@dataclass(frozen=True)
class Pcm:
    """Mono 16-bit samples at ``rate`` samples a second."""

    samples: bytes
    rate: int

    @property
    def frames(self) -> int:
        return len(self.samples) // SAMPLE_BYTES

    @property
    def seconds(self) -> float:
        return self.frames / self.rate if self.rate else 0.0

    def rms(self) -> float:
        """The loudness as root mean square, from 0 (silence) to 32767."""
        return rms(self.samples)

    def wav(self) -> bytes:
        """These samples as a WAV file's bytes (kept in memory)."""
        out = io.BytesIO()
        with wave.open(out, "wb") as file:
            file.setnchannels(1)
            file.setsampwidth(SAMPLE_BYTES)
            file.setframerate(self.rate)
            file.writeframes(self.samples)
        return out.getvalue()


def rms(samples: bytes) -> float:
    values = array.array("h")
    values.frombytes(samples[: len(samples) - len(samples) % SAMPLE_BYTES])
    if sys.byteorder == "big":
        values.byteswap()
    if not values:
        return 0.0
    return math.sqrt(sum(v * v for v in values) / len(values))


def from_wav(data: bytes) -> Pcm:
    """The samples of a WAV file held in memory. Raises NotAudio for anything but 16-bit
    mono PCM."""
    try:
        with wave.open(io.BytesIO(data), "rb") as file:
            if file.getnchannels() != 1 or file.getsampwidth() != SAMPLE_BYTES:
                raise NotAudio("only 16-bit mono recordings can be played")
            return Pcm(file.readframes(file.getnframes()), file.getframerate())
    except (wave.Error, EOFError) as error:
        raise NotAudio(f"not a WAV recording: {error}") from error
