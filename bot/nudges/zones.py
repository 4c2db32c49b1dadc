"""`now` in every member time zone: the local instant, date and whether the default window is open.

The sweep reads it once per run; the candidates' checks read it per member.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.nudges.facts import Preferences
from bot.outbox.window import is_open, zone_of

DEFAULT_WINDOW = Preferences()


@dataclass(frozen=True)
class Local:
    """`now` in one time zone: the instant there, its date, and whether the default window is open."""

    zone: ZoneInfo
    at: datetime
    today: date
    default_open: bool


def local_times(zones: list[str], now: datetime) -> dict[str, Local]:
    """Each zone's local instant, date and default-window state at `now`."""
    result = {}
    for name in zones:
        zone = zone_of(name)
        at = now.astimezone(zone)
        result[name] = Local(zone, at, at.date(), is_open(DEFAULT_WINDOW, at))
    return result
