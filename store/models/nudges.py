"""How a member wants to be nudged: delivery window, quiet hours, snooze, opt-outs, check-ins."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from store.types import json_column, utc_column, utc_now


class NudgePreferences(SQLModel, table=True):
    """One member's nudge settings; a member without a row gets the defaults."""

    # Cascade: "delete my data" removes the member row, and these settings go with it.
    member_id: int = Field(
        sa_column=Column(Integer, ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)
    )
    # Local minutes after midnight: default 09:00-17:00.
    window_start: int = 9 * 60
    window_end: int = 17 * 60
    # Local weekdays, Monday = 0.
    working_days: list[int] = Field(
        default_factory=lambda: [0, 1, 2, 3, 4], sa_column=json_column()
    )
    # A local span without nudges inside the window (e.g. a lunch hour or clinic hours).
    quiet_start: int | None = None
    quiet_end: int | None = None
    snoozed_until: date | None = None
    opted_out: list[str] = Field(default_factory=list, sa_column=json_column())
    checkin_every: str = Field(default="biweekly", max_length=10)  # weekly|biweekly|monthly|off
    updated_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())


class NudgeStanding(SQLModel, table=True):
    """What the rules engine last decided for a license, with the digest it decided from
    (bot/nudges/completeness.py): a sweep in any process, a restarted one too, reuses it while
    the digest still matches instead of reading the member's completions again."""

    license_id: int = Field(
        sa_column=Column(Integer, ForeignKey("license.id", ondelete="CASCADE"), primary_key=True)
    )
    proof: str = Field(max_length=20)
    complete: bool
    total_counted: float
