"""When a manager's digest is due: their local day and time (DST-correct), one per period.

weekly: every week on the chosen weekday; biweekly: every other week (even weeks counted
from Monday 5 Jan 1970); monthly: the first chosen weekday of the month. A slot is due once
its local time has come and for a day after (a drain that was down catches up; a settings
change applies from the next slot, never sending a surprise digest for one long gone).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.practice.cadence import is_slot_day, period_label
from bot.practice.digests.build import Period
from bot.rules.periods import add_months

CADENCES = ("weekly", "biweekly", "monthly", "off")
DEFAULT_WEEKDAY, DEFAULT_MINUTES = 0, 9 * 60  # Monday 09:00, the manager's local time
GRACE = timedelta(days=1)


@dataclass(frozen=True)
class Slot:
    """One due digest: when (UTC-aware), the period's key, and the days it covers."""

    due_at: datetime
    key: str
    period: Period


def current_slot(
    cadence: str, weekday: int, local_minutes: int, zone: ZoneInfo, now: datetime
) -> Slot | None:
    """The slot due at `now`, if its local time has come within the last day."""
    if cadence not in CADENCES or cadence == "off":
        return None
    today = now.astimezone(zone).date()
    for day in (today, today - timedelta(days=1)):
        if not is_slot_day(cadence, weekday, day):
            continue
        hours, minutes = divmod(local_minutes, 60)
        due = datetime.combine(day, time(hours, minutes), tzinfo=zone)
        if due <= now < due + GRACE:
            return Slot(due, period_key(cadence, day), period_for(cadence, day))
    return None


def period_key(cadence: str, day: date) -> str:
    """`2026-W48` for weekly and biweekly digests, `2026-11` for monthly ones."""
    return period_label(cadence, day)


def period_for(cadence: str, today: date) -> Period:
    """The days a digest sent on `today` covers (the last week, two weeks or month)."""
    if cadence == "monthly":
        return Period(add_months(today, -1), today)
    return Period(today - timedelta(days=14 if cadence == "biweekly" else 7), today)
