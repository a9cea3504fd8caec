"""What a pull kept aside is tried again at the end of the same sync; a sync that kept nothing aside, with nothing kept
before it, does not look for anything to try again."""

from __future__ import annotations

from sqlalchemy import select

from directwork.domain.records import Child, VisitNote
from directwork.store import records, sync_state
from directwork.store.schema import KeptAsideRow
from tests.hub.harness import enrolled_laptop, hub, new_laptop, tls  # noqa: F401
from tests.support.statements import statements_during


def test_a_record_kept_aside_by_a_pull_is_tried_again_in_the_same_sync(
        hub, enrolled_laptop, monkeypatch) -> None:  # noqa: F811
    a = enrolled_laptop(hub, "Sam", "a", team="North")
    with a.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        records.add_entry(s, VisitNote(child_id=child.id, text="Walked to the park"))
    a.sync()
    b = enrolled_laptop(hub, "Sam", "b")
    # The store refuses the child while the page is stored (in bulk, then on its own), and
    # takes it when it is tried again.
    refusals = [2]
    store_many = sync_state.store_many

    def refusing(session, received, **options):
        if refusals[0] and any(isinstance(r, Child) for r in received):
            refusals[0] -= 1
            raise ValueError("the disk said no")
        return store_many(session, received, **options)

    monkeypatch.setattr(sync_state, "store_many", refusing)

    result = b.sync()

    assert refusals == [0] and result.kept_aside == 1
    with b.vault.session() as s:
        assert records.get_document(s, Child, child.id).given_name == "Dafydd"
        assert s.execute(select(KeptAsideRow)).first() is None


def test_a_sync_that_keeps_nothing_aside_does_not_look_for_anything_to_try_again(
        hub, enrolled_laptop) -> None:  # noqa: F811
    a = enrolled_laptop(hub, "Sam", "a", team="North")
    b = enrolled_laptop(hub, "Sam", "b")
    with a.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Mali"))
        records.add_entry(s, VisitNote(child_id=child.id, text="A good visit"))
    a.sync()
    result = {}
    ran = statements_during(b.vault, lambda: result.setdefault("r", b.sync()))
    assert (result["r"].pulled, result["r"].kept_aside) == (2, 0)
    assert not [sql for sql in ran if "FROM kept_aside" in sql and "outbox" not in sql]
