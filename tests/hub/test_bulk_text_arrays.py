"""A push's columns of texts go to PostgreSQL as ``bulk.TextArray``: the bytes are the ones
psycopg's own list dumper writes for the same list, for any texts and NULLs; PostgreSQL
reads back the list that was sent; and anything else (a list of numbers, of NULLs only, a
text that is not Unicode) is left to psycopg, as before."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from psycopg.adapt import PyFormat, Transformer

from directwork.hub import bulk
from tests.hub import pg

_TEXT = st.one_of(st.sampled_from(["", "a", "é", "\u2028", "😀", "x" * 70_000]),
                  st.text(st.characters(blacklist_categories=("Cs",),
                                        blacklist_characters="\x00")))
_VALUES = st.lists(st.one_of(st.none(), _TEXT), max_size=30).filter(
    lambda values: any(v is not None for v in values))


def _psycopg_bytes(values: list[str | None]) -> bytes:
    return bytes(Transformer().get_dumper(values, PyFormat.BINARY).dump(values))


@settings(max_examples=300, deadline=None)
@given(values=_VALUES)
def test_a_text_array_is_the_bytes_psycopg_writes(values: list[str | None]) -> None:
    made = bulk.text_array(values)
    assert made is not None
    assert made.data == _psycopg_bytes(values)


@pytest.mark.parametrize("values", [[], [None], [None, None], [1, 2], ["a", 1], [b"a"],
                                    ["a", "\ud800"]])
def test_anything_else_is_left_to_psycopg(values: list[object]) -> None:
    assert bulk.text_array(values) is None


@pytest.fixture(scope="module")
def connection() -> Iterator[psycopg.Connection]:
    url = pg.cluster().new_database().replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as conn:
        yield conn


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=_VALUES)
def test_postgresql_reads_back_the_texts_sent(connection: psycopg.Connection,
                                              values: list[str | None]) -> None:
    made = bulk.text_array(values)
    with connection.cursor() as cursor:
        cursor.execute("SELECT CAST(%b AS text[]), CAST(%b AS varchar(64000)[]) = "
                       "CAST(%b AS varchar(64000)[])", [made, made, values])
        back, same = cursor.fetchone()  # type: ignore[misc]
    assert back == values
    assert same is True
