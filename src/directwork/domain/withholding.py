"""Who and what a child's or carers' copy may not name, and taking it out of free text.

Part of the one redaction policy (domain/redaction.py decides which records and entries an
audience sees; this module decides which names, places, numbers and emails must not appear in
the words of what they see, and what is put in their place).

The rule, failing closed:

* A person is withheld when they are of concern or marked withheld, or are a third party the
  child has not named as safe or trusted (peers, other family members). People the family may
  see are carers, professionals, people the child trusts and people in the plan as safe.
* A place, group or online space is withheld when it is restricted.
* When two laptops changed the same record, the store hands over one version with every
  head's marks joined (``safest_head``): any head that marks it of concern or restricted
  makes it withheld.
* A deleted person or place is still looked for in free text when any of its versions was
  withheld, or its last one would be.
* Every name any version of a withheld record had is looked for, and the phone numbers,
  emails, streets (the words after a house number) and postcodes in its contact details,
  with everything ``names.NameFinder`` knows (any case, accents, possessives, plurals, Welsh
  mutations, places in any order, numbers in any spacing, characters that print nothing,
  look-alike letters).
* A person who says something is named only if the family may see them; anyone else is
  shown by who they are to the child ("Someone at school", "A neighbour"), and a withheld
  person only as "Someone".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import overload

from directwork.domain.case import Case
from directwork.domain.catalogue import text
from directwork.domain.names import (
    Close,
    Found,
    Kind,
    NameFinder,
    Sought,
    emails_in,
    fold,
    phone_digits,
    plain,
    postcodes_in,
    streets_in,
    words_in,
)
from directwork.domain.records import (
    Context,
    Person,
    PersonRole,
    SafetyPlan,
    Speaker,
    TrustView,
)


def is_withheld(person: Person) -> bool:
    """A person never named to the child or carers: of concern, or marked withheld."""
    return person.of_concern or person.withheld


def is_named_to_family(person: Person, plan: SafetyPlan | None) -> bool:
    """Whether the child and carers may see this person's name: carers and professionals, and
    people the child trusts or put in their plan as safe. Anyone else (peers, other family
    members) is a third party whose details stay out of family-facing outputs."""
    if is_withheld(person):
        return False
    if person.role in (PersonRole.CARER, PersonRole.PROFESSIONAL):
        return True
    if person.trusted_adult or person.child_view is TrustView.TRUSTED:
        return True
    safe = {fold(s.strip()) for s in (plan.safe_people if plan else [])}
    return fold(person.name.strip()) in safe


@overload
def safest_head(heads: Sequence[Person]) -> Person: ...
@overload
def safest_head(heads: Sequence[Context]) -> Context: ...
def safest_head(heads: Sequence[Person] | Sequence[Context]) -> Person | Context:
    """One version of a record that two laptops changed, for everything that decides what a
    child or carer may see: the first head (the store orders them newest first), with every
    head's marks of concern, withholding or restriction joined. Doubt withholds."""
    if not heads:
        raise ValueError("a record has at least one head")
    first = heads[0]
    if isinstance(first, Person):
        people = [h for h in heads if isinstance(h, Person)]
        return dataclasses.replace(first, of_concern=any(h.of_concern for h in people),
                                   withheld=any(h.withheld for h in people))
    places = [h for h in heads if isinstance(h, Context)]
    return dataclasses.replace(first, restricted=any(h.restricted for h in places))


def neutral(key: str, lang: str) -> str:
    """Catalogue words in a summary's language; both languages, Welsh first, for "both"."""
    if lang == "both":
        return f"{text(key, 'cy')} / {text(key, 'en')}"
    return text(key, lang)


# Words in who someone is to the child, that say which role to show them by.
_SCHOOL = ("school", "teacher", "head of year", "teaching assistant", "ysgol", "athro",
           "athrawes", "pennaeth", "college", "coleg", "tutor", "senco")
_NEIGHBOUR = ("neighbour", "neighbor", "next door", "cymydog", "cymdoges", "drws nesa")
_FAMILY = ("family", "aunt", "auntie", "uncle", "cousin", "brother", "sister", "nan", "gran",
           "grandad", "grandma", "grandpa", "step", "dad", "mum", "father", "mother", "teulu",
           "modryb", "ewythr", "cefnder", "cyfnither", "brawd", "chwaer", "nain", "taid",
           "mam", "tad")
_FRIEND = ("friend", "mate", "ffrind", "cyfaill")


@dataclass(frozen=True)
class Scrubbed:
    """Free text with what the audience may not see taken out."""

    text: str
    found: tuple[Found, ...] = ()
    close: tuple[Close, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.found)


class Withholding:
    """What one audience's copy of a case may not name, and the words put in its place.
    ``lang`` ("en", "cy" or "both") is the language of those words."""

    def __init__(self, case: Case, lang: str) -> None:
        self.lang = lang
        plan = case.plan
        self.plan = plan
        live_ids = {p.id for p in case.people} | {c.id for c in case.contexts}
        versions: dict[str, list[Person | Context]] = {}
        for version in case.other_versions:
            versions.setdefault(version.id, []).append(version)

        self.hidden_people: list[Person] = []
        self.shown_people: list[Person] = []
        for person in case.people:
            (self.shown_people if is_named_to_family(person, plan) else self.hidden_people
             ).append(person)
        # Deleted people: still looked for when any version was withheld, or the last would be.
        gone_people = [v for k, vs in versions.items() if k not in live_ids
                       for v in vs if isinstance(v, Person)]
        gone_withheld = {p.id for p in gone_people
                         if is_withheld(p) or not is_named_to_family(p, plan)}
        hidden_ids = {p.id for p in self.hidden_people} | gone_withheld

        child = case.child
        keep_names = [p.name for p in self.shown_people]
        keep_names += [child.given_name, child.family_name, child.preferred_name,
                       case.practitioner_name]
        self.keep = {w.folded for name in keep_names for w in words_in(name or "")}

        sought: list[Sought] = []
        for person in [*self.hidden_people, *(p for p in gone_people if p.id in gone_withheld)]:
            sought += _sought_for_person(person)
        for version in case.other_versions:
            if isinstance(version, Person) and version.id in hidden_ids:
                sought += _sought_for_person(version)

        restricted_ids = {c.id for c in case.contexts if c.restricted}
        restricted_ids |= {v.id for v in case.other_versions
                           if isinstance(v, Context) and v.id not in live_ids and v.restricted}
        self.hidden_places = [c for c in case.contexts if c.restricted]
        for place in [*self.hidden_places, *(v for v in case.other_versions
                                             if isinstance(v, Context) and v.id in restricted_ids)]:
            if place.name.strip():
                sought.append(Sought(Kind.PLACE, place.name.strip(), place.id))

        self.finder = NameFinder(dict.fromkeys(sought), keep=self.keep)
        self._all_people = [*case.people, *(v for v in case.other_versions
                                           if isinstance(v, Person))]
        self._replacement = {
            Kind.PERSON: neutral("common.someone", lang),
            Kind.PLACE: neutral("common.somewhere", lang),
            Kind.NUMBER: neutral("withheld.number", lang),
            Kind.EMAIL: neutral("withheld.email", lang),
        }

    # ---------------------------------------------------------------- free text

    def scrub(self, words: str, *, with_close: bool = True) -> Scrubbed:
        """``words`` with every withheld name, place, number and email taken out, what was
        taken out, and the words left that are close to one of them (for checking)."""
        if not words or self.finder.empty:
            return Scrubbed(words)
        found = self.finder.find(words)
        close = tuple(self.finder.close(words, skip=[(f.start, f.end) for f in found])
                      ) if with_close else ()
        if not found:
            return Scrubbed(words, (), close)
        out: list[str] = []
        at = 0
        for hit in found:
            out.append(words[at:hit.start])
            word = self._replacement[hit.sought.kind]
            if hit.possessive and self.lang != "cy":
                word += "'s"
            out.append(word)
            at = hit.end
        out.append(words[at:])
        return Scrubbed("".join(out), tuple(found), close)

    def __call__(self, words: str) -> str:
        return self.scrub(words, with_close=False).text

    def names_hidden(self, words: str) -> bool:
        """Whether ``words`` carry a name, place, number or email this audience may not see."""
        return bool(words) and bool(self.finder.find(words))

    def many(self, items: Iterable[str]) -> list[str]:
        return [self(item) for item in items]

    # ---------------------------------------------------------------- who said it

    def shows_person(self, person: Person) -> bool:
        return is_named_to_family(person, self.plan)

    def speaker(self, name: str, speaker: Speaker) -> str:
        """How a speaker is shown: by name when the family may see them (or it is the child),
        otherwise by who they are to the child, never by name."""
        if not name.strip():
            return name
        words = _words(name)
        # Not by name when the name is also a withheld person's, however its words are shared.
        also_hidden = any(_words(p.name) == words and not self.shows_person(p)
                          for p in self._all_people)
        if words and all(w in self.keep for w in words) and not also_hidden \
                and not self.names_hidden(name):
            return name
        person = self._person_named(name)
        return neutral(f"withheld.speaker.{_role_key(person, name, speaker)}", self.lang)

    def _person_named(self, name: str) -> Person | None:
        """The person ``name`` is of: one whose name reads the same, a withheld one first
        (two people may share a name; doubt withholds), else one with the same words."""
        wanted = _words(name)
        same = [p for p in self._all_people if _words(p.name) == wanted]
        if same:
            return next((p for p in same if not self.shows_person(p)), same[0])
        parts = set(wanted)
        for person in self._all_people:
            theirs = set(_words(person.name))
            if theirs and parts and (theirs <= parts or parts <= theirs) and parts & theirs:
                return person
        return None


def _words(name: str) -> tuple[str, ...]:
    """A name's words as read (``names.plain``), folded."""
    return tuple(w.folded for w in words_in(plain(name)))


def _sought_for_person(person: Person) -> list[Sought]:
    found = [Sought(Kind.PERSON, person.name.strip(), person.id)] if person.name.strip() else []
    found += [Sought(Kind.NUMBER, digits, person.id) for digits in phone_digits(person.contact)]
    found += [Sought(Kind.EMAIL, email, person.id) for email in emails_in(person.contact)]
    # Where they live is somewhere the family may not be told of: the street and postcode.
    found += [Sought(Kind.PLACE, street, person.id) for street in streets_in(person.contact)]
    found += [Sought(Kind.PLACE, code, person.id) for code in postcodes_in(person.contact)]
    return found


def _role_key(person: Person | None, name: str, speaker: Speaker) -> str:
    if person is not None and is_withheld(person):
        return "someone"
    about = fold(" ".join([name] + ([person.relationship, person.agency] if person else [])))

    def says(words: tuple[str, ...]) -> bool:
        return any(fold(w) in about.split() or (" " in w and fold(w) in about) for w in words)

    if says(_SCHOOL):
        return "school"
    if says(_NEIGHBOUR):
        return "neighbour"
    if person is not None:
        role = {PersonRole.FAMILY: "family", PersonRole.FRIEND: "friend",
                PersonRole.PROFESSIONAL: "professional", PersonRole.CARER: "carer"}.get(person.role)
        if role:
            return role
    if says(_FAMILY):
        return "family"
    if says(_FRIEND):
        return "friend"
    return "carer" if speaker is Speaker.CARER else "someone_else"
