"""When a circle's prompt is due: its local slot in each weekly, biweekly or monthly period."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.practice.cadence import is_slot_day, period_label
from store.models import LearningCircle

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A slot missed by more than this (the service was down) is dropped: a week-old prompt is noise.
LATE_AT_MOST = timedelta(hours=12)


def circle_zone(circle: LearningCircle) -> ZoneInfo:
    """The circle's IANA zone (UTC when unknown or invalid)."""
    try:
        return ZoneInfo(circle.timezone) if circle.timezone else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo("UTC")


def period_key(circle: LearningCircle, day: date) -> str:
    """The de-dup key of the period `day` falls in: one prompt per circle per period."""
    return f"circle:{circle.id}:{period_label(circle.cadence, day)}"


def slots(circle: LearningCircle, start: date, days: int) -> Iterator[datetime]:
    """The circle's prompt times (aware, local) on the `days` days from `start`."""
    zone = circle_zone(circle)
    created = circle.created_at.astimezone(zone).date()
    anchor = created - timedelta(days=created.weekday())
    at = time(circle.local_minutes // 60, circle.local_minutes % 60)
    for offset in range(days):
        day = start + timedelta(days=offset)
        if is_slot_day(circle.cadence, circle.weekday, day, anchor):
            yield datetime.combine(day, at, tzinfo=zone)


def due_slot(circle: LearningCircle, now: datetime) -> datetime | None:
    """The slot that has come and is not stale, if any (never one before the circle began)."""
    today = now.astimezone(circle_zone(circle)).date()
    for slot in slots(circle, today - timedelta(days=1), 2):
        if circle.created_at <= slot <= now and now - slot <= LATE_AT_MOST:
            return slot
    return None


def next_slot(circle: LearningCircle, now: datetime) -> datetime | None:
    """The next prompt time after `now` (None when prompts are off)."""
    if circle.cadence == "off":
        return None
    today = now.astimezone(circle_zone(circle)).date()
    return next((slot for slot in slots(circle, today, 70) if slot > now), None)


def describe_schedule(circle: LearningCircle) -> str:
    """'every Tuesday at 10:00 (America/Chicago)' and the like."""
    at = f"{circle.local_minutes // 60:02d}:{circle.local_minutes % 60:02d}"
    day = WEEKDAYS[circle.weekday]
    zone = circle.timezone or "UTC"
    match circle.cadence:
        case "off":
            return "paused (no prompts)"
        case "biweekly":
            return f"every other {day} at {at} ({zone})"
        case "monthly":
            return f"the first {day} of each month at {at} ({zone})"
    return f"every {day} at {at} ({zone})"
