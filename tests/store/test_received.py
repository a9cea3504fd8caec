"""Pulled pages stored in bulk (store/received.py through sync_state.apply_page): a bad record
is kept aside while the rest of its page is stored; the page's one audit event holds the hash
of exactly what it stored; the bulk path stores what record-by-record storing stores, for
random pages; and a process killed part way through a page leaves none of it behind."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from directwork.core.utc import utc_text
from directwork.domain import codec, validation
from directwork.domain.records import Record
from directwork.store import received, records, sync_state
from directwork.store.keyfile import KdfParams
from directwork.store.mapping import from_row
from directwork.store.schema import ROW_FOR_KIND, AuditEventRow, KeptAsideRow
from directwork.store.vault import Vault
from directwork.sync.protocol import ChangeRefused, FeedChange, check_change
from tests.conftest import PASSPHRASE
from tests.support.linked import fill_child

WRITER = Path(__file__).with_name("page_writer.py")


def _records_of(vault: Vault) -> list[Record]:
    """Every record the vault holds, in an order where nothing comes before what it names
    (the child, documents, then entries; revisions oldest first)."""
    held: list[Record] = []
    with vault.session() as s:
        for kind, row_class in ROW_FOR_KIND.items():
            rows = s.execute(select(row_class)).scalars().all()
            held += sorted((from_row(kind, row) for row in rows),
                           key=lambda rec: (rec.KIND != "child", not rec.VERSIONED,
                                            getattr(rec, "rev", "")))
    return [held[i] for i in validation.dependency_order(held)]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> list[Record]:
    """Two children's records of every kind, with history (revisions, two diverging heads, a
    tombstone, a correction and a retraction), made on another laptop."""
    source = Vault.create(tmp_path_factory.mktemp("source"), PASSPHRASE,
                          kdf=KdfParams.fast_for_tests())[0]
    with source.transaction() as s:
        fill_child(s, "Dafydd")
        fill_child(s, "Rhian")
    try:
        return _records_of(source)
    finally:
        source.lock()


def _item(record: Record, payload: dict | None = None) -> sync_state.Received:
    """A record as a pull receives it: decoded and checked against the strict schema, or
    carrying why it could not be (as sync.client builds it)."""
    payload = payload if payload is not None else codec.record_to_dict(record)
    change = FeedChange(kind=record.KIND, id=record.id, child_id=payload["child_id"],
                        rev=getattr(record, "rev", None), payload=payload)
    try:
        checked = check_change(change)
    except ChangeRefused as exc:
        return sync_state.Received(change.kind, change.id, change.child_id, change.rev or "",
                                   payload, None, f"it does not fit the record rules ({exc})")
    return sync_state.Received(change.kind, change.id, change.child_id, change.rev or "",
                               payload, checked)


def _key(record: Record) -> tuple[str, str, str]:
    return record.KIND, record.id, getattr(record, "rev", "")


def _stored(vault: Vault) -> dict[str, set[tuple]]:
    """Every record row the vault holds, as the database keeps it (is_head included)."""
    with vault.session() as s:
        connection = s.connection()
        return {kind: set(map(tuple, connection.exec_driver_sql(
                    f"SELECT * FROM {row_class.__table__.name}").all()))
                for kind, row_class in ROW_FOR_KIND.items()}


def _page_events(vault: Vault) -> list[tuple[str, str]]:
    with vault.session() as s:
        return [(e.record_id, e.rev) for e in s.execute(
            select(AuditEventRow).where(AuditEventRow.action == "received",
                                        AuditEventRow.kind == "page")
            .order_by(AuditEventRow.seq)).scalars()]


def test_a_page_with_bad_records_stores_the_rest_and_keeps_the_bad_ones_aside(
        vault, made, monkeypatch) -> None:
    good, refused, misfit, orphan = made[:-3], made[-3], made[-2], made[-1]
    # One fails the strict schema (a stamp gone), one names a record neither here nor in
    # the page, and one the store itself refuses when the page is stored.
    no_stamp = {k: v for k, v in codec.record_to_dict(misfit).items() if k != "created_by"}
    child_ids = {rec.id for rec in made if rec.KIND == "child"}
    orphan_payload = {**codec.record_to_dict(orphan), "child_id": "0195f000-0000-7000-8000-00000000dead"}
    assert orphan.child_id in child_ids
    real = sync_state.store_many

    def refusing(session, records, **kw):
        if any(rec.id == refused.id for rec in records):
            raise ValueError("this laptop refuses that one")
        return real(session, records, **kw)

    monkeypatch.setattr(sync_state, "store_many", refusing)
    page = [_item(rec) for rec in good] + [_item(refused), _item(misfit, no_stamp),
                                           _item(orphan, orphan_payload)]
    assert page[-2].record is None and page[-1].record is not None

    outcome = sync_state.apply_page(vault, page, [], 42)

    assert (outcome.received, outcome.applied, outcome.kept_aside) == (len(made), len(good), 3)
    stored = _stored(vault)
    for rec in good:
        table = ROW_FOR_KIND[rec.KIND].__table__.name
        with vault.session() as s:
            held = s.execute(text(f"SELECT count(*) FROM {table} WHERE id = :id"),
                             {"id": rec.id}).scalar_one()
        assert held >= 1, f"{rec.KIND} {rec.id} was not stored"
    assert sum(len(rows) for rows in stored.values()) == len(good)
    with vault.session() as s:
        kept = {row.record_id: row.reason for row in s.execute(select(KeptAsideRow)).scalars()}
    assert set(kept) == {refused.id, misfit.id, orphan.id}
    assert "could not store it (this laptop refuses that one)" in kept[refused.id]
    assert "created_by" in kept[misfit.id]
    assert "child_id" in kept[orphan.id]
    assert sync_state.cursor(vault) == 42
    assert [count for count, _ in _page_events(vault)] == [str(len(good))]
    assert vault.check().ok


def test_the_page_event_holds_the_hash_of_the_records_it_stored(vault, made) -> None:
    half = len(made) // 2
    first = [_item(rec) for rec in made[:half]]
    # The second page repeats three records of the first: they are not stored again, and
    # its event covers only what it stored.
    second = [_item(rec) for rec in made[half - 3:]]
    sync_state.apply_page(vault, first, [], 1)
    sync_state.apply_page(vault, second, [], 2)

    events = _page_events(vault)
    assert [count for count, _ in events] == [str(half), str(len(made) - half)]
    with vault.session() as s:
        assert received.page_proved(s, events[0][1], [_key(rec) for rec in made[:half]])
        assert received.page_proved(s, events[1][1], [_key(rec) for rec in made[half:]])
        # The proof is of these records, in this order, as they are held.
        assert not received.page_proved(s, events[1][1], [_key(rec) for rec in made[half - 3:]])
        assert not received.page_proved(s, events[0][1],
                                        [_key(rec) for rec in reversed(made[:half])])
    entry = next(rec for rec in made[:half] if not rec.VERSIONED)
    table = ROW_FOR_KIND[entry.KIND].__table__.name
    with vault.transaction() as s:
        s.execute(text(f"UPDATE {table} SET created_by = 'someone else' WHERE id = :id"),
                  {"id": entry.id})
    with vault.session() as s:
        assert not received.page_proved(s, events[0][1], [_key(rec) for rec in made[:half]])
    report = vault.check()
    assert report.ok, report.problems  # the chain itself is whole: a row was changed


_RUNS = itertools.count()


def _fresh(folder: Path) -> Vault:
    return Vault.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests())[0]


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_the_bulk_path_stores_what_record_by_record_storing_stores(tmp_path, made, data,
                                                                   monkeypatch) -> None:
    # Random pages of the records in a random order (a record may come before what it names,
    # and is then kept aside on both paths), some already held, some sent twice; the records
    # include two diverging revisions of a plan (a conflict: both stay heads). Some arrive
    # broken (they fail the strict schema) and the store itself refuses some.
    order = data.draw(st.permutations(range(len(made))))
    repeats = data.draw(st.lists(st.sampled_from(range(len(made))), max_size=6))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(order) + len(repeats)), max_size=4)))
    already = data.draw(st.lists(st.sampled_from(range(len(made))), max_size=8, unique=True))
    broken = set(data.draw(st.lists(st.sampled_from(range(len(made))), max_size=3,
                                    unique=True)))
    refused_ids = {made[i].id for i in data.draw(st.lists(st.sampled_from(range(len(made))),
                                                          max_size=2, unique=True))}
    sequence = [*order, *repeats]
    pages = [sequence[a:b] for a, b in zip([0, *cuts], [*cuts, len(sequence)], strict=True)]
    run = next(_RUNS)  # a folder of its own for each example, shrinking included
    real = sync_state.store_many

    def refusing(session, records, **kw):
        if any(rec.id in refused_ids for rec in records):
            raise ValueError("this laptop refuses that one")
        return real(session, records, **kw)

    def item(index: int) -> sync_state.Received:
        rec = made[index]
        if index in broken:  # a stamp gone: it does not fit the record rules
            return _item(rec, {k: v for k, v in codec.record_to_dict(rec).items()
                               if k != "created_by"})
        return _item(rec)

    # The bulk path also takes the pages in groups, each group in one transaction (as a pull
    # stores the pages that arrived while it was storing).
    group_cuts = sorted(set(data.draw(st.lists(st.integers(1, max(1, len(pages) - 1)),
                                               max_size=3))))
    groups = [range(a, b) for a, b in zip([0, *group_cuts], [*group_cuts, len(pages)],
                                          strict=True) if a < b]
    outcomes = {}
    for one_by_one in (False, True):
        vault = _fresh(tmp_path / f"{run}-{one_by_one}")
        try:
            held = [made[i] for i in sorted(already)]
            sync_state.apply_page(vault, [_item(rec) for rec in held], [], 1)
            monkeypatch.setattr(sync_state, "store_many", refusing)
            if one_by_one:
                counts = [sync_state.apply_page(vault, [item(i) for i in page], [], n + 2,
                                                one_by_one=True)
                          for n, page in enumerate(pages)]
            else:
                counts = [outcome for group in groups for outcome in sync_state.apply_pages(
                    vault, [sync_state.Page([item(i) for i in pages[n]], [], n + 2)
                            for n in group])]
            assert sync_state.cursor(vault) == len(pages) + 1
            monkeypatch.setattr(sync_state, "store_many", real)
            with vault.session() as s:
                kept = sorted((row.kind, row.record_id, row.rev, row.reason)
                              for row in s.execute(select(KeptAsideRow)).scalars())
            # The rows as stored, is_head included: the same heads on both paths.
            outcomes[one_by_one] = (_stored(vault), _page_events(vault), kept,
                                    [(c.applied, c.kept_aside) for c in counts])
            assert vault.check().ok
        finally:
            monkeypatch.setattr(sync_state, "store_many", real)
            vault.lock()
    assert outcomes[False] == outcomes[True]
    if broken:
        assert any("does not fit the record rules" in reason
                   for *_, reason in outcomes[False][2])


def test_pages_stored_together_are_kept_or_lost_together(vault, made, monkeypatch) -> None:
    third = len(made) // 3
    pages = [made[:third], made[third:2 * third], made[2 * third:]]
    sync_state.apply_pages(vault, [sync_state.Page([_item(rec) for rec in pages[0]], [], 1)])
    real = sync_state.store_many
    failing_id = pages[2][0].id

    def failing(session, records, **kw):
        if any(rec.id == failing_id for rec in records):
            raise OSError("disk full")
        return real(session, records, **kw)

    monkeypatch.setattr(sync_state, "store_many", failing)
    with pytest.raises(OSError):
        sync_state.apply_pages(vault, [sync_state.Page([_item(rec) for rec in page], [], n)
                                       for n, page in ((2, pages[1]), (3, pages[2]))])
    # The second page was stored before the third failed, in the same transaction: it is
    # gone with it, and the cursor is where the first page left it.
    assert sync_state.cursor(vault) == 1
    assert sum(len(rows) for rows in _stored(vault).values()) == len(pages[0])
    assert [count for count, _ in _page_events(vault)] == [str(len(pages[0]))]
    monkeypatch.setattr(sync_state, "store_many", real)
    outcomes = sync_state.apply_pages(vault, [
        sync_state.Page([_item(rec) for rec in page], [], n)
        for n, page in ((2, pages[1]), (3, pages[2]))])
    assert [o.applied for o in outcomes] == [len(pages[1]), len(pages[2])]
    assert sync_state.cursor(vault) == 3
    events = _page_events(vault)
    assert [count for count, _ in events] == [str(len(page)) for page in pages]
    with vault.session() as s:
        for (_count, rev), page in zip(events, pages, strict=True):
            assert received.page_proved(s, rev, [_key(rec) for rec in page])
    assert vault.check().ok


def test_the_bulk_path_stores_the_rows_and_heads_the_orm_path_stores(tmp_path, made) -> None:
    # The same records stored through the ORM, record by record (store.records), and in bulk
    # (store.received, through a pulled page): the same rows as the database keeps them,
    # with the same heads (the two diverging plan revisions both heads on both).
    through_orm, in_bulk = _fresh(tmp_path / "orm"), _fresh(tmp_path / "bulk")
    try:
        with through_orm.transaction() as s:
            assert all(records.store_received_many(s, made, enqueue=False))
        sync_state.apply_page(in_bulk, [_item(rec) for rec in made], [], 1)
        assert _stored(in_bulk) == _stored(through_orm)
        assert sum(len(rows) for rows in _stored(in_bulk).values()) == len(made)
    finally:
        through_orm.lock()
        in_bulk.lock()


def test_a_process_killed_part_way_through_a_page_leaves_none_of_it(vault, data_dir, made,
                                                                      tmp_path) -> None:
    half = len(made) // 2
    pages = tmp_path / "pages.json"
    pages.write_text(json.dumps([[codec.record_to_dict(rec) for rec in made[:half]],
                                 [codec.record_to_dict(rec) for rec in made[half:]]]))
    vault.lock()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), PASSPHRASE, str(pages)],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "page 1 stored"
        # The writer stops inside the second page's transaction, after its first rows went
        # in, and waits there to be killed.
        assert proc.stdout.readline().strip() == "page 2 part stored"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    after = Vault(data_dir)
    after.unlock(PASSPHRASE)
    try:
        stored = _stored(after)
        assert sum(len(rows) for rows in stored.values()) == half
        with after.session() as s:
            assert received.held_lines(s, [_key(rec) for rec in made[half:]]) \
                == [None] * (len(made) - half)
            assert all(received.held_lines(s, [_key(rec) for rec in made[:half]]))
        assert sync_state.cursor(after) == 1
        assert [count for count, _ in _page_events(after)] == [str(half)]
        report = after.check()
        assert report.ok, report.problems
        # The page starts again and goes in whole.
        outcome = sync_state.apply_page(after, [_item(rec) for rec in made[half:]], [], 2)
        assert outcome.applied == len(made) - half
        assert sum(len(rows) for rows in _stored(after).values()) == len(made)
    finally:
        after.lock()


@settings(max_examples=500, deadline=None)
@given(moment=st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                           timezones=st.one_of(st.just(UTC), st.timezones(),
                                               st.builds(timezone, st.timedeltas(
                                                   min_value=timedelta(hours=-23),
                                                   max_value=timedelta(hours=23))))))
def test_a_time_is_stored_as_the_column_stores_it(moment: datetime) -> None:
    # The bulk store's own way of writing a time gives exactly what UTCDateTime writes,
    # whatever its zone (UTC written straight out, any other converted first).
    assert received._utc_text(moment) == utc_text(moment)
    assert received._utc_text(moment.astimezone(UTC)) == utc_text(moment)
    assert received._utc_text(None) is None
