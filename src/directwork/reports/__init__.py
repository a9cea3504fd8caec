"""Printable summaries (ReportLab): the child's "My safety plan", the carers' copy and the
multi-agency plan, in English, Welsh or both (Welsh first). No Qt and no database session:
a summary is built from a Case, in memory, and returned as PDF bytes."""

from __future__ import annotations

from datetime import date

from directwork.domain.case import Case
from directwork.domain.records import Child, SummaryAudience, SummaryLanguage, WelshPreference
from directwork.domain.redaction import for_audience


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


def build_summary(case: Case, audience: SummaryAudience, language: SummaryLanguage, *,
                  today: date) -> bytes:
    """The summary for ``audience`` as PDF bytes. ``case`` is the whole case; what the
    audience may see is decided here by the redaction policy, never by the caller."""
    from directwork.reports.agency import build_agency_summary
    from directwork.reports.family import build_carer_summary, build_child_summary

    view = for_audience(case, audience, lang=language.value)
    if audience is SummaryAudience.CHILD:
        return build_child_summary(view, language, today)
    if audience is SummaryAudience.CARER:
        return build_carer_summary(view, language, today)
    return build_agency_summary(view, language, today)


__all__ = ["build_summary", "default_language"]
