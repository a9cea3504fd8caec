"""One form for stored times, on the laptop and the hub alike: aware, UTC, sortable as text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert, select
from sqlalchemy.exc import StatementError

from directwork.core.columns import UTCDateTime
from directwork.core.utc import NaiveDateTimeError, from_utc_text, utc_text
from directwork.domain import codec

aware = st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1),
                     timezones=st.sampled_from([UTC, timezone(timedelta(hours=1)),
                                                timezone(timedelta(hours=-5, minutes=-30))]))


def test_a_naive_time_is_refused_with_a_reason():
    with pytest.raises(NaiveDateTimeError, match="timezone"):
        utc_text(datetime(2026, 1, 31, 9, 0))


def test_the_stored_form_is_utc_with_microseconds_and_z():
    at = datetime(2026, 6, 1, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    assert utc_text(at) == "2026-06-01T09:30:00.000000Z"


@settings(max_examples=60, deadline=None)
@given(aware, aware)
def test_text_order_is_time_order_and_reading_gives_the_same_moment(a, b):
    assert from_utc_text(utc_text(a)) == a
    assert from_utc_text(utc_text(a)).tzinfo == UTC
    assert (utc_text(a) < utc_text(b)) == (a < b)
    # The domain's wire codec writes the same text, so chains hashed with either agree.
    assert utc_text(a) == codec.utc_iso(a)


def test_stored_text_without_a_timezone_is_not_read_as_local_time():
    with pytest.raises(NaiveDateTimeError):
        from_utc_text("2026-01-31T09:00:00.000000")


def test_the_column_type_refuses_a_naive_time_and_writes_nothing():
    engine = create_engine("sqlite://")
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True),
                  Column("at", UTCDateTime))
    table.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(table).values(id=1, at=datetime(2026, 1, 31, 9, tzinfo=UTC)))
    with pytest.raises(StatementError, match="timezone"), engine.begin() as connection:
        connection.execute(insert(table).values(id=2, at=datetime(2026, 1, 31, 9)))
    with engine.connect() as connection:
        assert connection.execute(select(table.c.at)).scalars().all() == [
            datetime(2026, 1, 31, 9, tzinfo=UTC)]
