"""Calendar arithmetic for renewal cycles (whole months, end-of-month safe)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    """`day` moved by `months` calendar months; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def cycle_start_for(renewal_date: date, cycle_months: int) -> date:
    """The first day of the cycle that ends on `renewal_date`: the day after the previous
    renewal date, so a course taken on a renewal day counts in exactly one cycle."""
    return add_months(renewal_date, -cycle_months) + timedelta(days=1)


def months_between(start: date, end: date) -> int:
    """Whole calendar months from `start` to `end`, rounded to the nearest month."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day - start.day >= 15:
        months += 1
    elif start.day - end.day >= 15:
        months -= 1
    return months
