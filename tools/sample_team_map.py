"""The invented team of tools/sample_team.py on a team manager's laptop, with links confirmed
on several days (for the team map's and timeline's pictures, tests and the window list):
the Heol Fawr garages and Dean Pryce joined for four children, the Southside group chat for
two; the skate park and the school left as suggestions. Levels set for three children."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from directwork.domain.records import Level, LinkVerdict
from directwork.store import links, practice
from directwork.store.vault import Vault
from directwork.store.views.team import load_team
from tools.sample_team import add_sample_team

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


def link_sample_team(vault: Vault, now: datetime) -> dict[str, str]:
    """The sample team added to ``vault``, this laptop a manager's, the links above confirmed
    (each on its day); child's given name -> child id. The vault's clock is ``now`` after."""
    vault.clock = lambda: now
    with vault.transaction() as s:
        ids = add_sample_team(s)
        links.set_team_manager(s, True)
        for given, level in LEVELS.items():
            practice.set_level(s, ids[given], level, "Invented for the sample team.",
                               decided_by_name="Morgan Team Manager")
    for names, days_ago, why in CONFIRM:
        with vault.session() as s:
            view = load_team(s)
        for row in view.suggestions:
            pair = {row.suggestion.first.name, row.suggestion.second.name}
            if pair == names:
                _at(vault, now - timedelta(days=days_ago), lambda s, key=row.suggestion.key, why=why: (
                    links.decide(s, *key, LinkVerdict.CONFIRMED, why)))
    vault.clock = lambda: now
    return ids


def _at(vault: Vault, moment: datetime, act: Callable[..., object]) -> None:
    vault.clock = lambda: moment
    with vault.transaction() as s:
        act(s)
