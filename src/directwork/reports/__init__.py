"""Printable summaries (ReportLab): the child's "My safety plan", the carers' copy and the
multi-agency plan, in English, Welsh or both (Welsh first). No Qt and no database session:
a summary is built from a Case, in memory, and returned as PDF bytes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from directwork.domain.case import Case
from directwork.domain.catalogue import summary_language
from directwork.domain.giving import CheckList
from directwork.domain.policy import Policy, PolicyError, load_policy
from directwork.domain.reach import family_reach
from directwork.domain.records import Child, SummaryAudience, SummaryLanguage
from directwork.domain.redaction import family_copy, for_agency


def default_language(child: Child) -> SummaryLanguage:
    """The language to offer first, from what the child and family asked for (it can be
    changed before printing). Welsh-speaking families get Welsh without having to ask."""
    return summary_language(child)


@dataclass(frozen=True)
class BuiltSummary:
    """A summary as PDF bytes, and for a child's or carers' copy the list the practitioner
    checks before giving it (None for the multi-agency plan)."""

    pdf: bytes
    audience: SummaryAudience
    language: SummaryLanguage
    check: CheckList | None


def build_checked_summary(case: Case, audience: SummaryAudience, language: SummaryLanguage, *,
                          today: date, edits: Mapping[str, str] | None = None,
                          policy: Policy | None = None) -> BuiltSummary:
    """The summary for ``audience`` and, for the child or carers, what to check before giving
    it. ``case`` is the whole case; what the audience may see is decided here by the redaction
    policy, never by the caller. ``edits``: the practitioner's changes to lines of this copy.
    ``policy``: the service's practice policy, for its Welsh words in the multi-agency plan
    (a response, a ladder step); without it they are printed as the records hold them."""
    from directwork.reports.agency import build_agency_summary
    from directwork.reports.family import build_carer_summary, build_child_summary

    if audience is SummaryAudience.AGENCY:
        pdf = build_agency_summary(for_agency(case), language, today, family_reach(case),
                                   policy)
        return BuiltSummary(pdf, audience, language, None)
    copy = family_copy(case, audience, lang=language.value, edits=edits)
    build = build_child_summary if audience is SummaryAudience.CHILD else build_carer_summary
    return BuiltSummary(build(copy.view, language, today), audience, language, copy.check)


def printing_policy() -> Policy | None:
    """The service's policy, for the Welsh of its words in the multi-agency plan; None when
    its file cannot be read (the practice check says why), so that a broken policy file never
    stops a plan being printed: its words are then printed as the records hold them."""
    try:
        return load_policy()
    except PolicyError:
        return None


def build_summary(case: Case, audience: SummaryAudience, language: SummaryLanguage, *,
                  today: date, edits: Mapping[str, str] | None = None) -> bytes:
    """The summary for ``audience`` as PDF bytes (see ``build_checked_summary``)."""
    return build_checked_summary(case, audience, language, today=today, edits=edits).pdf


__all__ = ["BuiltSummary", "build_checked_summary", "build_summary", "default_language",
           "printing_policy"]
