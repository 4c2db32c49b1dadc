"""A board's clock: how the date its CE period ends is set, and the next such dates.

The date the mentor keeps for a license (`License.renewal_date`) is the day the CE period
ends, the deadline CE hours count toward; the cycle runs back `cycle_months` from it. Where a
license renews more often than CE is due (Virginia LCSW: yearly license, CE every two years)
or later than the CE period closes (Alabama psychology: CE year to September 30, renewal
October 15), the clock describes the CE period's end and `note` says what the license does.

basis
    fixed_date   — one date for everyone: `month`/`day`, in odd or even years (`parity`,
                   24-month periods), every third year from `anchor_year` (36), or every
                   year (12); with neither parity nor anchor known, which year is the
                   member's and is asked.
    birth_month  — the last day of the member's birth month; the year as above.
    birthday     — the member's birthday: only they know the date, so it is asked.
    anniversary  — from the license's own issue or last renewal date: asked.
    unknown      — the research does not say: asked, and the member is told so.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Literal

from pydantic import Field, model_validator

from bot.rules.periods import add_months
from bot.rules.schema import _Strict

Basis = Literal["fixed_date", "birth_month", "birthday", "anniversary", "unknown"]
MONTHS = tuple(calendar.month_name)[1:]


class RenewalClock(_Strict):
    """How a board sets the day a CE period ends (see the module docstring)."""

    basis: Basis = "unknown"
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    parity: Literal["odd", "even"] | None = None
    anchor_year: int | None = Field(default=None, ge=1990, le=2100)
    # False where the date rests on a CE provider's summary or an inference, not the rule
    # text or the board: the member is asked to check it against their license.
    confirmed: bool = True
    # What the license itself does when that differs from the CE period (member's words).
    note: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> RenewalClock:
        if self.basis == "fixed_date":
            if self.month is None or self.day is None:
                raise ValueError("month, day: required for a fixed_date clock")
            if self.day > calendar.monthrange(2001, self.month)[1]:
                raise ValueError(f"day: {self.month}/{self.day} is not a date")
        elif self.month is not None or self.day is not None:
            raise ValueError("month, day: only for a fixed_date clock")
        if self.basis not in ("fixed_date", "birth_month") and (self.parity or self.anchor_year):
            raise ValueError("parity, anchor_year: only for fixed_date or birth_month clocks")
        if self.parity and self.anchor_year:
            raise ValueError("parity, anchor_year: give one (odd/even years, or a 3-year anchor)")
        return self

    @property
    def computes(self) -> bool:
        """Whether the date follows from the board's rule (plus a birth month) alone."""
        return self.basis in ("fixed_date", "birth_month")


def check_cycle(clock: RenewalClock, cycle_months: int) -> None:
    """Raise ValueError when the clock's year rule does not fit the CE period's length."""
    if clock.parity and cycle_months != 24:
        raise ValueError(f"clock.parity: odd/even years fit a 24-month period, not {cycle_months}")
    if clock.anchor_year and cycle_months != 36:
        raise ValueError(f"clock.anchor_year: fits a 36-month period, not {cycle_months}")
    if clock.computes and cycle_months % 12:
        raise ValueError(f"clock: a yearly date needs whole years, not {cycle_months} months")


def due_on(clock: RenewalClock, year: int, birth_month: int | None = None) -> date:
    """The clock's date in `year` (a birth-month clock needs the month)."""
    month = clock.month if clock.basis == "fixed_date" else birth_month
    if month is None:
        raise ValueError("a birth-month clock needs the member's birth month")
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(clock.day or last, last))


def year_fits(clock: RenewalClock, year: int) -> bool:
    """Whether a CE period can end in `year` under the clock's odd/even or 3-year rule."""
    if clock.parity:
        return (year % 2 == 1) == (clock.parity == "odd")
    if clock.anchor_year:
        return (year - clock.anchor_year) % 3 == 0
    return True


def next_due_dates(
    clock: RenewalClock, cycle_months: int, after: date, birth_month: int | None = None
) -> list[date]:
    """The dates the member's current CE period may end on, soonest first.

    One date when the board's rule settles the year (odd/even years, a 3-year anchor, a
    yearly period); otherwise every candidate within one period after `after` (two for a
    24-month period whose year depends on the licensee), for the member to pick.
    Empty for a clock that does not compute dates (birthday, anniversary, unknown).
    """
    if not clock.computes or cycle_months % 12:
        return []
    limit = add_months(after, cycle_months)
    found = []
    for year in range(after.year, limit.year + 1):
        day = due_on(clock, year, birth_month)
        if after < day <= limit and year_fits(clock, year):
            found.append(day)
    settled = cycle_months == 12 or clock.parity or clock.anchor_year
    return found[:1] if settled else found


def matches(clock: RenewalClock, day: date) -> bool | None:
    """Whether `day` is one the clock can give; None when the clock can't tell (its date is
    the member's own) — a birth-month date is checked for being a month's last day."""
    if clock.basis == "fixed_date":
        return day == due_on(clock, day.year) and year_fits(clock, day.year)
    if clock.basis == "birth_month":
        return day == due_on(clock, day.year, day.month) and year_fits(clock, day.year)
    return None


def clock_words(clock: RenewalClock, cycle_months: int) -> str:
    """The rule in words: "March 31 of odd-numbered years", "the last day of your birth
    month every two years", "" for a clock whose date is the member's own."""
    if clock.basis == "fixed_date":
        when = f"{MONTHS[(clock.month or 1) - 1]} {clock.day}"
    elif clock.basis == "birth_month":
        when = "the last day of your birth month"
    else:
        return ""
    if clock.parity:
        return f"{when} of {clock.parity}-numbered years"
    if clock.anchor_year:
        return f"{when} every third year ({clock.anchor_year}, {clock.anchor_year + 3} …)"
    if cycle_months == 12:
        return f"{when} every year"
    return f"{when} every {_years(cycle_months)}"


def _years(months: int) -> str:
    count = months // 12
    return {1: "year", 2: "two years", 3: "three years"}.get(count, f"{count} years")
