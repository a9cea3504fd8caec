"""Words for a summary in its language: English, Welsh, or both with Welsh first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from directwork.domain.catalogue import long_date, text
from directwork.domain.records import SummaryLanguage

LONDON = ZoneInfo("Europe/London")

# A value given to ``Words`` may differ by language: a date, or a function of the language.
Value = str | int | date | datetime | Callable[[str], str] | None


def local_day(moment: date | datetime | None) -> date | None:
    """The calendar day people in England and Wales would say something happened on."""
    if isinstance(moment, datetime):
        return moment.astimezone(LONDON).date() if moment.tzinfo else moment.date()
    return moment


class Words:
    """Looks up catalogue text in each language a summary is printed in, Welsh first."""

    def __init__(self, language: SummaryLanguage) -> None:
        self.language = language
        self.langs: tuple[str, ...] = ("cy", "en") if language is SummaryLanguage.BOTH else (
            language.value,)

    @property
    def bilingual(self) -> bool:
        return len(self.langs) > 1

    @property
    def pdf_lang(self) -> str:
        """The document's /Lang: its first (main) language."""
        return {"cy": "cy-GB", "en": "en-GB"}[self.langs[0]]

    def each(self, key: str, **values: Value) -> list[str]:
        """The text for ``key`` in every language of the summary, Welsh first; a line that
        reads the same in both languages ("Childline: 0800 1111.") is given once."""
        return list(dict.fromkeys(text(key, lang, **{k: _fill(v, lang) for k, v in values.items()})
                                  for lang in self.langs))

    def joined(self, key: str, **values: Value) -> str:
        """One line with every language, Welsh first: for labels and short headings."""
        return " / ".join(dict.fromkeys(self.each(key, **values)))

    def day(self, moment: date | datetime | None) -> str:
        day = local_day(moment)
        if day is None:
            return self.joined("common.not_set")
        return " / ".join(dict.fromkeys(long_date(day, lang) for lang in self.langs))


def _fill(value: Value, lang: str) -> str:
    if value is None:
        return ""
    if callable(value):
        return value(lang)
    if isinstance(value, datetime | date):
        day = local_day(value)
        assert day is not None
        return long_date(day, lang)
    return str(value)
