"""Column types shared by the tables."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, Column, DateTime
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Stores UTC; always hands back timezone-aware UTC, on SQLite too (which keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utc_column(*, nullable: bool = False, index: bool = False) -> Column:
    """A fresh timezone-aware UTC column (SQLAlchemy columns cannot be shared between tables)."""
    return Column(UTCDateTime(), nullable=nullable, index=index)


def json_column() -> Column:
    """A fresh JSON column holding a list or a dict."""
    return Column(JSON, nullable=False)


def utc_now() -> datetime:
    """The current instant in UTC (only for defaults; flows take `now` explicitly)."""
    return datetime.now(UTC)
