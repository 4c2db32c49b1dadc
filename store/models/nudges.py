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


class NudgeLicenseTally(SQLModel, table=True):
    """A license's row of the sweep's aggregate over its holder's completions, as read at the
    holder's records version (migration 0009) and cycle window start: a new process reuses it
    while both still match instead of aggregating every completion again (a trigger moves the
    version on every change to the member's licenses and completions).

    No foreign key: a first sweep writes every license's row, and PostgreSQL checked each
    against `license` one by one; a trigger on `license` deletes the rows of deleted licenses
    instead (migration 0018), and the sweep reads them only joined from the licenses."""

    license_id: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    records_version: int
    window_start: date  # the lower end of the hours' window (nudge_facts.cycle_lower)
    window_hours: float  # hours completed from window_start to the renewal date
    last_progress_on: date | None = None
    # The holder's completions, counted (count, highest id, latest logging instant, hours).
    count: int
    top_id: int | None = None
    logged: str | None = Field(default=None, max_length=40)  # UTC ISO text (nudge_proofs)
    hours: float | None = None
