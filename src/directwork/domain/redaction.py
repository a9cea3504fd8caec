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
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from directwork.domain.case import Case, PlanAgreementRecord, Viewer
from directwork.domain.catalogue import text
from directwork.domain.records import (
    Agreement,
    Audience,
    Contingency,
    Drawing,
    Person,
    PersonRole,
    PlanAction,
    Recording,
    Review,
    SafetyGoal,
    SafetyPlan,
    Scaling,
    Speaker,
    SummaryAudience,
    TrustView,
    VoiceEntry,
    Worry,
)

# A name part shorter than this is too likely to be an ordinary word ("Al", "Jo" inside
# "Joke") to take out of sentences on its own; the whole name is still taken out.
_MIN_NAME_PART = 3


def is_withheld(person: Person) -> bool:
    """A person never named to the child or carers: of concern, or marked withheld."""
    return person.of_concern or person.withheld


def is_named_to_family(person: Person, plan: SafetyPlan | None) -> bool:
    """Whether the child and carers may see this person's name: carers and professionals, and
    people the child trusts or put in their plan as safe. Anyone else (peers, other family
    members) is a third party whose details stay out of family-facing outputs."""
    if is_withheld(person):
        return False
    if person.role in (PersonRole.CARER, PersonRole.PROFESSIONAL):
        return True
    if person.trusted_adult or person.child_view is TrustView.TRUSTED:
        return True
    safe = {s.strip().casefold() for s in (plan.safe_people if plan else [])}
    return person.name.strip().casefold() in safe


class _Scrubber:
    """Takes names the audience may not see out of free text, putting a neutral word in."""

    def __init__(self, case: Case, lang: str) -> None:
        plan = case.plan
        hidden_people = [p for p in case.people if not is_named_to_family(p, plan)]
        shown_people = [p for p in case.people if is_named_to_family(p, plan)]
        child = case.child
        keep_parts = {part.casefold() for p in shown_people for part in _parts(p.name)}
        keep_parts |= {part.casefold() for name in (child.given_name, child.family_name,
                                                     child.preferred_name, case.practitioner_name)
                       for part in _parts(name)}
        person_terms: set[str] = set()
        for person in hidden_people:
            if person.name.strip():
                person_terms.add(person.name.strip())
            person_terms |= {part for part in _parts(person.name)
                             if len(part) >= _MIN_NAME_PART and part.casefold() not in keep_parts}
        # A restricted place is taken out by its whole recorded name: its words alone ("the",
        # "park") are too ordinary to take out of every sentence.
        place_terms = {c.name.strip() for c in case.contexts if c.restricted and c.name.strip()}
        self._someone = _neutral("common.someone", lang)
        self._somewhere = _neutral("common.somewhere", lang)
        self._people = _pattern(person_terms)
        self._places = _pattern(place_terms)

    def __call__(self, words: str) -> str:
        if not words:
            return words
        if self._places is not None:
            words = self._places.sub(self._somewhere, words)
        if self._people is not None:
            words = self._people.sub(self._someone, words)
        return words

    def names_hidden(self, words: str) -> bool:
        """Whether ``words`` carry a name this audience may not see."""
        return self(words) != words

    def many(self, items: Iterable[str]) -> list[str]:
        return [self(item) for item in items]


def _parts(name: str) -> list[str]:
    return [part for part in re.split(r"[\s\-']+", name.strip()) if part]


def _pattern(terms: set[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    # Longest first, so a whole name is replaced once rather than part by part.
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:'s)?(?!\w)", re.IGNORECASE)


def _neutral(key: str, lang: str) -> str:
    if lang == "both":
        return f"{text(key, 'cy')} / {text(key, 'en')}"
    return text(key, lang)


# --------------------------------------------------------------------------- plans


def _family_plan(plan: SafetyPlan, scrub: _Scrubber) -> SafetyPlan:
    # Parts the worker marked withheld are left out whole, and so is the goal of a withheld
    # worry: a goal shown alone would say what the worry was.
    hidden_worries = {w.id for w in plan.worries if w.withheld}
    return dataclasses.replace(
        plan,
        why_working_together=scrub(plan.why_working_together),
        worries=[Worry(id=w.id, text=scrub(w.text), disputed=w.disputed,
                       disputed_by=scrub(w.disputed_by)) for w in plan.worries if not w.withheld],
        working_well=scrub.many(plan.working_well),
        goals=[SafetyGoal(id=g.id, worry_id=g.worry_id, text=scrub(g.text), lasting=scrub(g.lasting))
               for g in plan.goals if not g.withheld and g.worry_id not in hidden_worries],
        actions=[PlanAction(id=a.id, what=scrub(a.what), owner=scrub(a.owner),
                            agency=scrub(a.agency), due=a.due, status=a.status)
                 for a in plan.actions if not a.withheld],
        contingency=[Contingency(if_this=scrub(c.if_this), then_that=scrub(c.then_that),
                                 call=scrub(c.call)) for c in plan.contingency if not c.withheld],
        # A safe person or place that names someone or somewhere withheld is left out whole:
        # "someone" is no use as a safe person.
        safe_people=[p for p in plan.safe_people if not scrub.names_hidden(p)],
        safe_places=[p for p in plan.safe_places if not scrub.names_hidden(p)],
        child_section=scrub(plan.child_section),
        scores=[dataclasses.replace(s) for s in plan.scores if _score_shown(s, scrub)],
        agreements=_family_agreements(plan.agreements, scrub),
        practitioner_notes="",
    )


def _score_shown(score: Scaling, scrub: _Scrubber) -> bool:
    return not scrub.names_hidden(score.person)


def _family_agreements(agreements: list[Agreement], scrub: _Scrubber) -> list[Agreement]:
    return [dataclasses.replace(a) for a in agreements if not scrub.names_hidden(a.who)]


def _family_history(case: Case, scrub: _Scrubber) -> list[PlanAgreementRecord]:
    return [dataclasses.replace(h, agreements=_family_agreements(h.agreements, scrub))
            for h in case.plan_history]


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


def voice_for(case: Case, audience: Audience) -> list[VoiceEntry]:
    """The case's entries ``audience`` may see, current versions only, in their order.

    Two laptops may each have changed the same entry (two current versions correcting one):
    until the practitioner settles it, an audience sees those versions only if every one of
    them allows it, so a narrowing made on one laptop is never undone by the other."""
    current = current_voice(case.voice)
    siblings: dict[str, list[VoiceEntry]] = {}
    for entry in current:
        if entry.corrects_id:
            siblings.setdefault(entry.corrects_id, []).append(entry)
    return [v for v in current
            if all(may_see(s, audience) for s in siblings.get(v.corrects_id or "", [v]))]


# --------------------------------------------------------------------------- audiences


def _family_view(case: Case, viewer: Viewer, audience: Audience, responder_role: str,
                 lang: str) -> Case:
    scrub = _Scrubber(case, lang)
    plan = case.plan
    people = [dataclasses.replace(p, worker_view=None, worker_view_notes="", contact_restriction="")
              for p in case.people if is_named_to_family(p, plan)]
    voice = [dataclasses.replace(v, text=scrub(v.text), speaker_name=scrub(v.speaker_name))
             for v in voice_for(case, audience)]
    return Case(
        child=dataclasses.replace(case.child),
        practitioner_name=case.practitioner_name,
        practitioner_contact=case.practitioner_contact,
        team=case.team,
        people=people,
        agencies=[dataclasses.replace(a, plan_summary="") for a in case.agencies],
        contexts=[dataclasses.replace(c, concerns=scrub(c.concerns), strengths=scrub(c.strengths))
                  for c in case.contexts if not c.restricted],
        plan=_family_plan(plan, scrub) if plan else None,
        plan_history=_family_history(case, scrub),
        voice=voice,
        # A drawing or a recording goes where the words it belongs to go, and nowhere else.
        drawings=_drawings_of(case, voice),
        recordings=_recordings_of(case, voice),
        # The pictures the child picked name items by kind and digest only: no words.
        pictures=[dataclasses.replace(p) for p in case.pictures],
        reviews=[Review(id=r.id, child_id=r.child_id, created_at=r.created_at, trigger=r.trigger,
                        plan_id=r.plan_id, held_at=r.held_at, next_review=r.next_review)
                 for r in case.reviews],
        coreview=[dataclasses.replace(r, words=scrub(r.words), responder_name=scrub(r.responder_name))
                  for r in case.coreview if r.responder_role == responder_role],
        viewer=viewer,
    )


def _drawings_of(case: Case, voice: list[VoiceEntry]) -> list[Drawing]:
    wanted = {v.drawing_id for v in voice if v.drawing_id}
    return [d for d in case.drawings if d.id in wanted]


def _recordings_of(case: Case, voice: list[VoiceEntry]) -> list[Recording]:
    wanted = {v.recording_id for v in voice if v.recording_id}
    return [r for r in case.recordings if r.id in wanted]


def for_child(case: Case, *, lang: str = "en") -> Case:
    """What the child may see. ``lang`` ("en", "cy" or "both") is the language of the word put
    in place of a name that is taken out."""
    return _family_view(case, Viewer.CHILD, Audience.CHILD, "child", lang)


def for_carer(case: Case, *, lang: str = "en") -> Case:
    """What the child's parents and carers may see: nothing the child asked to keep from them."""
    return _family_view(case, Viewer.CARER, Audience.CARERS, "carer", lang)


def for_agency(case: Case) -> Case:
    """The professional picture for the agencies working with the child."""
    shared = voice_for(case, Audience.AGENCIES)
    return dataclasses.replace(
        case,
        voice=shared,
        drawings=_drawings_of(case, shared),
        recordings=_recordings_of(case, shared),
        notes=[n for n in case.notes if not n.practitioner_only],
        viewer=Viewer.AGENCY,
    )


def for_audience(case: Case, audience: SummaryAudience, *, lang: str = "en") -> Case:
    if audience is SummaryAudience.CHILD:
        return for_child(case, lang=lang)
    if audience is SummaryAudience.CARER:
        return for_carer(case, lang=lang)
    return for_agency(case)
