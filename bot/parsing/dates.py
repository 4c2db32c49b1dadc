"""Find the completion date in a message; dateparser does the calendar arithmetic."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
    r"(?:day|nesday|urday|s?day|s(?=\b))?"
)
_NUMBER_WORDS = r"(?:\d+|a|one|two|three|four|five|six|a\s+couple(?:\s+of)?|a\s+few)"

_ORDINAL_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
)
_DAY_NUMBER = (
    {word: n for n, word in enumerate(_ORDINAL_WORDS, 1)}
    | {f"twenty[- ]{word}": 20 + n for n, word in enumerate(_ORDINAL_WORDS[:9], 1)}
    | {"thirtieth": 30, "thirty[- ]first": 31}
)
_DAY_WORDS = "(?:" + "|".join(sorted(_DAY_NUMBER, key=len, reverse=True)) + ")"

# Each pattern's group "when" is what dateparser reads; for a range it is the end date.
_TO = r"\s*(?:-|–|—|&|\band\b|\bto\b|\bthru\b|\bthrough\b)\s*"
_ORD = r"\d{1,2}(?:st|nd|rd|th)"

# Each pattern's group "when" is what dateparser reads; for a range it is the end date, and
# group "from" (or "d1", "o1", "w1") its first day.
_PATTERNS = tuple(
    re.compile(p, re.I)
    for p in (
        r"\b(?P<when>\d{4}-\d{1,2}-\d{1,2})\b",
        rf"\b(?:(?P<from>{_MONTH}\s+{_DAY}){_TO})(?P<when>{_MONTH}\s+{_DAY})\b",
        rf"\b(?P<m>{_MONTH})\s+(?P<d1>{_DAY}){_TO}(?P<d>{_DAY})(?P<y>,?\s+\d{{4}})?\b"
        r"(?!\s*+-?\s*+(?:contact|ce|h\b|hrs?|hours?|ceus?|credits?|min))",
        rf"\b(?P<when>{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?)\b",
        # "February third", "Feb the twenty-first": the day in words.
        rf"\b(?P<m>{_MONTH})\s+(?:the\s+)?(?P<dayword>{_DAY_WORDS})\b",
        # "the 3rd and 4th of November"
        rf"\b(?:on\s+)?the\s+(?P<o1>{_ORD}){_TO}(?:the\s+)?(?P<when>{_ORD}\s+of\s+{_MONTH}"
        r"(?:,?\s+\d{4})?)(?![a-z])",
        # "5-6 Nov", "5th & 6th of November": a range, the day first.
        rf"(?<![\d.,/])(?P<o1>{_DAY}){_TO}(?P<when>{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?)"
        r"(?![a-z])",
        rf"\b(?P<when>{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?)(?![a-z])",
        r"\b(?P<from>\d{1,2}/\d{1,2})\s*(?:-|–|—|&|\+|\band\b|\bto\b|\bthru\b|\bthrough\b)\s*"
        rf"(?:{_WEEKDAY}\.?,?\s+)?(?P<when>\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\b",
        # "11/19-20": a range within one month.
        r"(?<![\d/])(?P<mm>\d{1,2})/(?P<d1>\d{1,2})\s*(?:-|–|—|&|\+)\s*(?P<d>\d{1,2})(?![\d/]|\.\d)"
        r"(?!\s*(?:h\b|hrs?|hours?|ceus?|ces?\b|credits?|min|[ap]\.?m\b))",
        # "10-02-2026", "10.2.2026": month, day, year, US order.
        r"(?<![\d/.-])(?P<mdy>\d{1,2}[-.]\d{1,2}[-.]\d{4})(?![\d/-]|\.\d)",
        r"(?<![\d/.-])(?P<when>\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?![\d/-]|\.\d)",
        # "11.24": month and day with a dot, when no unit says it is hours ("1.5 hrs").
        # The day in two digits: "(1.5)" is hours, never January 5.
        r"(?<![\d/.$-])(?P<mm>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12]\d|0[1-9])(?![\d/-]|\.\d)"
        r"(?!\s*(?:h\b|hrs?|hours?|ceus?|ces?\b|credits?|min|contact|%|stars?|pts?|points?))",
        r"(?<![\d/.-])(?P<when>(?:1[0-2]|0?[1-9])-(?:3[01]|[12]\d|0?[1-9]))(?![\d/-]|\.\d)"
        r"(?!\s*(?:h\b|hrs?|hours?|ceus?|ces?\b|credits?|min|[ap]\.?m\b))",
        rf"\b(?:on\s+)?the\s+(?P<o1>{_ORD}){_TO}(?:the\s+)?(?P<ordinal>{_ORD})\b",
        rf"\b(?:on\s+)?the\s+(?P<ordinal>{_ORD})\b",
        # "Thu–Fri last week", "the Monday before last", "Thursday of last week".
        rf"\b(?P<w1>{_WEEKDAY})(?:{_TO}|\s*\+\s*)(?P<w2>{_WEEKDAY})(?:\s+(?:of\s+)?(?P<wk>last\s+week|this\s+week"
        r"|this\s+past\s+week|the\s+week\s+before\s+last))?\b",
        rf"\b(?P<wk>last\s+week|this\s+past\s+week)\s+(?:on\s+)?(?P<w2>{_WEEKDAY})\b",
        rf"\b(?:the\s+)?(?P<w2>{_WEEKDAY})\s+(?:(?:of\s+)?(?P<wk>last\s+week|this\s+week"
        r"|this\s+past\s+week|the\s+week\s+before\s+last)|(?P<before>before\s+last))\b",
        # "yesterday and today": two days, the last one today.
        r"\b(?P<yt>yesterday\s*(?:and|&|\+|-|–|thru|through|to)\s*today)\b",
        r"\b(?P<yesterday>last\s+night|yest\.?(?:erday)?\s*(?:evening|eve|night|morning|afternoon"
        r"|am|pm)|yest\.|yest\b|yesterdy|yestrday|yesteday|yday\b|ydy\b|yestday\b)",
        r"\b(?P<when>(?:the\s+)?day\s+before\s+yesterday|yesterday|tomorrow)\b",
        # "earlier today", "just now", "~1 hr ago", "this am": today, said another way.
        r"(?P<today>\b(?:earlier\s+)?(?<!\bfor\s)today\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b"
        r"|\bjust\s+now\b|~?\b(?:an?|\d+)\s*(?:hours?|hrs?|mins?|minutes?)\s+ago\b"
        r"|\bthis\s+(?:am|a\.m\.)(?![a-z]))",
        # Holidays said as the day: the latest one on or before today.
        r"\b(?P<holiday>thanksgiving|christmas\s+eve|christmas|new\s+year'?s\s+(?:eve|day)"
        r"|juneteenth|(?:the\s+)?(?:4th|fourth)\s+of\s+july|july\s+4th|labor\s+day|memorial\s+day"
        r"|(?:st\.?\s+)?valentine'?s\s+day|v-day|halloween|veterans'?\s+day|(?:st\.?|saint)\s+"
        r"patrick'?s\s+day|st\.?\s+patty'?s\s+day|cinco\s+de\s+mayo|mlk\s+day|martin\s+luther\s+"
        r"king(?:\s+jr\.?)?\s+day|presidents'?\s+day|columbus\s+day|indigenous\s+peoples'?\s+day"
        r"|mother'?s\s+day|father'?s\s+day)\b"
        r"(?!\s+(?:day\s+)?weekend)",
        rf"\b(?P<when>{_NUMBER_WORDS}\s+(?:days?|weeks?|months?)\s+ago)\b",
        r"\b(?P<weekend>(?:over\s+the|last|this\s+past|this)\s+weekend(?:\s+before\s+last)?"
        r"|(?:over\s+)?the\s+weekend\s+before\s+last)\b",
        rf"\b(?P<when>(?:(?:last|this\s+past|past|this|next|on)\s+)?{_WEEKDAY})\b"
        r"(?:\s+(?:night|evening|eve|morning|afternoon)\b)?",
        # "this week" names no day; today is the honest reading (and keeps it out of the title),
        # after any weekday the message names ("this week: monday 2h …").
        r"\b(?P<today>(?:earlier\s+)?this\s+week)\b",
    )
)
# Dates said in a way no pattern reads: asked about, never read as today.
_UNREAD = re.compile(
    r"\b\d{1,2}[-.]\d{1,2}[-.]\d{2,4}\b"
    rf"|\b(?:{_NUMBER_WORDS})\s+(?:days?|weeks?|months?)\s+back\b"
    rf"|\b(?:in|during|over|early|mid|late|end\s+of|beginning\s+of)[\s-]+(?:{_MONTH})(?!\s*\d)\b"
    r"|\blast\s+month\b|\bthe\s+other\s+day\b|\brecently\b|\bearlier\s+this\s+month\b"
    r"|\bthis\s+month\b|\bweek\s+before\s+last\b|\ba\s+while\s+(?:ago|back)\b"
    r"|\b(?:last|past|next)\s+week\b|\bnot\s+sure\s+(?:which|what)\s+day\b"
    r"|\bweek\s+of\s+(?:the\s+)?\S+"
    r"|\b(?:labor|memorial|thanksgiving|christmas|easter|holiday|long|presidents'?)\s+(?:day\s+)?weekend\b",
    re.I,
)
_DAY_INDEX = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
READ_AT_MOST = 12  # dates read in one text: a course names one or two, a message a few courses
_WEEKDAY_FULL = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
}


# A year-less day read as last year's within this many days of today (a quarter) is the one
# meant, never doubted: a course is logged within weeks of it, rarely a year later.
PLAINLY_LAST_YEAR_DAYS = 92


@dataclass(frozen=True)
class DateMention:
    """A date said in the message and where it was said."""

    on: date
    start: int
    end: int
    rank: int = 0  # which pattern read it: lower is more explicit (a calendar date over "Tuesday")
    year_guessed: bool = False  # "Dec 15" with no year, read as last year's
    maybe_today: bool = False  # "Friday" said on a Friday: read as a week ago, may mean today
    first: date | None = None  # the first day of a range ("Nov 3-4"), None for one day
    weekday_said: str = ""  # "Friday 11/14" when the 14th is not a Friday: the weekday said


def find_date(text: str, today: date) -> DateMention | None:
    """The first date the message names, or None when it names none."""
    mentions = find_dates(text, today)
    return mentions[0] if mentions else None


def find_dates(text: str, today: date, *, last_week: bool = False) -> list[DateMention]:
    """All non-overlapping dates the message names, in order; READ_AT_MOST of them at most.

    Each read is a dateparser call (a millisecond or more): a message of thousands of dates held
    the interpreter for seconds. The most explicit patterns are read first, so the dates a
    parse uses come first; in a message of a dozen dates or fewer, nothing is left out.
    ``last_week``: the message (of which ``text`` is one course's part) said "last week".
    """
    found: list[DateMention] = []
    taken = bytearray(len(text))  # 1 where a date already stands: one look per match
    reads = 0
    for rank, pattern in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            if taken.find(1, m.start(), m.end()) != -1 or _WEEK_OF.search(
                text, max(m.start() - 20, 0), m.start()
            ):
                continue
            if reads == READ_AT_MOST:
                return sorted(found, key=lambda d: d.start)
            reads += 1
            on = _read(m, today)
            if on is not None and rank == _BARE_WEEKDAY_RANK and _in_last_week(text, m, last_week):
                on = _weekday_of(m["when"].split()[-1], "last week", False, today)
            if on is not None:
                guessed = _year_guessed(m[0], on, today)
                bare_day = rank == _BARE_WEEKDAY_RANK and not re.search(r"last|past", m[0], re.I)
                maybe_today = bare_day and on == today - timedelta(days=7)
                first = _first_day(m, on, today)
                clash = _weekday_clash(text, m, on, first) if rank < _WEEKDAY_RANK else ""
                # "finished it today, doing the next one tomorrow": a day still ahead is no
                # course's when another day is said.
                said = rank + len(_PATTERNS) if on > today else rank
                found.append(
                    DateMention(on, m.start(), m.end(), said, guessed, maybe_today, first, clash)
                )
                taken[m.start() : m.end()] = b"\1" * (m.end() - m.start())
    return _weekend_day(sorted(found, key=lambda d: d.start))


_LAST_WEEK = re.compile(r"\b(?:last|this\s+past)\s+week\b", re.I)
# "the week of 9/21": a week, which day of it unsaid (asked, see _UNREAD).
_WEEK_OF = re.compile(r"\bweek\s+of\s+(?:the\s+)?$", re.I)


def _in_last_week(text: str, m: re.Match[str], said: bool) -> bool:
    """ "last week I did … tuesday … and … thursday": a bare weekday of the week said."""
    return not re.search(r"last|past|this|next", m[0], re.I) and (
        said or bool(_LAST_WEEK.search(text))
    )


def says_last_week(text: str) -> bool:
    """Whether the message says "last week" (so its bare weekdays are that week's)."""
    return bool(_LAST_WEEK.search(text))


def _weekend_day(found: list[DateMention]) -> list[DateMention]:
    """ "over the weekend — Sunday —": the day named says which day of the weekend."""
    days = [d for d in found if d.first is None and d.on.weekday() >= 5 and d.rank >= _WEEKDAY_RANK]
    # "did two things this weekend: … on saturday and … sunday": each day is its course's; the
    # weekend stays a mention (its words are no title) but yields to the day named.
    last = len(_PATTERNS)
    return [replace(d, rank=last) if d.rank == _WEEKEND_RANK and days else d for d in found]


def unread_date(text: str, found: list[DateMention]) -> re.Match[str] | None:
    """Words that say when but that no pattern read ("yest. evening", "10-02-2026"), or None."""
    for m in _UNREAD.finditer(text):
        if not any(d.start < m.end() and m.start() < d.end for d in found):
            return m
    return None


# The pattern of a weekday said alone ("Friday"), and from which one on patterns name weekdays
# or relative days, not calendar dates.
_BARE_WEEKDAY_RANK = len(_PATTERNS) - 2
_WEEKEND_RANK = next(rank for rank, p in enumerate(_PATTERNS) if "weekend" in p.groupindex)
# Patterns from this one on name weekdays or relative days, not calendar dates.
_WEEKDAY_RANK = next(rank for rank, p in enumerate(_PATTERNS) if "w1" in p.groupindex)
_NEAR_WEEKDAY = re.compile(rf"\b({_WEEKDAY})\b\W{{0,3}}$|^\W{{0,3}}\(?({_WEEKDAY})\b", re.I)


def _weekday_clash(text: str, m: re.Match[str], on: date, first: date | None = None) -> str:
    """The weekday said right by a calendar date ("Friday 10/14") when that day is another; a
    weekday before a range ("mon 2/8 and tues 2/9") is its first day's."""
    before = _NEAR_WEEKDAY.search(text[max(m.start() - 14, 0) : m.start()])
    after = _NEAR_WEEKDAY.match(text[m.end() : m.end() + 14])
    said, day = (before[1], first or on) if before else (after[2] if after else "", on)
    if not said or _DAY_INDEX[said[:3].lower()] == day.weekday():
        return ""
    return said


def _first_day(m: re.Match[str], on: date, today: date) -> date | None:
    """The first day of a range the match names, or None for a single day."""
    groups = m.groupdict()
    first: date | None = None
    if groups.get("from"):
        first = _parse(_said(groups["from"]), today)
    elif groups.get("d1") and groups.get("mm"):
        first = _parse(f"{groups['mm']}/{groups['d1']}", today)
    elif groups.get("yt"):
        first = on - timedelta(days=1)
    elif groups.get("weekend") and "weekend" in m[0].lower():
        first = on - timedelta(days=1)  # Saturday and Sunday
    elif groups.get("d1"):
        first = _parse(f"{groups['m']} {groups['d1']}{groups.get('y') or ''}", today)
    elif groups.get("o1"):
        day = int(re.sub(r"\D", "", groups["o1"]))
        first = on.replace(day=day) if day <= on.day else None
    elif groups.get("w1"):
        span = (_DAY_INDEX[groups["w2"][:3].lower()] - _DAY_INDEX[groups["w1"][:3].lower()]) % 7
        first = on - timedelta(days=span)
    if first is not None and first.year != on.year and first > on:
        first = first.replace(year=on.year)  # "Dec 30 - Jan 2": read from the end's year
    return first if first is not None and first < on else None


def _read(m: re.Match[str], today: date) -> date | None:
    groups = m.groupdict()
    if groups.get("ordinal"):
        day = int(re.sub(r"\D", "", groups["ordinal"]))
        # "the 3rd" means this month unless that day is still ahead, then last month.
        in_month = today if day <= today.day else today.replace(day=1) - timedelta(days=1)
        return _parse(f"{in_month:%B} {day} {in_month:%Y}", today)
    if groups.get("today") or groups.get("yt"):
        return today
    if groups.get("holiday"):
        return _holiday(groups["holiday"], today)
    if groups.get("weekend"):
        sunday = _parse("last sunday", today)
        if sunday is not None and "before last" in groups["weekend"].lower():
            return sunday - timedelta(days=7)  # "the weekend before last"
        return sunday
    if groups.get("yesterday"):
        return today - timedelta(days=1)
    if groups.get("mdy"):
        month, day_of_month, year = (int(part) for part in re.split(r"[-.]", groups["mdy"]))
        if month > 12 >= day_of_month:  # "13.4.2026": said day first, as only it can be
            month, day_of_month = day_of_month, month
        return _day_or_none(year, month, day_of_month)
    if groups.get("dayword"):
        said = re.sub(r"[- ]", "[- ]", groups["dayword"].lower())
        return _parse(f"{groups['m']} {_DAY_NUMBER[said]}", today)
    if groups.get("mm"):
        return _parse(f"{groups['mm']}/{groups['d']}", today)
    if groups.get("d"):
        return _parse(f"{groups['m']} {groups['d']}{groups.get('y') or ''}", today)
    if groups.get("w2"):
        return _weekday_of(groups["w2"], groups.get("wk") or "", bool(groups.get("before")), today)
    return _parse(_said(groups["when"]), today)


# US holidays by the word that names them: a fixed (month, day), or the nth weekday of a month
# as (month, weekday, n), n = -1 for the last one. Checked in order ("christmas eve" first).
_HOLIDAYS: tuple[tuple[str, tuple[int, int] | tuple[int, int, int]], ...] = (
    ("thanksgiving", (11, 3, 4)),
    ("labor", (9, 0, 1)),
    ("memorial", (5, 0, -1)),
    ("christmas eve", (12, 24)),
    ("new year's eve", (12, 31)),
    ("christmas", (12, 25)),
    ("new year", (1, 1)),
    ("juneteenth", (6, 19)),
    ("valentine", (2, 14)),
    ("v-day", (2, 14)),
    ("halloween", (10, 31)),
    ("veteran", (11, 11)),
    ("patrick", (3, 17)),
    ("patty", (3, 17)),
    ("cinco", (5, 5)),
    ("mlk", (1, 0, 3)),
    ("martin luther", (1, 0, 3)),
    ("president", (2, 0, 3)),
    ("columbus", (10, 0, 2)),
    ("indigenous", (10, 0, 2)),
    ("mother", (5, 6, 2)),
    ("father", (6, 6, 3)),
    ("july", (7, 4)),
)


def _holiday(said: str, today: date) -> date:
    """The latest date of the holiday named on or before ``today`` (US holidays)."""
    said = re.sub(r"\s+", " ", said.lower()).replace("new years", "new year's")
    rule = next((when for word, when in _HOLIDAYS if word in said), (7, 4))

    def on(year: int) -> date:
        if len(rule) == 2:
            return date(year, rule[0], rule[1])
        month, weekday, nth = rule
        if nth < 0:  # the last such weekday of the month
            last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            return last - timedelta(days=(last.weekday() - weekday) % 7)
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))

    return on(today.year) if on(today.year) <= today else on(today.year - 1)


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_of(day: str, week: str, before_last: bool, today: date) -> date:
    """ "Fri last week", "the Monday before last", "Thu–Fri" (the latest past one)."""
    index = _DAY_INDEX[day[:3].lower()]
    week = re.sub(r"\s+", " ", week.lower())
    if week:
        back = {"this week": 0, "this past week": 1, "last week": 1}.get(week, 2)
        monday = today - timedelta(days=today.weekday() + 7 * back)
        return monday + timedelta(days=index)
    latest = today - timedelta(days=(today.weekday() - index) % 7)
    if not before_last:
        return latest
    # "the Monday before last", said on a Monday: last Monday was a week ago, this is one before.
    return latest - timedelta(days=14 if latest == today else 7)


def _said(phrase: str) -> str:
    """A date phrase in the words dateparser reads ("this past thurs" → "last thursday")."""
    when = re.sub(r"\s+", " ", phrase.lower())
    when = re.sub(r"\b(this past|past)\b", "last", when).replace("a couple of", "2")
    when = when.replace("a couple", "2").replace("a few", "3")
    when = re.sub(r"\bon\s+", "", when)
    return re.sub(r"\b(" + "|".join(_WEEKDAY_FULL) + r")\b", lambda w: _WEEKDAY_FULL[w[1]], when)


def _year_guessed(said: str, on: date, today: date) -> bool:
    """A month and day with no year that, read as this year, would still be ahead, and read
    as last year is long past: "12/28" said in January is plainly last December's."""
    has_month = re.search(rf"\b{_MONTH}|\d{{1,2}}[/-]\d{{1,2}}", said, re.I)
    has_year = re.search(r"\b\d{4}\b|\d{1,2}/\d{1,2}/\d{2}\b", said)
    long_past = (today - on).days > PLAINLY_LAST_YEAR_DAYS
    ahead = on.year < today.year and on.month >= today.month
    return bool(has_month and not has_year and ahead and long_past)


@lru_cache(maxsize=1024)  # a message's dates are read again piece by piece; phrases only
def _parse(phrase: str, today: date) -> date | None:
    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        "DATE_ORDER": "MDY",
    }
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
