"""Records made elsewhere (pulled from the hub, or imported), stored a page at a time.

A first sync brings tens of thousands of records, so a page goes in as a few statements per
kind: one read of what is already held (with the revision links the heads need), one
``executemany`` of the new rows, one of the heads that changed. Rows are built in the form
the database keeps (each column type's own bind processing, applied once) straight from the
records, with no ORM objects in between, and handed to the driver as they are.

The same rows can be stored one record at a time (``one_by_one``): the path a page falls back
to when the store refuses part of it, so that only the records it refuses are kept aside. Both
paths store the same rows, set the same heads and give the same proof.

Each record stored gives a proof line: the SHA-256 of its kind and its row as stored. The
caller writes one audit event for the page (``audit.record_page``) holding the hash of those
lines in order, so the audit chain still says what arrived and in what order, and a row
altered afterwards no longer gives its line.

Records given here have passed the strict schema (``domain.validation.record_problems``): a
revision's id has already been checked against its content, and is not worked out again.
"""

from __future__ import annotations

import enum
import hashlib
import typing
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import Boolean, String, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from directwork.core.columns import UTCDateTime
from directwork.core.utc import utc_text
from directwork.domain import codec
from directwork.domain.records import Record, kind_of
from directwork.domain.revisions import RevisionLink, heads
from directwork.store import audit, outbox
from directwork.store.mapping import _plan
from directwork.store.schema import ROW_FOR_KIND

_CHUNK = 500  # ids in one IN (...): well under SQLite's limit on bound values
Row = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class _Shape:
    """How records of one kind become rows in its table: the columns in the table's order
    (``is_head`` last, for documents), and how each value is made ready for the driver."""

    kind: str
    table: Table
    names: tuple[str, ...]
    values: Callable[[Any], tuple[Any, ...]]  # the record's fields, in column order
    convert: tuple[tuple[int, Callable[[Any], Any]], ...]  # (position, conversion)
    versioned: bool
    insert_sql: str
    head_sql: str  # for documents: set one revision's is_head (is_head, id, rev)
    binary: tuple[int, ...]  # positions of binary columns (the driver is handed memoryviews)


_SHAPES: dict[tuple[str, str], _Shape] = {}


def _enum_value(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _enum_of(hint: Any) -> tuple[Any, ...]:
    """The members of the enum a field holds (``X`` or ``X | None``)."""
    for tp in (hint, *typing.get_args(hint)):
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return tuple(tp)
    return ()


def _knowing(conversion: Callable[[Any], Any], values: Sequence[Any]) -> Callable[[Any], Any]:
    """``conversion``, with its answers for ``values`` (an enum's members, True and False)
    worked out once: a value of one of their own types and equal to one of them is answered
    from those; anything else is converted."""
    known = {(type(value), value): conversion(value) for value in values}

    def convert(value: Any) -> Any:
        try:
            return known[(type(value), value)]
        except (KeyError, TypeError):  # TypeError: a value that cannot be a key
            return conversion(value)
    return convert


def _knowing_lists(conversion: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``conversion`` of a JSON column, with its answers for an empty list, an empty mapping
    and short lists of texts and enum members (who an entry is shared with: the same few
    lists over and over) kept once worked out. Texts and enum members equal to one another
    convert alike, so a list of them is known by them."""
    empty_list, empty_map = conversion([]), conversion({})
    known: dict[tuple[tuple[type, Any], ...], Any] = {}

    def convert(value: Any) -> Any:
        if type(value) is list:
            if not value:
                return empty_list
            if len(value) <= 8 and all(type(item) is str or isinstance(item, enum.Enum)
                                       for item in value):
                key = tuple((type(item), item) for item in value)
                found = known.get(key)
                if found is None:
                    found = conversion(value)
                    if len(known) < 256:
                        known[key] = found
                return found
        elif type(value) is dict and not value:
            return empty_map
        return conversion(value)
    return convert


def _utc_text(value: datetime | None) -> str | None:
    """What ``UTCDateTime`` stores for a time (its ``process_bind_param``): ``utc_text``,
    written straight out for a time already in UTC (as the record check gives every time)."""
    if value is None:
        return None
    if value.tzinfo is UTC:
        return value.isoformat(timespec="microseconds")[:-6] + "Z"  # less its "+00:00"
    return utc_text(value)


def _then(first: Callable[[Any], Any], second: Callable[[Any], Any] | None,
          ) -> Callable[[Any], Any]:
    if second is None:
        return first
    return lambda value: second(first(value))


def _shape(kind: str, dialect: Dialect) -> _Shape:
    key = (kind, dialect.name)
    found = _SHAPES.get(key)
    if found is not None:
        return found
    cls = kind_of(kind)
    table: Table = ROW_FOR_KIND[kind].__table__
    # The ORM's own field plan (store.mapping), so that these rows are the rows it writes.
    plans = {name: how for name, _tp, how in _plan(cls)}
    names = [c.name for c in table.columns if c.name != "is_head"]
    if set(names) != set(plans) or set(plans) != {f.name for f in fields(cls)}:
        raise TypeError(f"the {table.name} table and {cls.__name__} do not have the same fields")
    hints = {name: tp for name, tp, _how in _plan(cls)}
    convert: list[tuple[int, Callable[[Any], Any]]] = []
    for position, name in enumerate(names):
        column_type = table.c[name].type.dialect_impl(dialect)
        bind = column_type.bind_processor(dialect)
        how = plans[name]
        if how == "enum":
            members = _enum_of(hints[name])
            convert.append((position, _knowing(_then(_enum_value, bind), members)))
        elif how == "json":
            convert.append((position, _knowing_lists(_then(codec.to_jsonable, bind))))
        elif isinstance(table.c[name].type, UTCDateTime) and \
                String().dialect_impl(dialect).bind_processor(dialect) is None:
            convert.append((position, _utc_text))
        elif bind is not None and isinstance(column_type, Boolean):
            convert.append((position, _knowing(bind, (True, False))))
        elif bind is not None:
            convert.append((position, bind))
    columns = [*names, "is_head"] if cls.VERSIONED else names
    insert_sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
                  f"VALUES ({', '.join('?' * len(columns))})")
    head_sql = f"UPDATE {table.name} SET is_head = ? WHERE id = ? AND rev = ?"
    binary = tuple(position for position, name in enumerate(names)
                   if _maybe_binary(table.c[name].type))
    shape = _SHAPES[key] = _Shape(kind, table, tuple(names), attrgetter(*names), tuple(convert),
                                  cls.VERSIONED, insert_sql, head_sql, binary)
    return shape


def _maybe_binary(column_type: TypeEngine[Any]) -> bool:
    """Whether a column may hold bytes (so the driver is handed a memoryview for it); a type
    that does not say what it holds counts as one that may."""
    try:
        return column_type.python_type in (bytes, bytearray, memoryview)
    except NotImplementedError:
        return True


def _row(shape: _Shape, record: Record) -> list[Any]:
    row = list(shape.values(record))
    for position, conversion in shape.convert:
        row[position] = conversion(row[position])
    return row


def proof_line(kind: str, row: Sequence[Any]) -> str:
    """The SHA-256 of a record's kind and its row as stored, in the table's column order,
    ``is_head`` left out (it changes as revisions arrive). Binary values count as their bytes,
    whether the driver was handed them or gives them back."""
    values = tuple(bytes(value) if isinstance(value, (memoryview, bytearray)) else value
                   for value in row)
    return _digest(kind, values)


def _digest(kind: str, values: tuple[Any, ...]) -> str:
    return hashlib.sha256(repr((kind, values)).encode("utf-8", "surrogatepass")).hexdigest()


def _line(shape: _Shape, row: list[Any]) -> str:
    """``proof_line`` of a row this module built: only its binary columns can hold anything
    but text, numbers and None, so only they are looked at."""
    if not shape.binary:
        return _digest(shape.kind, tuple(row))
    values = list(row)
    for position in shape.binary:
        value = values[position]
        if isinstance(value, (memoryview, bytearray)):
            values[position] = bytes(value)
    return _digest(shape.kind, tuple(values))


def _chunks(values: Sequence[str]) -> Iterator[list[str]]:
    wanted = sorted(set(values))
    for start in range(0, len(wanted), _CHUNK):
        yield wanted[start:start + _CHUNK]


class PageHoldings:
    """What the vault holds of the records a page names: ``owners`` and ``revisions`` for the
    strict schema's link check (``domain.validation.Holdings``), and what storing the page
    needs (the entries already here, the revision links of its documents), from one read of
    each table for the ids asked, by plain statements.

    It is a picture of the tables as they were read: good until records are stored. A page's
    link check fills it, and the page's bulk store then reads nothing again."""

    def __init__(self, session: Session, place: str = "in this vault") -> None:
        self.session = session
        self.place = place
        self._held: dict[str, dict[str, list[Row]]] = {}
        self._asked: dict[str, set[str]] = {}

    def _rows(self, kind: str, ids: Collection[str]) -> dict[str, list[Row]]:
        """The rows held of these ids, by id: (id, child_id) for an entry, (id, child_id, rev,
        base_rev, merge_rev, is_head) for each revision of a document, in revision order."""
        row_class = ROW_FOR_KIND.get(kind)
        if row_class is None:
            return {}
        held = self._held.setdefault(kind, {})
        asked = self._asked.setdefault(kind, set())
        new = [record_id for record_id in ids if record_id not in asked]
        if new:
            table = row_class.__table__
            versioned = "rev" in table.c
            columns = ("id, child_id, rev, base_rev, merge_rev, is_head" if versioned
                       else "id, child_id")
            # The driver's own cursor on the session's connection, in its transaction: a
            # page's link check asks here a dozen times, and SQLAlchemy's layers around each
            # small read cost more than the read.
            cursor = self.session.connection().connection.cursor()
            try:
                for chunk in _chunks(new):
                    sql = (f"SELECT {columns} FROM {table.name} "
                           f"WHERE id IN ({', '.join('?' * len(chunk))})")
                    for row in cursor.execute(sql, tuple(chunk)):
                        held.setdefault(row[0], []).append(tuple(row))
            finally:
                cursor.close()
            if versioned:
                for record_id in new:
                    revisions = held.get(record_id)
                    if revisions is not None and len(revisions) > 1:
                        revisions.sort(key=itemgetter(2))
            asked.update(new)
        return held

    def owners(self, kind: str, ids: Collection[str]) -> dict[str, str]:
        held = self._rows(kind, ids)
        return {record_id: held[record_id][-1][1] for record_id in ids if record_id in held}

    def revisions(self, kind: str, ids: Collection[str]) -> dict[str, set[str]]:
        row_class = ROW_FOR_KIND.get(kind)
        if row_class is None or "rev" not in row_class.__table__.c:
            return {}
        held = self._rows(kind, ids)
        return {record_id: {row[2] for row in held[record_id]}
                for record_id in ids if record_id in held}

    def entries_held(self, kind: str, ids: Collection[str]) -> set[str]:
        held = self._rows(kind, ids)
        return {record_id for record_id in ids if record_id in held}

    def revision_links(self, kind: str, ids: Collection[str],
                       ) -> dict[str, dict[str, tuple[RevisionLink, bool | None]]]:
        """Per document: rev -> (its links, whether it is a head), for every revision held."""
        held = self._rows(kind, ids)
        return {record_id: {rev: (RevisionLink(rev, base, merge), bool(is_head))
                            for _id, _child, rev, base, merge, is_head in held[record_id]}
                for record_id in ids if record_id in held}


def store_many(session: Session, received: Sequence[Record], *, enqueue: bool = False,
               one_by_one: bool = False, held: PageHoldings | None = None,
               ) -> list[str | None]:
    """Store records made elsewhere exactly as they are; for each, in order, its proof line
    when it was new here, or None when it was already held (or came earlier in ``received``).

    Documents' heads are worked out again for every document that gained a revision. With
    ``enqueue`` each new record also waits in the outbox for the hub (an import). ``held``:
    what the vault held of these records, read since nothing was stored (a page's link check
    reads it); without it, it is read here. Writes in the caller's transaction; on an error
    the caller's savepoint rolls back what was done."""
    if one_by_one:
        return [line for record in received
                for line in _store(session, [record], enqueue=enqueue,
                                   held=PageHoldings(session))]
    return _store(session, received, enqueue=enqueue, held=held or PageHoldings(session))


def _store(session: Session, received: Sequence[Record], *, enqueue: bool,
           held: PageHoldings) -> list[str | None]:
    dialect = session.get_bind().dialect
    connection = session.connection()
    by_kind: dict[str, list[int]] = {}
    for index, record in enumerate(received):
        by_kind.setdefault(record.KIND, []).append(index)
    lines: list[str | None] = [None] * len(received)
    for kind, indexes in by_kind.items():
        shape = _shape(kind, dialect)
        if shape.versioned:
            rows, changed = _new_revisions(held, shape, received, indexes, lines)
            if rows:
                connection.exec_driver_sql(shape.insert_sql, rows)
            if changed:
                connection.exec_driver_sql(shape.head_sql, changed)
        else:
            rows = _new_entries(held, shape, received, indexes, lines)
            if rows:
                connection.exec_driver_sql(shape.insert_sql, rows)
    if enqueue:
        outbox.enqueue_many(session, [record for record, line in zip(received, lines, strict=True)
                                      if line is not None])
    return lines


def insert_entry(session: Session, entry: Record) -> None:
    """A new entry's row inserted at once, by the driver, as a page's rows are: the row the
    ORM would write (``_shape``), without an object for the session to track and flush."""
    session.connection().exec_driver_sql(*entry_insert(entry, session.get_bind().dialect))


def entry_insert(entry: Record, dialect: Dialect) -> tuple[str, Row]:
    """The statement and values that insert a new entry's row (``insert_entry``, and a save
    made on the driver alone: ``store.driver_write``)."""
    shape = _shape(entry.KIND, dialect)
    return shape.insert_sql, tuple(_row(shape, entry))


def _new_entries(held: PageHoldings, shape: _Shape, received: Sequence[Record],
                 indexes: list[int], lines: list[str | None]) -> list[Row]:
    here = held.entries_held(shape.kind, {received[i].id for i in indexes})
    rows: list[Row] = []
    for i in indexes:
        entry = received[i]
        if entry.id in here:
            continue  # an entry is never changed: the one here stays
        here.add(entry.id)
        row = _row(shape, entry)
        lines[i] = _line(shape, row)
        rows.append(tuple(row))
    return rows


def _new_revisions(held: PageHoldings, shape: _Shape, received: Sequence[Record],
                   indexes: list[int], lines: list[str | None],
                   ) -> tuple[list[Row], list[tuple[int, str, str]]]:
    """New revisions' rows (with ``is_head`` set) and (is_head, id, rev) of the held
    revisions whose ``is_head`` changes, from what the vault holds of the documents the page
    names."""
    # Per document: rev -> (its links, whether it was a head; None for a new revision)
    links = held.revision_links(shape.kind, {received[i].id for i in indexes})
    new: dict[tuple[str, str], list[Any]] = {}
    for i in indexes:
        doc = received[i]
        rev: str = getattr(doc, "rev", "")
        revisions = links.setdefault(doc.id, {})
        if rev in revisions:
            continue  # a revision is its content: the one here is the same
        revisions[rev] = (RevisionLink(rev, getattr(doc, "base_rev", None),
                                       getattr(doc, "merge_rev", None)), None)
        row = _row(shape, doc)
        lines[i] = _line(shape, row)
        new[(doc.id, rev)] = row
    changed: list[tuple[int, str, str]] = []
    for doc_id in {doc_id for doc_id, _ in new}:
        revisions = links[doc_id]
        current = set(heads(link for link, _ in revisions.values()))
        for rev, (_link, was_head) in revisions.items():
            if was_head is None:
                new[(doc_id, rev)].append(int(rev in current))
            elif was_head != (rev in current):
                changed.append((int(rev in current), doc_id, rev))
    return [tuple(row) for row in new.values()], changed


def held_lines(session: Session, stored: Sequence[tuple[str, str, str]]) -> list[str | None]:
    """The proof line of each record (kind, id, rev; rev "" for an entry) as it is held now,
    or None for one not held: what a page's audit event is checked against."""
    dialect = session.get_bind().dialect
    connection = session.connection()
    lines: list[str | None] = []
    for kind, record_id, rev in stored:
        shape = _shape(kind, dialect)
        sql = f"SELECT {', '.join(shape.names)} FROM {shape.table.name} WHERE id = ?"
        params: tuple[str, ...] = (record_id,)
        if shape.versioned:
            sql += " AND rev = ?"
            params = (record_id, rev)
        row = connection.exec_driver_sql(sql, params).first()
        lines.append(None if row is None else proof_line(kind, tuple(row)))
    return lines


def page_proved(session: Session, event_rev: str, stored: Sequence[tuple[str, str, str]],
                ) -> bool:
    """Whether a page's audit event (its ``rev``) proves that exactly these records, in this
    order, were stored as they are held now. A record since removed (a child taken off the
    caseload) or altered no longer proves its page."""
    lines = held_lines(session, stored)
    if any(line is None for line in lines):
        return False
    return audit.page_digest([line for line in lines if line is not None]) == event_rev
