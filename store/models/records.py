"""Records a member keeps outside the chat: private calendar subscription links."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from store.types import utc_column, utc_now


class CalendarFeed(SQLModel, table=True):
    """A private calendar subscription link; only a SHA-256 of its token is kept."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
    revoked_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
