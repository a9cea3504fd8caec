"""The speaker's own recorded voice: what a recording may be, and how much each child's
recordings may take.

A recording is kept as an entry of its own (``Recording``) and a voice entry points at it,
as a drawing is: it goes exactly where those words go (domain/redaction.py), with the same
choice of who may see it, asked for each entry. What the practitioner types of what was
said is the voice entry's text, beside the recording.
"""

from __future__ import annotations

from dataclasses import dataclass

# 16-bit mono at 16,000 samples a second: clear speech, 32 kB a second.
RECORDING_RATE = 16_000
MAX_SECONDS = 180
# What one child's recordings may take in the vault (about 50 minutes of speech); the record
# shows how much is used, and a recording past it is refused with words saying so.
CHILD_ALLOWANCE_BYTES = 100 * 1024 * 1024
# The most one recording may hold: 3 minutes at 16,000 samples a second. A microphone that
# records only at a higher rate records for less time (gui/common/recorder.py).
MAX_AUDIO_BYTES = MAX_SECONDS * RECORDING_RATE * 2
_MAX_BYTES = MAX_AUDIO_BYTES + 1024


class RecordingRefused(ValueError):
    """A recording that cannot be kept, with a message the practitioner can read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RecordingUse:
    """How much of a child's allowance their recordings take."""

    count: int
    size: int  # bytes
    seconds: float
    allowance: int = CHILD_ALLOWANCE_BYTES

    @property
    def left(self) -> int:
        return max(0, self.allowance - self.size)

    def words(self) -> str:
        """The use said plainly: "2 recordings, 1 min 20 s, 2.6 MB of 100.0 MB"."""
        if not self.count:
            return f"none yet (up to {_mb(self.allowance)} can be kept)."
        minutes, seconds = divmod(round(self.seconds), 60)
        length = f"{minutes} min {seconds} s" if minutes else f"{seconds} s"
        plural = "recording" if self.count == 1 else "recordings"
        return f"{self.count} {plural}, {length}, {_mb(self.size)} of {_mb(self.allowance)}."


def _mb(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB"


def check(audio: bytes, use: RecordingUse) -> None:
    """Refuse what is not a WAV recording, one longer than MAX_SECONDS, or one that would
    take the child's recordings past their allowance. Nothing is kept when refused."""
    if len(audio) < 44 or audio[:4] != b"RIFF" or audio[8:12] != b"WAVE":
        raise RecordingRefused("That recording could not be read, so it was not kept.")
    if len(audio) > _MAX_BYTES:
        raise RecordingRefused(f"A recording can be at most {MAX_SECONDS // 60} minutes long.")
    if use.size + len(audio) > use.allowance:
        raise RecordingRefused(
            f"This child's recordings would take more than {_mb(use.allowance)}: not kept. "
            "Type what was said instead, or ask IT about old recordings.")


def megabytes(size: int) -> str:
    """A size as the recording panel says it: "640 kB", "2.6 MB"."""
    return _mb(size)
