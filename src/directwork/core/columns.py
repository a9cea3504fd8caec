"""The column type for times, shared by the vault's tables and the hub's.

Kept apart from ``utc`` so that only code that already speaks SQLAlchemy imports SQLAlchemy.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Dialect, String, TypeDecorator

from directwork.core.utc import from_utc_text, utc_text


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes, stored as fixed-width ISO text that sorts in time order.

    The same text on SQLite, SQLCipher and PostgreSQL. A naive datetime is refused
    (``core.utc.NaiveDateTimeError``) before anything is written.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else utc_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else from_utc_text(value)
