"""Creating, reading, listing and revising records: the services every other part calls.

Functions take a Session and return domain records (never ORM rows). Each write adds its
outbox row and its audit event to the caller's transaction, so the three commit together.
``add_entry_alone`` is ``add_entry`` on the driver alone, for an entry saved by itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Literal, TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from directwork.domain import codec, sharing
from directwork.domain.ids import uuid7
from directwork.domain.records import Child, Document, Entry, Record, VoiceEntry
from directwork.domain.revisions import RevisionLink, heads, make_rev, rev_number
from directwork.store import audit, outbox, received
from directwork.store.context import actor_of, now_of
from directwork.store.driver_write import DriverWrite
from directwork.store.errors import Conflict, RecordNotFound, VaultError
from directwork.store.mapping import record_from_row, row_class, to_row

E = TypeVar("E", bound=Entry)
D = TypeVar("D", bound=Document)
R = TypeVar("R", bound=Record)


class InvalidRecord(VaultError):
    """A record that breaks a rule of the model (not a practice rule)."""


def _stamp_new(session: Session, record: R, **changes: Any) -> R:
    practitioner, device = actor_of(session)
    return _stamped(record, practitioner, device, now_of(session), **changes)


def _stamped(record: R, practitioner: str, device: str, now: datetime, **changes: Any) -> R:
    return dataclasses.replace(
        record, created_by=practitioner, device_id=device, updated_at=now, **changes
    )


# --------------------------------------------------------------------------- entries


def _new_entry(entry: E, practitioner: str, device: str, now: datetime) -> E:
    """``entry`` checked against the model's rules and stamped as a new entry made ``now``."""
    if entry.VERSIONED:
        raise TypeError("add_entry takes an append-only entry")
    if not entry.child_id:
        raise InvalidRecord(f"a {entry.KIND.replace('_', ' ')} must belong to a child")
    if isinstance(entry, VoiceEntry) and (problem := sharing.problem(entry)):
        raise InvalidRecord(problem)
    return _stamped(entry, practitioner, device, now, id=entry.id or uuid7(), created_at=now)


_NOT_SAME_CHILD = "a correction must point at an entry of the same kind and child"


def _action(entry: Entry) -> str:
    return "retract" if entry.retracted else ("correct" if entry.corrects_id else "create")


def add_entry(session: Session, entry: E) -> E:
    """Save a new append-only entry and return it with its id and stamps."""
    practitioner, device = actor_of(session)
    entry = _new_entry(entry, practitioner, device, now_of(session))
    if entry.corrects_id:
        target = session.get(row_class(entry.KIND), entry.corrects_id)
        if target is None or target.child_id != entry.child_id:
            raise InvalidRecord(_NOT_SAME_CHILD)
    # Inserted at once, as the outbox row and the audit event are (no object for the session
    # to track and flush at the commit: that was most of a single save's time).
    received.insert_entry(session, entry)
    outbox.enqueue(session, entry)
    audit.record_event(session, _action(entry), entry.KIND, entry.id, entry.child_id)
    return entry


def add_entry_alone(write: DriverWrite, entry: E) -> E:
    """``add_entry`` in a write transaction on the driver alone (``Vault.driver_transaction``):
    the same checks, the same rows and the same audit event, with no session around them. For
    an entry saved by itself, the app's most frequent save."""
    entry = _new_entry(entry, write.practitioner_id, write.device_id, write.now)
    if entry.corrects_id:
        target = write.first(f"SELECT child_id FROM {row_class(entry.KIND).__tablename__} "
                             "WHERE id = ?", (entry.corrects_id,))
        if target is None or target[0] != entry.child_id:
            raise InvalidRecord(_NOT_SAME_CHILD)
    write.run(*received.entry_insert(entry, write.dialect))
    write.run(outbox.ENQUEUE, outbox.enqueued(entry, write.now))
    write.record_event(_action(entry), entry.KIND, entry.id, entry.child_id)
    return entry


def correct_entry(session: Session, corrected: E) -> E:
    """Record ``corrected`` as the new version of the entry whose id it carries."""
    return add_entry(session, dataclasses.replace(corrected, corrects_id=corrected.id, id=""))


def retract_entry(session: Session, entry: E) -> E:
    return add_entry(session, dataclasses.replace(entry, corrects_id=entry.id, id="", retracted=True))


def get_entry(session: Session, cls: type[E], entry_id: str) -> E:
    row = session.get(row_class(cls.KIND), entry_id)
    if row is None:
        raise RecordNotFound(cls.KIND, entry_id)
    return record_from_row(cls, row)


def list_entries(session: Session, cls: type[E], child_id: str | None = None, *,
                 effective: bool = True, where: Sequence[Any] = ()) -> list[E]:
    """Entries of one kind, oldest first. ``effective`` leaves out what was corrected or
    retracted, and the retractions themselves: what a reader should see now."""
    table = row_class(cls.KIND)
    query = select(table)
    if child_id is not None:
        query = query.where(table.child_id == child_id)
    for clause in where:
        query = query.where(clause)
    if effective:
        replaced = select(table.corrects_id).where(table.corrects_id.is_not(None))
        if child_id is not None:
            replaced = replaced.where(table.child_id == child_id)
        query = query.where(table.id.not_in(replaced), table.retracted.is_(False))
    query = query.order_by(table.created_at, table.id)
    return [record_from_row(cls, row) for row in session.execute(query).scalars()]


# --------------------------------------------------------------------------- documents


def _links(session: Session, kind: str, doc_id: str) -> list[RevisionLink]:
    table = row_class(kind)
    rows = session.execute(
        select(table.rev, table.base_rev, table.merge_rev).where(table.id == doc_id)
    ).all()
    return [RevisionLink(r, b, m) for r, b, m in rows]


def _refresh_heads(session: Session, kind: str, doc_id: str) -> list[str]:
    table = row_class(kind)
    current = heads(_links(session, kind, doc_id))
    session.execute(update(table).where(table.id == doc_id).values(is_head=False))
    if current:
        session.execute(
            update(table).where(table.id == doc_id, table.rev.in_(current)).values(is_head=True)
        )
    return current


def save_document(session: Session, doc: D, *, merge_rev: str | None = None) -> D:
    """Save a new revision of ``doc``, built on the revision it carries (``doc.rev``; empty for
    a new document). Returns the saved revision.

    Saving on top of a revision that is no longer a head is allowed: it makes a second head,
    which is kept and shown for merging (nothing is overwritten). Saving identical content on
    the same base again is a no-op that returns the existing revision.
    """
    is_new = not doc.id
    first_revision = is_new  # also a document whose id was given (a team link's comes from its pair)
    if not doc.child_id and not isinstance(doc, Child):
        raise InvalidRecord(f"a {doc.KIND.replace('_', ' ')} must belong to a child")
    now = now_of(session)
    if is_new:
        doc_id = uuid7()
        child_id = doc_id if isinstance(doc, Child) else doc.child_id
        base: str | None = None
        created_at = now
    else:
        doc_id, child_id, base = doc.id, doc.child_id, (doc.rev or None)
        table = row_class(doc.KIND)
        first = session.execute(
            select(table.created_at, table.child_id).where(table.id == doc_id).limit(1)
        ).first()
        if first is None:
            if base is not None:
                raise RecordNotFound(doc.KIND, doc_id)
            created_at = doc.created_at or now
            first_revision = True
        else:
            created_at = first.created_at
            if first.child_id != child_id:
                raise InvalidRecord("a document cannot move to another child")
            if base is not None and session.get(table, (doc_id, base)) is None:
                raise InvalidRecord(f"revision {base} of this {doc.KIND} is not in this vault")
    if merge_rev is not None and session.get(row_class(doc.KIND), (doc_id, merge_rev)) is None:
        raise InvalidRecord(f"revision {merge_rev} to merge is not in this vault")
    draft = _stamp_new(session, doc, id=doc_id, child_id=child_id, created_at=created_at,
                       base_rev=base, merge_rev=merge_rev, rev="")
    rev = make_rev(codec.content_hash(draft), base, merge_rev)
    existing = session.get(row_class(doc.KIND), (doc_id, rev))
    if existing is not None:
        return record_from_row(type(doc), existing)
    saved = dataclasses.replace(draft, rev=rev)
    session.add(to_row(saved, is_head=True))
    session.flush()
    _refresh_heads(session, doc.KIND, doc_id)
    outbox.enqueue(session, saved)
    if first_revision:
        action = "create"
    elif saved.deleted:
        action = "delete"
    elif merge_rev:
        action = "merge"
    else:
        action = "revise"
    audit.record_event(session, action, doc.KIND, doc_id, child_id, rev)
    return saved


def merge_heads(session: Session, merged: D, head_revs: Sequence[str]) -> D:
    """Save ``merged`` as one revision whose parents are the given heads (two at a time when
    there are more), so the document has one head again."""
    if len(head_revs) < 2:
        raise InvalidRecord("a merge needs at least two versions")
    base, *others = list(head_revs)
    result = dataclasses.replace(merged, rev=base)
    for other in others:
        result = save_document(session, dataclasses.replace(merged, id=result.id, rev=result.rev),
                               merge_rev=other)
    return result


def delete_document(session: Session, doc: D) -> D:
    """A tombstone revision: the document is gone from lists but its history stays."""
    return save_document(session, dataclasses.replace(doc, deleted=True))


def get_heads(session: Session, cls: type[D], doc_id: str) -> list[D]:
    """Every head of a document, highest revision first. More than one means a conflict."""
    table = row_class(cls.KIND)
    rows = session.execute(select(table).where(table.id == doc_id, table.is_head.is_(True))).scalars().all()
    if not rows:
        raise RecordNotFound(cls.KIND, doc_id)
    docs = [record_from_row(cls, row) for row in rows]
    docs.sort(key=lambda d: (-rev_number(d.rev), d.rev))
    return docs


def get_document(session: Session, cls: type[D], doc_id: str, *, single: bool = False) -> D:
    """The current revision. With ``single=True`` a document with two heads raises Conflict;
    otherwise the highest head is returned (``get_heads`` tells whether there are others)."""
    found = get_heads(session, cls, doc_id)
    if single and len(found) > 1:
        raise Conflict(cls.KIND, doc_id, [d.rev for d in found])
    return found[0]


def get_revision(session: Session, cls: type[D], doc_id: str, rev: str) -> D:
    row = session.get(row_class(cls.KIND), (doc_id, rev))
    if row is None:
        raise RecordNotFound(cls.KIND, f"{doc_id} revision {rev}")
    return record_from_row(cls, row)


def list_revisions(session: Session, cls: type[D], doc_id: str) -> list[D]:
    """Every revision of a document, oldest first."""
    table = row_class(cls.KIND)
    rows = session.execute(select(table).where(table.id == doc_id)).scalars().all()
    docs = [record_from_row(cls, row) for row in rows]
    docs.sort(key=lambda d: (rev_number(d.rev), d.updated_at or d.created_at, d.rev))
    return docs


def list_documents(session: Session, cls: type[D], child_id: str | None = None, *,
                   include_deleted: bool = False, where: Sequence[Any] = ()) -> list[D]:
    """The current revision of each document (the highest head where there are several)."""
    table = row_class(cls.KIND)
    query = select(table).where(table.is_head.is_(True))
    if child_id is not None:
        query = query.where(table.child_id == child_id)
    if not include_deleted:
        query = query.where(table.deleted.is_(False))
    for clause in where:
        query = query.where(clause)
    best: dict[str, D] = {}
    for row in session.execute(query.order_by(table.created_at, table.id)).scalars():
        doc = record_from_row(cls, row)
        held = best.get(doc.id)
        if held is None or (rev_number(doc.rev), doc.rev) > (rev_number(held.rev), held.rev):
            best[doc.id] = doc
    return list(best.values())


def conflicted_ids(session: Session, cls: type[D], child_id: str | None = None) -> set[str]:
    """Ids of documents with more than one head."""
    table = row_class(cls.KIND)
    query = select(table.id).where(table.is_head.is_(True))
    if child_id is not None:
        query = query.where(table.child_id == child_id)
    query = query.group_by(table.id).having(func.count() > 1)
    return set(session.execute(query).scalars())


# --------------------------------------------------------------------------- received records


def store_received(session: Session, record: Record, *, enqueue: bool,
                   action: Literal["received", "imported"] = "received") -> bool:
    """Store a record made elsewhere (pulled from the hub, or imported) exactly as it is.

    Returns False when it was already here. A document revision's id must match its content,
    so a record altered on the way is refused rather than stored.
    """
    table = row_class(record.KIND)
    if record.VERSIONED:
        assert isinstance(record, Document)
        expected = make_rev(codec.content_hash(dataclasses.replace(record, rev="")),
                            record.base_rev, record.merge_rev)
        if record.rev != expected:
            raise InvalidRecord(f"{record.KIND} {record.id}: revision id does not match its content")
        if session.get(table, (record.id, record.rev)) is not None:
            return False
        session.add(to_row(record, is_head=True))
        session.flush()
        _refresh_heads(session, record.KIND, record.id)
    else:
        if session.get(table, record.id) is not None:
            return False
        session.add(to_row(record))
    if enqueue:
        outbox.enqueue(session, record)
    audit.record_event(session, action, record.KIND, record.id, record.child_id,
                       getattr(record, "rev", "") or "")
    return True


def store_received_many(session: Session, received: Sequence[Record], *, enqueue: bool,
                        action: Literal["received", "imported"] = "received") -> list[bool]:
    """``store_received`` for a whole page of records in a few statements per kind instead of
    several per record (a first sync brings tens of thousands). Returns, for each record in
    order, whether it was new here. Every revision is checked before anything is written."""
    for record in received:
        if record.VERSIONED:
            assert isinstance(record, Document)
            expected = make_rev(codec.content_hash(dataclasses.replace(record, rev="")),
                                record.base_rev, record.merge_rev)
            if record.rev != expected:
                raise InvalidRecord(f"{record.KIND} {record.id}: revision id does not match its content")
    by_kind: dict[str, list[int]] = {}
    for index, record in enumerate(received):
        by_kind.setdefault(record.KIND, []).append(index)
    fresh = [False] * len(received)
    for kind, indexes in by_kind.items():
        table = row_class(kind)
        ids = list({received[i].id for i in indexes})
        if received[indexes[0]].VERSIONED:
            held: set[tuple[str, str]] = set()
            for chunk in _chunks(ids):
                held.update((i, rv) for i, rv in session.execute(select(table.id, table.rev).where(table.id.in_(chunk))))
            for i in indexes:
                doc = received[i]
                assert isinstance(doc, Document)  # a VERSIONED kind is a Document
                key = (doc.id, doc.rev)
                if key not in held:
                    held.add(key)
                    fresh[i] = True
                    session.add(to_row(doc, is_head=True))
            session.flush()
            _refresh_heads_many(session, kind, {received[i].id for i in indexes if fresh[i]})
        else:
            held_ids: set[str] = set()
            for chunk in _chunks(ids):
                held_ids.update(session.execute(select(table.id).where(table.id.in_(chunk))).scalars())
            for i in indexes:
                if received[i].id not in held_ids:
                    held_ids.add(received[i].id)
                    fresh[i] = True
                    session.add(to_row(received[i]))
    for record, is_new in zip(received, fresh, strict=True):
        if not is_new:
            continue
        if enqueue:
            outbox.enqueue(session, record)
        audit.record_event(session, action, record.KIND, record.id, record.child_id,
                           getattr(record, "rev", "") or "")
    return fresh


def _chunks(values: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _refresh_heads_many(session: Session, kind: str, doc_ids: set[str]) -> None:
    if not doc_ids:
        return
    table = row_class(kind)
    links: dict[str, list[tuple[RevisionLink, bool]]] = {}
    for chunk in _chunks(sorted(doc_ids)):
        rows = session.execute(select(table.id, table.rev, table.base_rev, table.merge_rev,
                                      table.is_head).where(table.id.in_(chunk)))
        for doc_id, rev, base, merge, is_head in rows:
            links.setdefault(doc_id, []).append((RevisionLink(rev, base, merge), is_head))
    changes = []
    for doc_id, found in links.items():
        current = set(heads(link for link, _ in found))
        changes += [{"id": doc_id, "rev": link.rev, "is_head": link.rev in current}
                    for link, was_head in found if (link.rev in current) != was_head]
    if changes:
        session.execute(update(table), changes)


def with_rev(doc: D) -> D:
    """``doc`` with its revision id computed from its content and parents (for imports that
    bring documents made elsewhere without one)."""
    return dataclasses.replace(
        doc, rev=make_rev(codec.content_hash(dataclasses.replace(doc, rev="")), doc.base_rev,
                          doc.merge_rev)
    )


def iter_all(session: Session, kinds: Iterable[type[R]], child_id: str | None = None,
             ) -> Iterable[R]:
    """Every stored row of the given kinds (all revisions, all entries), for export."""
    for cls in kinds:
        table = row_class(cls.KIND)
        query = select(table)
        if child_id is not None:
            query = query.where(table.child_id == child_id)
        order = [table.created_at, table.id]
        for row in session.execute(query.order_by(*order)).scalars():
            yield record_from_row(cls, row)
