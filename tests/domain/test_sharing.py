"""Who may see each entry, for every speaker and every audience, and how a sharing choice is
changed: the child always sees their own words unless the practitioner recorded why not."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from directwork.domain.case import Case
from directwork.domain.records import Audience, Child, Speaker, VoiceEntry
from directwork.domain.redaction import (
    current_voice,
    for_agency,
    for_carer,
    for_child,
    in_force,
    may_see,
    seen_by,
    voice_for,
)
from directwork.domain.sharing import SAFE_DEFAULT, SharingRefused, changed, normalised, problem

WORKER, TEAM, CHILD, CARERS, AGENCIES = (Audience.WORKER, Audience.TEAM, Audience.CHILD,
                                         Audience.CARERS, Audience.AGENCIES)

# For each speaker and audience: (may see when the speaker did not agree, when they agreed).
# Written out in full rather than computed, so the rule is read here, pair by pair.
AGREED = {
    (Speaker.CHILD, WORKER): (True, True),
    (Speaker.CHILD, TEAM): (False, True),
    (Speaker.CHILD, CHILD): (True, True),  # their own words
    (Speaker.CHILD, CARERS): (False, True),
    (Speaker.CHILD, AGENCIES): (False, True),
    (Speaker.CARER, WORKER): (True, True),
    (Speaker.CARER, TEAM): (False, True),
    (Speaker.CARER, CHILD): (False, True),  # a carer's words reach the child if they agreed
    (Speaker.CARER, CARERS): (True, True),  # their own words
    (Speaker.CARER, AGENCIES): (False, True),
    (Speaker.OTHER, WORKER): (True, True),
    (Speaker.OTHER, TEAM): (False, True),
    (Speaker.OTHER, CHILD): (False, True),
    (Speaker.OTHER, CARERS): (False, True),
    (Speaker.OTHER, AGENCIES): (False, True),
}
# Kept from the speaker by the practitioner (with a reason): only these pairs change.
KEPT = {(Speaker.CHILD, CHILD): (False, False), (Speaker.CARER, CARERS): (False, False)}


def _entry(speaker: Speaker, shared: list[Audience], kept: bool = False) -> VoiceEntry:
    return VoiceEntry(id="e", child_id="c", speaker=speaker, text="words", shared_with=shared,
                      kept_from_speaker=kept, kept_reason="a reason" if kept else "")


def test_the_table_covers_every_speaker_and_audience() -> None:
    assert set(AGREED) == set(itertools.product(Speaker, Audience))


@pytest.mark.parametrize("kept", [False, True], ids=["as given", "kept from the speaker"])
@pytest.mark.parametrize(("speaker", "audience"), list(AGREED), ids=lambda v: str(v))
def test_who_may_see_an_entry_by_speaker_and_audience(speaker: Speaker, audience: Audience,
                                                      kept: bool) -> None:
    not_agreed, agreed = (KEPT.get((speaker, audience)) if kept else None) or AGREED[
        (speaker, audience)]
    others = [a for a in Audience if a is not audience]
    # Agreeing to other audiences never lets this one in; agreeing to this one does.
    assert may_see(_entry(speaker, others, kept), audience) is not_agreed
    assert may_see(_entry(speaker, [audience], kept), audience) is agreed


SUMMARY_VIEWS = {CHILD: for_child, CARERS: for_carer, AGENCIES: for_agency}


@pytest.mark.parametrize("kept", [False, True])
@pytest.mark.parametrize("speaker", list(Speaker))
@pytest.mark.parametrize("audience", list(SUMMARY_VIEWS))
def test_each_audiences_view_of_the_case_holds_exactly_the_entries_it_may_see(
        speaker: Speaker, audience: Audience, kept: bool) -> None:
    voice = [dataclasses.replace(_entry(speaker, list(shared), kept), id=f"e{i}",
                                 text=f"entry {i}")
             for i, shared in enumerate(itertools.chain.from_iterable(
                 itertools.combinations(Audience, n) for n in range(len(Audience) + 1)))]
    case = Case(child=Child(id="c", child_id="c", given_name="Iolo"), voice=voice)
    seen = {v.text for v in SUMMARY_VIEWS[audience](case).voice}
    rule = (KEPT.get((speaker, audience)) if kept else None) or AGREED[(speaker, audience)]
    assert seen == {v.text for v in voice if rule[audience in v.shared_with]}


def test_seen_by_lists_every_audience_in_full_including_the_speaker() -> None:
    entry = _entry(Speaker.CHILD, [WORKER, TEAM, CARERS])
    assert seen_by(entry) == [WORKER, TEAM, CHILD, CARERS]
    kept = dataclasses.replace(entry, kept_from_speaker=True, kept_reason="why")
    assert seen_by(kept) == [WORKER, TEAM, CARERS]


def test_a_corrected_or_withdrawn_version_is_seen_by_nobody() -> None:
    first = _entry(Speaker.CHILD, [WORKER, CARERS])
    narrowed = dataclasses.replace(first, id="e2", corrects_id="e", shared_with=[WORKER])
    gone = dataclasses.replace(_entry(Speaker.CHILD, [CARERS]), id="e3", retracted=True)
    assert current_voice([first, narrowed, gone]) == [narrowed]
    case = Case(child=Child(id="c"), voice=[first, narrowed, gone])
    assert voice_for(case, CARERS) == []
    assert [v.id for v in voice_for(case, CHILD)] == ["e2"]


def test_two_laptops_changing_one_entry_show_it_only_where_both_versions_allow() -> None:
    first = _entry(Speaker.CHILD, [WORKER, CARERS, AGENCIES])
    here = dataclasses.replace(first, id="a", corrects_id="e", shared_with=[WORKER, AGENCIES])
    there = dataclasses.replace(first, id="b", corrects_id="e", text="other words")
    case = Case(child=Child(id="c"), voice=[first, here, there])
    assert voice_for(case, CARERS) == []
    assert {v.id for v in voice_for(case, AGENCIES)} == {"a", "b"}


def test_a_narrowing_on_one_laptop_holds_however_many_times_the_other_changed_the_entry(
        ) -> None:
    first = _entry(Speaker.CHILD, [WORKER, CARERS])
    narrowed = dataclasses.replace(first, id="a", corrects_id="e", shared_with=[WORKER])
    typo = dataclasses.replace(first, id="b1", corrects_id="e", text="words!")
    again = dataclasses.replace(typo, id="b2", corrects_id="b1", text="words!!")
    for voice in ([first, narrowed, typo, again], [first, typo, again, narrowed]):
        case = Case(child=Child(id="c"), voice=current_voice(voice), voice_versions=voice)
        assert voice_for(case, CARERS) == []
        assert {v.id for v in voice_for(case, CHILD)} == {"a", "b2"}


def test_a_narrowing_widened_again_on_the_same_laptop_is_widened() -> None:
    first = _entry(Speaker.CHILD, [WORKER, CARERS])
    typo = dataclasses.replace(first, id="a", corrects_id="e", text="words!")
    narrowed = dataclasses.replace(first, id="b1", corrects_id="e", shared_with=[WORKER])
    widened = dataclasses.replace(narrowed, id="b2", corrects_id="b1", shared_with=[WORKER, CARERS])
    voice = [first, typo, narrowed, widened]
    case = Case(child=Child(id="c"), voice=current_voice(voice), voice_versions=voice)
    assert {v.id for v in voice_for(case, CARERS)} == {"a", "b2"}


def test_a_withdrawal_on_one_laptop_withdraws_what_the_other_made_alongside_it() -> None:
    first = _entry(Speaker.OTHER, [WORKER, CHILD, CARERS])
    typo = dataclasses.replace(first, id="b1", corrects_id="e", text="words!")
    again = dataclasses.replace(typo, id="b2", corrects_id="b1", text="words!!")
    gone = dataclasses.replace(first, id="r", corrects_id="e", retracted=True)
    other = dataclasses.replace(first, id="x", text="other words")
    voice = [first, typo, again, gone, other]
    assert in_force(voice) == [other]
    case = Case(child=Child(id="c"), voice=current_voice(voice), voice_versions=voice)
    for audience in (WORKER, CHILD, CARERS):
        assert [v.id for v in voice_for(case, audience)] == ["x"]
    # A version made knowingly after the withdrawal, correcting it, is in force.
    back = dataclasses.replace(first, id="n", corrects_id="r", text="said again")
    assert in_force([*voice, back]) == [other, back]


def test_every_new_entry_starts_from_me_and_my_team_only() -> None:
    assert SAFE_DEFAULT == (WORKER, TEAM)
    assert VoiceEntry().shared_with == [WORKER]


def test_the_speakers_own_audience_is_implied_and_the_worker_always_kept() -> None:
    assert normalised(_entry(Speaker.CHILD, []), [CARERS, CHILD]) == [WORKER, CARERS]
    assert normalised(_entry(Speaker.CARER, []), [CHILD, CARERS]) == [WORKER, CHILD]


def test_keeping_words_from_the_speaker_needs_a_reason() -> None:
    entry = dataclasses.replace(_entry(Speaker.CHILD, [WORKER]), kept_from_speaker=True)
    assert problem(entry) is not None
    assert problem(dataclasses.replace(entry, kept_reason="  ")) is not None
    assert problem(dataclasses.replace(entry, kept_reason="names someone")) is None


def test_a_sharing_change_needs_a_reason_and_says_who_made_it() -> None:
    entry = _entry(Speaker.CHILD, [WORKER, TEAM, CARERS])
    with pytest.raises(SharingRefused, match="Say why"):
        changed(entry, shared_with=[WORKER, TEAM], why=" ")
    new = changed(entry, shared_with=[WORKER, TEAM], why="Iolo changed his mind", by="Sam")
    assert new.shared_with == [WORKER, TEAM] and new.change_reason == "Iolo changed his mind"
    assert new.changed_by_name == "Sam" and new.text == entry.text
    assert entry.shared_with == [WORKER, TEAM, CARERS], "the version given is left as it was"


def test_keeping_from_the_speaker_is_a_sharing_change_with_its_own_reason() -> None:
    entry = _entry(Speaker.CHILD, [WORKER])
    with pytest.raises(SharingRefused, match="Say why these words are kept"):
        changed(entry, kept_from_speaker=True, why="safety")
    new = changed(entry, kept_from_speaker=True, kept_reason="names a person of concern",
                  why="safety")
    assert new.kept_from_speaker and new.kept_reason == "names a person of concern"
    back = changed(new, kept_from_speaker=False, why="checked with the manager")
    assert not back.kept_from_speaker and back.kept_reason == ""


def test_a_change_that_changes_nothing_is_refused() -> None:
    entry = _entry(Speaker.CARER, [WORKER, CHILD])
    with pytest.raises(SharingRefused, match="Nothing"):
        changed(entry, shared_with=[CHILD, WORKER, CARERS], why="same")
    assert changed(entry, text="better words").change_reason == ""
