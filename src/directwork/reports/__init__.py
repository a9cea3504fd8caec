"""Printable summaries (ReportLab): the child's "My safety plan", the carers' copy and the
multi-agency plan, in English, Welsh or both (Welsh first). No Qt and no database session:
a summary is built from a Case, in memory, and returned as PDF bytes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from directwork.domain.case import Case
from directwork.domain.giving import CheckList
from directwork.domain.reach import family_reach
from directwork.domain.records import Child, SummaryAudience, SummaryLanguage, WelshPreference
from directwork.domain.redaction import family_copy, for_agency


def default_language(child: Child) -> SummaryLanguage:
    """The language to offer first, from what the child and family asked for (it can be
    changed before printing). Welsh-speaking families get Welsh without having to ask."""
    preference = child.welsh_preference
    if preference is WelshPreference.WELSH:
        return SummaryLanguage.CY
    if preference is WelshPreference.BILINGUAL:
        return SummaryLanguage.BOTH
    if preference is WelshPreference.NOT_ASKED and child.language.strip().casefold() in {
            "welsh", "cymraeg"}:
        return SummaryLanguage.CY
    return SummaryLanguage.EN


@dataclass(frozen=True)
class BuiltSummary:
    """A summary as PDF bytes, and for a child's or carers' copy the list the practitioner
    checks before giving it (None for the multi-agency plan)."""

    pdf: bytes
    audience: SummaryAudience
    language: SummaryLanguage
    check: CheckList | None


def build_checked_summary(case: Case, audience: SummaryAudience, language: SummaryLanguage, *,
                          today: date, edits: Mapping[str, str] | None = None) -> BuiltSummary:
    """The summary for ``audience`` and, for the child or carers, what to check before giving
    it. ``case`` is the whole case; what the audience may see is decided here by the redaction
    policy, never by the caller. ``edits``: the practitioner's changes to lines of this copy."""
    from directwork.reports.agency import build_agency_summary
    from directwork.reports.family import build_carer_summary, build_child_summary

    if audience is SummaryAudience.AGENCY:
        pdf = build_agency_summary(for_agency(case), language, today, family_reach(case))
        return BuiltSummary(pdf, audience, language, None)
    copy = family_copy(case, audience, lang=language.value, edits=edits)
    build = build_child_summary if audience is SummaryAudience.CHILD else build_carer_summary
    return BuiltSummary(build(copy.view, language, today), audience, language, copy.check)


def build_summary(case: Case, audience: SummaryAudience, language: SummaryLanguage, *,
                  today: date, edits: Mapping[str, str] | None = None) -> bytes:
    """The summary for ``audience`` as PDF bytes (see ``build_checked_summary``)."""
    return build_checked_summary(case, audience, language, today=today, edits=edits).pdf


__all__ = ["BuiltSummary", "build_checked_summary", "build_summary", "default_language"]
