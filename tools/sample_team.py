"""A made-up team, for the Team screen's pictures and tests: children on three practitioners'
caseloads whose records name the same places, group chat and adult in different ways.

Every person, place, number and username here is invented (numbers from Ofcom's drama range,
07700 900xxx; postcodes of no real street).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from directwork.domain.records import (
    Audience,
    Child,
    Context,
    ContextType,
    LinkKind,
    LinkVerdict,
    Person,
    PersonRole,
    Visit,
    VisitNote,
    VoiceEntry,
)
from directwork.store import records

# (given, family, practitioner, [contexts], [people]); a context is (type, name, concerns),
# a person (name, relationship, contact, of concern).
TEAM: tuple[tuple[str, str, str, list[tuple[ContextType, str, str]],
                  list[tuple[str, str, str, bool]]], ...] = (
    ("Kai", "Morgan", "Sam Hale",
     [(ContextType.PLACE, "Heol Fawr garages", "Older lads hang about after dark."),
      (ContextType.ONLINE, "Snapchat group", "Group run by @southside_ryd; asks for 'runs'."),
      (ContextType.SCHOOL, "Ysgol Cwm Rhyd", "")],
     [("Dean Pryce", "older friend", "07700 900456", True),
      ("Nan", "grandmother", "", False)]),
    ("Tia", "Rees", "Sam Hale",
     [(ContextType.PLACE, "the garages on Heol Fawr", "Seen there twice by police."),
      (ContextType.PEER_GROUP, "Southside lot", "")],
     [("D. Price", "man who gives lifts", "+44 7700 900 456", True)]),
    ("Osian", "Jenkins", "Rhian Evans",
     [(ContextType.PLACE, "garages, Heol Mawr", ""),
      (ContextType.ONLINE, "group chat", "snap: southside_ryd"),
      (ContextType.SCHOOL, "Ysgol Gwm Rhyd", "")],
     [("Dean Pryce", "cousin's friend", "", True),
      ("Mum", "mother", "07700 900111", False)]),
    ("Lily", "Hughes", "Rhian Evans",
     [(ContextType.PLACE, "Heol Fach shops", "Safe: the shopkeeper knows her."),
      (ContextType.PLACE, "Parc Siân", "")],
     [("Gareth Hughes", "dad", "07700 900222", False)]),
    ("Jay", "Collins", "Alex Khan",
     [(ContextType.PLACE, "parc sian skate park", ""),
      (ContextType.PLACE, "Heol Fawr garages", "Drugs found nearby (police, March).")],
     [("Dean Pryce", "", "dean.p@example.org", True)]),
    ("Ffion", "Davies", "Alex Khan",
     [(ContextType.PLACE, "Station car park", ""),
      (ContextType.PEER_GROUP, "Year 10 netball team", "A strength: a coach she trusts.")],
     [("Mrs Davies", "mother", "07700 900333", False)]),
)


def add_sample_team(session: Session, team: str = "Cwm Rhyd YJS") -> dict[str, str]:
    """The sample team's children, contexts and people saved in ``session``: child's given
    name -> child id."""
    ids: dict[str, str] = {}
    for given, family, practitioner, contexts, people in TEAM:
        child = records.save_document(session, Child(
            given_name=given, family_name=family, practitioner_name=practitioner, team=team))
        ids[given] = child.id
        for kind, name, concerns in contexts:
            records.save_document(session, Context(
                child_id=child.id, context_type=kind, name=name, concerns=concerns,
                restricted=bool(concerns) and "strength" not in concerns.lower()
                and "safe" not in concerns.lower()))
        for name, relationship, contact, of_concern in people:
            role = PersonRole.FAMILY if relationship in {"grandmother", "mother", "dad"} \
                else PersonRole.OTHER
            records.save_document(session, Person(
                child_id=child.id, name=name, relationship=relationship, role=role,
                contact=contact, of_concern=of_concern))
    return ids


# What the sample children's records say of the garages, each with who may see it. The
# words kept from the team carry a marker ("KEPTFROMTEAM") the tests look for.
SAID: tuple[tuple[str, str, tuple[Audience, ...], str], ...] = (
    ("Kai", "The older lads at the Heol Fawr garages give me money to take bags round.",
     (Audience.WORKER, Audience.TEAM), "2026-10-02"),
    ("Kai", "KEPTFROMTEAM I sleep at the garages on Heol Fawr some nights, don't tell anyone.",
     (Audience.WORKER,), "2026-10-09"),
    ("Tia", "I go to the garages on Heol Fawr because my mates are there.",
     (Audience.WORKER, Audience.TEAM, Audience.AGENCIES), "2026-10-20"),
)
BORN = {"Kai": "2011-03-14", "Tia": "2010-11-02", "Jay": "2011-07-29", "Osian": "2012-01-21"}


def add_sample_context(session: Session, ids: dict[str, str]) -> str:
    """On a team manager's laptop holding the sample team: dates of birth, what was said of
    the garages (one entry kept from the team), a visit there and a practitioner-only note;
    the garages links confirmed, and a team context with its plan. Returns its id."""
    from directwork.store import links

    for given, born in BORN.items():
        child = records.get_document(session, Child, ids[given])
        records.save_document(session, dataclasses.replace(
            child, date_of_birth=date.fromisoformat(born)))
    for given, text, shared, on in SAID:
        at = datetime.fromisoformat(on).replace(hour=15, tzinfo=UTC)
        records.add_entry(session, VoiceEntry(child_id=ids[given], text=text,
                                              shared_with=list(shared), created_at=at))
    records.save_document(session, Visit(
        child_id=ids["Jay"], place="Heol Fawr garages",
        started_at=datetime(2026, 10, 15, 16, tzinfo=UTC),
        ended_at=datetime(2026, 10, 15, 17, tzinfo=UTC), purpose="Walked the area together"))
    records.add_entry(session, VisitNote(
        child_id=ids["Jay"], text="KEPTFROMTEAM note: Jay's cousin may own one of the Heol "
        "Fawr garages.", practitioner_only=True))
    garages = [item for item in links.linkables(session)
               if item.kind is LinkKind.CONTEXT and "garage" in item.name.lower()]
    first = garages[0]
    for other in garages[1:]:
        links.decide(session, first.record_id, other.record_id, LinkVerdict.CONFIRMED,
                     "The same lock-up garages: checked with each worker.")
    made = links.make_team_context(session, [g.record_id for g in garages],
                                   "Heol Fawr garages",
                                   "Older young men recruit children here to carry drugs.")
    plan = dataclasses.replace(made, actions=[
        links.new_action("Patrols after school, 3pm to 7pm", "PC Bethan Lloyd", "Police",
                         date(2026, 12, 18)),
        links.new_action("Better lighting and CCTV by the lock-ups", "Huw Jones",
                         "Community safety", date(2027, 1, 29)),
        links.new_action("Assembly on exploitation for Year 8 and 9", "Mrs Owen",
                         "Ysgol Cwm Rhyd", date(2027, 2, 5)),
        links.new_action("Detached youth work on Friday evenings", "Ceri Bowen",
                         "Youth service", date(2027, 1, 8))],
        next_review=date(2027, 1, 15))
    return links.save_team_context(session, plan).id
