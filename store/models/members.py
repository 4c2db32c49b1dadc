"""Who uses the mentor: workspaces (tenants), members, and their licenses."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from store.types import json_column, utc_column, utc_now


class Workspace(SQLModel, table=True):
    """A tenant: one Slack workspace, one Teams tenant, or the local terminal."""

    __table_args__ = (UniqueConstraint("platform", "external_id"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    external_id: str = Field(max_length=100)
    name: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())


class Member(SQLModel, table=True):
    """A person the mentor knows in one workspace, with their preferences."""

    __table_args__ = (UniqueConstraint("workspace_id", "platform_user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    platform_user_id: str = Field(max_length=100)
    display_name: str = Field(default="", max_length=200)
    timezone: str = Field(default="", max_length=64)
    role: str = Field(default="clinician", max_length=20)  # clinician | manager | admin
    manager_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    reachable: bool = True
    onboarded: bool = False
    budget_per_year: float | None = None
    hours_per_week: float | None = None
    preferred_formats: list[str] = Field(default_factory=list, sa_column=json_column())
    career_direction: str = Field(default="", max_length=100)
    interests: list[str] = Field(default_factory=list, sa_column=json_column())
    # Answers to rule conditions ("do you supervise associates?"): key -> bool.
    practice_facts: dict = Field(default_factory=dict, sa_column=json_column())
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
    # Moved by database triggers on every change to the member's licenses or completions.
    records_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class License(SQLModel, table=True):
    """One license a member holds, and the renewal cycle the mentor tracks for it."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    license_type: str = Field(max_length=20)  # LCSW | LPC | LMFT | PSYCHOLOGIST
    jurisdiction: str = Field(max_length=2)  # US state code
    renewal_date: date
    cycle_start: date | None = None
    rule_set_id: str = Field(max_length=40)
    first_renewal: bool = False
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
