"""Recordings for the demo caseload: a second or two of a soft hummed tune made with the
standard library (no speech here, and no real person's voice), so that demo children have
a recording on their record beside the words typed of it."""

from __future__ import annotations

import io
import math
import random
import struct
import wave

from directwork.domain.recordings import RECORDING_RATE


def hum_wav(rng: random.Random, seconds: float = 1.5) -> bytes:
    """A short hummed tune as 16-bit mono WAV bytes."""
    notes = [rng.choice((196.0, 220.0, 247.0, 262.0, 294.0)) for _ in range(3)]
    frames = int(seconds * RECORDING_RATE)
    per_note = frames // len(notes)
    samples = bytearray()
    for i in range(frames):
        pitch = notes[min(i // per_note, len(notes) - 1)]
        t = i / RECORDING_RATE
        envelope = math.sin(math.pi * (i % per_note) / per_note)
        value = envelope * (0.6 * math.sin(2 * math.pi * pitch * t)
                            + 0.25 * math.sin(4 * math.pi * pitch * t))
        samples += struct.pack("<h", int(value * 9000))
    out = io.BytesIO()
    with wave.open(out, "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(RECORDING_RATE)
        file.writeframes(bytes(samples))
    return out.getvalue()
