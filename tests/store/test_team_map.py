"""The team map's read model on a real vault: nothing on a practitioner's laptop; on a
manager's, each place or adult joined by confirmed links with its children and the day each
was first linked, suggestions as suggestions, one line for a child and a place; the filters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from directwork.domain.records import Level, LinkKind, LinkVerdict
from directwork.store import links, operations
from directwork.store.views.team import load_team
from directwork.store.views.team_map import Concern, MapFilter, TeamMap, filtered, load_team_map
from tools.sample_team import add_sample_team
from tools.sample_team_map import link_sample_team

NOW = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)


def _linked(vault) -> TeamMap:
    vault.clock = lambda: NOW
    with vault.transaction() as s:
        link_sample_team(s, NOW)
    return operations.read(vault, load_team_map)


def _edges(team: TeamMap) -> set[tuple[str, str, bool]]:
    return {(team.place(link.place_key).title, team.child(link.child_key).name, link.confirmed)
            for link in team.links}


def test_a_practitioners_laptop_has_no_map(vault):
    with vault.transaction() as s:
        add_sample_team(s)
    team = operations.read(vault, load_team_map)
    assert team == TeamMap(manager=False)


def test_nothing_is_on_the_map_until_a_manager_confirms_or_it_is_suggested(vault):
    with vault.transaction() as s:
        add_sample_team(s)
        links.set_team_manager(s, True)
    team = operations.read(vault, load_team_map)
    assert team.manager
    assert team.links and not any(link.confirmed for link in team.links)
    assert all(place.suggested for place in team.places)


def test_places_and_adults_joined_by_confirmed_links_with_the_day_each_child_was_linked(vault):
    team = _linked(vault)
    garages = next(p for p in team.places if p.title == "Heol Fawr garages")
    assert not garages.suggested and garages.kind is LinkKind.CONTEXT and garages.of_concern
    assert set(garages.names) == {"Heol Fawr garages", "the garages on Heol Fawr",
                                  "garages, Heol Mawr"}
    when = {team.child(link.child_key).name: link.when for link in team.links_of(garages.key)}
    assert when == {"Kai Morgan": NOW - timedelta(days=80), "Tia Rees": NOW - timedelta(days=80),
                    "Jay Collins": NOW - timedelta(days=80),
                    "Osian Jenkins": NOW - timedelta(days=41)}
    dean = next(p for p in team.places if p.kind is LinkKind.PERSON)
    assert dean.title == "Dean Pryce" and dean.of_concern and dean.sort == "person"
    assert {team.child(link.child_key).name for link in team.links_of(dean.key)} == \
        {"Kai Morgan", "Tia Rees", "Osian Jenkins", "Jay Collins"}
    # The school is suggested, not linked; its two children joined by dashed lines.
    school = next(p for p in team.places if p.sort == "school")
    assert school.suggested
    assert {(team.child(link.child_key).name, link.confirmed)
            for link in team.links_of(school.key)} == {("Kai Morgan", False),
                                                       ("Osian Jenkins", False)}
    # Confirmed first, of concern first.
    assert [p.suggested for p in team.places] == sorted(p.suggested for p in team.places)
    # One line for each child and place.
    pairs = [(link.child_key, link.place_key) for link in team.links]
    assert len(pairs) == len(set(pairs))
    assert {c.name: c.level for c in team.children}["Tia Rees"] is Level.VERY_HIGH


def test_a_rejected_suggestion_leaves_the_map(vault):
    team = _linked(vault)
    assert any(p.sort == "school" for p in team.places)
    with vault.transaction() as s:
        row = next(r for r in load_team(s).suggestions if r.suggestion.first.sort == "school")
        links.decide(s, *row.suggestion.key, LinkVerdict.REJECTED, "Two different schools.")
    team = operations.read(vault, load_team_map)
    assert not any(p.sort == "school" for p in team.places)


def test_filters_narrow_by_time_kind_concern_and_suggestions(vault):
    team = _linked(vault)
    everything = _edges(team)
    assert _edges(filtered(team, MapFilter())) == everything

    recent = filtered(team, MapFilter(since=NOW - timedelta(days=28)))
    # Linked 20 days ago: the group chat; the school's suggestion was written today.
    assert {p.title for p in recent.places} == {"group chat", "Ysgol Cwm Rhyd"}

    adults = filtered(team, MapFilter(sorts=frozenset({"person"})))
    assert {p.title for p in adults.places} == {"Dean Pryce"}

    confirmed = filtered(team, MapFilter(suggested=False))
    assert confirmed.links and all(link.confirmed for link in confirmed.links)
    assert not any(p.suggested for p in confirmed.places)

    high = filtered(team, MapFilter(concern=Concern.HIGH))
    assert {c.name for c in high.children} == {"Kai Morgan", "Osian Jenkins", "Tia Rees"}
    very_high = filtered(team, MapFilter(concern=Concern.VERY_HIGH))
    assert {c.name for c in very_high.children} == {"Tia Rees"}
    assert {p.title for p in very_high.places} == {"Heol Fawr garages", "Dean Pryce"}

    of_concern = filtered(team, MapFilter(concern=Concern.OF_CONCERN))
    assert "Ysgol Cwm Rhyd" not in {p.title for p in of_concern.places}
    assert all(p.of_concern for p in of_concern.places)

    # Every child and place left has a line; every line's ends are left.
    for narrowed in (recent, adults, confirmed, high, very_high, of_concern):
        keys = {c.key for c in narrowed.children} | {p.key for p in narrowed.places}
        ends = {k for link in narrowed.links for k in (link.child_key, link.place_key)}
        assert keys == ends
