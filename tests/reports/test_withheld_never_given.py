"""No withheld person, place, number or email reaches a child or carer, however it is written
and wherever it is typed; the agencies' copy holds everything it may, marked where the
family's copies differ.

Hypothesis builds random cases in a real vault: names with Welsh letters, people of concern
marked on one of two laptops' versions, deleted records, third parties, restricted places.
Every free-text field of the plan, what was said, the 0-10 questions, speakers, helplines,
captions and co-review words holds a withheld name, place, number or email, written as people
write them (any case, accents dropped, possessive, plural, Welsh-mutated after a Welsh word,
a place's words in another order, a number in other spacing, an email spelt out; or written to
get past the check: characters that print nothing inside a name, look-alike Cyrillic letters,
words run together, a number with other dashes or wide digits). The text of
the child's and carers' PDFs (pdftotext, and their metadata) in English, Welsh and both, and
the co-review screens' text, must hold none of it.
"""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from directwork.domain.catalogue import catalogue
from directwork.domain.records import (
    ActionStatus,
    Agreement,
    Audience,
    Child,
    Context,
    Contingency,
    CoReviewResponse,
    Drawing,
    Helpline,
    Person,
    PersonRole,
    PlanAction,
    PlanStatus,
    SafetyGoal,
    SafetyPlan,
    Scaling,
    Speaker,
    SummaryAudience,
    SummaryLanguage,
    Topic,
    TrustView,
    VoiceEntry,
    Worry,
)
from directwork.domain.redaction import for_carer, for_child
from directwork.reports import build_summary
from directwork.store import records
from directwork.store.case import load_case
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault

TODAY = date(2026, 3, 4)
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
CHILD_NAME = "Rhys"

# Syllables that make names no catalogue word is made of; most start with a letter Welsh
# mutates (c p t g b d m ll rh), and several carry Welsh letters (ŵ ŷ â ê ô).
_STARTS = ["Caer", "Pedr", "Tŷw", "Gwyl", "Bedw", "Dyff", "Meil", "Llyw", "Rhod", "Cynf",
           "Pryt", "Tegw", "Glas", "Brân", "Dŵyr", "Mêrf", "Llên", "Rhôs", "Ceul"]
_ENDS = ["wyddno", "hafod", "wenna", "eurig", "ynfor", "ellyn", "odwyn", "aelwy", "ennig",
         "fryno", "ystan"]
_SHORT = ["Jo", "Lu", "Bo", "Ky"]  # two-letter name parts are looked for too

# Welsh words after which the next word mutates, and what each does to its first letters.
_SOFT = {"c": "g", "p": "b", "t": "d", "g": "", "b": "f", "d": "dd", "m": "f", "ll": "l",
         "rh": "r"}
_NASAL = {"c": "ngh", "p": "mh", "t": "nh", "g": "ng", "b": "m", "d": "n"}
_ASPIRATE = {"c": "ch", "p": "ph", "t": "th"}


def _mutate(word: str, table: dict[str, str]) -> str | None:
    for first in sorted(table, key=len, reverse=True):
        if word.lower().startswith(first):
            rest = word[len(first):]
            new = table[first] + rest
            return new[:1].upper() + new[1:] if new else None
    return None


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _fold(words: str) -> str:
    return _plain(words).casefold()


# Characters that print nothing, and Cyrillic letters that look like Latin ones.
_INVISIBLE = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202a", "\u2066"]
_CYRILLIC = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
             "y": "\u0443", "x": "\u0445", "i": "\u0456"}
_LATIN = str.maketrans({v: k for k, v in _CYRILLIC.items()})


def _read(text: str) -> str:
    """``text`` as a reader sees it: nothing for what prints nothing, wide digits plain,
    look-alike letters as the Latin ones, any dash a hyphen."""
    shown = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    shown = unicodedata.normalize("NFKC", shown).translate(_LATIN)
    return re.sub("[\u2010-\u2015\u2212]", "-", shown)


def _catalogue_words() -> set[str]:
    found: set[str] = set()
    for lang in ("en", "cy"):
        for value in catalogue(lang).values():
            for item in value if isinstance(value, list) else [value]:
                found |= set(re.findall(r"[^\W\d_]+", _fold(str(item))))
    return found


CATALOGUE_WORDS = _catalogue_words()


@dataclass
class Withheld:
    """One withheld person or place as recorded, with what it holds."""

    kind: str  # person, place
    name: str
    phone: str = ""
    email: str = ""

    def parts(self) -> list[str]:
        skip = {"heol", "parc", "the", "yard"}
        return [p for p in re.findall(r"[^\W\d_]+", self.name) if _fold(p) not in skip]


@dataclass
class Built:
    child_id: str
    withheld: list[Withheld]
    markers: dict[str, str] = field(default_factory=dict)  # marker -> field it is in


names = st.tuples(st.sampled_from(_STARTS), st.sampled_from(_ENDS)).map("".join)


@st.composite
def people_and_places(draw: st.DrawFn) -> list[Withheld]:
    given = draw(st.lists(names, min_size=3, max_size=5, unique=True))
    family = draw(st.lists(names, min_size=3, max_size=5, unique=True))
    out: list[Withheld] = []
    for i, (first, last) in enumerate(zip(given, family, strict=False)):
        if draw(st.booleans()) and i == 0:
            first = draw(st.sampled_from(_SHORT))
        phone = f"07700 9{draw(st.integers(10000, 99999))}"
        email = f"{_fold(first)}.{_fold(last)}{i}@mail.example"
        out.append(Withheld("person", f"{first} {last}", phone, email))
    place_words = draw(st.lists(names, min_size=2, max_size=3, unique=True))
    out.append(Withheld("place", f"{place_words[0]} {place_words[1]}"))
    if len(place_words) > 2:
        out.append(Withheld("place", f"Heol {place_words[2]}"))
    for w in out:
        for part in w.parts():
            forms = {part} | {m for t in (_SOFT, _NASAL, _ASPIRATE) if (m := _mutate(part, t))}
            if any(_fold(f) in CATALOGUE_WORDS or _fold(f) == _fold(CHILD_NAME) for f in forms):
                from hypothesis import reject

                reject()
    return out


def written(draw: st.DrawFn, item: Withheld) -> str:
    """``item`` as someone might write it in a sentence."""
    parts = item.name.split()
    if item.kind == "place":
        how = draw(st.sampled_from(["as", "lower", "reordered", "nasal", "soft"]))
        if how == "lower":
            return item.name.lower()
        if how == "reordered":
            return " ".join(reversed(parts))
        if how in ("nasal", "soft"):
            mutated = _mutate(parts[0], _NASAL if how == "nasal" else _SOFT)
            if mutated:
                return f"{'yng' if how == 'nasal' else 'i'} {mutated} {' '.join(parts[1:])}"
        return item.name
    how = draw(st.sampled_from(["as", "lower", "upper", "possessive", "plural", "plain",
                                "first", "last", "soft", "nasal", "aspirate", "phone",
                                "phone2", "email", "email_spelt", "hidden", "lookalike",
                                "joined", "phone_dash", "phone_wide"]))
    first, last = parts[0], parts[-1]
    if how == "hidden":
        at = draw(st.integers(1, len(item.name) - 1))
        return item.name[:at] + draw(st.sampled_from(_INVISIBLE)) + item.name[at:]
    if how == "lookalike":
        return "".join(_CYRILLIC.get(ch, ch) if draw(st.booleans()) else ch for ch in item.name)
    if how == "joined":
        return "".join(parts)
    if how == "lower":
        return item.name.lower()
    if how == "upper":
        return last.upper()
    if how == "possessive":
        return f"{first}'s"
    if how == "plural":
        return f"the {last}s"
    if how == "plain":
        return _plain(item.name)
    if how == "first":
        return first
    if how == "last":
        return last
    if how in ("soft", "nasal", "aspirate"):
        table = {"soft": _SOFT, "nasal": _NASAL, "aspirate": _ASPIRATE}[how]
        mutated = _mutate(last, table)
        if mutated:
            return f"{ {'soft': 'i', 'nasal': 'fy', 'aspirate': 'a'}[how] } {mutated}"
        return last
    digits = re.sub(r"\D", "", item.phone)
    if how == "phone":
        return digits
    if how == "phone2":
        return f"+44 {digits[1:5]} {digits[5:]}"
    if how == "phone_dash":
        return digits[:5] + draw(st.sampled_from(["\u2013", "\u2014", "\u2011", "\u2212"])) + (
            digits[5:])
    if how == "phone_wide":
        return "".join(chr(0xFF10 + int(d)) for d in digits)
    local, domain = item.email.split("@")
    if how == "email":
        return f"{local} @ {domain}"
    return f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"


_counter = iter(range(10**9))


def marker() -> str:
    """A word found nowhere else, to find a field's words again in the agencies' copy."""
    n = next(_counter)
    letters = ""
    while True:
        n, r = divmod(n, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[r]
        if not n:
            break
    return f"Zq{letters}x"


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    data_dir: Path = tmp_path_factory.mktemp("withheld") / "vault"
    v, _ = Vault.create(data_dir, "a long test passphrase", practitioner_name="Sam Practitioner",
                        kdf=KdfParams.fast_for_tests())
    v.clock = lambda: NOW
    yield v
    v.lock()


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[Withheld], st.DrawFn]:
    return draw(people_and_places()), draw


def seed(vault: Vault, withheld: list[Withheld], draw: st.DrawFn) -> Built:
    built = Built("", withheld)

    def text(where: str) -> str:
        item = draw(st.sampled_from(withheld))
        mark = marker()
        built.markers[mark] = where
        return f"{mark} said {written(draw, item)} was there."

    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name=CHILD_NAME, family_name="Llewelyn",
                                               about_me=text("about_me")))
        cid = built.child_id = child.id
        records.save_document(s, Person(child_id=cid, name="Mum", role=PersonRole.CARER,
                                        child_view=TrustView.TRUSTED))
        for i, item in enumerate(w for w in withheld if w.kind == "person"):
            how = draw(st.sampled_from(["concern", "two_heads", "deleted", "third_party"]))
            person = records.save_document(s, Person(
                child_id=cid, name=item.name, contact=f"{item.phone}, {item.email}",
                role=PersonRole.FRIEND if how == "third_party" else PersonRole.CARER,
                relationship=draw(st.sampled_from(["neighbour", "teacher at school", "cousin",
                                                   ""])),
                of_concern=how in ("concern", "deleted")))
            if how == "two_heads":
                # Two laptops: one marks them of concern, the other edits something else.
                changes = [{"of_concern": True}, {"relationship": f"edited {i}"}]
                if draw(st.booleans()):
                    changes.reverse()
                for change in changes:
                    records.save_document(s, dataclasses.replace(person, **change))
            elif how == "deleted":
                later = records.save_document(s, dataclasses.replace(person, of_concern=False))
                records.delete_document(s, later)
        for item in (w for w in withheld if w.kind == "place"):
            how = draw(st.sampled_from(["restricted", "two_heads", "deleted"]))
            place = records.save_document(s, Context(child_id=cid, name=item.name,
                                                     restricted=how != "two_heads"))
            if how == "two_heads":
                for change in ({"restricted": True}, {"concerns": "edited"}):
                    records.save_document(s, dataclasses.replace(place, **change))
            elif how == "deleted":
                records.delete_document(s, place)
        plan = records.save_document(s, SafetyPlan(
            child_id=cid, status=PlanStatus.AGREED,
            why_working_together=text("why"),
            worries=[Worry(id="w1", text=text("worry"), disputed=True,
                           disputed_by=text("disputed_by"))],
            working_well=[text("working_well")],
            goals=[SafetyGoal(id="g1", worry_id="w1", text=text("goal"),
                              lasting=text("lasting"))],
            actions=[PlanAction(id="a1", what=text("action"), owner=text("owner"),
                                agency=text("agency"), due=date(2026, 3, 9),
                                status=ActionStatus.IN_PROGRESS)],
            contingency=[Contingency(if_this=text("if"), then_that=text("then"),
                                     call=text("call"))],
            safe_people=["Mum", text("safe_person")],
            safe_places=[text("safe_place")],
            helplines=[Helpline(name=text("helpline"), number=draw(st.sampled_from(
                [re.sub(r"\D", "", w.phone) for w in withheld if w.phone])))],
            child_section=text("child_section"),
            scores=[Scaling(person=text("score_person"), role="other", score=4)],
            agreements=[Agreement(who=CHILD_NAME, role="child", agreed_at=NOW),
                        Agreement(who=text("agreed_by"), role="carer", agreed_at=NOW)],
            next_review=date(2026, 6, 1)))
        everyone = [Audience.WORKER, Audience.CHILD, Audience.CARERS, Audience.AGENCIES]
        drawing = records.add_entry(s, Drawing(child_id=cid, title=text("drawing_title")))
        speakers = [w for w in withheld if w.kind == "person"]
        for speaker, words, shared in (
            (Speaker.CHILD, text("voice_child"), everyone),
            (Speaker.OTHER, text("voice_other"), everyone),
            (Speaker.CHILD, text("voice_not_carers"), [Audience.WORKER, Audience.CHILD,
                                                        Audience.AGENCIES]),
        ):
            name = CHILD_NAME if speaker is Speaker.CHILD else draw(st.sampled_from(speakers)).name
            records.add_entry(s, VoiceEntry(child_id=cid, speaker=speaker, speaker_name=name,
                                            topic=Topic.WORRIES, text=words, shared_with=shared,
                                            drawing_id=drawing.id if speaker is Speaker.OTHER
                                            else None))
        records.add_entry(s, VoiceEntry(
            child_id=cid, speaker=Speaker.OTHER, topic=Topic.SAFETY_SCALE,
            speaker_name=draw(st.sampled_from(speakers)).name, scale=3,
            scale_question=text("scale_question"), shared_with=everyone))
        for role in ("child", "carer"):
            records.add_entry(s, CoReviewResponse(child_id=cid, plan_id=plan.id,
                                                  section="worries", responder_role=role,
                                                  responder_name=CHILD_NAME if role == "child"
                                                  else "Mum", words=text(f"coreview_{role}")))
    return built


def pdf_words(pdf: bytes) -> str:
    """The PDF's text as a reader (or a copy and paste) gets it, and its metadata."""
    body = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf,
                          capture_output=True, check=True).stdout.decode("utf-8")
    meta = PdfReader(io.BytesIO(pdf)).metadata or {}
    return " ".join([body, *(str(v) for v in meta.values())])


def coreview_words(case_view: object, lang: str) -> str:
    from directwork.gui.coreview.sections import plan_sections

    return " ".join(f"{c.title} " + " ".join(c.lines)
                    for c in plan_sections(case_view, lang))  # type: ignore[arg-type]


def leaks(text: str, withheld: list[Withheld]) -> list[str]:
    """Every withheld name part (and its mutations, plurals), place word, phone number and
    email found in ``text``."""
    text = _read(text)
    words = set(re.findall(r"[^\W\d_]+", _fold(text)))
    found = []
    for item in withheld:
        if item.kind == "person" and _fold("".join(item.name.split())) in words:
            found.append(item.name)
        for part in item.parts():
            forms = {part, part + "s"} | {m for t in (_SOFT, _NASAL, _ASPIRATE)
                                          if (m := _mutate(part, t))}
            found += [f for f in forms if len(f) >= 2 and _fold(f) in words]
        if item.phone:
            digits = re.sub(r"\D", "", item.phone)
            for run in re.findall(r"\+?\d[\d\s().\-]*\d", text):
                national = re.sub(r"\D", "", run)
                national = "0" + national[2:] if national.startswith("44") else national
                if digits in national:
                    found.append(item.phone)
        if item.email:
            local = _fold(item.email.split("@")[0]).split(".")
            squashed = re.sub(r"\s+|dot", "", _fold(text))
            if "".join(local) in squashed or item.email.split("@")[0] in _fold(text):
                found.append(item.email)
    return found


@settings(max_examples=12, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
@given(drawn=cases())
def test_no_withheld_name_place_or_number_reaches_a_child_or_carer(vault, drawn) -> None:
    withheld, draw = drawn
    built = seed(vault, withheld, draw)
    with vault.session() as s:
        case = load_case(s, built.child_id)
    for audience in (SummaryAudience.CHILD, SummaryAudience.CARER):
        for language in SummaryLanguage:
            text = pdf_words(build_summary(case, audience, language, today=TODAY))
            assert CHILD_NAME in text  # the text was read: the child's name is printed
            assert not leaks(text, withheld), f"{audience}/{language}: {leaks(text, withheld)}"
    for narrow in (for_child, for_carer):
        for lang in ("en", "cy"):
            shown = coreview_words(narrow(case, lang=lang), lang)
            assert not leaks(shown, withheld), f"co-review {narrow.__name__}/{lang}"

    # The agencies' copy holds every field the policy lets agencies see, names and all,
    # with a mark where the family's copies leave something out or change it.
    agency = " ".join(pdf_words(build_summary(case, SummaryAudience.AGENCY, SummaryLanguage.EN,
                                              today=TODAY)).split())
    missing = [where for mark, where in built.markers.items()
               if mark not in agency and where not in ("drawing_title",)]
    assert not missing, f"missing from the agencies' copy: {missing}"
    for item in withheld:
        if item.kind == "person" and item.name.split()[0] in agency:
            break
    else:
        pytest.fail("no withheld person's name is in the agencies' copy")
    assert "Names taken out in the family's copy." in agency
    assert "Not in the family's copy: names someone or somewhere withheld." in agency
    assert "Not shared with carers." in agency
