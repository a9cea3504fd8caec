"""Child- and carer-facing words, one catalogue per language (resources/catalogue/<lang>.toml).

The words live in files rather than in code so that someone who works with children can review
them in one place, and a Welsh speaker can review the Welsh (cy-review.md lists what waits).
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from typing import Any

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
