"""Text split into sentences, with where each sits in the text it came from.

Read-aloud highlights the sentence being heard, so each sentence keeps its place (start and
end) in the visible text: the highlight is drawn over exactly those characters, and what is
sent to the voice is exactly those characters. A sentence ends at ``.``, ``!`` or ``?``
(with any closing quotes or brackets) followed by a space, and at every line break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The end of a sentence: its stop and any closing quote or bracket, then white space.
_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s)|\n")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a piece of visible text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def sentences(source: str) -> list[Sentence]:
    """The sentences of ``source`` in order, each without the white space around it.
    Text with nothing to say (empty, or only spaces and stops) has none."""
    found: list[Sentence] = []
    begin = 0
    for match in _END.finditer(source):
        _add(found, source, begin, match.end())
        begin = match.end()
    _add(found, source, begin, len(source))
    return found


def _add(found: list[Sentence], source: str, start: int, end: int) -> None:
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    words = source[start:end]
    if any(c.isalnum() for c in words):
        found.append(Sentence(start, end, words))
