"""Plan words turned to speak to the child: "You are out late", not "Iolo is out late".

Practitioners write the plan about the child, in the third person, because the same words go
to carers and agencies. When the child looks at their plan, each sentence that names them is
said to them instead. English grammar is only followed where it is certain: a sentence whose
rewriting would need a guess (an unknown verb after the child's name, a pronoun that may be
someone else's, a second verb joined by "and", Welsh words) is left exactly as written, which
is always correct if less warm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from directwork.domain.case import Case, Viewer
from directwork.domain.records import Child, Helpline

# The child's name as the subject: "is" -> "are" and the like; other verbs lose their -s.
_IRREGULAR = {"is": "are", "was": "were", "has": "have", "does": "do", "goes": "go",
              "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
              "doesn't": "don't", "says": "say"}
_SAME = {"can", "could", "will", "would", "should", "may", "might", "must", "shall", "can't",
         "cannot", "won't", "wouldn't", "couldn't", "shouldn't", "did", "didn't", "had",
         "went", "got", "came", "said", "told", "felt", "left", "made", "kept", "ran", "saw",
         "took", "knew", "thought"}
_ADVERBS = {"always", "never", "often", "sometimes", "usually", "still", "also", "really",
            "just", "now", "only", "already", "rarely", "mostly"}
# After the child's name these make it the object ("with Rhys after school" -> "with you").
_FUNCTION = {"to", "after", "before", "about", "at", "in", "on", "with", "and", "or", "but",
             "if", "when", "because", "for", "from", "by", "as", "so", "that", "up", "out",
             "back", "home", "every", "too", "again", "today", "tonight", "first", "than"}
# Words that mean the sentence is (at least partly) Welsh: left as written.
_WELSH = {"yn", "mae", "gyda", "wedi", "yr", "ac", "ond", "ei", "fydd", "ddim", "bod", "efo",
          "i'r", "a'r", "mewn", "gan", "ydy", "oedd", "hefyd", "dros", "iddo", "iddi"}
# The child's own pronouns, when they are he/him or she/her, said as "you".
_PRONOUNS = {
    "he": {"he": "you", "him": "you", "his": "your", "himself": "yourself"},
    "she": {"she": "you", "her": "you", "hers": "yours", "herself": "yourself"},
}
_THIRD_PERSON = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them",
                 "their", "theirs", "themselves", "themself"}
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


class _Unsure(Exception):
    """The sentence cannot be said to the child with certainty: leave it as written."""


@dataclass
class _Token:
    text: str
    kind: str  # "name", "possessive" (the child's name + 's), "word", "other"

    @property
    def low(self) -> str:
        return self.text.lower()


def _names(child: Child) -> list[str]:
    found = {n.strip() for n in (child.preferred_name, child.given_name,
                                 f"{child.given_name} {child.family_name}",
                                 f"{child.preferred_name} {child.family_name}") if n.strip()}
    return sorted(found, key=len, reverse=True)  # longest first: a full name is one subject


def _tokens(sentence: str, names: list[str]) -> list[_Token]:
    name = "|".join(re.escape(n) for n in names)
    pattern = re.compile(rf"(?P<name>(?<!\w)(?:{name})(?!\w))(?P<poss>['\u2019]s\b)?"
                         r"|(?P<word>[^\W\d_][\w]*(?:['\u2019][a-z]+)?)|(?P<other>\s+|.)")
    found = []
    for match in pattern.finditer(sentence):
        if match.group("name"):
            found.append(_Token(match.group(0), "possessive" if match.group("poss") else "name"))
        elif match.group("word"):
            found.append(_Token(match.group("word"), "word"))
        else:
            found.append(_Token(match.group(0), "other"))
    return found


def _for_you(word: str) -> str | None:
    """The verb said to "you", or None when it is not surely a verb."""
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low in _SAME or (low.endswith("ed") and len(low) > 3):
        return word
    if len(low) > 4 and low.endswith("ies"):
        return word[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return word[:-1]
    return None


def _rewrite(sentence: str, names: list[str], pronouns: dict[str, str], others: set[str],
             follows: bool) -> tuple[str, bool]:
    """The sentence said to the child, and whether it spoke of them. Raises _Unsure."""
    tokens = _tokens(sentence, names)
    words = [i for i, t in enumerate(tokens) if t.kind != "other"]
    lowered = {tokens[i].low for i in words}
    named = any(tokens[i].kind in ("name", "possessive") for i in words)
    own = {w for w in lowered if w in pronouns}
    if not named and not (follows and own):
        return sentence, False
    if lowered & _WELSH:
        raise _Unsure
    if lowered & (_THIRD_PERSON - set(pronouns)) and not pronouns:
        raise _Unsure  # the child's pronouns are not recorded: "he" could be anyone
    if lowered & {"they", "them", "their", "theirs", "themselves", "themself"} and own:
        raise _Unsure
    if own:
        # A pronoun may be someone else's when anyone else is named in the same sentence.
        capitals = {tokens[i].text for i in words[1:] if tokens[i].kind == "word"
                    and tokens[i].text[:1].isupper() and tokens[i].text not in ("I", "I'm")}
        if capitals or others & {tokens[i].text for i in words}:
            raise _Unsure
    out = [t.text for t in tokens]

    def next_word(position: int) -> tuple[int | None, bool]:
        """Index of the word after ``words[position]``, and whether only a space is between."""
        if position + 1 >= len(words):
            return None, False
        here, there = words[position], words[position + 1]
        return there, not "".join(t.text for t in tokens[here + 1:there]).strip()

    for position, index in enumerate(words):
        token = tokens[index]
        if token.kind == "possessive":
            out[index] = "your"
            continue
        if token.kind != "name" and token.low not in own:
            continue
        if token.low in ("his", "hers", "him", "himself", "herself"):
            out[index] = pronouns[token.low]
            continue
        after, joined = next_word(position)
        if token.low == "her":  # "her phone" (your) or "frighten her" (you)
            follows_noun = after is not None and joined and tokens[after].low not in _FUNCTION
            out[index] = "your" if follows_noun else "you"
            continue
        if after is None or not joined or tokens[after].low in _FUNCTION:
            out[index] = "you"
            continue
        verb_at = position + 1
        if tokens[words[verb_at]].low in _ADVERBS and verb_at + 1 < len(words):
            verb_at += 1
        verb = _for_you(tokens[words[verb_at]].text)
        if verb is None:
            before = position > 0 and not "".join(
                t.text for t in tokens[words[position - 1] + 1:index]).strip()
            if before and token.kind == "name":
                out[index] = "you"  # "keeps Rhys safe", "get Rhys hurt": the object
                continue
            raise _Unsure
        out[index] = "you"
        out[words[verb_at]] = verb
        # "comes home or rings": a second verb would need the same change; not guessed.
        rest = [tokens[w].low for w in words[verb_at + 1:]]
        for first, second in zip(rest, rest[1:], strict=False):
            if first in ("and", "or") and _for_you(second) not in (None, second):
                raise _Unsure
    return "".join(out), True


def _capitalised(words: str) -> str:
    for start, char in enumerate(words):
        if char.isalpha():
            return words[:start] + char.upper() + words[start + 1:]
    return words


def to_child(words: str, child: Child, *, others: frozenset[str] = frozenset(),
             capital: bool = True) -> str:
    """``words`` said to ``child`` ("you"), sentence by sentence; a sentence that cannot be
    said to them with certainty is left as written. ``others`` are other people's names (a
    pronoun near one of them may be theirs). ``capital=False`` for words that go inside a
    sentence of their own ("If {words}")."""
    names = _names(child)
    if not words.strip() or not names:
        return words
    first = child.pronouns.strip().lower().split("/")[0].strip() if child.pronouns else ""
    pronouns = _PRONOUNS.get(first, {})
    parts = _SENTENCE.split(words)
    gaps = _SENTENCE.findall(words)
    said: list[str] = []
    follows = False
    for i, sentence in enumerate(parts):
        try:
            new, follows = _rewrite(sentence, names, pronouns, set(others), follows)
        except _Unsure:
            new, follows = sentence, False
        if new != sentence and (capital or i > 0) and new[:1].islower():
            new = _capitalised(new)
        said.append(new + (gaps[i] if i < len(gaps) else ""))
    return "".join(said)


class Say(Protocol):
    def __call__(self, words: str, capital: bool = True) -> str: ...


def _as_written(words: str, capital: bool = True) -> str:
    return words


def speaking_to(view: Case) -> Say:
    """How plan words are said in ``view``: to the child ("You are out late") in the child's
    own view, as written for everyone else. Co-review and the child's printed summary both
    use it, so the screen and the paper say the same words. The returned function takes the
    words and ``capital`` (False for words that go inside a sentence: "If {words}")."""
    if view.viewer is not Viewer.CHILD:
        return _as_written
    others = frozenset(p.name for p in view.people if p.name)
    child = view.child

    def say(words: str, capital: bool = True) -> str:
        return to_child(words, child, others=others, capital=capital)
    return say


def is_the_child(who: str, child: Child) -> bool:
    """Whether ``who`` (as typed: "Rhys", "the child", "y plentyn") names ``child``."""
    who = who.strip().casefold()
    if not who:
        return False
    names = {n.casefold() for n in (child.given_name, child.preferred_name, child.display_name,
                                    f"{child.given_name} {child.family_name}") if n.strip()}
    return who in names or who in {"child", "the child", "plentyn", "y plentyn"}


def _digits(number: str) -> str:
    return "".join(c for c in number if c.isdigit())


def is_childline(line: Helpline) -> bool:
    return _digits(line.number) == "08001111" or "childline" in line.name.casefold()


def is_emergency(line: Helpline) -> bool:
    return _digits(line.number) == "999"


def said_by_us(line: Helpline) -> bool:
    """Childline and 999 are always said in the catalogue's own words (in the family's
    language), so a plan that lists them too must not have them said a second time."""
    return is_childline(line) or is_emergency(line)
