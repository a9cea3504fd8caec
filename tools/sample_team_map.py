"""The invented team of tools/sample_team.py on a team manager's laptop, with links confirmed
on several days (for the team map's and timeline's pictures, tests and the window list):
the Heol Fawr garages and Dean Pryce joined for four children, the Southside group chat for
two; the skate park and the school left as suggestions. Levels set for three children."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from directwork.domain.records import Child, Level, LinkVerdict
from directwork.store import links, practice, records
from directwork.store.views.team import load_team
from tools.sample_team import TEAM, add_sample_team

# (the two names as written, days before now it was confirmed, why)
CONFIRM: tuple[tuple[frozenset[str], int, str], ...] = (
    (frozenset({"Heol Fawr garages", "the garages on Heol Fawr"}), 80,
     "The same lock-up garages behind the chip shop; checked with both workers."),
    (frozenset({"Dean Pryce", "D. Price"}), 62, "Same phone number; police confirm one man."),
    (frozenset({"Heol Fawr garages", "garages, Heol Mawr"}), 41, "Same garages (Welsh spelling)."),
    (frozenset({"Dean Pryce"}), 41, "Same man, named by both children."),
    (frozenset({"Snapchat group", "group chat"}), 20, "Same Snapchat group, same username."),
)
LEVELS = {"Kai": Level.HIGH, "Tia": Level.VERY_HIGH, "Jay": Level.MEDIUM, "Osian": Level.HIGH}


def _held(session: Session) -> dict[str, str]:
    """The sample team's children if this laptop already holds them all (added for another
    window), else nothing: the team is added once."""
    wanted = {(given, family) for given, family, *_rest in TEAM}
    held = {(c.given_name, c.family_name): c.id
            for c in records.list_documents(session, Child)}
    if not wanted <= set(held):
        return {}
    return {given: held[(given, family)] for given, family in wanted}


def link_sample_team(session: Session, now: datetime) -> dict[str, str]:
    """The sample team added in ``session`` (unless held already), this laptop a manager's,
    the links above confirmed (each on its day, counted back from ``now``; a pair decided
    already is not suggested, so not decided again); child's given name -> child id."""
    clock = session.info.get("clock")
    session.info["clock"] = lambda: now
    try:
        ids = _held(session) or add_sample_team(session)
        links.set_team_manager(session, True)
        for given, level in LEVELS.items():
            practice.set_level(session, ids[given], level, "Invented for the sample team.",
                               decided_by_name="Morgan Team Manager")
        for names, days_ago, why in CONFIRM:
            moment = now - timedelta(days=days_ago)
            session.info["clock"] = lambda moment=moment: moment
            for row in load_team(session).suggestions:
                if {row.suggestion.first.name, row.suggestion.second.name} == names:
                    links.decide(session, *row.suggestion.key, LinkVerdict.CONFIRMED, why)
    finally:
        session.info["clock"] = clock
    return ids
