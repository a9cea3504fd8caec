"""The Team screen, for a team manager: link suggestions across the team's children (with why),
the children joined by confirmed links, and decisions two laptops disagree on.

Fail closed: on a laptop the hub has not said is a team manager's, the view holds nothing
(``manager`` is False) and the screen says so. Nothing here is ever given to a child or carer:
the summaries are built from one child's ``Case``, which holds no team link.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from directwork.domain.links import Linkable, Suggestion, joined, mentions, suggest
from directwork.domain.records import (
    Audience,
    Child,
    Context,
    LinkKind,
    LinkVerdict,
    TeamContext,
)
from directwork.domain.redaction import current_voice, for_team, voice_for
from directwork.domain.rules.workdays import local_date
from directwork.domain.team import ContextChild, Known, TeamChild, TeamContextView
from directwork.store import links as team_links
from directwork.store import records as services
from directwork.store.case import load_case


@dataclass(frozen=True)
class SuggestionRow:
    suggestion: Suggestion
    first_child: TeamChild
    second_child: TeamChild


@dataclass(frozen=True)
class LinkedMember:
    """One record in a group joined by confirmed links, and the child whose record it is on."""

    name: str
    sort: str
    child: TeamChild
    of_concern: bool


@dataclass(frozen=True)
class LinkedGroup:
    """Records joined by confirmed links: one place, group or person on several children's
    records. ``decided`` says who confirmed each link, when and why; ``context_id`` the team
    context made of it, if one has been."""

    kind: LinkKind
    members: tuple[LinkedMember, ...]
    decided: tuple[str, ...]
    record_ids: tuple[str, ...] = ()
    context_id: str = ""

    @property
    def children(self) -> tuple[TeamChild, ...]:
        seen: dict[str, TeamChild] = {}
        for member in self.members:
            seen.setdefault(member.child.child_id, member.child)
        return tuple(sorted(seen.values(), key=lambda c: (c.name.casefold(), c.child_id)))

    @property
    def title(self) -> str:
        names = sorted({m.name.strip() for m in self.members}, key=str.casefold)
        return " / ".join(names)


@dataclass(frozen=True)
class Disagreement:
    """A pair two laptops decided differently: not linked until a manager decides again."""

    first: str
    second: str
    first_record: str
    second_record: str
    verdicts: tuple[str, ...]


@dataclass(frozen=True)
class TeamView:
    manager: bool
    children: int = 0
    suggestions: tuple[SuggestionRow, ...] = ()
    groups: tuple[LinkedGroup, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    rejected: int = 0
    contexts: tuple[TeamContext, ...] = ()


def _when(moment: datetime | None) -> str:
    return moment.strftime("%d %b %Y") if moment else "?"


def load_team(session: Session) -> TeamView:
    """What the Team screen shows; empty (``manager=False``) unless this is a manager's laptop."""
    if not team_links.is_team_manager(session):
        return TeamView(manager=False)
    children = {c.id: TeamChild(c.id, f"{c.display_name} {c.family_name}".strip(),
                                c.practitioner_name or "no practitioner named")
                for c in services.list_documents(session, Child)}
    items = {item.record_id: item for item in team_links.linkables(session)}
    decided = team_links.decisions(session)
    confirmed: list[tuple[str, str]] = []
    said: dict[str, list[str]] = defaultdict(list)
    disagreements: list[Disagreement] = []
    rejected = 0
    for (first, second), heads in decided.items():
        verdict = heads.agreed
        if verdict is None:
            a, b = items.get(first), items.get(second)
            disagreements.append(Disagreement(
                a.name if a else "(no longer held)", b.name if b else "(no longer held)",
                first, second,
                tuple(f"{h.verdict.value} by {h.decided_by}, {_when(h.decided_at)}: {h.reason}"
                      for h in heads.heads)))
        elif verdict is LinkVerdict.REJECTED:
            rejected += 1
        elif first in items and second in items:
            confirmed.append((first, second))
            head = heads.heads[0]
            said[min(first, second)].append(
                f"Confirmed {_when(head.decided_at)} by {head.decided_by} "
                f"({items[first].name} = {items[second].name}): {head.reason}")
    groups: list[LinkedGroup] = []
    joined_groups = joined(confirmed)
    # A pair already joined through other confirmed links needs no decision of its own.
    group_of = {rid: index for index, group in enumerate(joined_groups) for rid in group}
    rows = tuple(SuggestionRow(s, children[s.first.child_id], children[s.second.child_id])
                 for s in suggest(items.values(), decided.keys())
                 if group_of.get(s.first.record_id, -1) != group_of.get(s.second.record_id, -2))
    contexts = team_links.team_contexts(session)
    made = {rid: c.id for c in contexts for rid in c.context_records}
    for group in joined_groups:
        members = [items[rid] for rid in sorted(group)]
        groups.append(LinkedGroup(
            members[0].kind,
            tuple(_member(m, children) for m in members),
            tuple(line for rid in sorted(group) for line in said.get(rid, ())),
            tuple(sorted(group)),
            next((made[rid] for rid in sorted(group) if rid in made), "")))
    return TeamView(True, len(children), rows, tuple(groups), tuple(disagreements), rejected,
                    tuple(contexts))


def _member(item: Linkable, children: dict[str, TeamChild]) -> LinkedMember:
    return LinkedMember(item.name, item.sort, children[item.child_id], item.of_concern)


# --------------------------------------------------------------------------- one team context


def load_team_context(session: Session, context_id: str) -> TeamContextView:
    """A team context's page: its plan, and for each child linked to it what their record says
    of the place or group, through the team's view of each case (``redaction.for_team``):
    nothing an entry's sharing keeps from the team. Empty unless this is a manager's laptop."""
    if not team_links.is_team_manager(session):
        return TeamContextView(manager=False)
    context = team_links.team_context_of(session, context_id)
    heads = services.get_heads(session, TeamContext, context_id)
    by_id = {c.id: c for c in services.list_documents(session, Context)}
    found: list[ContextChild] = []
    for record_id in context.context_records:
        place = by_id.get(record_id)
        if place is None or place.deleted:
            continue
        found.append(_context_child(session, place))
    team = next((t for c in found if (t := _team_of(session, c.child.child_id))), "")
    found.sort(key=lambda c: (c.child.name.casefold(), c.child.child_id))
    return TeamContextView(True, context, tuple(found), len(heads), team)


def _team_of(session: Session, child_id: str) -> str:
    return services.get_document(session, Child, child_id).team


def _context_child(session: Session, place: Context) -> ContextChild:
    whole = load_case(session, place.child_id)
    seen_by_team = for_team(whole)
    child = whole.child
    name = place.name
    known: list[Known] = []
    seen: set[date] = set()
    for visit in whole.visits:
        if visit.deleted or visit.started_at is None:
            continue
        if visit.place.strip() and mentions(visit.place, name):
            seen.add(local_date(visit.started_at))
    shared_ids = {v.id for v in seen_by_team.voice}
    to_agencies = {v.id for v in voice_for(whole, Audience.AGENCIES)}
    left_out = 0
    for entry in current_voice(whole.voice):
        if not mentions(entry.text, name):
            continue
        if entry.id not in shared_ids:
            left_out += 1
            continue
        on = local_date(entry.created_at) if entry.created_at else None
        known.append(Known(on, entry.speaker, entry.speaker_name.strip(), entry.text.strip(),
                           entry.id in to_agencies))
        if on is not None:
            seen.add(on)
    shared_notes = {n.id for n in seen_by_team.notes}
    for note in whole.notes:
        if not mentions(note.text, name):
            continue
        if note.id not in shared_notes:
            left_out += 1
            continue
        on = local_date(note.created_at) if note.created_at else None
        known.append(Known(on, None, "", note.text.strip(), True))
    known.sort(key=lambda k: (k.on or date.min, k.source, k.words))
    return ContextChild(
        child=TeamChild(child.id, f"{child.display_name} {child.family_name}".strip(),
                        child.practitioner_name or "no practitioner named"),
        given_name=child.given_name or child.display_name, family_name=child.family_name,
        date_of_birth=child.date_of_birth, record_name=name,
        sort=team_links.linkable_context(place).sort,
        context_type=place.context_type.value, concerns=place.concerns.strip(),
        strengths=place.strengths.strip(), seen=tuple(sorted(seen)), known=tuple(known),
        left_out=left_out)
