"""When a member may be nudged: their local window, working days and quiet hours (DST-correct)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.nudges.facts import Preferences

LOOKAHEAD_DAYS = 14


@lru_cache(maxsize=1024)
def zone_of(name: str) -> ZoneInfo:
    """The IANA zone, or UTC when unknown or invalid (cached: ZoneInfo keeps only 8 strongly)."""
    try:
        return ZoneInfo(name) if name else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo("UTC")


def _spans(prefs: Preferences) -> list[tuple[int, int]]:
    """The window as local minute spans, with the quiet hours cut out."""
    spans = [(prefs.window_start, prefs.window_end)]
    if prefs.quiet_start is None or prefs.quiet_end is None:
        return spans
    cut = []
    for start, end in spans:
        if prefs.quiet_start > start:
            cut.append((start, min(end, prefs.quiet_start)))
        if prefs.quiet_end < end:
            cut.append((max(start, prefs.quiet_end), end))
    return [(s, e) for s, e in cut if s < e]


def is_open(prefs: Preferences, local: datetime) -> bool:
    """Whether the local instant is inside the member's delivery window."""
    if local.weekday() not in prefs.working_days:
        return False
    minute = local.hour * 60 + local.minute
    return any(start <= minute < end for start, end in _spans(prefs))


def _at(day: date, minute: int, zone: ZoneInfo) -> datetime:
    """Local wall time `minute` on `day` as an aware instant (zoneinfo applies DST)."""
    return datetime.combine(day, time(minute // 60, minute % 60), tzinfo=zone)


def next_opening(prefs: Preferences, zone: ZoneInfo, after: datetime) -> datetime | None:
    """The first instant at or after `after` inside the window; None if there is none."""
    local = after.astimezone(zone)
    for offset in range(LOOKAHEAD_DAYS + 1):
        day = local.date() + timedelta(days=offset)
        if day.weekday() not in prefs.working_days:
            continue
        for start, end in _spans(prefs):
            if _at(day, end, zone) > local:
                return max(_at(day, start, zone), local)
    return None
