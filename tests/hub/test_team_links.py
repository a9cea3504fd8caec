"""Team links through a real hub: a manager's decisions reach the team's other managers and no
practitioner's laptop; a practitioner's laptop cannot send one; two managers deciding the same
pair differently make a conflict, kept and shown, like any document's."""

from __future__ import annotations

from directwork.domain.records import Child, Context, ContextType, LinkVerdict, TeamLink
from directwork.store import links, operations
from directwork.store import records as svc
from directwork.store.views.team import load_team


def _child_with_place(laptop, given: str, place: str) -> str:
    with laptop.vault.transaction() as s:
        child = svc.save_document(s, Child(given_name=given, practitioner_name=laptop.vault.practitioner_name))
        svc.save_document(s, Context(child_id=child.id, context_type=ContextType.PLACE,
                                     name=place))
    return child.id


def _team_links(laptop) -> list[TeamLink]:
    with laptop.vault.session() as s:
        return svc.list_documents(s, TeamLink)


def test_links_go_to_managers_only_and_conflict_like_documents(hub, new_laptop):
    # On both databases: on PostgreSQL a push reads the caseloads of every child its records
    # name at once, a link's second child among them.
    sam, rhian = new_laptop("Sam"), new_laptop("Rhian")
    pat, lee = new_laptop("Pat"), new_laptop("Lee")
    sam.enrol(hub, hub.add_practitioner("Sam", team="north"))
    rhian.enrol(hub, hub.add_practitioner("Rhian", team="north"))
    pat.enrol(hub, hub.add_practitioner("Pat", team="north", manager=True))
    lee.enrol(hub, hub.add_practitioner("Lee", team="north", manager=True))
    _child_with_place(sam, "Kai", "Heol Fawr garages")
    _child_with_place(rhian, "Osian", "the garages on Heol Fawr")
    assert not sam.sync().rejected and not rhian.sync().rejected

    # A practitioner's laptop is told it is no manager's: it shows no team.
    assert operations.read(sam.vault, load_team).manager is False
    for manager in (pat, lee):
        manager.sync()
        view = operations.read(manager.vault, load_team)
        assert view.manager and view.children == 2
        assert len(view.suggestions) == 1

    (row,) = operations.read(pat.vault, load_team).suggestions
    decided = operations.change(pat.vault, links.decide, *row.suggestion.key,
                                LinkVerdict.CONFIRMED, "Same lock-up garages.")
    assert not pat.sync().rejected
    for laptop in (sam, rhian):
        laptop.sync()
        assert _team_links(laptop) == []
    lee.sync()
    (received,) = _team_links(lee)
    assert (received.id, received.rev, received.reason) == \
        (decided.id, decided.rev, "Same lock-up garages.")
    assert operations.read(lee.vault, load_team).suggestions == ()

    # Offline, each manager decides the pair again, differently: the hub keeps both.
    operations.change(pat.vault, links.decide, *row.suggestion.key, LinkVerdict.REJECTED,
                      "Police say these are two blocks.")
    operations.change(lee.vault, links.decide, *row.suggestion.key, LinkVerdict.CONFIRMED,
                      "Same block: checked with both workers.")
    assert pat.sync().conflicts == 0
    assert lee.sync().conflicts == 1
    pat.sync()
    for manager in (pat, lee):
        view = operations.read(manager.vault, load_team)
        assert len(view.disagreements) == 1 and view.groups == ()


def test_a_practitioners_laptop_cannot_send_a_team_link(sqlite_hub, new_laptop):
    hub = sqlite_hub
    sam = new_laptop("Sam")
    sam.enrol(hub, hub.add_practitioner("Sam", team="north"))
    _child_with_place(sam, "Kai", "Heol Fawr garages")
    _child_with_place(sam, "Tia", "garages on Heol Fawr")
    sam.sync()
    # A laptop that says of itself that it is a manager's is still refused by the hub.
    operations.change(sam.vault, links.set_team_manager, True)
    (row,) = operations.read(sam.vault, load_team).suggestions
    operations.change(sam.vault, links.decide, *row.suggestion.key, LinkVerdict.CONFIRMED,
                      "forged")
    result = sam.sync()
    assert [reason for _kind, _id, reason in result.rejected] == \
        ["only a team manager decides team links"]
    # And the hub's word puts the laptop back as a practitioner's.
    assert operations.read(sam.vault, links.is_team_manager) is False
