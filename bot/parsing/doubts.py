"""Plain-English reasons to confirm a completion, and which field each one is about."""

from __future__ import annotations

from datetime import date

from bot.parsing.model import TITLE_AT_MOST

HOURS_MISSING = "hours not given"
DATE_MISSING = "date not given — which day did you finish it?"
DATE_IN_FUTURE = "date is in the future"
TITLE_MISSING = "course name not given"
TITLE_CUT = f"course name cut to {TITLE_AT_MOST} characters — say _title: …_ with its name"

_OFFER = "close to the catalog's"
_FIELD_BY_MARK = {"hours": "hours", "CEU": "hours", "catalog says": "hours", "date": "date"}


def ceu_question(ceus: float, hours: float) -> str:
    """CEUs are ambiguous: IACET CEUs are 10 contact hours each, many people mean hours."""
    return f"CEUs can mean 10 hours each — {_num(ceus)} CEUs = {_num(ceus * 10)} hours?"


def catalog_offer(title: str) -> str:
    """A catalog course close to what was said: offered, never put in place of the member's words."""
    return f"{_OFFER} “{title}” — say _title: {title}_ to use it"


def hours_hedged(hours: float) -> str:
    """Hours said as a guess ("maybe 3 hrs?"): kept, but asked before anything is saved."""
    return f"hours said as about {_num(hours)} — how many hours does the certificate say?"


def hours_unsure(said: str) -> str:
    """Hours said as a choice ("either 3 or 4 hours"): asked, never one picked."""
    return f"hours not clear (“{said.strip()} …”) — how many hours was it?"


def year_guessed(on: date) -> str:
    """A month and day still ahead this year was read as last year's; say so."""
    return f"date read as {on:%b %-d, %Y} (that day is still ahead this year)"


def weekday_maybe_today(on: date) -> str:
    """A bare weekday said on that same weekday: a week ago, or today?"""
    return f"date read as {on:%a %b %-d} — say _today_ if you meant today"


def date_unread(said: str) -> str:
    """Words saying when that could not be read as a day: asked, never read as today."""
    return f"date not clear (“{said}”) — which day was it?"


def weekday_clash(on: date, said: str) -> str:
    """A weekday beside a date that falls on another day ("Friday 11/12", a Thursday)."""
    return f"date: you said {said}, but {on:%b %-d} is a {on:%A} — which day was it?"


def hours_disagree(catalog_hours: float, said_hours: float) -> str:
    """The catalog's hours win, but the clinician should see what they said differed."""
    return f"catalog says {_num(catalog_hours)} h, you said {_num(said_hours)} h"


def field_of(doubt: str) -> str:
    """Which field a doubt is about ("hours", "date", "title"), so an edit can clear it."""
    if doubt.startswith(_OFFER):  # a catalog title may hold "hours" or "date" itself
        return "title"
    for mark, field in _FIELD_BY_MARK.items():
        if mark in doubt:
            return field
    return "title"


def without_field(doubts: tuple[str, ...], field: str) -> tuple[str, ...]:
    """Doubts minus those an edit of ``field`` has settled."""
    return tuple(d for d in doubts if field_of(d) != field)


def _num(value: float) -> str:
    return f"{value:g}"
