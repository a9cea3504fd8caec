"""The one redaction policy: what the child, the carers and other agencies may see of a case.

Co-review and every printed summary call these functions and never filter on their own, so a
rule changed here changes everywhere at once.

* The child sees nothing withheld: no people of concern and no restricted places or groups
  (their names are taken out of every sentence as well), no names of other people the child
  has not named as safe or trusted (peers, family members, who reported what), no
  practitioner-only notes, none of the professional records (concerns, referrals, levels,
  key moments). Of what was said, the child sees their own words, and other people's words
  only where the speaker agreed the child may see them.
* Carers see the same, except that what they may see of what was said is their own words and
  what the speaker agreed carers may see: nothing the child asked to keep from them.
* Other agencies see the professional picture: everything except the practitioner's own
  case notes and what speakers did not agree to share with agencies.

Who may see each entry (``may_see``), by speaker and audience:

* the worker who wrote it down: always;
* the speaker's own audience (the child for the child's words, carers for a carer's): always,
  unless the practitioner kept the words from the speaker, which they must say why;
* everyone else: only an audience the speaker agreed to (``shared_with``).

Only the current version of an entry counts: a version that a later one corrects, and a
withdrawn entry, are seen by nobody, so narrowing who may see an entry holds at once
everywhere a Case is read.

This module chooses the records and entries each audience sees. Which names, places, numbers
and emails must not appear in their words, and how they are found however they are written,
is domain/withholding.py; domain/giving.py passes every field of a child's or carers' copy
through that rule and lists what the practitioner checks before giving it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from directwork.domain.case import Case, Viewer
from directwork.domain.giving import Change, CheckLine, CheckList, scrub_view
from directwork.domain.records import (
    Audience,
    Drawing,
    Recording,
    Review,
    SafetyPlan,
    Speaker,
    SummaryAudience,
    VoiceEntry,
)
from directwork.domain.withholding import Withholding, is_named_to_family, is_withheld

T = TypeVar("T", bound=Any)

__all__ = ["FamilyCopy", "family_copy", "for_agency", "for_audience", "for_carer", "for_child",
           "is_named_to_family", "is_withheld"]


@dataclass(frozen=True)
class FamilyCopy:
    """A child's or carers' copy of the case, and what the practitioner checks before giving
    it (domain/giving.py)."""

    view: Case
    check: CheckList


# --------------------------------------------------------------------------- plans


def _family_plan(plan: SafetyPlan) -> SafetyPlan:
    # Parts the worker marked withheld are left out whole, and so is the goal of a withheld
    # worry: a goal shown alone would say what the worry was. Names in what is left are taken
    # out afterwards, field by field (giving.scrub_view).
    hidden_worries = {w.id for w in plan.worries if w.withheld}
    return dataclasses.replace(
        plan,
        worries=[dataclasses.replace(w) for w in plan.worries if not w.withheld],
        working_well=list(plan.working_well),
        goals=[dataclasses.replace(g) for g in plan.goals
               if not g.withheld and g.worry_id not in hidden_worries],
        actions=[dataclasses.replace(a) for a in plan.actions if not a.withheld],
        contingency=[dataclasses.replace(c) for c in plan.contingency if not c.withheld],
        safe_people=list(plan.safe_people),
        safe_places=list(plan.safe_places),
        helplines=[dataclasses.replace(h) for h in plan.helplines],
        scores=[dataclasses.replace(s) for s in plan.scores],
        agreements=[dataclasses.replace(a) for a in plan.agreements],
        practitioner_notes="",
    )


# The check list's line when the plan has versions from two laptops (its words are the
# interface's, in the practitioner's language: the line names its place and kind only).
PLAN_VERSIONS_KEY = "plan.versions"


def _as_given(item: T) -> T:
    # An item of a plan without its withheld mark, to compare two versions' words.
    return dataclasses.replace(item, withheld=False) if hasattr(item, "withheld") else item


def _key(item: object) -> object:
    return getattr(item, "id", "") or _as_given(item)


def _joined(mine: list[T], theirs: list[list[T]]) -> list[T]:
    """``mine`` with an item marked withheld where any other version marks it withheld, does
    not hold it, or holds it in other words: doubt withholds."""
    joined = []
    for item in mine:
        withheld = bool(getattr(item, "withheld", False))
        for other in theirs:
            same = [o for o in other if _key(o) == _key(item)]
            if not same or any(getattr(o, "withheld", False) or _as_given(o) != _as_given(item)
                               for o in same):
                withheld = True
        joined.append(dataclasses.replace(item, withheld=withheld))
    return joined


def _in_every(mine: list[T], theirs: list[list[T]]) -> list[T]:
    # What every version holds, as given: a safe person one laptop took off the plan is
    # not shown as safe from the other's version.
    return [item for item in mine if all(item in other for other in theirs)]


def _same_in_every(mine: str, theirs: list[str]) -> str:
    return mine if all(other == mine for other in theirs) else ""


def settled_plan(plan: SafetyPlan, others: list[SafetyPlan]) -> SafetyPlan:
    """The one version of a plan two laptops changed (``plan`` and the other heads,
    ``others``) that a child or carer may be shown, until the practitioner settles it: every
    part withheld in any version is withheld, and so is every part the versions do not hold
    the same (kept back whole, as a withheld part is); lists of words keep only what every
    version holds, and a text the versions disagree on is left empty."""
    if not others:
        return plan
    return dataclasses.replace(
        plan,
        why_working_together=_same_in_every(plan.why_working_together,
                                            [o.why_working_together for o in others]),
        worries=_joined(plan.worries, [o.worries for o in others]),
        working_well=_in_every(plan.working_well, [o.working_well for o in others]),
        goals=_joined(plan.goals, [o.goals for o in others]),
        actions=_joined(plan.actions, [o.actions for o in others]),
        contingency=_joined(plan.contingency, [o.contingency for o in others]),
        safe_people=_in_every(plan.safe_people, [o.safe_people for o in others]),
        safe_places=_in_every(plan.safe_places, [o.safe_places for o in others]),
        helplines=_in_every(plan.helplines, [o.helplines for o in others]),
        child_section=_same_in_every(plan.child_section, [o.child_section for o in others]),
        scores=_in_every(plan.scores, [o.scores for o in others]),
    )


# --------------------------------------------------------------------------- who sees an entry

# Whose own words an entry holds, as an audience: the child's words are the child's, a
# carer's words are the carers'. Anyone else speaking has no audience of their own here.
SPEAKER_AUDIENCE: dict[Speaker, Audience] = {Speaker.CHILD: Audience.CHILD,
                                             Speaker.CARER: Audience.CARERS}


def own_audience(entry: VoiceEntry) -> Audience | None:
    """The audience whose own words ``entry`` holds (the child, or carers), if any."""
    return SPEAKER_AUDIENCE.get(entry.speaker)


def may_see(entry: VoiceEntry, audience: Audience) -> bool:
    """Whether ``audience`` may see ``entry`` (the rule is in the module docstring)."""
    if audience is Audience.WORKER:
        return True
    if audience is own_audience(entry):
        # The speaker's own words come back to them, unless the practitioner recorded why
        # not. Kept from the speaker wins over any sharing choice, so doubt withholds.
        return not entry.kept_from_speaker
    return audience in entry.shared_with


def seen_by(entry: VoiceEntry) -> list[Audience]:
    """Every audience that may see ``entry``, in the order of ``Audience``."""
    return [audience for audience in Audience if may_see(entry, audience)]


def current_voice(entries: Iterable[VoiceEntry]) -> list[VoiceEntry]:
    """The entries still in force: not withdrawn and not corrected by another entry given."""
    entries = list(entries)
    replaced = {e.corrects_id for e in entries if e.corrects_id}
    return [e for e in entries if not e.retracted and e.id not in replaced]


def _lines(entries: Iterable[VoiceEntry]) -> dict[str, list[str]]:
    """For each entry, the ids of the versions it comes from, its own first and the original
    entry last (an id not given, that a version corrects, ends the line there)."""
    corrects = {e.id: e.corrects_id for e in entries}
    lines: dict[str, list[str]] = {}
    for entry_id in corrects:
        line = [entry_id]
        next_id = corrects[entry_id]
        while next_id and next_id not in line:
            line.append(next_id)
            next_id = corrects.get(next_id)
        lines[entry_id] = line
    return lines


def _every_version(case: Case) -> list[VoiceEntry]:
    # The versions the store gave (``voice_versions``) and the entries in ``voice``, once each.
    given = {e.id for e in case.voice_versions}
    return [*case.voice_versions, *(e for e in case.voice if e.id not in given)]


def in_force(versions: Iterable[VoiceEntry]) -> list[VoiceEntry]:
    """Of every version of every entry (corrected ones and withdrawals included), the current
    versions still in force, in the order given.

    A withdrawal withdraws the whole entry: every current version of it made without knowing
    of the withdrawal (on another laptop, alongside the version withdrawn) is withdrawn too.
    Only a version made after the withdrawal, correcting it, stays."""
    versions = list(versions)
    lines = _lines(versions)
    withdrawals: dict[str, list[str]] = {}
    for entry in versions:
        if entry.retracted:
            withdrawals.setdefault(lines[entry.id][-1], []).append(entry.id)
    return [e for e in current_voice(versions)
            if all(w in lines[e.id] for w in withdrawals.get(lines[e.id][-1], []))]


def voice_for(case: Case, audience: Audience) -> list[VoiceEntry]:
    """The case's entries ``audience`` may see, current versions only, in their order.

    Two laptops may each have changed the same entry, once or several times (two current
    versions that come from one original entry): until the practitioner settles it, an
    audience sees those versions only if every one of them allows it, so a narrowing made on
    one laptop is never undone by the other. On each laptop's line of versions its latest
    version is what that laptop chose: a sharing narrowed and widened again on the same
    laptop, knowingly, is widened. A withdrawal of any version withdraws the versions the
    other laptop made alongside it (``in_force``)."""
    every = _every_version(case)
    lines = _lines(every)
    kept = {e.id for e in in_force(every)}
    # Every current version of one entry, withdrawn or not, by the original entry.
    together: dict[str, list[VoiceEntry]] = {}
    for entry in current_voice(every):
        together.setdefault(lines[entry.id][-1], []).append(entry)
    return [v for v in current_voice(case.voice)
            if v.id in kept
            and all(may_see(s, audience) for s in together[lines[v.id][-1]])]


# --------------------------------------------------------------------------- audiences


def _family_view(case: Case, viewer: Viewer, audience: Audience, responder_role: str,
                 lang: str, edits: Mapping[str, str] | None = None, close: bool = True
                 ) -> FamilyCopy:
    # A plan two laptops changed is shown with every version's withheld parts kept back, and
    # only the safe people every version names count as named to the family.
    plan = settled_plan(case.plan, case.plan_other_heads) if case.plan else None
    withholding = Withholding(dataclasses.replace(case, plan=plan) if plan is not case.plan
                              else case, lang)
    people = [dataclasses.replace(p, worker_view=None, worker_view_notes="", contact_restriction="")
              for p in case.people if is_named_to_family(p, plan)]
    voice = [dataclasses.replace(v) for v in voice_for(case, audience)]
    view = Case(
        child=dataclasses.replace(case.child),
        practitioner_name=case.practitioner_name,
        practitioner_contact=case.practitioner_contact,
        team=case.team,
        people=people,
        agencies=[dataclasses.replace(a, plan_summary="") for a in case.agencies],
        contexts=[dataclasses.replace(c) for c in case.contexts if not c.restricted],
        plan=_family_plan(plan) if plan else None,
        plan_history=[dataclasses.replace(h, agreements=list(h.agreements))
                      for h in case.plan_history],
        voice=voice,
        # A drawing or a recording goes where the words it belongs to go, and nowhere else.
        drawings=_drawings_of(case, voice),
        recordings=_recordings_of(case, voice),
        # The pictures the child picked name items by kind and digest only: no words.
        pictures=[dataclasses.replace(p) for p in case.pictures],
        reviews=[Review(id=r.id, child_id=r.child_id, created_at=r.created_at, trigger=r.trigger,
                        plan_id=r.plan_id, held_at=r.held_at, next_review=r.next_review)
                 for r in case.reviews],
        coreview=[dataclasses.replace(r) for r in case.coreview
                  if r.responder_role == responder_role],
        viewer=viewer,
        next_review=case.next_review,
    )
    # Every piece of text in the copy, whatever its field, then passes the one free-text rule.
    safe, check = scrub_view(case, view, withholding, edits, close=close)
    if plan is not None and case.plan_other_heads:
        # The practitioner is told, and must confirm, before the copy is given.
        check.lines.insert(0, CheckLine(PLAN_VERSIONS_KEY, PLAN_VERSIONS_KEY, "", "",
                                        (Change.PLAN_VERSIONS,)))
    return FamilyCopy(safe, check)


def _drawings_of(case: Case, voice: list[VoiceEntry]) -> list[Drawing]:
    wanted = {v.drawing_id for v in voice if v.drawing_id}
    return [d for d in case.drawings if d.id in wanted]


def _recordings_of(case: Case, voice: list[VoiceEntry]) -> list[Recording]:
    wanted = {v.recording_id for v in voice if v.recording_id}
    return [r for r in case.recordings if r.id in wanted]


def family_copy(case: Case, audience: SummaryAudience, *, lang: str = "en",
                edits: Mapping[str, str] | None = None, close: bool = True) -> FamilyCopy:
    """The child's or carers' copy of ``case`` and its check list. ``edits`` (line key ->
    words) are the practitioner's changes to lines of this copy, made at the check before
    giving; they pass the same rule as everything else. ``close=False``: no search for words
    close to a withheld name (for counting what a copy holds, not for giving it)."""
    if audience is SummaryAudience.CHILD:
        return _family_view(case, Viewer.CHILD, Audience.CHILD, "child", lang, edits, close)
    if audience is SummaryAudience.CARER:
        return _family_view(case, Viewer.CARER, Audience.CARERS, "carer", lang, edits, close)
    raise ValueError("only the child's and the carers' copies are checked before giving")


def for_child(case: Case, *, lang: str = "en", edits: Mapping[str, str] | None = None) -> Case:
    """What the child may see. ``lang`` ("en", "cy" or "both") is the language of the word put
    in place of a name that is taken out."""
    return family_copy(case, SummaryAudience.CHILD, lang=lang, edits=edits).view


def for_carer(case: Case, *, lang: str = "en", edits: Mapping[str, str] | None = None) -> Case:
    """What the child's parents and carers may see: nothing the child asked to keep from them."""
    return family_copy(case, SummaryAudience.CARER, lang=lang, edits=edits).view


def for_agency(case: Case) -> Case:
    """The professional picture for the agencies working with the child."""
    shared = voice_for(case, Audience.AGENCIES)
    return dataclasses.replace(
        case,
        voice=shared,
        voice_versions=[],
        drawings=_drawings_of(case, shared),
        recordings=_recordings_of(case, shared),
        notes=[n for n in case.notes if not n.practitioner_only],
        viewer=Viewer.AGENCY,
    )


def for_team(case: Case) -> Case:
    """What the practitioner's team may see of the case (a team manager's context page, the
    panel's context summary): the entries whose speaker agreed the team may see them, and no
    practitioner-only notes. Drawings and recordings go where their words go."""
    shared = voice_for(case, Audience.TEAM)
    return dataclasses.replace(
        case,
        voice=shared,
        voice_versions=[],
        drawings=_drawings_of(case, shared),
        recordings=_recordings_of(case, shared),
        notes=[n for n in case.notes if not n.practitioner_only],
    )


def for_audience(case: Case, audience: SummaryAudience, *, lang: str = "en",
                 edits: Mapping[str, str] | None = None) -> Case:
    if audience is SummaryAudience.CHILD:
        return for_child(case, lang=lang, edits=edits)
    if audience is SummaryAudience.CARER:
        return for_carer(case, lang=lang, edits=edits)
    return for_agency(case)
