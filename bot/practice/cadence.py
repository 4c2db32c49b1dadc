"""Weekly, biweekly and monthly schedules on a local weekday: shared by circle prompts and digests.

monthly = the first chosen weekday of the month; biweekly = every other week, counted from an
anchor Monday; the period key (`2026-W48`, or `2026-11` for monthly) makes one send a period.
"""

from __future__ import annotations

from datetime import date, timedelta

EPOCH_MONDAY = date(1970, 1, 5)


def is_slot_day(cadence: str, weekday: int, day: date, anchor: date = EPOCH_MONDAY) -> bool:
    """Whether `day` carries a slot; `anchor` is the Monday biweekly weeks count from."""
    if day.weekday() != weekday:
        return False
    if cadence == "monthly":
        return day.day <= 7
    if cadence == "biweekly":
        monday = day - timedelta(days=day.weekday())
        return (monday - anchor).days // 7 % 2 == 0
    return cadence == "weekly"


def period_label(cadence: str, day: date) -> str:
    """`2026-W48` for weekly and biweekly schedules, `2026-11` for monthly ones."""
    if cadence == "monthly":
        return f"{day:%Y-%m}"
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
