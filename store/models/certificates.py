"""Certificate files a member sent, kept with the course they prove (issue #20)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from store.types import utc_column, utc_now


class CertificateFile(SQLModel, table=True):
    """One certificate file, by content: the same file sent twice is one row (SHA-256)."""

    __table_args__ = (UniqueConstraint("member_id", "sha256"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    # Undoing a course keeps its file, unattached, until the member's data is deleted.
    completion_id: int | None = Field(
        default=None, foreign_key="completion.id", index=True, ondelete="SET NULL"
    )
    sha256: str = Field(max_length=64)
    mime: str = Field(default="", max_length=100)
    size: int
    content: bytes = Field(sa_column=Column("bytes", LargeBinary, nullable=False))
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
