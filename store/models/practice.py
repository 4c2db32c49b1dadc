"""Group practices: learning circles, study buddies, mentoring, and managers' digest settings.

Every member link cascades: "delete my data" removes a member's circle seats, pairings,
mentoring offers and digest settings with them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from store.types import json_column, utc_column, utc_now


def member_link(*, primary_key: bool = False, nullable: bool = False, ondelete: str = "CASCADE"):
    """A foreign key to member.id that goes when the member goes (or is emptied: SET NULL)."""
    return Field(
        sa_column=Column(
            Integer,
            ForeignKey("member.id", ondelete=ondelete),
            primary_key=primary_key,
            nullable=nullable,
            index=not primary_key,
        )
    )


class LearningCircle(SQLModel, table=True):
    """A channel turned into a peer-learning circle, with its prompt cadence and local time."""

    __table_args__ = (UniqueConstraint("workspace_id", "channel_id"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    channel_id: str = Field(max_length=200)  # the platform's channel/conversation id
    name: str = Field(default="", max_length=200)
    # Kept when the member who started it leaves: the circle belongs to the channel.
    started_by: int | None = member_link(nullable=True, ondelete="SET NULL")
    cadence: str = Field(default="weekly", max_length=10)  # weekly | biweekly | monthly | off
    weekday: int = 1  # local weekday of the prompt, Monday = 0
    local_minutes: int = 10 * 60  # local time of the prompt, minutes after midnight
    timezone: str = Field(default="", max_length=64)  # IANA zone the prompt time is in
    focus: str = Field(default="", max_length=100)  # optional topic or competency area
    # Teams: the channel's ConversationReference, so prompts can be posted proactively.
    reference: dict = Field(default_factory=dict, sa_column=json_column())
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())


class CircleSeat(SQLModel, table=True):
    """A member who has joined a circle; study-buddy introductions are opt-in per seat."""

    __table_args__ = (UniqueConstraint("circle_id", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    circle_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("learningcircle.id", ondelete="CASCADE"), nullable=False
        )
    )
    member_id: int = member_link()
    wants_buddy: bool = False
    joined_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())


class BuddyPairing(SQLModel, table=True):
    """Two members introduced as study buddies, and the shared goal or requirement why."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    first_member_id: int = member_link()
    second_member_id: int = member_link()
    reason: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())


class MentorOffer(SQLModel, table=True):
    """A clinician offering to mentor colleagues in one area they are experienced in."""

    __table_args__ = (UniqueConstraint("member_id", "area"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    member_id: int = member_link()
    area: str = Field(max_length=60)  # a competency area or topic key
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())


class MentorIntroduction(SQLModel, table=True):
    """An offered mentor/mentee introduction; made only when both have said yes."""

    __table_args__ = (UniqueConstraint("mentor_id", "mentee_id", "area"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    mentor_id: int = member_link()
    mentee_id: int = member_link()
    area: str = Field(max_length=60)
    mentee_said: str = Field(default="", max_length=10)  # "" (not asked yet) | yes | no
    mentor_said: str = Field(default="", max_length=10)
    introduced_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())


class DigestPreferences(SQLModel, table=True):
    """When and where a manager gets their team's compliance digest (defaults: Monday 09:00, DM)."""

    manager_id: int = member_link(primary_key=True)
    cadence: str = Field(default="weekly", max_length=10)  # weekly | biweekly | monthly | off
    weekday: int = 0
    local_minutes: int = 9 * 60
    channel_id: str = Field(default="", max_length=200)  # a private channel; "" = DM
    updated_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
