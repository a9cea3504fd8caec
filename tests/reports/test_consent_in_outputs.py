"""Generated cases: entries with random speakers, sharing choices, keeping from the speaker and
later changes of who may see them. For each audience, exactly the entries the rule allows
(written out pair by pair in tests/domain/test_sharing.py) appear in the co-review text and in
the printed summary's text, and no others."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directwork.domain.case import Case
from directwork.domain.records import (
    Audience,
    Child,
    PlanStatus,
    SafetyPlan,
    Speaker,
    SummaryAudience,
    SummaryLanguage,
    Topic,
    VoiceEntry,
)
from directwork.domain.redaction import for_carer, for_child
from directwork.gui.coreview.sections import plan_sections
from directwork.reports import build_summary
from tests.domain.test_sharing import AGREED, KEPT
from tests.reports.markers import pdf_text

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
SPEAKER_NAMES = {Speaker.CHILD: "Iolo", Speaker.CARER: "Mum", Speaker.OTHER: "Coach"}
PRINTED_FOR = {Audience.CHILD: SummaryAudience.CHILD, Audience.CARERS: SummaryAudience.CARER,
               Audience.AGENCIES: SummaryAudience.AGENCY}
COREVIEW_FOR = {Audience.CHILD: for_child, Audience.CARERS: for_carer}

audiences = st.lists(st.sampled_from(list(Audience)), unique=True)
entry_choices = st.tuples(
    st.sampled_from(list(Speaker)),
    st.sampled_from([t for t in Topic if t is not Topic.SAFETY_SCALE]),
    audiences,  # who the speaker agreed may see it when it was kept
    st.booleans(),  # kept from the speaker
    st.none() | audiences,  # a later change of who may see it, as a new version
)


def _allowed(entry: VoiceEntry, audience: Audience) -> bool:
    rule = (KEPT.get((entry.speaker, audience)) if entry.kept_from_speaker else None) or AGREED[
        (entry.speaker, audience)]
    return rule[audience in entry.shared_with]


def _case(choices: list[tuple]) -> tuple[Case, dict[str, VoiceEntry]]:
    voice: list[VoiceEntry] = []
    current: dict[str, VoiceEntry] = {}
    for i, (speaker, topic, shared, kept, later) in enumerate(choices):
        marker = f"Mk{i:03d}x"  # no marker is part of another
        first = VoiceEntry(id=f"v{i}", child_id="c", created_at=T0 + timedelta(minutes=i),
                           speaker=speaker, speaker_name=SPEAKER_NAMES[speaker], topic=topic,
                           text=marker, shared_with=shared, kept_from_speaker=kept,
                           kept_reason="a reason" if kept else "")
        voice.append(first)
        current[marker] = first
        if later is not None:
            changed = VoiceEntry(id=f"v{i}b", child_id="c", corrects_id=first.id,
                                 created_at=first.created_at, speaker=speaker,
                                 speaker_name=first.speaker_name, topic=topic, text=marker,
                                 shared_with=later, kept_from_speaker=kept,
                                 kept_reason=first.kept_reason, change_reason="changed")
            voice.append(changed)
            current[marker] = changed
    child = Child(id="c", child_id="c", given_name="Iolo", preferred_name="Iolo")
    plan = SafetyPlan(id="p", child_id="c", status=PlanStatus.AGREED, created_at=T0,
                      why_working_together="To keep Iolo safe.", next_review=date(2026, 6, 1))
    return Case(child=child, practitioner_name="Sam Practitioner", plan=plan, voice=voice), current


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entry_choices, min_size=1, max_size=8))
def test_each_audience_gets_exactly_the_entries_the_rule_allows(choices: list[tuple]) -> None:
    case, current = _case(choices)
    for audience, summary in PRINTED_FOR.items():
        printed = pdf_text(build_summary(case, summary, SummaryLanguage.EN,
                                         today=date(2026, 3, 4)))
        expected = {m for m, entry in current.items() if _allowed(entry, audience)}
        assert {m for m in current if m in printed} == expected, f"printed for {audience}"
        if audience in COREVIEW_FOR:
            view = COREVIEW_FOR[audience](case, lang="en")
            on_screen = " ".join(line for part in plan_sections(view, "en")
                                 for line in [part.title, *part.lines])
            assert {m for m in current if m in on_screen} == expected, f"co-review, {audience}"
