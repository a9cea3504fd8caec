"""What is being heard: the sentences of a reading laid along the samples made for them.

The voice makes the sentences one after another; each one's first sample is noted as it is
made. The sound card reports how much it has played, and the sentence being heard is the
last one that started at or before that point: that is the one highlighted on screen. The
same logic runs whatever plays the sound (a real sound card, or a recording double in the
tests), so the highlight follows the sound, not a guess of how long words take to say.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from directwork.speech.sentences import Sentence, sentences


@dataclass(frozen=True)
class Spoken:
    """One sentence to read: which visible piece of text it is in, and where in it."""

    piece: int
    sentence: Sentence

    @property
    def text(self) -> str:
        return self.sentence.text


def script(pieces: list[str]) -> list[Spoken]:
    """Every sentence of ``pieces`` (the visible texts, in reading order), in order."""
    return [Spoken(i, s) for i, piece in enumerate(pieces) for s in sentences(piece)]


@dataclass
class Timeline:
    """Where each sentence starts, in samples from the start of the reading."""

    starts: list[int] = field(default_factory=list)
    made: int = 0  # samples made so far
    finished: bool = False  # every sentence has been made

    def sentence_begins(self, index: int) -> None:
        """Sentence ``index`` is about to be made: it starts after everything made so far."""
        if index != len(self.starts):
            raise ValueError(f"sentence {index} began out of order")
        self.starts.append(self.made)

    def add(self, samples: int) -> None:
        self.made += samples

    def heard(self, played: int) -> int | None:
        """The sentence being heard once ``played`` samples have been played; None before
        the first and once everything made has been played."""
        if not self.starts or (self.finished and played >= self.made):
            return None
        index = bisect_right(self.starts, played) - 1
        return index if index >= 0 else None
