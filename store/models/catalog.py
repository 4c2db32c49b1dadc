"""The course catalog and peer reviews of its courses."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from store.types import json_column, utc_column, utc_now


class Course(SQLModel, table=True):
    """A CE course. Unknown hours or cost stay None and are shown as unknown."""

    __table_args__ = (UniqueConstraint("provider", "title"),)

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(default="", max_length=100, index=True)
    title: str = Field(max_length=300)
    provider: str = Field(default="", max_length=200)
    hours: float | None = None
    cost_usd: float | None = None
    cost_note: str = Field(default="", max_length=300)
    format: str = Field(default="", max_length=20)
    approval_bodies: list[str] = Field(default_factory=list, sa_column=json_column())
    topics: list[str] = Field(default_factory=list, sa_column=json_column())
    url: str = Field(default="", max_length=500)
    status: str = Field(default="", max_length=300)
    sources: list[str] = Field(default_factory=list, sa_column=json_column())
    confidence: str = Field(default="", max_length=20)
    sample: bool = False  # a fictional example course, shown as such
    # indexed: the suggestion cache asks "has the catalog changed?" on every turn
    updated_at: datetime = Field(default_factory=utc_now, sa_column=utc_column(index=True))


class Review(SQLModel, table=True):
    """A member's rating of a course, shared with their workspace only when they choose."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    course_id: int = Field(foreign_key="course.id", index=True)
    rating: int = Field(ge=1, le=5)
    text: str = Field(default="", max_length=500)
    shared: bool = False
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
