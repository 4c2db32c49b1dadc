"""When a member may get a message: their local window, working days and quiet hours (DST-correct).

Every windowed outbox kind is held to it (nudges, introductions); the nudge settings edit it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LOOKAHEAD_DAYS = 14


@dataclass(frozen=True)
class DeliveryWindow:
    """A member's delivery window in local minutes (the default: weekdays 09:00-17:00)."""

    window_start: int = 9 * 60
    window_end: int = 17 * 60
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    quiet_start: int | None = None
    quiet_end: int | None = None


@dataclass(frozen=True)
class MemberWindow:
    """A member's window and the time zone it is read in."""

    timezone: str
    window: DeliveryWindow

    @property
    def zone(self) -> ZoneInfo:
        """The member's zone (UTC when unknown)."""
        return zone_of(self.timezone)


@lru_cache(maxsize=1024)
def zone_of(name: str) -> ZoneInfo:
    """The IANA zone, or UTC when unknown or invalid (cached: ZoneInfo keeps only 8 strongly)."""
    try:
        return ZoneInfo(name) if name else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo("UTC")


def _spans(window: DeliveryWindow) -> list[tuple[int, int]]:
    """The window as local minute spans, with the quiet hours cut out."""
    spans = [(window.window_start, window.window_end)]
    if window.quiet_start is None or window.quiet_end is None:
        return spans
    cut = []
    for start, end in spans:
        if window.quiet_start > start:
            cut.append((start, min(end, window.quiet_start)))
        if window.quiet_end < end:
            cut.append((max(start, window.quiet_end), end))
    return [(s, e) for s, e in cut if s < e]


def is_open(window: DeliveryWindow, local: datetime) -> bool:
    """Whether the local instant is inside the member's delivery window."""
    if local.weekday() not in window.working_days:
        return False
    minute = local.hour * 60 + local.minute
    return any(start <= minute < end for start, end in _spans(window))


def _at(day: date, minute: int, zone: ZoneInfo) -> datetime:
    """Local wall time `minute` on `day` as an aware instant (zoneinfo applies DST)."""
    return datetime.combine(day, time(minute // 60, minute % 60), tzinfo=zone)


def next_opening(window: DeliveryWindow, zone: ZoneInfo, after: datetime) -> datetime | None:
    """The first instant at or after `after` inside the window; None if there is none."""
    local = after.astimezone(zone)
    for offset in range(LOOKAHEAD_DAYS + 1):
        day = local.date() + timedelta(days=offset)
        if day.weekday() not in window.working_days:
            continue
        for start, end in _spans(window):
            if _at(day, end, zone) > local:
                return max(_at(day, start, zone), local)
    return None
