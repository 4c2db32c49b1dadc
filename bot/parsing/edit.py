"""Apply a clinician's correction ("make it 4 hours", "it was on the 3rd") to a completion."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from bot.parsing import doubts as why
from bot.parsing.catalog import index_for
from bot.parsing.completion import _INDEXES, fit_title, with_doubts
from bot.parsing.corrections import BARE_FIX
from bot.parsing.dates import find_dates
from bot.parsing.hours import find_hours
from bot.parsing.model import PROVIDER_AT_MOST, CatalogEntry, ParsedCompletion
from bot.parsing.phrases import normalize, shorten
from bot.parsing.vocabulary import find_provider, infer_format

_TITLE = re.compile(
    r"^\s*(?:title\s*(?::|is|=|should\s+be)|(?:it\s+was\s+|it'?s\s+)?called|the\s+(?:course|title)"
    r"\s+(?:was|is))\s*(?P<title>.+?)\s*$",
    re.I,
)
_PROVIDER = re.compile(r"^\s*provider\s*(?::|is|=)\s*(?P<provider>.+?)\s*$", re.I)
_BARE_NUMBER = re.compile(
    r"^\s*(?:make\s+it|change\s+(?:it\s+)?to|actually|it\s+was|no,?)?\s*(?P<n>\d+(?:\.\d+)?)\s*$",
    re.I,
)


def apply_edit(
    text: str, current: ParsedCompletion, *, today: date, catalog: Sequence[CatalogEntry] = ()
) -> ParsedCompletion | None:
    """``current`` with every change the message asks for, or None when it names none."""
    clean = normalize(text)
    titled = _TITLE.match(clean)
    if titled:
        return _retitle(current, titled["title"].strip(" \"'"), today, catalog)
    provider = _PROVIDER.match(clean)
    if provider:  # shown before it is logged; cut to what the store keeps for a provider
        return replace(current, provider=shorten(provider["provider"], PROVIDER_AT_MOST))
    changes: dict[str, Any] = {}
    settled: list[str] = []
    hours = find_hours(clean)
    bare = _BARE_NUMBER.match(clean)
    if hours:
        changes["hours"] = hours[0].hours
    elif bare:
        changes["hours"] = float(bare["n"])
    if hours or bare:
        settled.append("hours")
    dates = find_dates(clean, today)
    if dates:
        changes["completed_on"] = dates[0].on
        settled.append("date")
    fmt = infer_format(clean)
    if fmt and not (fmt == "live_online" and current.format == "in_person"):
        changes["format"] = fmt
    named = find_provider(clean)
    if named and re.search(r"\b(?:from|by|through|via|provider)\b", clean, re.I):
        changes["provider"] = named
    if not changes:
        return None
    doubts = current.doubts
    for field in settled:
        doubts = why.without_field(doubts, field)
    edited = replace(current, **changes, doubts=doubts)
    if edited.completed_on is not None and edited.completed_on > today:
        doubts = (*doubts, why.DATE_IN_FUTURE)
    return replace(edited, doubts=tuple(dict.fromkeys(doubts)))


def _retitle(
    current: ParsedCompletion, title: str, today: date, catalog: Sequence[CatalogEntry]
) -> ParsedCompletion:
    """A new title is matched against the catalog afresh; hours and date stay the user's.

    A "title" longer than any course's is no title to match: kept cut, with a doubt to say so.
    """
    shown = fit_title(title)
    cut = shown != title
    match = None if cut else index_for(catalog, _INDEXES).match(f"{title} {current.provider}")
    base = replace(current, title=shown, course_id=None, match_score=0.0, doubts=())
    said = find_hours(f"{current.hours:g} h")[0] if current.hours is not None else None
    edited = with_doubts(base, said, match, today)
    return replace(edited, doubts=(*edited.doubts, why.TITLE_CUT)) if cut else edited


def corrected(change: str, current: ParsedCompletion, *, today: date) -> ParsedCompletion | None:
    """``current`` with the change a correction asks for ("2 h, not 3"); None when none."""
    bare = BARE_FIX.match(change)
    if bare and not find_hours(change):
        return replace(current, hours=float(bare["n"]))
    # "2 h, not 3": what follows "not" is the old value, never the new one.
    said = re.split(r",?\s*\bnot\b", change, maxsplit=1)[0]
    return apply_edit(said, current, today=today)
