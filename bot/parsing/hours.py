"""Find contact hours in a message: hours, minutes, CE credits and (ambiguous) CEUs."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

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
_NUM = r"(?:\d+(?:\.\d+)?|\.\d+|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")"
_DIGITS = r"(?:\d+(?:\.\d+)?|\.\d+)"
_HALF = r"(?P<half>[\s-]*+(?:and[\s-]+a[\s-]+half|½|1/2))?"
_HOUR_UNIT = r"(?:contact|ce|clock|credit|cpd)?\s*+-?\s*+(?:hours?|hrs?|hs|h)(?![a-z])"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
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
    return sorted(found, key=lambda x: x.start)


def _mention(kind: str, m: re.Match[str]) -> HoursMention | None:
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
