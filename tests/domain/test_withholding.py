"""What a child's or carers' copy may not name (domain/withholding.py), on a case held in
memory: names written to hide them, and names whose words are also the names of people shown."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from directwork.domain.case import Case
from directwork.domain.records import Child, Person, PersonRole, SafetyPlan, Speaker, TrustView
from directwork.domain.withholding import Withholding


def shared_names_case() -> Case:
    """Kai Jones is of concern; Kai Smith (a trusted friend) and Sara Jones (a carer) are
    shown: every word of his name is also the name of someone shown."""
    return Case(
        child=Child(id="c", child_id="c", given_name="Rhys", family_name="Llewelyn"),
        practitioner_name="Sam Practitioner",
        people=[
            Person(id="mum", child_id="c", name="Sara Jones", role=PersonRole.CARER,
                   child_view=TrustView.TRUSTED),
            Person(id="mate", child_id="c", name="Kai Smith", role=PersonRole.FRIEND,
                   child_view=TrustView.TRUSTED),
            Person(id="bad", child_id="c", name="Kai Jones", role=PersonRole.FRIEND,
                   of_concern=True, contact="07700 900555"),
        ],
        plan=SafetyPlan(id="p", child_id="c", safe_people=["Sara Jones", "Kai Smith"]),
    )


def test_a_withheld_name_made_of_shown_names_is_taken_out_when_written_in_full() -> None:
    withholding = Withholding(shared_names_case(), "en")
    assert withholding("You were hurt by Kai Jones last month.") == (
        "You were hurt by someone last month.")
    assert withholding("KAI JONES's car") == "someone's car"
    # Each word alone is still the name of someone shown.
    assert withholding("Kai Smith and Sara Jones came; Kai too.") == (
        "Kai Smith and Sara Jones came; Kai too.")


def test_a_speaker_named_as_a_withheld_person_is_someone() -> None:
    withholding = Withholding(shared_names_case(), "en")
    assert withholding.speaker("Kai Jones", Speaker.OTHER) == "Someone"
    assert withholding.speaker("kai  jones", Speaker.OTHER) == "Someone"
    assert withholding.speaker("Ka\u00adi Jo\u200bnes", Speaker.OTHER) == "Someone"
    assert withholding.speaker("Kai Smith", Speaker.OTHER) == "Kai Smith"


def test_a_speaker_whose_name_is_shared_by_a_shown_and_a_withheld_person_is_someone() -> None:
    case = shared_names_case()
    case.people.append(Person(id="bad2", child_id="c", name="Sara Jones", of_concern=True,
                              role=PersonRole.OTHER))
    assert Withholding(case, "en").speaker("Sara Jones", Speaker.OTHER) == "Someone"


@given(st.sampled_from(["Kai Jones", "kai jones", "KAI JONES", "Kai-Jones", "KaiJones",
                        "Ka\u00adi Jo\u200dnes", "K\u0430i J\u043enes"]),
       st.sampled_from(["", "Staying away from ", "Rhys was hurt by "]),
       st.sampled_from(["", ".", " last month.", "'s car"]))
def test_the_withheld_name_never_shows_however_it_is_written(name, before, after) -> None:
    shown = Withholding(shared_names_case(), "en")(before + name + after)
    assert "someone" in shown.casefold()
    assert not any(word in shown.casefold() for word in ("kai", "jones", "kaijones"))


def test_a_withheld_persons_street_and_postcode_are_taken_out() -> None:
    case = shared_names_case()
    case.people[2] = Person(id="bad", child_id="c", name="Kai Jones", role=PersonRole.FRIEND,
                            of_concern=True, contact="14 Tredegar Terrace, Bargoed CF81 8QT")
    withholding = Withholding(case, "en")
    assert withholding("You have not been to 14 Tredegar Terrace since May.") == (
        "You have not been to 14 somewhere since May.")
    assert withholding("Nobody at CF81 8QT has called.") == "Nobody at somewhere has called."
