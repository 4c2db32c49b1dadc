"""A member's learning: goals, self-assessments, plan steps and completed CE."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from store.types import json_column, utc_column, utc_now


class Goal(SQLModel, table=True):
    """A concrete career goal with a target date. Private to the member."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    text: str = Field(max_length=300)
    target_date: date | None = None
    status: str = Field(default="active", max_length=20)  # active | done | dropped
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())


class SelfAssessment(SQLModel, table=True):
    """One run of the self-assessment. Private to the member; history is kept."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    taken_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())


class SkillRating(SQLModel, table=True):
    """Confidence 1-5 in one competency area, within one self-assessment."""

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(foreign_key="selfassessment.id", index=True)
    competency: str = Field(max_length=40)
    rating: int = Field(ge=1, le=5)


class Completion(SQLModel, table=True):
    """A CE activity the member finished."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    course_id: int | None = Field(default=None, foreign_key="course.id", index=True)
    title: str = Field(max_length=300)
    provider: str = Field(default="", max_length=200)
    hours: float
    completed_on: date = Field(index=True)
    format: str = Field(default="", max_length=20)
    topics: list[str] = Field(default_factory=list, sa_column=json_column())
    approval_body: str = Field(default="", max_length=100)
    certificate_name: str = Field(default="", max_length=300)
    certificate_ref: str = Field(default="", max_length=1000)
    source_message_id: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())


class PlanStep(SQLModel, table=True):
    """One dated step of a member's learning plan."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    license_id: int | None = Field(default=None, foreign_key="license.id")
    course_id: int | None = Field(default=None, foreign_key="course.id")
    title: str = Field(max_length=300)
    hours: float | None = None
    due_date: date
    status: str = Field(default="planned", max_length=20)  # planned | done | removed
    completion_id: int | None = Field(default=None, foreign_key="completion.id")
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
