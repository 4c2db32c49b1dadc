"""Find the completion date in a message; dateparser does the calendar arithmetic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = (
    r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat(?!\s+(?:through|in|for|down))|sun)"
    r"(?:day|nesday|urday|s?day)?"
)
_NUMBER_WORDS = r"(?:\d+|a|one|two|three|four|five|six|a\s+couple(?:\s+of)?|a\s+few)"

# Each pattern's group "when" is what dateparser reads; for a range it is the end date.
_PATTERNS = tuple(
    re.compile(p, re.I)
    for p in (
        r"\b(?P<when>\d{4}-\d{1,2}-\d{1,2})\b",
        rf"\b(?:{_MONTH}\s+{_DAY}\s*(?:-|–|—|to|thru|through)\s*)(?P<when>{_MONTH}\s+{_DAY})\b",
        rf"\b(?P<m>{_MONTH})\s+{_DAY}\s*(?:-|–|&|and|to)\s*(?P<d>{_DAY})(?P<y>,?\s+\d{{4}})?\b"
        r"(?!\s*+-?\s*+(?:contact|ce|h\b|hrs?|hours?|ceus?|credits?|min))",
        rf"\b(?P<when>{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?)\b",
        rf"\b(?P<when>{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?)(?![a-z])",
        r"\b\d{1,2}/\d{1,2}\s*-\s*(?P<when>\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b",
        r"(?<![\d/])(?P<when>\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?![\d/])",
        r"(?<![\d/.-])(?P<when>(?:1[0-2]|0?[1-9])-(?:3[01]|[12]\d|0?[1-9]))(?![\d/.-])"
        r"(?!\s*(?:h\b|hrs?|hours?|ceus?|ces?\b|credits?|min))",
        r"\b(?:on\s+)?the\s+(?P<ordinal>\d{1,2}(?:st|nd|rd|th))\b",
        r"\b(?P<when>(?:the\s+)?day\s+before\s+yesterday|yesterday|today|tonight|this\s+morning"
        r"|this\s+afternoon|this\s+am|earlier\s+today|tomorrow|last\s+week|next\s+week)\b",
        # "this week" names no day; today is the honest reading (and keeps it out of the title).
        r"\b(?P<today>(?:earlier\s+)?this\s+week)\b",
        rf"\b(?P<when>{_NUMBER_WORDS}\s+(?:days?|weeks?|months?)\s+ago)\b",
        r"\b(?P<weekend>(?:over\s+the|last|this\s+past|this)\s+weekend)\b",
        rf"\b(?P<when>(?:(?:last|this\s+past|past|this|next|on)\s+)?{_WEEKDAY})\b",
    )
)
READ_AT_MOST = 12  # dates read in one text: a course names one or two, a message a few courses
_WEEKDAY_FULL = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
    "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
}  # fmt: skip


@dataclass(frozen=True)
class DateMention:
    """A date said in the message and where it was said."""

    on: date
    start: int
    end: int
    rank: int = 0  # which pattern read it: lower is more explicit (a calendar date over "Tuesday")
    year_guessed: bool = False  # "Dec 15" with no year, read as last year's
    maybe_today: bool = False  # "Friday" said on a Friday: read as a week ago, may mean today


def find_date(text: str, today: date) -> DateMention | None:
    """The first date the message names, or None when it names none."""
    mentions = find_dates(text, today)
    return mentions[0] if mentions else None


def find_dates(text: str, today: date) -> list[DateMention]:
    """All non-overlapping dates the message names, in order; READ_AT_MOST of them at most.

    Each read is a dateparser call (a millisecond or more): a message of thousands of dates held
    the interpreter for seconds. The most explicit patterns are read first, so the dates a
    parse uses come first; in a message of a dozen dates or fewer, nothing is left out.
    """
    found: list[DateMention] = []
    taken = bytearray(len(text))  # 1 where a date already stands: one look per match
    reads = 0
    for rank, pattern in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            if taken.find(1, m.start(), m.end()) != -1:
                continue
            if reads == READ_AT_MOST:
                return sorted(found, key=lambda d: d.start)
            reads += 1
            on = _read(m, today)
            if on is not None:
                guessed = _year_guessed(m[0], on, today)
                bare_day = rank == len(_PATTERNS) - 1 and not re.search(r"last|past", m[0], re.I)
                maybe_today = bare_day and on == today - timedelta(days=7)
                found.append(DateMention(on, m.start(), m.end(), rank, guessed, maybe_today))
                taken[m.start() : m.end()] = b"\1" * (m.end() - m.start())
    return sorted(found, key=lambda d: d.start)


def _read(m: re.Match[str], today: date) -> date | None:
    groups = m.groupdict()
    if groups.get("ordinal"):
        day = int(re.sub(r"\D", "", groups["ordinal"]))
        # "the 3rd" means this month unless that day is still ahead, then last month.
        month = today if day <= today.day else today.replace(day=1) - timedelta(days=1)
        return _parse(f"{month:%B} {day} {month:%Y}", today)
    if groups.get("today"):
        return today
    if groups.get("weekend"):
        return _parse("last sunday", today)
    if groups.get("d"):
        return _parse(f"{groups['m']} {groups['d']}{groups.get('y') or ''}", today)
    when = re.sub(r"\s+", " ", groups["when"].lower())
    when = re.sub(r"\b(this past|past)\b", "last", when).replace("a couple of", "2")
    when = when.replace("a couple", "2").replace("a few", "3")
    when = re.sub(r"\bon\s+", "", when)
    when = re.sub(r"\b(" + "|".join(_WEEKDAY_FULL) + r")\b", lambda w: _WEEKDAY_FULL[w[1]], when)
    return _parse(when, today)


def _year_guessed(said: str, on: date, today: date) -> bool:
    """A month and day with no year that, read as this year, would still be ahead."""
    has_month = re.search(rf"\b{_MONTH}|\d{{1,2}}[/-]\d{{1,2}}", said, re.I)
    has_year = re.search(r"\b\d{4}\b|\d{1,2}/\d{1,2}/\d{2}\b", said)
    return bool(has_month and not has_year and on.year < today.year and on.month >= today.month)


@lru_cache(maxsize=1024)  # a message's dates are read again piece by piece; phrases only
def _parse(phrase: str, today: date) -> date | None:
    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        "DATE_ORDER": "MDY",
    }
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
