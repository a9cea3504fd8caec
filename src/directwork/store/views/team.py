"""The Team screen, for a team manager: link suggestions across the team's children (with why),
the children joined by confirmed links, and decisions two laptops disagree on.

Fail closed: on a laptop the hub has not said is a team manager's, the view holds nothing
(``manager`` is False) and the screen says so. Nothing here is ever given to a child or carer:
the summaries are built from one child's ``Case``, which holds no team link.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from directwork.domain.links import Linkable, Suggestion, joined, suggest
from directwork.domain.records import Child, LinkKind, LinkVerdict
from directwork.store import links as team_links
from directwork.store import records as services


@dataclass(frozen=True)
class TeamChild:
    child_id: str
    name: str
    practitioner: str


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
    records. ``decided`` says who confirmed each link, when and why."""

    kind: LinkKind
    members: tuple[LinkedMember, ...]
    decided: tuple[str, ...]

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
    for group in joined_groups:
        members = [items[rid] for rid in sorted(group)]
        groups.append(LinkedGroup(
            members[0].kind,
            tuple(_member(m, children) for m in members),
            tuple(line for rid in sorted(group) for line in said.get(rid, ()))))
    return TeamView(True, len(children), rows, tuple(groups), tuple(disagreements), rejected)


def _member(item: Linkable, children: dict[str, TeamChild]) -> LinkedMember:
    return LinkedMember(item.name, item.sort, children[item.child_id], item.of_concern)
