"""Which places, groups, online spaces, schools and people on different children's records are
probably the same: suggestions for a team manager, each with why, in words.

Exploitation and peer harm happen in places and groups, and the same garage block, group chat
or adult turns up in several children's records, typed by different practitioners in different
ways. This module finds them, and only suggests: a manager confirms or rejects each one (a
``TeamLink`` record), and a pair once decided is never suggested again.

Names are compared as the redaction policy reads them (``domain.names``): case and accents
folded, Welsh mutations undone ("Heol Fawr" / "Heol Mawr"), a place's joining words dropped and
its words taken in any order ("Heol Fawr garages" / "the garages on Heol Fawr"). What is left is
scored by ``rapidfuzz`` (words sorted, so order never counts). Phone numbers (any spacing,
+44 or 0), emails, usernames and postcodes count only when they are exactly the same.

Everything here is symmetric: the suggestion for (a, b) is the suggestion for (b, a), and the
suggestions for a team do not depend on the order its records are listed in.
"""

from __future__ import annotations

import gc
import re
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, product

from rapidfuzz import fuzz

from directwork.domain.names import (
    GENERIC_PLACE_WORDS,
    PLACE_JOINING_WORDS,
    emails_in,
    fold,
    phone_digits,
    radicals,
    words_in,
)
from directwork.domain.records import LinkKind

# Words that say how someone is related, not who they are: "Mum", "Nan", "the older boy".
PERSON_GENERIC_WORDS = frozenset({
    "mum", "mam", "mom", "mother", "dad", "father", "tad", "nan", "nana", "nain", "gran",
    "granny", "grandad", "taid", "grandma", "grandpa", "uncle", "aunt", "auntie", "anti",
    "ewythr", "brother", "brawd", "sister", "chwaer", "cousin", "friend", "ffrind", "boyfriend",
    "girlfriend", "partner", "step", "stepdad", "stepmum", "teacher", "worker", "officer", "pc",
    "mr", "mrs", "ms", "miss", "dr", "older", "younger", "boy", "girl", "man", "woman", "lady",
    "the", "a", "an", "of", "and", "y", "yr",
})

# A name scores at least this (0-100, rapidfuzz's token-sort ratio on the telling words)
# to be suggested; the whole name, generic words too, at least FULL_SCORE ("Heol Fawr
# garages" is not "Heol Fawr shops", though both are on Heol Fawr).
NAME_SCORE = 88
FULL_SCORE = 80
# Shared key parts held by more records than this say nothing (a surname's first letters).
CROWDED = 400
# Names longer than this (in telling words) are compared by their identifiers only: a
# practitioner's description, not a name.
MAX_BLOCKED_WORDS = 5
# Each telling word of one name must be at least this alike (0-100) to one of the other's.
WORD_SCORE = 75

_USERNAME_AT = re.compile(r"(?<![\w@.])@([A-Za-z0-9_.]{3,30})(?![\w@])")
_USERNAME_LABEL = re.compile(
    r"\b(?:snap(?:chat)?|insta(?:gram)?|ig|tik\s?tok|discord|telegram|username|user name|"
    r"handle|gamertag|psn|xbox)\s*(?:name|id)?\s*[:=\-]?\s*@?([A-Za-z0-9_.]{3,30})\b",
    re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_POSTCODE = re.compile(r"\b([A-Za-z]{1,2}\d[A-Za-z\d]?)\s*(\d[A-Za-z]{2})\b")

_NAMESPACE = uuid.UUID("6f1c2d0e-9b7a-5e43-8a51-3c0de7a11a19")


@dataclass(frozen=True)
class Linkable:
    """A context or person on one child's record, as the matcher needs it. ``text`` is where
    numbers, emails, usernames and postcodes are looked for (a person's contact, a context's
    name and concerns); ``sort`` is how the context or person is described ("place",
    "peer group", "friend")."""

    kind: LinkKind
    record_id: str
    child_id: str
    name: str
    sort: str = ""
    text: str = ""
    of_concern: bool = False


@dataclass(frozen=True)
class Suggestion:
    """Two records, on two children's files, that are probably the same: ``first`` is the one
    whose id sorts first. ``reasons`` say why, each in words a manager can check."""

    first: Linkable
    second: Linkable
    score: int
    reasons: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str]:
        return (self.first.record_id, self.second.record_id)

    @property
    def why(self) -> str:
        return "; ".join(self.reasons)

    @property
    def of_concern(self) -> bool:
        return self.first.of_concern or self.second.of_concern


def pair_key(a: str, b: str) -> tuple[str, str]:
    """Two record ids in the order a link names them."""
    return (a, b) if a <= b else (b, a)


def link_id(a: str, b: str) -> str:
    """The id of the one TeamLink document about two records, whatever their order: two
    managers deciding the same pair make two versions of one document, not two links."""
    first, second = pair_key(a, b)
    return str(uuid.uuid5(_NAMESPACE, f"{first}|{second}"))


# --------------------------------------------------------------------------- what is compared


@dataclass(frozen=True)
class _Keys:
    words: tuple[str, ...]  # telling words, folded, joining and generic words dropped
    all_words: tuple[str, ...]  # every word but the joining ones, folded
    phones: frozenset[str]
    emails: frozenset[str]
    usernames: frozenset[str]
    postcodes: frozenset[str]


def usernames_in(text: str) -> list[str]:
    """Usernames written as "@name" or after "snap:", "insta", "username"... folded."""
    found = [m.group(1) for m in _USERNAME_AT.finditer(text)]
    found += [m.group(1) for m in _USERNAME_LABEL.finditer(text)]
    return [fold(name).strip(".") for name in found if fold(name).strip(".")]


def postcodes_in(text: str) -> list[str]:
    """UK postcodes in any case and spacing, as "CF83 1AB"."""
    return [f"{a.upper()} {b.upper()}" for a, b in _POSTCODE.findall(text)]


def _keys(item: Linkable) -> _Keys:
    generic = GENERIC_PLACE_WORDS if item.kind is LinkKind.CONTEXT else PERSON_GENERIC_WORDS
    joining = PLACE_JOINING_WORDS if item.kind is LinkKind.CONTEXT else frozenset()
    # Usernames and emails are identifiers, not words of the name.
    name = _USERNAME_AT.sub(" ", item.name)
    # The name's words, folded: as ``names.words_in`` finds them (a possessive's "s" is a
    # one-letter word, which is dropped below), without keeping where each one is.
    folded = [fold(w) for w in _LETTERS.findall(name)]
    all_words = tuple(w for w in folded if w not in joining and len(w) > 1)
    words = tuple(w for w in all_words if w not in generic)
    text = f"{item.name}\n{item.text}"
    # Most names hold no number and no @: their identifiers are not looked for (9,000 of them
    # are read each time the Team page opens).
    digits = _DIGIT.search(text) is not None
    emails = frozenset(emails_in(text)) if "@" in text else frozenset()
    return _Keys(
        words=words, all_words=all_words,
        phones=frozenset(phone_digits(text)) if digits else frozenset(),
        emails=emails,
        usernames=frozenset(usernames_in(text)) - {e.split("@")[0] for e in emails},
        postcodes=frozenset(postcodes_in(text)) if digits else frozenset())


def _aligned(a: Sequence[str], b: Sequence[str]) -> tuple[str, str, bool]:
    """The two word lists as text, a word of ``b`` that is a Welsh mutation of a word of ``a``
    written as that word ("mawr" for "fawr"), and whether any such word was aligned."""
    left = list(a)
    right = list(b)
    mutated = False
    used: set[int] = set()
    for word in left:
        if word in right:
            continue
        mine = radicals(word)
        for j, other in enumerate(right):
            if j in used or other in left:
                continue
            if mine & radicals(other):
                right[j] = word
                used.add(j)
                mutated = True
                break
    return " ".join(left), " ".join(right), mutated


def _name_score(a: Sequence[str], b: Sequence[str]) -> tuple[float, bool]:
    """The higher of aligning b to a and a to b: the same whichever comes first."""
    one_a, one_b, one_mutated = _aligned(a, b)
    two_b, two_a, two_mutated = _aligned(b, a)
    one = fuzz.token_sort_ratio(one_a, one_b)
    two = fuzz.token_sort_ratio(two_a, two_b)
    return (one, one_mutated) if one >= two else (two, two_mutated)


def _quoted(item: Linkable) -> str:
    return f"\u201c{item.name.strip()}\u201d"


def _name_reason(a: Linkable, b: Linkable, ka: _Keys, kb: _Keys) -> tuple[int, str] | None:
    """Why two names are probably one, or None."""
    if not ka.words or not kb.words:
        return None
    # One telling word alone names a person or group poorly ("Kyle", "Jay"): people need two.
    if a.kind is LinkKind.PERSON and (len(ka.words) < 2 or len(kb.words) < 2):
        return None
    # What sort of place it is must agree, where both say: garages are not a bridge.
    sorts_a, sorts_b = _generic(ka), _generic(kb)
    if not (sorts_a <= sorts_b or sorts_b <= sorts_a):
        return None
    if not (_words_agree(ka.words, kb.words) and _words_agree(kb.words, ka.words)):
        return None
    score, mutated = _name_score(ka.words, kb.words)
    if score < NAME_SCORE:
        return None
    full, _ = _name_score(ka.all_words, kb.all_words)
    if full < FULL_SCORE and sorts_a == sorts_b:
        return None
    shown = f"{_quoted(a)} and {_quoted(b)}"
    if score >= 100:
        if ka.all_words == kb.all_words:
            if a.name.strip() == b.name.strip():
                return 100, f"the same name, {shown}"
            return 100, f"the same name once case and accents are set aside: {shown}"
        if mutated:
            return 100, f"the same words once Welsh mutations are undone: {shown}"
        if sorted(ka.all_words) == sorted(kb.all_words):
            return 100, f"the same words in another order: {shown}"
        return 100, f"the same name, one written with fewer words: {shown}"
    return int(score), f"names nearly the same ({int(score)}% alike): {shown}"


def _words_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """Every word of ``a`` has a counterpart in ``b``: the same once mutations are undone, or,
    for one word at most, nearly the same letters (a typo) keeping its first or last four.
    "Nia Watkins" is not "Siân Watkins", however long the surname; "Pant" is not "Nant".
    (What ``_block_keys`` puts together is exactly what can agree here.)"""
    typos = 0
    for word in a:
        mine = radicals(word)
        if any(mine & radicals(other) for other in b):
            continue
        if any(_typo_of(word, other) for other in b):
            typos += 1
            if typos > 1:
                return False
            continue
        return False
    return True


def _typo_of(word: str, other: str) -> bool:
    return (len(word) >= 5 and len(other) >= 5 and bool(_typos(word) & _typos(other))
            and fuzz.ratio(word, other) >= WORD_SCORE)


def _generic(keys: _Keys) -> frozenset[str]:
    """The words that say what sort of place (or relation) it is, plurals as singulars."""
    telling = set(keys.words)
    return frozenset(w.removesuffix("s") for w in keys.all_words if w not in telling)


def _identifier_reasons(ka: _Keys, kb: _Keys) -> list[str]:
    found: list[str] = []
    for digits in sorted(ka.phones & kb.phones):
        found.append(f"the same phone number, {digits[:5]} {digits[5:]}")
    for email in sorted(ka.emails & kb.emails):
        found.append(f"the same email address, {email}")
    for name in sorted(ka.usernames & kb.usernames):
        found.append(f"the same username, @{name}")
    for code in sorted(ka.postcodes & kb.postcodes):
        found.append(f"the same postcode, {code}")
    return found


def compare(a: Linkable, b: Linkable) -> Suggestion | None:
    """Whether ``a`` and ``b`` are probably the same, and why; None when they are not, or
    cannot be linked (same child, different kinds)."""
    return _compare(a, b, _keys(a), _keys(b))


def _compare(a: Linkable, b: Linkable, ka: _Keys, kb: _Keys) -> Suggestion | None:
    if a.kind is not b.kind or a.child_id == b.child_id or a.record_id == b.record_id:
        return None
    if b.record_id < a.record_id:
        a, b, ka, kb = b, a, kb, ka
    reasons = _identifier_reasons(ka, kb)
    score = 100 if reasons else 0
    # A context's name counts only against one of the same sort (a school is not a park).
    if a.kind is LinkKind.PERSON or a.sort == b.sort:
        named = _name_reason(a, b, ka, kb)
        if named is not None:
            score = max(score, named[0])
            reasons.insert(0, named[1])
    if not reasons:
        return None
    return Suggestion(a, b, score, tuple(reasons))


# --------------------------------------------------------------------------- the team


def _typos(word: str) -> set[str]:
    """Stand-ins for a word with a typo in it: its first or its last four letters."""
    return {f"<{word[:4]}", f">{word[-4:]}"} if len(word) >= 5 else {word}


@lru_cache(maxsize=65536)
def _forms(word: str) -> tuple[str, ...]:
    """A word's Welsh radicals (``names.radicals``), in order."""
    return tuple(sorted(radicals(word)))


def _block_keys(item: Linkable, keys: _Keys) -> set[str]:
    """Parts two records must share to be compared at all. Comparing every pair of a team's
    9,000 contexts and people would take minutes; these keep the pairs to those that could
    be suggested (every telling word must have its counterpart, see ``_words_agree``):

    * the name's telling words, in any order, each as any of its Welsh radicals;
    * the same with one word written with a typo (its first or last four letters kept);
    * any phone number, email, username or postcode.
    """
    found: set[str] = set()
    words = sorted(set(keys.words))
    if words and len(words) <= MAX_BLOCKED_WORDS:
        forms = [_forms(w) for w in words]
        if all(len(f) == 1 for f in forms):
            # Most names: no word could be a mutation of another, one key and its typos.
            plain = [f[0] for f in forms]
            found.add("+".join(sorted(plain)))
            for i, word in enumerate(words):
                rest = plain[:i] + plain[i + 1:]
                for typo in _typos(word):
                    found.add("+".join(sorted((*rest, typo))))
            found |= {f"t:{x}" for x in keys.phones | keys.emails | keys.usernames
                      | keys.postcodes}
            return found
        # Each key as a set: two words that are mutations of one ("Fawr Mawr") are one word
        # to ``_words_agree``, as "Fawr" is, so their key must be that word's alone.
        for chosen in product(*forms):
            found.add("+".join(sorted(set(chosen))))
        for i, word in enumerate(words):
            others = [f for j, f in enumerate(forms) if j != i]
            for typo in _typos(word):
                for chosen in product(*others):
                    found.add("+".join(sorted({*chosen, typo})))
    found |= {f"t:{x}" for x in keys.phones | keys.emails | keys.usernames | keys.postcodes}
    return found


def suggest(items: Iterable[Linkable], decided: Collection[tuple[str, str]] = ()) -> list[Suggestion]:
    """Every pair of records on different children that is probably one place, group or
    person, leaving out pairs already decided (``decided`` holds ``pair_key``s, confirmed or
    rejected: a rejected suggestion never comes back). People of concern first, then the
    surest, then by name."""
    # Hundreds of thousands of small keys and sets, none of them in a cycle: the cyclic
    # garbage collector, run again and again while they are made, would find nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _suggest(items, decided)
    finally:
        if collecting:
            gc.enable()


def _suggest(items: Iterable[Linkable], decided: Collection[tuple[str, str]]
             ) -> list[Suggestion]:
    listed = {item.record_id: item for item in items}
    keys = {rid: _keys(item) for rid, item in listed.items()}
    # One set of blocks per kind: a place is never compared with a person. Most keys are held
    # by one record alone: a block's list is made only when a second record shares its key.
    first: dict[LinkKind, dict[str, str]] = {kind: {} for kind in LinkKind}
    shared: dict[LinkKind, dict[str, list[str]]] = {kind: {} for kind in LinkKind}
    for rid, item in listed.items():
        alone, many = first[item.kind], shared[item.kind]
        for key in _block_keys(item, keys[rid]):
            held = alone.setdefault(key, rid)
            if held is not rid:
                members = many.get(key)
                if members is None:
                    many[key] = [held, rid]
                else:
                    members.append(rid)
    done = set(decided)
    pairs: set[tuple[str, str]] = set()
    child = {rid: item.child_id for rid, item in listed.items()}
    for many in shared.values():
        for key, members in many.items():
            if len(members) > CROWDED and not key.startswith("t:"):
                continue
            for x, y in combinations(members, 2):
                if child[x] != child[y]:
                    pairs.add((x, y) if x <= y else (y, x))
    found: list[Suggestion] = []
    for x, y in pairs - done:
        made = _compare(listed[x], listed[y], keys[x], keys[y])
        if made is not None:
            found.append(made)
    found.sort(key=lambda s: (not s.of_concern, -s.score, fold(s.first.name), s.key))
    return found


def suggest_all_pairs(items: Sequence[Linkable]) -> list[Suggestion]:
    """The same suggestions by comparing every pair (no blocking): the benchmark's baseline,
    and the tests' check that blocking loses nothing they care about."""
    keyed = [(item, _keys(item)) for item in items]
    found = [s for (a, ka), (b, kb) in combinations(keyed, 2)
             if (s := _compare(a, b, ka, kb)) is not None]
    found.sort(key=lambda s: (not s.of_concern, -s.score, fold(s.first.name), s.key))
    return found


def joined(links: Iterable[tuple[str, str]]) -> list[frozenset[str]]:
    """Records joined by confirmed links, as groups (a link from a to b and from b to c make
    one group of three), largest first."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, set[str]] = defaultdict(set)
    for x in parent:
        groups[root(x)].add(x)
    return sorted((frozenset(g) for g in groups.values()), key=lambda g: (-len(g), min(g)))


def mentions(text: str, name: str) -> bool:
    """Whether ``text`` names the place or group ``name``: every telling word of the name is
    among the text's words, in any order, case, accents, plurals and Welsh mutations set
    aside ("we hang round the garage on heol mawr" mentions "Heol Fawr garages")."""
    wanted = [w for w in (x.folded for x in words_in(name))
              if w not in PLACE_JOINING_WORDS and len(w) > 1]
    if not wanted or not text.strip():
        return False
    said = [radicals(w.folded.removesuffix("s")) | radicals(w.folded)
            for w in words_in(text)]
    return all(any((radicals(w) | radicals(w.removesuffix("s"))) & forms for forms in said)
               for w in wanted)
