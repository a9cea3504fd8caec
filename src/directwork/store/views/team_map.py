"""The team map, for a team manager: the team's children joined to the places, groups, online
spaces, schools and adults their records share (confirmed links), with the links suggested but
not yet decided, and when each child was linked. Read here; drawn by gui/team/map.py and
gui/team/timeline.py, which filter it with ``filtered``.

Fail closed: on a laptop the hub has not said is a team manager's the map holds nothing
(``manager`` is False). Only names, sorts and whether something is of concern are read: no
concern's words, so what an entry's sharing withholds is never on the map.
"""

from __future__ import annotations

import enum
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property

from sqlalchemy.orm import Session

from directwork.domain.links import Linkable, joined, suggest
from directwork.domain.records import (
    EARLIEST,
    Child,
    Context,
    Level,
    LevelSignOff,
    LinkKind,
    LinkVerdict,
    Person,
    SafetyLevelDecision,
)
from directwork.domain.rules.levels import current_level
from directwork.store import links as team_links
from directwork.store import records as services
from directwork.store.context import now_of

PERSON_SORT = "person"
# The sorts a place or adult on the map has, in the order the map's filter lists them.
SORTS = ("place", "peer group", "online space", "school", PERSON_SORT)


class Concern(enum.StrEnum):
    """How much concern the map is narrowed to."""

    ANY = "any"
    OF_CONCERN = "of_concern"  # adults of concern, and places with worries written
    HIGH = "high"  # children whose level is high or very high
    VERY_HIGH = "very_high"  # children whose level is very high


@dataclass(frozen=True)
class MapChild:
    key: str
    child_id: str
    name: str
    practitioner: str
    level: Level | None


@dataclass(frozen=True)
class MapPlace:
    """A place, group, online space, school or adult on several children's records: records
    joined by confirmed links, or (``suggested``) two records suggested as the same and not yet
    decided. ``names`` are the ways the records write it, most used first."""

    key: str
    kind: LinkKind
    sort: str
    names: tuple[str, ...]
    of_concern: bool
    suggested: bool
    record_ids: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.names[0] if self.names else "?"


@dataclass(frozen=True)
class MapLink:
    """One child joined to one place or adult: ``written`` is how the child's record names it;
    ``when`` is when a manager first confirmed the link (for a suggestion, when the record was
    written), ``decided_by`` who confirmed it."""

    child_key: str
    place_key: str
    confirmed: bool
    when: datetime | None
    written: str
    decided_by: str = ""


@dataclass(frozen=True)
class TeamMap:
    manager: bool
    now: datetime | None = None
    children: tuple[MapChild, ...] = ()
    places: tuple[MapPlace, ...] = ()
    links: tuple[MapLink, ...] = ()

    def child(self, key: str) -> MapChild:
        return self._children[key]

    def place(self, key: str) -> MapPlace:
        return self._places[key]

    def links_of(self, key: str) -> tuple[MapLink, ...]:
        """The links of a child or place, in the order the map lists them."""
        return self._links.get(key, ())

    # Found by key, not by looking through: a team's map has thousands of lines.
    @cached_property
    def _children(self) -> dict[str, MapChild]:
        return {c.key: c for c in self.children}

    @cached_property
    def _places(self) -> dict[str, MapPlace]:
        return {p.key: p for p in self.places}

    @cached_property
    def _links(self) -> dict[str, tuple[MapLink, ...]]:
        found: dict[str, list[MapLink]] = defaultdict(list)
        for link in self.links:
            found[link.child_key].append(link)
            found[link.place_key].append(link)
        return {key: tuple(links) for key, links in found.items()}


@dataclass(frozen=True)
class MapFilter:
    """What the map shows: links from ``since`` on (None: all time), places and adults of the
    given ``sorts`` (None: every sort), narrowed to ``concern``, and suggestions or not."""

    since: datetime | None = None
    sorts: frozenset[str] | None = None
    concern: Concern = Concern.ANY
    suggested: bool = True


def _sort_of(item: Linkable) -> str:
    return PERSON_SORT if item.kind is LinkKind.PERSON else item.sort


def _of_concern(item: Linkable) -> bool:
    # A person marked of concern; a place whose record has worries written about it.
    return item.of_concern or (item.kind is LinkKind.CONTEXT and bool(item.text.strip()))


def _names(items: Iterable[Linkable]) -> tuple[str, ...]:
    counted = Counter(item.name.strip() for item in items if item.name.strip())
    return tuple(sorted(counted, key=lambda n: (-counted[n], len(n), n.casefold())))


def load_team_map(session: Session) -> TeamMap:
    """The whole map (``filtered`` narrows it); empty unless this is a manager's laptop."""
    if not team_links.is_team_manager(session):
        return TeamMap(manager=False)
    children = {c.id: c for c in services.list_documents(session, Child)}
    items: dict[str, Linkable] = {}
    written_at: dict[str, datetime | None] = {}
    for context in services.list_documents(session, Context):
        if context.child_id in children:
            items[context.id] = team_links.linkable_context(context)
            written_at[context.id] = context.created_at
    for person in services.list_documents(session, Person):
        if person.child_id in children:
            items[person.id] = team_links.linkable_person(person)
            written_at[person.id] = person.created_at
    decided = team_links.decisions(session)
    # Confirmed links (all heads agreeing) between records still held; who and when.
    confirmed: dict[tuple[str, str], tuple[datetime | None, str]] = {}
    for pair, heads in decided.items():
        if heads.agreed is LinkVerdict.CONFIRMED and pair[0] in items and pair[1] in items:
            first = min(heads.heads, key=lambda h: h.decided_at or EARLIEST)
            confirmed[pair] = (first.decided_at, first.decided_by)
    groups = joined(confirmed)
    group_of = {rid: i for i, group in enumerate(groups) for rid in group}

    places: list[MapPlace] = []
    map_links: list[MapLink] = []
    on_map: set[str] = set()
    for index, group in enumerate(groups):
        members = [items[rid] for rid in sorted(group)]
        key = f"linked:{min(group)}"
        places.append(MapPlace(key, members[0].kind, _sort_of(members[0]), _names(members),
                               any(_of_concern(m) for m in members), False,
                               tuple(sorted(group))))
        # Each child's link: the earliest confirmed link touching one of its records here.
        first_linked: dict[str, tuple[datetime | None, str, str]] = {}
        for pair, (when, who) in confirmed.items():
            if group_of.get(pair[0]) != index:
                continue
            for rid in pair:
                child_id = items[rid].child_id
                held = first_linked.get(child_id)
                if held is None or (when is not None and (held[0] is None or when < held[0])):
                    first_linked[child_id] = (when, who, items[rid].name.strip())
        for child_id, (when, who, written) in first_linked.items():
            map_links.append(MapLink(f"child:{child_id}", key, True, when, written, who))
            on_map.add(child_id)

    for suggestion in suggest(items.values(), decided.keys()):
        a, b = suggestion.first, suggestion.second
        ga, gb = group_of.get(a.record_id), group_of.get(b.record_id)
        if ga is not None and ga == gb:
            continue  # already joined through other confirmed links
        if ga is not None or gb is not None:
            # One of the two is already a team context: the other child is suggested for it.
            joined_rid, other = (a, b) if ga is not None else (b, a)
            key = places[group_of[joined_rid.record_id]].key
            map_links.append(MapLink(f"child:{other.child_id}", key, False,
                                     written_at.get(other.record_id), other.name.strip()))
            on_map.add(other.child_id)
            continue
        key = f"suggested:{a.record_id}:{b.record_id}"
        places.append(MapPlace(key, a.kind, _sort_of(a), _names((a, b)),
                               _of_concern(a) or _of_concern(b), True,
                               (a.record_id, b.record_id)))
        for item in (a, b):
            map_links.append(MapLink(f"child:{item.child_id}", key, False,
                                     written_at.get(item.record_id), item.name.strip()))
            on_map.add(item.child_id)

    # One link for each child and place: a confirmed one over suggestions, the first
    # suggestion over later ones (a child with two records suggested for one place).
    unique: dict[tuple[str, str], MapLink] = {}
    for link in map_links:
        kept = unique.get((link.child_key, link.place_key))
        if kept is None or (link.confirmed and not kept.confirmed):
            unique[(link.child_key, link.place_key)] = link
    map_links = list(unique.values())

    # Each child's level (the newest decision, as the record shows it), from two queries.
    decisions: dict[str, list[SafetyLevelDecision]] = defaultdict(list)
    for decision in services.list_entries(session, SafetyLevelDecision):
        decisions[decision.child_id].append(decision)
    sign_offs: dict[str, list[LevelSignOff]] = defaultdict(list)
    for sign_off in services.list_entries(session, LevelSignOff):
        sign_offs[sign_off.child_id].append(sign_off)
    map_children = []
    for child_id in on_map:
        child = children[child_id]
        level = current_level(decisions.get(child_id, ()), sign_offs.get(child_id, ()))
        map_children.append(MapChild(
            f"child:{child_id}", child_id, f"{child.display_name} {child.family_name}".strip(),
            child.practitioner_name or "no practitioner named", level.level if level else None))
    return _ordered(TeamMap(True, now_of(session), tuple(map_children), tuple(places),
                            tuple(map_links)))


def _ordered(team: TeamMap) -> TeamMap:
    """Places and adults in reading order: confirmed before suggested, of concern first, then
    by name; children by name; each place's links by child."""
    places = sorted(team.places, key=lambda p: (p.suggested, not p.of_concern,
                                                p.kind is LinkKind.PERSON, p.title.casefold(),
                                                p.key))
    children = sorted(team.children, key=lambda c: (c.name.casefold(), c.key))
    place_rank = {p.key: i for i, p in enumerate(places)}
    child_rank = {c.key: i for i, c in enumerate(children)}
    links = sorted(team.links, key=lambda link: (place_rank[link.place_key],
                                                 child_rank[link.child_key]))
    return replace(team, children=tuple(children), places=tuple(places), links=tuple(links))


_HIGH = frozenset({Level.HIGH, Level.VERY_HIGH})


def filtered(team: TeamMap, narrowed: MapFilter) -> TeamMap:
    """The map narrowed to what ``narrowed`` asks for: links kept by time, sort and concern;
    then only the places and children that still have a link."""
    places = {p.key: p for p in team.places}
    children = {c.key: c for c in team.children}

    def kept(link: MapLink) -> bool:
        place, child = places[link.place_key], children[link.child_key]
        if not link.confirmed and not narrowed.suggested:
            return False
        if narrowed.since is not None and (link.when is None or link.when < narrowed.since):
            return False
        if narrowed.sorts is not None and place.sort not in narrowed.sorts:
            return False
        if narrowed.concern is Concern.OF_CONCERN:
            return place.of_concern
        if narrowed.concern is Concern.HIGH:
            return child.level in _HIGH
        if narrowed.concern is Concern.VERY_HIGH:
            return child.level is Level.VERY_HIGH
        return True

    links = tuple(link for link in team.links if kept(link))
    by_place: dict[str, int] = defaultdict(int)
    for link in links:
        by_place[link.place_key] += 1
    child_keys = {link.child_key for link in links}
    return replace(team,
                   children=tuple(c for c in team.children if c.key in child_keys),
                   places=tuple(p for p in team.places if by_place[p.key]),
                   links=links)
