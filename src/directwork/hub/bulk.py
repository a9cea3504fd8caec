"""Many rows into one table at once, for a push's hundreds of rows.

On PostgreSQL one ``INSERT ... SELECT FROM unnest(...)`` with one array a column: one round
trip, and one statement text whatever the number of rows, so the server prepares it once (the
ORM's bulk insert sent a statement a row, or a statement text of its own for each batch size,
each parsed again by the driver). Rows go in in the order given: ``unnest`` yields each array's
elements in order, so numbers drawn from a sequence for the rows (the feed's) follow it, as a
multi-row ``VALUES`` would. Elsewhere (SQLite) a plain ``executemany``.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Column, Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from directwork.hub.schema import Base

_STATEMENTS: dict[tuple[str, tuple[str, ...], tuple[str, ...]], str] = {}


def insert_many(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]],
                returning: Sequence[str] = ()) -> list[tuple[Any, ...]]:
    """Insert ``rows`` (each naming the same columns) into ``model``'s table, in order;
    returns the ``returning`` columns of every row inserted (in no promised order: callers
    match them by a key)."""
    if not rows:
        return []
    table = cast(Table, model.__table__)
    bind = session.get_bind()
    dialect = bind.dialect
    if dialect.name != "postgresql":
        statement = insert(table)
        if returning:
            found = session.execute(statement.returning(*(table.c[n] for n in returning),
                                                        sort_by_parameter_order=True),
                                    [dict(row) for row in rows])
            return [tuple(row) for row in found]
        session.execute(statement, [dict(row) for row in rows])
        return []
    text, params = _arrays(table, rows, returning, dialect)
    # Straight to the driver, in the session's transaction: the arrays go in binary (the
    # driver's text form escapes each element through a regular expression, slow for large
    # payloads) and the statement's text is the same for every push.
    driver = session.connection().connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor:
        cursor.execute(text, params, binary=False)
        return [tuple(row) for row in cursor.fetchall()] if returning else []


def insert_statement(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]],
                     ) -> tuple[str, list[Any]]:
    """``insert_many``'s statement on PostgreSQL and its values, unsent (for
    ``db.append_and_commit``); ``rows`` not empty."""
    assert rows and session.get_bind().dialect.name == "postgresql"
    return _arrays(cast(Table, model.__table__), rows, (), session.get_bind().dialect)


def _arrays(table: Table, rows: Sequence[Mapping[str, Any]], returning: Sequence[str],
            dialect: Dialect) -> tuple[str, list[Any]]:
    columns = [table.c[name] for name in rows[0]]
    params = [_array(column, [row[column.name] for row in rows], dialect) for column in columns]
    return _statement(table, columns, tuple(returning), dialect), params


def _statement(table: Table, columns: list[Column[Any]], returning: tuple[str, ...],
               dialect: Dialect) -> str:
    key = (table.name, tuple(c.name for c in columns), returning)
    if key not in _STATEMENTS:
        arrays = ", ".join(f"CAST(%b AS {column.type.compile(dialect=dialect)}[])"
                           for column in columns)
        names = ", ".join(column.name for column in columns)
        tail = f" RETURNING {', '.join(returning)}" if returning else ""
        _STATEMENTS[key] = (f"INSERT INTO {table.name} ({names}) "
                            f"SELECT * FROM unnest({arrays}){tail}")
    return _STATEMENTS[key]


def _array(column: Column[Any], values: list[Any], dialect: Dialect) -> list[Any] | TextArray:
    """The values as the column stores them (a type's own conversion applied, as a statement
    through SQLAlchemy would); texts as a ready ``TextArray``."""
    convert = column.type.bind_processor(dialect)
    if convert is None:
        converted = values
    elif len(values) > 1 and all(v is values[0] for v in values):  # one time for every row
        converted = [convert(values[0])] * len(values)
    else:
        converted = [convert(v) for v in values]
    return text_array(converted) or converted


class TextArray:
    """A list of texts (and NULLs) as PostgreSQL's binary ``text[]``, made here: the bytes
    psycopg's list dumper writes for the list, without its calls for each element (a push
    sends a dozen such arrays of a hundred texts, most of the driver's work in a push)."""

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data


_ARRAY_HEAD = struct.Struct(">iiIii").pack  # dimensions, has NULLs, element type, length, base
_LENGTH = struct.Struct(">i").pack
_NULL = _LENGTH(-1)
_TEXT_OID, _TEXT_ARRAY_OID = 25, 1009


def text_array(values: Sequence[Any]) -> TextArray | None:
    """``values`` as a ``TextArray`` when each is a text (UTF-8: the hub's connections' own
    encoding) or None and one at least a text; None otherwise (psycopg's own dumper then sends
    the list, or refuses it, as before)."""
    parts: list[bytes] = []
    has_null = 0
    for value in values:
        if type(value) is str:
            try:
                encoded = value.encode()
            except UnicodeEncodeError:
                return None
            parts.append(_LENGTH(len(encoded)))
            parts.append(encoded)
        elif value is None:
            parts.append(_NULL)
            has_null = 1
        else:
            return None
    if len(parts) == len(values):  # every value a NULL (or none at all)
        return None
    return TextArray(_ARRAY_HEAD(1, has_null, _TEXT_OID, len(values), 1) + b"".join(parts))


def _register_text_arrays() -> None:
    """psycopg sends a ``TextArray`` as the bytes it holds, as a binary ``text[]``."""
    try:
        import psycopg
        from psycopg.adapt import Dumper
        from psycopg.pq import Format
    except ImportError:  # a hub on SQLite needs no PostgreSQL driver
        return

    class _TextArrayDumper(Dumper):
        format = Format.BINARY
        oid = _TEXT_ARRAY_OID

        def dump(self, obj: Any) -> bytes:
            return cast(TextArray, obj).data

    psycopg.adapters.register_dumper(TextArray, _TextArrayDumper)


_register_text_arrays()
