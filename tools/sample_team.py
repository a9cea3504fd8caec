"""A made-up team, for the Team screen's pictures and tests: children on three practitioners'
caseloads whose records name the same places, group chat and adult in different ways.

Every person, place, number and username here is invented (numbers from Ofcom's drama range,
07700 900xxx; postcodes of no real street).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from directwork.domain.records import Child, Context, ContextType, Person, PersonRole
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
