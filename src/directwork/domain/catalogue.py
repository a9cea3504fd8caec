"""Child- and carer-facing words, one catalogue per language (resources/catalogue/<lang>.toml).

The words live in files rather than in code so that someone who works with children can review
them in one place, and a Welsh speaker can review the Welsh (cy-review.md lists what waits).
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from typing import Any

from directwork.domain.records import Child, SummaryLanguage, WelshPreference
from directwork.paths import resource_path

LANGUAGES = ("en", "cy")


class MissingText(KeyError):
    """A key that is not in the catalogue: a programming error, never shown to a child."""


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


@cache
def catalogue(lang: str) -> dict[str, Any]:
    """Every key of one language's catalogue, flattened to dotted names."""
    if lang not in LANGUAGES:
        raise ValueError(f"no catalogue for language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    with resource_path("catalogue", f"{lang}.toml").open("rb") as fh:
        return _flatten(tomllib.load(fh))


def text(key: str, lang: str, **values: object) -> str:
    """The words for ``key`` in ``lang`` ("en" or "cy"), with ``{name}`` places filled in."""
    try:
        words = catalogue(lang)[key]
    except KeyError:
        raise MissingText(f"{key!r} is not in the {lang} catalogue") from None
    if not isinstance(words, str):
        raise MissingText(f"{key!r} in the {lang} catalogue is not a piece of text")
    return words.format(**values) if values else words


def has(key: str, lang: str = "en") -> bool:
    return isinstance(catalogue(lang).get(key), str)


def long_date(day: date, lang: str) -> str:
    """A date as people write it ("2 March 2026", "2 Mawrth 2026"): no numbers-only dates,
    which children and carers misread."""
    months = catalogue(lang)["common.months"]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def summary_language(child: Child) -> SummaryLanguage:
    """The language the child asked for, chosen once on their record: their summary, visit
    and co-review open in it (it can be changed on the spot). Welsh-speaking families get
    Welsh without having to ask again."""
    preference = child.welsh_preference
    if preference is WelshPreference.WELSH:
        return SummaryLanguage.CY
    if preference is WelshPreference.BILINGUAL:
        return SummaryLanguage.BOTH
    if preference is WelshPreference.NOT_ASKED and child.language.strip().casefold() in {
            "welsh", "cymraeg"}:
        return SummaryLanguage.CY
    return SummaryLanguage.EN


def child_language(child: Child) -> str:
    """The one language ("en" or "cy") a screen the child sees opens in: Welsh when they want
    Welsh or both (Welsh first, as the Welsh Language Standards ask)."""
    return "en" if summary_language(child) is SummaryLanguage.EN else "cy"


def and_list(words: list[str], lang: str) -> str:
    """"a", "a and b", "a, b and c" in ``lang``; in Welsh "ac" before a vowel."""
    if len(words) < 2:
        return "".join(words)
    last = words[-1]
    joiner = text("visit.and", lang)
    if lang == "cy" and last[:1].casefold() in "aeiouwyâêîôûŵŷ":
        joiner = "ac"
    return ", ".join(words[:-1]) + f" {joiner} " + last


def scale_question(asked: str, lang: str) -> str:
    """The safety scale's question as printed in ``lang``: the usual question ("How safe do
    you feel?"), asked in either language, in ``lang``; a question the practitioner wrote
    themselves, as they wrote it."""
    asked = asked.strip()
    if asked and asked in {text("visit.default_question", each) for each in LANGUAGES}:
        return text("visit.default_question", lang)
    return asked


def given_to(recorded: str, audience: str, lang: str) -> str:
    """Who a summary was given to, as printed in ``lang``: the usual words for a carers' or
    agencies' copy ("parents and carers"), recorded in either language, in ``lang``; a name
    as it was typed."""
    key = f"labels.given_to.{audience}"
    if has(key) and recorded.strip() in {text(key, each) for each in LANGUAGES}:
        return text(key, lang)
    return recorded
