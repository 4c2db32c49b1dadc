"""A practice's own copy of a board rule set, imported from a file (issue #19)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from store.types import utc_column, utc_now


class RuleSetOverride(SQLModel, table=True):
    """One rule set the practice verified itself; it replaces the shipped one of this id."""

    __tablename__ = "rule_set_override"

    id: str = Field(primary_key=True, max_length=60)
    yaml_text: str = Field(sa_column=Column(Text, nullable=False))
    imported_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
    imported_by: str = Field(default="", max_length=200)
