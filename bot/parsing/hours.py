"""Find contact hours in a message: hours, minutes, CE credits and (ambiguous) CEUs."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from bot.parsing.wordlist import alternation

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90}
_WORDS = {
    "a": 1,
    "an": 1,
    **_UNITS,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    **_TENS,
    # "twenty-four", "forty five": tens and units.
    **{
        f"{t}{sep}{u}": tv + uv
        for t, tv in _TENS.items()
        for u, uv in _UNITS.items()
        for sep in "- "
    },
}
_NUM = r"(?:\d+(?:\.\d+)?|\.\d+|" + alternation(_WORDS) + ")"
_DIGITS = r"(?:\d+(?:\.\d+)?|\.\d+)"
_HALF = r"(?P<half>[\s-]*+(?:and[\s-]+a[\s-]+half|½|1/2))?"
_HOUR_UNIT = r"(?:contact|ce|clock|credit|cpd)?\s*+-?\s*+(?:hours?|hrs?|hs|h)(?![a-z])"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "1-4pm", "9:30am–12pm", "from 10 to 11:30 am": the time it took.
    (
        "span",
        re.compile(
            r"\b(?P<a>\d{1,2})(?::(?P<am>[0-5]\d))?\s*+(?P<ap1>[ap]\.?m\.?)?\s*+(?:-|–|to|until|til)\s*+"
            r"(?P<b>\d{1,2})(?::(?P<bm>[0-5]\d))?\s*+(?P<ap2>[ap]\.?m)\b\.?",
            re.I,
        ),
    ),
    # "two 3-hour sessions of the DBT training": the hours of all of them.
    (
        "times",
        re.compile(
            r"\b(?P<k>two|three|four|five|six|[2-9])\s+(?P<n>\d+(?:\.\d+)?|one|two|three|four|five"
            r"|six|seven|eight)\s*+-?\s*+(?:hours?|hrs?|h)\s+(?:sessions|days|parts|modules|classes"
            r"|meetings|evenings|mornings|afternoons)\b",
            re.I,
        ),
    ),
    ("half", re.compile(r"(?<!a\s)(?<!a-)\bhalf\s*+(?:an?\s*+)?-?\s*+hour\b", re.I)),
    ("hour_half", re.compile(r"\ban?\s+hour\s+and\s+a\s+half\b", re.I)),
    (
        "hm",
        re.compile(
            rf"\b(?P<n>{_NUM}){_HALF}\s*+-?\s*+{_HOUR_UNIT}"
            r"(?:\s*(?:and\s*)?(?P<m>\d{1,2})\s*(?:m|mins?|minutes?)\b"
            r"|(?<=[hH])(?P<m2>\d{2})\b)?",
            re.I,
        ),
    ),
    ("ceu", re.compile(rf"\b(?P<n>{_DIGITS})\s*+-?\s*+ceus?\b", re.I)),
    (
        "ce",
        re.compile(
            rf"\b(?P<n>{_DIGITS})\s*+-?\s*+(?:ce\s*credits?|ces|ce|credits?|units?)\b", re.I
        ),
    ),
    ("min", re.compile(rf"\b(?P<n>{_NUM})\s*+-?\s*+(?:minutes?|mins?|m)\b", re.I)),
)


@dataclass(frozen=True)
class HoursMention:
    """Hours said in the message, where, and whether they came as CEUs."""

    hours: float
    start: int
    end: int
    ceus: float | None = None
    bare: bool = False  # said with no unit, after its course ("ethics 3, telehealth 2", "(3)")


# "~1 hr ago", "for the past 2 hours": when, not how long the course was.
_WHEN_AFTER = re.compile(r"\s*(?:ago|earlier|later|before|after)\b", re.I)


def find_hours(text: str) -> list[HoursMention]:
    """All non-overlapping hour mentions, in the order they appear."""
    found: list[HoursMention] = []
    taken = bytearray(len(text))  # 1 where a mention already stands: one look per match
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if taken.find(1, m.start(), m.end()) != -1:
                continue
            if _WHEN_AFTER.match(text, m.end()):
                continue
            mention = _mention(kind, m)
            if mention is not None:
                found.append(mention)
                taken[m.start() : m.end()] = b"\1" * (m.end() - m.start())
    listed = len(_BRACKETED.findall(text, 0, LISTED_AT_MOST * 200)) >= 2  # "A (3) + B (2)"
    for m in _BRACKETED.finditer(text):
        # "'Documentation & Risk' thursday (1.5)", "the SUD one (2)": hours said bare, in
        # brackets, beside a course or in a message that counts in hours elsewhere.
        value = float(m["n"])
        if not 0 < value <= 40 or taken.find(1, m.start(), m.end()) != -1:
            continue
        if found or listed or _AFTER_A_COURSE.search(text[max(m.start() - 40, 0) : m.start()]):
            end = m.end() if m[0].endswith(")") else m.end("n")
            found.append(HoursMention(value, m.start(), end, bare=True))
    if found:
        # "an hr on psychosis and then 2 on bipolar": a second course's hours, its unit said once.
        for m in itertools.islice(_THEN_BARE.finditer(text), LISTED_AT_MOST):
            value = float(m["n"])
            if 0 < value <= 40 and taken.find(1, m.start(), m.end()) == -1:
                found.append(HoursMention(value, m.start("n"), m.end("n"), bare=True))
    else:
        found.extend(_listed(text, taken))
    return sorted(found, key=lambda x: x.start)


# "(3)", "(3, self study, …)": a bare number opening brackets beside a course.
_BRACKETED = re.compile(r"\(\s*(?P<n>\d{1,2}(?:\.\d{1,2})?)\s*(?:\)|,)")
# "ethics 3, telehealth 2", "schizophrenia basics 1.5 and antipsychotic meds 1": a list of
# courses, each followed by its hours with no unit; "Level 2", "part 1", "Web 2.0" are names.
_LISTED = re.compile(
    r"(?<=[a-z'\"])(?<!\blevel)(?<!\bpart)(?<!\bphase)(?<!\bmodule)(?<!\bstep)(?<!\bunit)"
    r"(?<!\bweek)(?<!\bday)(?<!\bbook)(?<!\bsession)(?<!\bgrade)(?<!\bversion)\s+"
    r"(?P<n>\d{1,2}(?:\.\d{1,2})?)(?=\s*(?:,|;|\band\b|&|\+|$|\.(?!\d)|\s*[—–-]\s)"
    # "…, telehealth 2 on Allied CE": the last course's hours, then who gave them.
    r"|\s+(?:on|from|via|through|thru|with|w/|at)\s+(?-i:[A-Z]))",
    re.I,
)
_THEN_BARE = re.compile(
    r"\b(?:and(?:\s+then)?|then|plus)\s+(?:another\s+)?(?P<n>\d{1,2}(?:\.\d{1,2})?)\s+"
    r"(?=(?:more\s+)?(?:on|of)\s+[a-z])",
    re.I,
)
_WORD_BEFORE = re.compile(r"[\w']+$")
_NOT_A_COURSE_WORD = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|(?:mon|tue|wed|thu|fri|sat"
    r"|sun)[a-z]*$|(?:on|the|of|at|by|to|from|in|no|number|top|over|under|about|like)$",
    re.I,
)
LISTED_AT_MOST = 10  # courses in one listed message, as COURSES_AT_MOST


# "got 5 hrs in: A (3) + B (2)", "6 hours total: …": a sum before the courses it adds up.
_SUM_LEAD = re.compile(r"\s*(?:in|total|worth|of\s+ce\w*|today|yesterday)?\s*:", re.I)


def without_sums(text: str, hours: list[HoursMention]) -> list[HoursMention]:
    """The mentions, less a total said before a list of two or more courses that adds up to it."""
    for i, said in enumerate(hours):
        rest = hours[i + 1 :]
        if (
            len(rest) >= 2
            and _SUM_LEAD.match(text, said.end)
            and abs(sum(h.hours for h in rest) - said.hours) < 0.01
        ):
            return [*hours[:i], *rest]
    return hours


def _listed(text: str, taken: bytearray) -> list[HoursMention]:
    """Bare hours after each of two or more courses in a list; none for a lone number."""
    said = []
    for m in _LISTED.finditer(text):
        value = float(m["n"])
        word = _WORD_BEFORE.search(text, max(m.start() - 12, 0), m.start())
        if word is not None and _NOT_A_COURSE_WORD.match(word[0]):
            continue  # "aug 12", "on the 3", "NASW 2026": a day or a name
        if 0 < value <= 40 and taken.find(1, m.start(), m.end()) == -1:
            said.append(HoursMention(value, m.start("n"), m.end("n"), bare=True))
        if len(said) > LISTED_AT_MOST:
            break
    return said if len(said) >= 2 else []


_AFTER_A_COURSE = re.compile(
    r"(?:\b(?:webinar|one|course|training|workshop|class|module|talk|seminar|session|lecture"
    r"|refresher|intensive|thing|ceu?s?)|['\"])\s*$",
    re.I,
)


def _mention(kind: str, m: re.Match[str]) -> HoursMention | None:
    if kind == "span":
        return _span(m)
    if kind == "times":
        each, times = _number(m["n"]), _number(m["k"])
        if each is None or times is None or not 0 < each * times <= 100:
            return None
        return HoursMention(each * times, m.start(), m.end())
    if kind == "half":
        return HoursMention(0.5, m.start(), m.end())
    if kind == "hour_half":
        return HoursMention(1.5, m.start(), m.end())
    value = _number(m.group("n"))
    if value is None or value <= 0:
        return None
    if kind == "ceu":
        hours = value * 10 if value < 1 or value != int(value) else value
        return HoursMention(hours, m.start(), m.end(), ceus=value)
    if kind == "min":
        return HoursMention(round(value / 60, 2), m.start(), m.end()) if value >= 10 else None
    if kind == "hm":
        value += 0.5 if m.group("half") else 0
        minutes = m.group("m") or m.group("m2")
        value += int(minutes) / 60 if minutes else 0
    return HoursMention(round(value, 2), m.start(), m.end()) if value <= 100 else None


def _number(raw: str) -> float | None:
    raw = raw.lower()
    if raw in _WORDS:
        return float(_WORDS[raw])
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) else None  # hundreds of digits read as infinity


def _span(m: re.Match[str]) -> HoursMention | None:
    """A clock span as hours: "1-4pm" is 3, "11-2pm" is 3 (from 11 am), "9:30am-12pm" 2.5."""
    end_pm = m["ap2"].lower().startswith("p")
    first, last = int(m["a"]), int(m["b"])
    if not (1 <= first <= 12 and 1 <= last <= 12):
        return None
    last_h = last % 12 + (12 if end_pm else 0) + int(m["bm"] or 0) / 60
    first_h: float
    if m["ap1"]:
        first_h = first % 12 + (12 if m["ap1"].lower().startswith("p") else 0)
    else:  # "1-4pm" shares the pm; "11-2pm" began in the morning
        first_h = first % 12 + (12 if end_pm else 0)
        if first_h > last_h:
            first_h -= 12
    first_h += int(m["am"] or 0) / 60
    took = last_h - first_h
    return HoursMention(round(took, 2), m.start(), m.end()) if 0 < took <= 12 else None
