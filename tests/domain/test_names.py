"""Finding names, places, numbers and emails however people write them (domain/names.py)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directwork.domain.names import (
    Kind,
    Mutation,
    NameFinder,
    Sought,
    fold,
    mutations,
    phone_digits,
    postcodes_in,
    radicals,
    same_place,
    streets_in,
)

KYLE = Sought(Kind.PERSON, "Kyle Brennan", "p1")
JO = Sought(Kind.PERSON, "Jo Li", "p2")
SIAN = Sought(Kind.PERSON, "Siân Ŵyn", "p3")
TOMOS = Sought(Kind.PERSON, "Tomos Pryce", "p4")
CAERFFILI = Sought(Kind.PLACE, "Caerffili", "c1")
GARAGES = Sought(Kind.PLACE, "the garages behind Heol Fawr", "c2")
PHONE = Sought(Kind.NUMBER, "07700 900123", "p1")
EMAIL = Sought(Kind.EMAIL, "kyle.b@mail.example", "p1")
FINDER = NameFinder([KYLE, JO, SIAN, TOMOS, CAERFFILI, GARAGES, PHONE, EMAIL],
                    keep=["Rhys", "Jones", "Nain"])


def marked(text: str) -> str:
    """``text`` with each thing found shown as [kind]."""
    out, at = [], 0
    for hit in FINDER.find(text):
        out += [text[at:hit.start], f"[{hit.sought.kind}]"]
        at = hit.end
    return "".join(out) + text[at:]


def test_folding_makes_case_and_accents_alike() -> None:
    assert fold("Siân") == fold("SIAN") == "sian"
    assert fold("Ŵyn") == "wyn" and fold("Kyle\u2019s") == "kyle's"


def test_welsh_mutations_of_each_first_letter() -> None:
    assert mutations("Caerffili") == {"gaerffili": Mutation.SOFT, "nghaerffili": Mutation.NASAL,
                                      "chaerffili": Mutation.ASPIRATE}
    assert set(mutations("Pontypridd")) == {"bontypridd", "mhontypridd", "phontypridd"}
    assert set(mutations("Tomos")) == {"domos", "nhomos", "thomos"}
    assert set(mutations("Gwen")) == {"wen", "ngwen"}
    assert set(mutations("Bryn")) == {"fryn", "mryn"}
    assert set(mutations("Dafydd")) == {"ddafydd", "nafydd"}
    assert set(mutations("Llanelli")) == {"lanelli"}
    assert set(mutations("Mair")) == {"fair"}
    assert set(mutations("Rhian")) == {"rian"}
    assert mutations("Thomas") == {} and mutations("Christine") == {}  # Welsh letters th, ch
    assert "caerffili" in radicals("Nghaerffili")


@pytest.mark.parametrize(("written", "expected"), [
    ("How safe do you feel when Kyle Brennan is around?", "How safe do you feel when [person] is around?"),
    ("KYLE'S car and kyle\u2019s bike", "[person] car and [person] bike"),
    ("the Kyles were there", "the [person] were there"),
    ("Jo said hi to jo li", "[person] said hi to [person]"),
    ("Sian and SIÂN and Wyn", "[person] and [person] and [person]"),
    ("mae e'n byw yng Nghaerffili", "mae e'n byw yng [place]"),
    ("aeth i Gaerffili, i gaerffili", "aeth i [place], i [place]"),
    ("bara a Thomos", "bara a [person]"),
    ("at the Heol Fawr garages", "at [place]"),
    ("near heol fawr", "near [place]"),
    ("ring 077 00 900 123 or +44 7700 900123 or (07700) 900-123", "ring [number] or [number] or [number]"),
    ("kyle . b @ mail . example, Kyle dot b at mail dot example", "[email], [email]"),
    ("Rhys and Nain and Jones", "Rhys and Nain and Jones"),
])
def test_finds_what_is_sought_however_it_is_written(written: str, expected: str) -> None:
    assert marked(written) == expected


def test_a_whole_name_is_one_thing_found_and_a_possessive_keeps_its_place() -> None:
    hits = FINDER.find("Kyle Brennan's dog")
    assert len(hits) == 1 and hits[0].possessive and hits[0].how == "possessive"


def test_words_close_to_a_withheld_name_are_listed_not_changed() -> None:
    text = "Kyel and Brenan went to gaerffili. Fawr is big. Time for tea."
    assert marked(text) == text
    close = {c.word: c.why for c in FINDER.close(text)}
    assert close == {"Kyel": "spelt closely", "Brenan": "spelt closely",
                     "gaerffili": "mutated, no capital", "Fawr": "part of a place"}


def test_ordinary_words_near_short_names_are_not_listed() -> None:
    finder = NameFinder([Sought(Kind.PERSON, "Mair Tim", "x")])
    assert finder.close("my hair, main road, time and dim") == []
    assert [c.word for c in finder.close("Miar, Maid")] == ["Miar"]


def test_phone_numbers_compare_in_national_form() -> None:
    assert phone_digits("Mum: +44 (0)7700-900 123; home 01443 000000") == [
        "07700900123", "01443000000"]


def test_same_place_in_any_order_and_mutation() -> None:
    assert same_place("Heol Fawr garages", "the garages behind Heol Fawr")
    assert same_place("yng Nghaerffili", "Caerffili")
    assert not same_place("Heol Fawr", "the garages behind Heol Fawr")


def test_a_name_part_shared_with_someone_shown_is_left_in_but_listed() -> None:
    finder = NameFinder([Sought(Kind.PERSON, "Kai Jones", "brother")], keep=["Sara", "Jones"])
    text = "Kai Jones and Sara Jones came."
    assert [(text[f.start:f.end]) for f in finder.find(text)] == ["Kai Jones"]
    spans = [(f.start, f.end) for f in finder.find(text)]
    assert [(c.word, c.why) for c in finder.close(text, skip=spans)] == [
        ("Jones", "shared with a name that is shown")]


# --------------------------------------------------------------------------- written to hide

# Characters that print nothing, and bidirectional controls: pasted from a web page or a
# word processor, or typed to get a name past the check.
INVISIBLE = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f",
             "\u202a", "\u202b", "\u202c", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069"]


def printed(text: str) -> str:
    """What a reader sees of ``text`` once every thing found is taken out: no invisible
    characters, accents joined to their letters."""
    out, at = [], 0
    for hit in FINDER.find(text):
        out += [text[at:hit.start], "[x]"]
        at = hit.end
    shown = "".join(out) + text[at:]
    return unicodedata.normalize("NFC", "".join(
        ch for ch in shown if unicodedata.category(ch) != "Cf"))


@given(st.lists(st.tuples(st.integers(1, 11), st.sampled_from(INVISIBLE)), min_size=1,
                max_size=4))
def test_a_name_with_invisible_characters_inside_is_still_found(inserts) -> None:
    name = "Kyle Brennan"
    for at, ch in sorted(inserts, reverse=True):
        name = name[:at] + ch + name[at:]
    text = f"Stay away from {name} please."
    assert printed(text) == "Stay away from [x] please."


@pytest.mark.parametrize("written", [
    "Ky\u0301le Brennan", "Kyle\u0301 Brennan", "K\u0443le Br\u0435nnan",  # accent mark, Cyrillic
    "\u041a\u0443l\u0435", "\uff2b\uff59\uff4c\uff45", "Kyle\u00a0Brennan", "\u039aYLE",  # Greek K
])
def test_a_name_with_marks_look_alike_or_wide_letters_is_still_found(written: str) -> None:
    assert printed(f"Stay away from {written} please.") == "Stay away from [x] please."


def test_a_name_written_backwards_under_a_right_to_left_override_is_found() -> None:
    assert "elyK" not in printed("Stay away from \u202eelyK\u202c please.")


def test_ordinary_text_is_left_as_it_was() -> None:
    text = "Ffiôn a Gŵen, ŷ â 😀 👨\u200d👩\u200d👧\nnewline, Kyla and Bren"
    assert FINDER.find(text) == []
    assert FINDER.close(text) == []


@pytest.mark.parametrize("written", [
    "07700\u2013900123", "07700\u2014900 123", "07700\u2011900123", "07700\u2010900123",
    "07700\u2012900123", "07700\u2212900123", "tel07700900123", "Mob:07700900123",
    "\uff10\uff17\uff17\uff10\uff10\uff19\uff10\uff10\uff11\uff12\uff13", "07700\u00ad900123",
    "077\u200b00 900 123", "+44\u00a07700\u00a0900123",
])
def test_a_number_is_found_with_any_dash_letters_before_or_wide_digits(written: str) -> None:
    shown = printed(f"Do not answer {written} ever.")
    assert shown.endswith("[x] ever.") and not any(ch.isdigit() for ch in shown)


def test_a_number_in_contact_details_is_read_with_any_dash_or_wide_digits() -> None:
    assert phone_digits("tel\uff10\uff17\uff17\uff10\uff10\u2013900123") == ["07700900123"]
    assert phone_digits("1234567 and 12345") == ["01234567"]  # another digit may not join


# --------------------------------------------------------------------------- run together

RUN_TOGETHER = NameFinder([Sought(Kind.PERSON, "Kyle O'Brien", "p1"),
                           Sought(Kind.PERSON, "Anne-Marie Pryce", "p2"),
                           Sought(Kind.PLACE, "Heol Fawr garages", "c1")], keep=["Mum"])


@pytest.mark.parametrize(("written", "expected"), [
    ("Obrien came round.", "[person] came round."),
    ("OBRIEN's bike", "[person] bike"),
    ("Annemarie came round.", "[person] came round."),
    ("KyleObrien and AnneMarie", "[person] and [person]"),
    ("Don't go to HeolFawr.", "Don't go to [place]."),
    ("at the heolfawr garages", "at [place]"),
])
def test_words_of_a_name_run_together_are_found(written: str, expected: str) -> None:
    out, at = [], 0
    for hit in RUN_TOGETHER.find(written):
        out += [written[at:hit.start], f"[{hit.sought.kind}]"]
        at = hit.end
    assert "".join(out) + written[at:] == expected


def test_words_run_together_and_misspelt_are_listed() -> None:
    assert [(c.word, c.why) for c in RUN_TOGETHER.close("Obrian came, then Mum.")] == [
        ("Obrian", "spelt closely")]


# --------------------------------------------------------------------------- addresses


def test_streets_and_postcodes_are_read_from_contact_details() -> None:
    contact = "Flat 2, 14 Tredegar Terrace, Bargoed CF81 8QT; mobile 07700 900123 after 6 pm"
    assert streets_in(contact) == ["Tredegar Terrace"]
    assert postcodes_in(contact) == ["CF81 8QT"]


def test_a_postcode_is_found_in_any_spacing_and_a_number_by_its_last_digits() -> None:
    finder = NameFinder([Sought(Kind.PLACE, "CF81 8QT", "p1"), PHONE])
    text = "Nobody at cf818qt or CF81  8QT, and no texts from 900123; CF81 8QA is fine."
    assert [text[f.start:f.end] for f in finder.find(text)] == ["cf818qt", "CF81  8QT", "900123"]


@pytest.mark.parametrize(("written", "expected"), [
    ("O Brien came round.", "[person] came round."),
    ("Dai Mac Donald came.", "[person] [person] came."),
    ("mac donald's van", "[person] van"),
    ("a big Mac, Donald", "a big Mac, Donald"),  # not side by side as one name
])
def test_a_name_word_written_as_two_is_found(written: str, expected: str) -> None:
    finder = NameFinder([Sought(Kind.PERSON, "Kyle O'Brien", "p1"),
                         Sought(Kind.PERSON, "Dai MacDonald", "p2")])
    out, at = [], 0
    for hit in finder.find(written):
        out += [written[at:hit.start], f"[{hit.sought.kind}]"]
        at = hit.end
    assert "".join(out) + written[at:] == expected
