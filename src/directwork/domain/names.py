"""Names as people write them, and finding them again in what people typed.

People and places are written many ways: in any case, with or without accents ("Siân",
"Sian", "SIAN"), with a possessive or a plural ("Kyle's", "Kyles"), mutated after a Welsh word
("i Gaerffili", "yng Nghaerffili", "a Thomos"), a place's words in another order ("Heol Fawr
garages" for "the garages behind Heol Fawr"), a phone number with any spacing ("07700900123",
"+44 7700 900 123"), an email with spaces or spelt out ("kyle dot b at mail dot com").
This module knows those ways and nothing about who may see what: the redaction policy says
which names to look for and what to do with what is found.

Public API:

* ``fold(text)``: case and accents folded, for comparing ("Siân" -> "sian", "ŵ" -> "w").
* ``plain(text)``: text as it reads, for finding names in it: no characters that print
  nothing, no loose accent marks, wide letters and digits and look-alike letters plain, any
  dash "-". Everything below looks in this; what is found is given as places in the text.
* ``mutations(word)``: the Welsh soft, nasal, aspirate and h- forms of a word's first letters.
* ``radicals(word)``: the words a (possibly mutated) word could have come from.
* ``place_words(name)`` / ``same_place(a, b)``: a place's telling words, in any order, any
  mutation; two place names that name the same place.
* ``phone_digits(text)`` / ``emails_in(text)``: the phone numbers and emails in a contact.
* ``NameFinder``: finds people, places, numbers and emails in free text (``find``), and the
  words close to one of them that were not found as such (``close``), for a person to check.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

# --------------------------------------------------------------------------- folding

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


# Texts longer than this are worked out each time, not kept: the caches below would
# otherwise hold whole accounts (up to 100,000 characters each), thousands of them.
CACHED_UP_TO = 2000


def fold(text: str) -> str:
    """``text`` with case and accents folded, for comparing names: "Siân" and "SIAN" are both
    "sian"; "Ŵyn" is "wyn"; curly apostrophes are straight."""
    return _fold_kept(text) if len(text) <= CACHED_UP_TO else _fold(text)


@lru_cache(maxsize=65536)
def _fold_kept(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold()


# --------------------------------------------------------------------------- plain text

# Letters from other alphabets that look like Latin ones ("Куle" written with a Cyrillic К and
# у reads as "Kyle"). Taken as their Latin twins when looking for names, never when printing.
_LOOKALIKES = str.maketrans({
    # Cyrillic
    "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y",
    "\u0445": "x", "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u0501": "d", "\u051b": "q",
    "\u051d": "w", "\u04bb": "h", "\u04cf": "l", "\u043a": "k", "\u043c": "m", "\u043d": "h",
    "\u0442": "t", "\u0432": "b", "\u0457": "i", "\u0451": "e", "\u0454": "e",
    "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K", "\u041c": "M", "\u041d": "H",
    "\u041e": "O", "\u0420": "P", "\u0421": "C", "\u0422": "T", "\u0425": "X", "\u0423": "Y",
    "\u0406": "I", "\u0408": "J", "\u0405": "S", "\u04ae": "Y", "\u0407": "I", "\u0401": "E",
    # Greek
    "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0396": "Z", "\u0397": "H", "\u0399": "I",
    "\u039a": "K", "\u039c": "M", "\u039d": "N", "\u039f": "O", "\u03a1": "P", "\u03a4": "T",
    "\u03a5": "Y", "\u03a7": "X", "\u03b1": "a", "\u03b9": "i", "\u03ba": "k", "\u03bd": "v",
    "\u03bf": "o", "\u03c1": "p", "\u03c4": "t", "\u03c5": "u", "\u03c7": "x", "\u03b5": "e",
    # Latin letters that look like others
    "\u0131": "i", "\u0269": "i", "\u026a": "i", "\u1d0b": "k",
})
# Dashes and hyphens of every kind, between the digit groups of a phone number.
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
# Bidirectional overrides: what follows a right-to-left override prints backwards, up to the
# pop or the end of the line.
_RTL_OVERRIDE = "\u202e"
_RTL_END = frozenset("\u202c\u2069\n\r\u2029")


def plain_with_places(text: str) -> tuple[str, tuple[int, ...]]:
    """``_plain_with_places``, kept for short texts (``CACHED_UP_TO``): each answer holds a
    number for every character."""
    return _plain_kept(text) if len(text) <= CACHED_UP_TO else _plain_with_places(text)


@lru_cache(maxsize=4096)
def _plain_kept(text: str) -> tuple[str, tuple[int, ...]]:
    return _plain_with_places(text)


def _plain_with_places(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` as it reads, for looking for names in it, and where in ``text`` each of its
    characters came from. Characters that print nothing are left out (soft hyphen, zero-width
    space and joiners, word joiner, byte-order mark, direction controls), and so are accents
    written as marks of their own ("Ky\u0301le" is "Kyle"); full-width and other compatibility
    letters and digits are plain ones ("０７７００" is "07700", "Ｋｙｌｅ" is "Kyle"); any dash is
    "-"; letters from other alphabets that look like Latin ones are those ("Куle" is "Kyle").
    Only for finding: what is printed is always ``text`` itself."""
    if text.isascii():
        return text, tuple(range(len(text)))
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        category = unicodedata.category(ch)
        if category == "Cf" or category[0] == "M":
            continue
        if ch in _DASHES:
            read = "-"
        elif category == "Nd":
            read = str(unicodedata.decimal(ch))
        else:
            read = unicodedata.normalize("NFKC", ch).translate(_LOOKALIKES)
        for each in read:
            if unicodedata.category(each)[0] != "M":
                out.append(each)
                where.append(i)
    return "".join(out), tuple(where)


def plain(text: str) -> str:
    """``text`` as it reads, for looking for names in it (see ``plain_with_places``)."""
    return plain_with_places(text)[0]


def _readings(text: str) -> list[tuple[str, tuple[int, ...]]]:
    """The ways ``text`` may read, each with where its characters came from: as written, and,
    when part of it is in a right-to-left override, with that part backwards as it prints."""
    first = plain_with_places(text)
    if _RTL_OVERRIDE not in text:
        return [first]
    order: list[int] = []
    i = 0
    while i < len(text):
        if text[i] == _RTL_OVERRIDE:
            j = i + 1
            while j < len(text) and text[j] not in _RTL_END:
                j += 1
            order += reversed(range(i, j))
            i = j
        else:
            order.append(i)
            i += 1
    flipped = "".join(text[k] for k in order)
    read, where = plain_with_places(flipped)
    return [first, (read, tuple(order[k] for k in where))]


def _span_in(text: str, where: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Where characters ``start`` to ``end`` of a reading of ``text`` are in ``text``, with any
    accent marks written after the last of them."""
    places = where[start:end]
    if not places:
        return start, start
    first, last = min(places), max(places) + 1
    while last < len(text) and unicodedata.category(text[last])[0] == "M":
        last += 1
    return first, last


# --------------------------------------------------------------------------- Welsh mutations


class Mutation(enum.StrEnum):
    """How a Welsh word's first sound changes after certain words."""

    SOFT = "soft"  # treiglad meddal: i Gaerffili
    NASAL = "nasal"  # treiglad trwynol: yng Nghaerffili
    ASPIRATE = "aspirate"  # treiglad llaes: a Thomos
    H = "h"  # h before a vowel: ei henw


# First letters (folded) and what each mutation makes of them. Welsh digraphs that do not
# mutate (ch, ph, th, dd, ff, ng) are matched first so that "Thomas" is not read as "T-homas".
_FIXED = ("ch", "ph", "th", "dd", "ff", "ng")
_RULES: tuple[tuple[str, dict[Mutation, str]], ...] = (
    ("ll", {Mutation.SOFT: "l"}),
    ("rh", {Mutation.SOFT: "r"}),
    ("c", {Mutation.SOFT: "g", Mutation.NASAL: "ngh", Mutation.ASPIRATE: "ch"}),
    ("k", {Mutation.SOFT: "g", Mutation.NASAL: "ngh", Mutation.ASPIRATE: "ch"}),
    ("p", {Mutation.SOFT: "b", Mutation.NASAL: "mh", Mutation.ASPIRATE: "ph"}),
    ("t", {Mutation.SOFT: "d", Mutation.NASAL: "nh", Mutation.ASPIRATE: "th"}),
    ("g", {Mutation.SOFT: "", Mutation.NASAL: "ng"}),
    ("b", {Mutation.SOFT: "f", Mutation.NASAL: "m"}),
    ("d", {Mutation.SOFT: "dd", Mutation.NASAL: "n"}),
    ("m", {Mutation.SOFT: "f"}),
)
_VOWELS = "aeiouwy"

# Words after which a Welsh word mutates (folded; "'r" and "'n" are read as "r" and "n").
# A mutated form written in lower case counts as the name only after one of these.
MUTATING_WORDS = frozenset({
    "i", "o", "a", "ac", "am", "ar", "at", "dan", "tan", "dros", "drwy", "trwy", "gan", "heb",
    "hyd", "wrth", "dy", "ei", "eu", "ein", "neu", "yn", "yng", "ym", "mor", "pan", "r", "n",
    "fy", "gyda", "efo", "tua", "na", "w", "y", "yr", "ydy", "yw", "nid", "ni", "dau", "dwy",
})


@lru_cache(maxsize=8192)
def mutations(word: str) -> dict[str, Mutation]:
    """The mutated forms of ``word`` (folded), each with the mutation that makes it. The word
    itself is not among them. "caerffili" -> {"gaerffili": soft, "nghaerffili": nasal,
    "chaerffili": aspirate}."""
    word = fold(word)
    if not word or word.startswith(_FIXED):
        return {}
    if word[0] in _VOWELS:
        return {"h" + word: Mutation.H}
    for first, changes in _RULES:
        if word.startswith(first):
            rest = word[len(first):]
            return {to + rest: how for how, to in changes.items() if to + rest}
    return {}


@lru_cache(maxsize=8192)
def radicals(word: str) -> frozenset[str]:
    """Every word (folded) that ``word`` could be a mutation of, with ``word`` itself:
    "nghaerffili" -> {"nghaerffili", "caerffili", "kaerffili"}. For comparing place names
    written after different Welsh words."""
    word = fold(word)
    found = {word}
    for first, changes in _RULES:
        for to in changes.values():
            if to and word.startswith(to) and len(word) > len(to):
                found.add(first + word[len(to):])
    if word.startswith("h") and len(word) > 1 and word[1] in _VOWELS:
        found.add(word[1:])
    # Soft mutation drops a g: "wen" may be "gwen". Only for words that still read as a word.
    if word[0] in _VOWELS + "lr" and len(word) >= 3:
        found.add("g" + word)
    return frozenset(found)


# --------------------------------------------------------------------------- words in text

# Letters only: "O'Brien" is "O" and "Brien"; a possessive is read from what follows a word.
_WORD = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"['\u2019\u2018\u02bc](?:[sS](?![^\W\d_]))?")
# Between the words of one name or place: spaces, a hyphen, an apostrophe (not a full stop
# or comma: "Kyle. Brennan came" is two sentences, but still checked as close).
_JOINER = re.compile(r"[\s\-'\u2019]+")


@dataclass(frozen=True)
class Word:
    """One word of a text: where it is, as written, folded."""

    start: int
    end: int  # after any possessive ("Kyle's" ends after the s)
    text: str
    folded: str
    possessive: bool = False

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


@lru_cache(maxsize=8192)
def words_in(text: str) -> tuple[Word, ...]:
    """The words of ``text`` in order, each with its possessive ("Kyle's") taken with it."""
    found: list[Word] = []
    for match in _WORD.finditer(text):
        end = match.end()
        possessive = False
        tail = _POSSESSIVE.match(text, end)
        if tail is not None and tail.group(0) != "" and (
                len(tail.group(0)) == 2 or match.group(0)[-1:].lower() == "s"):
            end, possessive = tail.end(), True
        found.append(Word(match.start(), end, match.group(0), fold(match.group(0)), possessive))
    # A possessive's "s" is not a word of its own.
    return tuple(w for i, w in enumerate(found)
                 if not (i and found[i - 1].possessive and w.start < found[i - 1].end))


# --------------------------------------------------------------------------- places

# Words that join a place's name but do not tell one place from another.
PLACE_JOINING_WORDS = frozenset({
    "the", "a", "an", "of", "at", "in", "on", "by", "near", "behind", "next", "to", "and",
    "back", "off", "top", "end", "y", "yr", "r", "o", "ar", "yn", "ger", "tu", "ol", "cefn",
    "wrth",
}) | MUTATING_WORDS
_ARTICLES = frozenset({"the", "y", "yr"})
# Words that say what kind of place it is: alone, they name no place in particular.
GENERIC_PLACE_WORDS = frozenset({
    "road", "street", "lane", "avenue", "close", "court", "way", "drive", "park", "yard", "house",
    "estate", "flats", "garages", "garage", "shop", "shops", "centre", "center", "field",
    "fields", "woods", "wood", "bridge", "station", "square", "school", "club", "car",
    "heol", "stryd", "ffordd", "lon", "parc", "ty", "ystad", "caeau", "cae", "siop", "pont",
    "gorsaf", "sgwar", "ysgol", "clwb", "maes",
})


def place_words(name: str) -> frozenset[str]:
    """The words (folded) that tell a place from another: "the garages behind Heol Fawr" ->
    {"garages", "heol", "fawr"}. Order does not matter; mutation is not undone here (see
    ``same_place``)."""
    return frozenset(w.folded for w in words_in(name) if w.folded not in PLACE_JOINING_WORDS)


def same_place(a: str, b: str) -> bool:
    """Whether two written place names name the same place: the same telling words in any
    order, case and accents aside, a Welsh mutation undone ("yng Nghaerffili" is Caerffili)."""
    first, second = place_words(a), place_words(b)
    if not first or len(first) != len(second):
        return False
    return all(any(radicals(x) & radicals(y) for y in second) for x in first)


# --------------------------------------------------------------------------- numbers, emails

# Digits, and what people put between them; letters may come right before or after
# ("tel07700900123"), another digit may not.
_NUMBER_RUN = re.compile(r"(?<!\d)\+?\(?\d[\d\s().\-/]*\d(?!\d)")
MIN_PHONE_DIGITS = 6


def _national(digits: str) -> str:
    """UK numbers written either way compare equal: +44 7700 900123 is 07700 900123."""
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and len(digits) >= 12:
        digits = digits[2:]
    return digits if digits.startswith("0") else "0" + digits


def phone_digits(text: str) -> list[str]:
    """The phone numbers written in ``text``, each as its digits (national form)."""
    found = []
    for match in _NUMBER_RUN.finditer(plain(text)):
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) >= MIN_PHONE_DIGITS:
            found.append(_national(digits))
    return found


_EMAIL = re.compile(r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)


def emails_in(text: str) -> list[str]:
    """The email addresses written in ``text``, folded."""
    return [fold(m.group(0)) for m in _EMAIL.finditer(plain(text))]


def _email_pattern(email: str) -> re.Pattern[str]:
    """An email in any spacing: "kyle.b @ mail.com", "kyle dot b at mail dot com"."""
    pieces = re.split(r"([.@])", email)
    parts: list[str] = []
    for piece in pieces:
        if piece == ".":
            parts.append(r"\s*(?:\.|[\[(]?\s*dot\s*[\])]?)\s*")
        elif piece == "@":
            parts.append(r"\s*(?:@|[\[(]?\s*at\s*[\])]?)\s*")
        else:
            parts.append(r"\s*".join(re.escape(ch) for ch in piece))
    return re.compile(r"(?<![\w.])" + "".join(parts) + r"(?![\w])", re.IGNORECASE)


# A UK postcode: "CF81 8QT", "cf818qt", "SW1A 1AA".
_POSTCODE = re.compile(r"(?<![^\W_])([A-Za-z]{1,2}\d[A-Za-z\d]?)\s*(\d[A-Za-z]{2})(?![^\W_])")
# A house number and the words of its street after it, to the end of that part of an address:
# "14 Tredegar Terrace" in "Flat 2, 14 Tredegar Terrace, Bargoed".
_STREET = re.compile(r"(?<![\w])\d{1,4}[A-Za-z]?,?\s+([^\W\d_][^\d,;:\n]*[^\W\d_])")


def postcodes_in(text: str) -> list[str]:
    """The UK postcodes written in ``text``, each in capitals with one space: "CF81 8QT"."""
    return [f"{out} {inward}".upper() for out, inward in _POSTCODE.findall(plain(text))]


def streets_in(text: str) -> list[str]:
    """The streets of the addresses written in ``text``, each as the words after a house
    number, starting with a capital: "14 Tredegar Terrace, Bargoed" -> ["Tredegar Terrace"]
    ("after 6 pm" is no street)."""
    return [m.group(1).strip() for m in _STREET.finditer(plain(text)) if m.group(1)[0].isupper()]


def _postcode_pattern(code: str) -> re.Pattern[str]:
    """A postcode in any spacing and case."""
    letters = re.sub(r"\s", "", code)
    return re.compile(r"(?<![^\W_])" + r"\s*".join(re.escape(ch) for ch in letters)
                      + r"(?![^\W_])", re.IGNORECASE)


# --------------------------------------------------------------------------- finding


class Kind(enum.StrEnum):
    """What was found."""

    PERSON = "person"
    PLACE = "place"
    NUMBER = "number"
    EMAIL = "email"


@dataclass(frozen=True)
class Sought:
    """A person, place, number or email to look for: ``name`` as recorded, and whose it is."""

    kind: Kind
    name: str
    owner: str = ""  # the id of the record it came from


@dataclass(frozen=True)
class Found:
    """Where ``sought`` is in a text. ``how`` says how it was written ("as recorded",
    "mutated", "possessive", "plural", "reordered", "spacing")."""

    start: int
    end: int
    sought: Sought
    how: str
    possessive: bool = False


@dataclass(frozen=True)
class Close:
    """A word close to something sought that was *not* taken as it: for a person to check.
    ``why``: "spelt closely", "mutated, no capital", "part of a place", "shared with a name
    that is shown"."""

    start: int
    end: int
    word: str
    sought: Sought
    why: str


@dataclass
class _Part:
    """One word of a sought name, and every way it may be written."""

    sought: Sought
    word: str
    # folded form -> (how, needs a capital or a mutating word before it)
    forms: dict[str, tuple[str, bool]] = field(default_factory=dict)
    # the words of the name it stands for, when more than itself ("obrien": "o", "brien")
    covers: frozenset[str] = frozenset()

    @property
    def words(self) -> frozenset[str]:
        return self.covers or frozenset({self.word})


def _plurals(word: str) -> list[str]:
    return [word + "s", word + "es"] + ([word[:-1] + "ies"] if word.endswith("y") else [])


def _part_forms(word: str, *, mutate: bool) -> dict[str, tuple[str, bool]]:
    forms: dict[str, tuple[str, bool]] = {word: ("as recorded", False)}
    for plural in _plurals(word):
        forms.setdefault(plural, ("plural", False))
    if mutate:
        for mutated in mutations(word):
            if len(mutated) >= 3:
                forms.setdefault(mutated, ("mutated", True))
                for plural in _plurals(mutated):
                    forms.setdefault(plural, ("mutated", True))
    return forms


def _damerau(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance between ``a`` and ``b``, or ``limit + 1`` once over."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def close_limit(word: str) -> int:
    """How many letters a word may differ by and still be close to a name of its length:
    none for short words (too many ordinary words are one letter from "Tom")."""
    if len(word) >= 8:
        return 2
    if len(word) >= 4:
        return 1
    return 0


def _deletions(word: str, depth: int) -> set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


class NameFinder:
    """Finds people, places, phone numbers and emails in free text.

    * A person is found by any part of their name of ``min_part`` letters or more, in any case,
      accents folded, with a possessive or plural, or Welsh-mutated (a mutated form in lower
      case counts only after a word that mutates, "i gaerffili"; otherwise it is *close*).
      Words of a name next to each other are taken as one ("Kyle Brennan" is one person).
    * A place is found by its telling words in any order: two or more of them side by side
      ("Heol Fawr garages"), or its one telling word when it has only one ("Caerffili").
      One telling word of a longer place name on its own is *close*, unless it only says what
      kind of place it is ("yard").
    * A number is found in any spacing, with or without +44; an email in any spacing or
      spelt out.
    * ``keep``: words never taken as a name (the child's own name, people the audience may see).
    """

    def __init__(self, sought: Iterable[Sought], *, keep: Iterable[str] = (), min_part: int = 2
                 ) -> None:
        self.keep = frozenset(fold(k) for k in keep if k)
        self._forms: dict[str, list[tuple[_Part, str, bool]]] = {}
        self._places: dict[Sought, frozenset[str]] = {}
        self._numbers: list[tuple[str, Sought]] = []
        # Emails and postcodes, each as a pattern for it in any spacing.
        self._patterns: list[tuple[re.Pattern[str], Sought]] = []
        self._near: dict[str, list[tuple[str, Sought]]] = {}
        self._near_cache: dict[str, tuple[str, Sought] | None] = {}
        self._found_cache: dict[str, tuple[Found, ...]] = {}
        self._shared: dict[str, Sought] = {}
        self._by_record: dict[tuple[Kind, str], list[Sought]] = {}
        # Whole names some word of which is not looked for on its own (it is also the name
        # of someone shown, or too short): first word -> (every word, whose).
        self._phrases: dict[str, list[tuple[tuple[str, ...], Sought]]] = {}
        for item in sought:
            self._by_record.setdefault(_record(item), []).append(item)
            self._add(item, min_part)
            self._add_phrase(item, min_part)
        self.empty = not (self._forms or self._numbers or self._patterns or self._phrases)

    # ---------------------------------------------------------------- building

    def _add(self, item: Sought, min_part: int) -> None:
        if item.kind is Kind.NUMBER:
            for digits in phone_digits(item.name) or [re.sub(r"\D", "", plain(item.name))]:
                if len(digits) >= MIN_PHONE_DIGITS:
                    self._numbers.append((_national(digits), item))
            return
        if item.kind is Kind.EMAIL:
            for email in emails_in(item.name) or ([item.name] if "@" in item.name else []):
                self._patterns.append((_email_pattern(email.strip()), item))
            return
        if item.kind is Kind.PLACE and _POSTCODE.fullmatch(item.name.strip()):
            self._patterns.append((_postcode_pattern(item.name), item))
            return
        words = [w.folded for w in words_in(plain(item.name))]
        self._add_joined(item, words)
        if item.kind is Kind.PLACE:
            telling = frozenset(w for w in words if w not in PLACE_JOINING_WORDS)
            if not telling:
                return
            self._places[item] = telling
            words = list(telling)
        for word in dict.fromkeys(words):
            if word in self.keep and len(word) >= min_part:
                # Also the name of someone the audience may see ("Jones" of the carer Sara
                # Jones and of Kai Jones): left in, but listed for a person to check.
                self._shared.setdefault(word, item)
            if len(word) < min_part or word in self.keep:
                continue
            part = _Part(item, word, _part_forms(word, mutate=len(word) >= 3))
            for form, (how, guarded) in part.forms.items():
                if form in self.keep:
                    continue
                self._forms.setdefault(form, []).append((part, how, guarded))
            if item.kind is Kind.PERSON or word not in GENERIC_PLACE_WORDS:
                # Mutated forms of short names are too near ordinary words ("fair", "men").
                near_forms = [word] + [m for m in mutations(word) if len(m) >= 6]
                for form in near_forms:
                    limit = close_limit(form)
                    if limit:
                        for key in _deletions(form, limit):
                            self._near.setdefault(key, []).append((form, item))

    def _add_phrase(self, item: Sought, min_part: int) -> None:
        if item.kind is not Kind.PERSON:
            return
        words = tuple(w.folded for w in words_in(plain(item.name)))
        if len(words) >= 2 and any(w in self.keep or len(w) < min_part for w in words):
            self._phrases.setdefault(words[0], []).append((words, item))

    def _add_joined(self, item: Sought, words: Sequence[str]) -> None:
        """Words of a name written run together, without the apostrophe, hyphen or space
        between them ("Obrien" for O'Brien, "Annemarie" for Anne-Marie, "HeolFawr" for Heol
        Fawr garages): found as those words, and a word spelt close to them is listed."""
        telling = frozenset(w for w in words if w not in PLACE_JOINING_WORDS)
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 4) + 1):
                joined = "".join(words[i:j])
                covers = frozenset(words[i:j])
                if item.kind is Kind.PLACE:
                    covers &= telling
                    if len(covers) < 2:
                        continue  # "thegarages" names no place in particular
                if len(joined) < 5:
                    continue
                part = _Part(item, joined, {joined: ("joined", False)}, covers)
                self._forms.setdefault(joined, []).append((part, "joined", False))
                if item.kind is Kind.PERSON:
                    for key in _deletions(joined, close_limit(joined)):
                        self._near.setdefault(key, []).append((joined, item))

    # ---------------------------------------------------------------- finding

    def find(self, text: str) -> list[Found]:
        """Everything sought in ``text``, in order, never overlapping."""
        if self.empty or not text:
            return []
        cached = self._found_cache.get(text)
        if cached is None:
            found: list[Found] = []
            for read, where in _readings(text):
                for hit in self._find_in(read):
                    start, end = _span_in(text, where, hit.start, hit.end)
                    if not any(start < f.end and f.start < end for f in found):
                        found.append(dataclasses.replace(hit, start=start, end=end))
            cached = tuple(sorted(found, key=lambda f: f.start))
            if len(self._found_cache) < 16384:
                self._found_cache[text] = cached
        return list(cached)

    def _find_in(self, text: str) -> list[Found]:
        """Everything sought in ``text`` read plain (``plain_with_places``)."""
        found = self._numbers_in(text) + self._patterns_in(text)
        taken = [(f.start, f.end) for f in found]
        words = words_in(text)
        for hit in [*self._phrases_in(text, words), *self._split_in(text, words),
                    *self._names_in(text, words)]:
            if not any(hit.start < e and s < hit.end for s, e in taken):
                found.append(hit)
                taken.append((hit.start, hit.end))
        return found

    def _numbers_in(self, text: str) -> list[Found]:
        if not self._numbers:
            return []
        found = []
        for match in _NUMBER_RUN.finditer(text):
            digits = re.sub(r"\D", "", match.group(0))
            if len(digits) < MIN_PHONE_DIGITS:
                continue
            national = _national(digits)
            for target, sought in self._numbers:
                # Also the last six digits or more of a number on their own: "900123".
                if target in national or target.lstrip("0") in digits or digits in target:
                    how = "as recorded" if match.group(0).strip() == sought.name.strip() else (
                        "spacing")
                    found.append(Found(match.start(), match.end(), sought, how))
                    break
        return found

    def _patterns_in(self, text: str) -> list[Found]:
        found = []
        for pattern, sought in self._patterns:
            found += [Found(m.start(), m.end(), sought, "spacing") for m in pattern.finditer(text)]
        return found

    def _hits(self, words: Sequence[Word]) -> list[dict[tuple[Kind, str], tuple[_Part, str]]]:
        """For each word: the records (people or places) it may be part of, each with the
        name part and how it was written. Empty when it is none."""
        hits: list[dict[tuple[Kind, str], tuple[_Part, str]]] = []
        for i, word in enumerate(words):
            here: dict[tuple[Kind, str], tuple[_Part, str]] = {}
            for part, how, guarded in self._forms.get(word.folded, ()):
                if guarded and not (word.capital or (i and words[i - 1].folded in MUTATING_WORDS)):
                    continue
                here.setdefault(_record(part.sought),
                                (part, "possessive" if word.possessive else how))
            hits.append(here)
        return hits

    def _phrases_in(self, text: str, words: Sequence[Word]) -> list[Found]:
        """Whole names written in full, all their words in order: "Kai Jones" is the person
        of concern even when "Kai" and "Jones" are each the name of someone shown."""
        if not self._phrases:
            return []
        found: list[Found] = []
        i = 0
        while i < len(words):
            match = None
            for first in radicals(words[i].folded) if words[i].folded else ():
                for phrase, sought in self._phrases.get(first, ()):
                    end = i + len(phrase) - 1
                    if end < len(words) and all(
                            words[k].folded == phrase[k - i] and _joined(text, words[k - 1],
                                                                         words[k])
                            for k in range(i + 1, end + 1)):
                        if match is None or end > match[0]:
                            match = (end, sought)
            if match is None:
                i += 1
                continue
            end, sought = match
            last = words[end]
            found.append(Found(words[i].start, last.end, sought,
                               "possessive" if last.possessive else "as recorded",
                               last.possessive))
            i = end + 1
        return found

    def _split_in(self, text: str, words: Sequence[Word]) -> list[Found]:
        """A person's name word written as two ("Mac Donald" for MacDonald, "O Brien" for
        O'Brien): two words side by side that together are a form of it."""
        found: list[Found] = []
        i = 0
        while i + 1 < len(words):
            left, right = words[i], words[i + 1]
            joined = left.folded + right.folded
            entry = next((e for e in self._forms.get(joined, ())
                          if e[0].sought.kind is Kind.PERSON and not e[2]), None)
            if entry is not None and len(joined) >= 5 and _joined(text, left, right) \
                    and left.folded not in self.keep and right.folded not in self.keep:
                how = "possessive" if right.possessive else "spaced"
                found.append(Found(left.start, right.end, entry[0].sought, how,
                                   right.possessive))
                i += 2
            else:
                i += 1
        return found

    def _names_in(self, text: str, words: Sequence[Word]) -> list[Found]:
        hits = self._hits(words)
        found: list[Found] = []
        i = 0
        while i < len(words):
            # A word may be part of more than one person or place ("Bedwyn" is a surname and
            # a street): take whichever runs furthest, a person where they run as far.
            runs = [run for record in hits[i]
                    if (run := self._run(text, words, hits, i, record)) is not None]
            if not runs:
                i += 1
                continue
            j, record = max(runs, key=lambda run: (run[0], run[1][0] is Kind.PERSON))
            part, how = hits[i][record]
            sought = part.sought
            first = i
            if record[0] is Kind.PLACE:
                if j > i and _out_of_order(words[i:j + 1], sought):
                    how = "reordered"
                # "the garages" goes whole: "the somewhere" would say there was a name.
                names = self._names_of(record)
                while first and words[first - 1].folded in names | _ARTICLES and _joined(
                        text, words[first - 1], words[first]) and _found_end(found) <= words[
                        first - 1].start:
                    first -= 1
            if words[j].possessive:
                how = "possessive"
            found.append(Found(words[first].start, words[j].end, sought, how,
                               words[j].possessive))
            i = j + 1
        return found

    def _run(self, text: str, words: Sequence[Word],
             hits: list[dict[tuple[Kind, str], tuple[_Part, str]]], i: int,
             record: tuple[Kind, str]) -> tuple[int, tuple[Kind, str]] | None:
        """Where the words of ``record`` that start at word ``i`` end, or None when they are
        not enough to name it (one word of a longer place name)."""
        names = self._names_of(record)
        j = i
        parts = set(hits[i][record][0].words)
        while j + 1 < len(words) and _joined(text, words[j], words[j + 1]):
            after = hits[j + 1].get(record)
            if after is not None:
                parts |= after[0].words
                j += 1
            elif record[0] is Kind.PLACE and words[j + 1].folded in PLACE_JOINING_WORDS \
                    and j + 2 < len(words) and record in hits[j + 2] \
                    and _joined(text, words[j + 1], words[j + 2]):
                j += 1
            elif record[0] is Kind.PERSON and words[j + 1].folded in names:
                j += 1  # "Kyle Jones": Jones is a carer's name too, but here it is Kyle's
            else:
                break
        if record[0] is Kind.PLACE and len(parts) < min(2, len(self._telling(record))):
            return None  # one word of a longer place name: checked as close instead
        return j, record

    def _names_of(self, record: tuple[Kind, str]) -> frozenset[str]:
        """Every word (folded) of every name recorded for one person or place."""
        return frozenset(w.folded for s in self._by_record.get(record, ())
                         for w in words_in(plain(s.name)))

    def _telling(self, record: tuple[Kind, str]) -> frozenset[str]:
        return frozenset().union(*(self._places[s] for s in self._by_record.get(record, ())
                                   if s in self._places))

    # ---------------------------------------------------------------- close words

    def close(self, text: str, *, skip: Iterable[tuple[int, int]] = ()) -> list[Close]:
        """Words in ``text`` close to something sought that ``find`` did not take: spelt one
        or two letters apart, a mutated form in lower case with no Welsh word before it, or
        one telling word of a longer place name. ``skip``: spans already dealt with."""
        if self.empty or not text:
            return []
        spans = list(skip) or [(f.start, f.end) for f in self.find(text)]
        out: list[Close] = []
        seen: set[tuple[int, int]] = set()
        for read, where in _readings(text):
            for word in words_in(read):
                start, end = _span_in(text, where, word.start, word.end)
                if (start, end) in seen or any(start < e and s < end for s, e in spans):
                    continue
                seen.add((start, end))
                why = self._why_close(word)
                if why is not None:
                    out.append(Close(start, end, text[start:end], why[0], why[1]))
        return sorted(out, key=lambda c: c.start)

    def _why_close(self, word: Word) -> tuple[Sought, str] | None:
        if word.folded in self.keep:
            shared = self._shared.get(word.folded)
            return None if shared is None else (shared, "shared with a name that is shown")
        entries = self._forms.get(word.folded, ())
        if entries:
            part, _how, guarded = entries[0]
            if guarded and len(word.folded) >= 4:  # "dim" is a word, not only Tim
                return part.sought, "mutated, no capital"
            if part.sought.kind is Kind.PLACE and part.word not in GENERIC_PLACE_WORDS:
                return part.sought, "part of a place"
            return None
        near = self._near_word(word.folded)
        return None if near is None else (near[1], "spelt closely")

    def _near_word(self, folded: str) -> tuple[str, Sought] | None:
        if folded in self._near_cache:
            return self._near_cache[folded]
        result = None
        limit = close_limit(folded)
        if limit:
            seen: set[str] = set()
            for key in _deletions(folded, limit):
                for form, sought in self._near.get(key, ()):
                    if form in seen:
                        continue
                    seen.add(form)
                    if len(form) <= 5 and form[0] != folded[0]:
                        continue  # "hair" is not "Mair": short names must start alike
                    if len(form) == 4 and sorted(form) != sorted(folded):
                        continue  # "main" is not "Mair"; "Miar" may be
                    if _damerau(folded, form, min(limit, close_limit(form))) <= min(
                            limit, close_limit(form)):
                        result = (form, sought)
                        break
                if result:
                    break
        self._near_cache[folded] = result
        return result


def _joined(text: str, left: Word, right: Word) -> bool:
    between = text[left.end:right.start]
    return bool(between) and _JOINER.fullmatch(between) is not None and not left.possessive


def _record(sought: Sought) -> tuple[Kind, str]:
    """Which person or place a name is of: its record, or the name itself when it has none."""
    return (sought.kind, sought.owner or fold(sought.name))


def _out_of_order(words: Sequence[Word], sought: Sought) -> bool:
    recorded = [w.folded for w in words_in(plain(sought.name))]
    order = [recorded.index(w.folded) for w in words if w.folded in recorded]
    return order != sorted(order)


def _found_end(found: list[Found]) -> int:
    return found[-1].end if found else 0
