"""Read a clinician's chat sentence as one or more completed CE courses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from bot.parsing import doubts as why
from bot.parsing.catalog import CatalogIndex, CatalogMatch, index_for
from bot.parsing.dates import DateMention, find_dates
from bot.parsing.hours import HoursMention, find_hours
from bot.parsing.intent import is_completion, looks_like_client_info
from bot.parsing.model import CatalogEntry, ParsedCompletion, ParseResult
from bot.parsing.phrases import course_phrase, normalize, split_courses
from bot.parsing.vocabulary import find_provider, infer_format, infer_topics

# Memo of prepared catalogs by object identity, so a 20,000-course catalog passed on every
# message is indexed once; it holds at most a few catalogs and no clinician data.
_INDEXES: dict[int, tuple[Sequence[CatalogEntry], CatalogIndex]] = {}


def parse_completion(
    text: str, *, today: date, catalog: Sequence[CatalogEntry] = ()
) -> ParseResult:
    """Completions reported in ``text``; client details are flagged and nothing is kept."""
    if looks_like_client_info(text):
        return ParseResult(is_completion=False, items=(), client_info=True)
    clean = normalize(text)
    if not is_completion(clean):
        return ParseResult(is_completion=False)
    index = index_for(catalog, _INDEXES)
    pieces = split_courses(clean, find_hours(clean))
    shared_dates = find_dates(clean, today)
    shared_format = infer_format(clean)
    items = tuple(
        _completion(piece, today, index, shared_dates[0] if shared_dates else None, shared_format)
        for piece in pieces
    )
    return ParseResult(is_completion=True, items=items)


def _completion(
    piece: str, today: date, index: CatalogIndex, shared_date: DateMention | None, fmt: str
) -> ParsedCompletion:
    hours = find_hours(piece)
    dates = find_dates(piece, today)
    phrase = course_phrase(piece, hours, dates)
    when = dates[0] if dates else shared_date
    said = next((h for h in hours if h.ceus is None), hours[0] if hours else None)
    item = ParsedCompletion(
        title=phrase,
        provider=find_provider(piece),
        hours=said.hours if said else None,
        completed_on=when.on if when else today,
        format=infer_format(piece),
        topics=infer_topics(piece),
    )
    match = index.match(f"{phrase} {item.provider}") if phrase else None
    item = with_doubts(item, said, match, today)
    # The message's general wording ("webinar") is the last resort, after the catalog.
    return item if item.format else replace(item, format=fmt)


def with_doubts(
    item: ParsedCompletion, said: HoursMention | None, match: CatalogMatch | None, today: date
) -> ParsedCompletion:
    """Apply the catalog's word over guesses and list every reason to confirm."""
    doubts: list[str] = []
    hours = item.hours
    if match is not None:
        entry = match.entry
        if match.loose:
            doubts.append(why.TITLE_LOOSE)
        if entry.hours is not None:
            agrees = hours is None or abs(entry.hours - hours) < 0.01
            if said is not None and said.ceus is not None:
                agrees = agrees or abs(entry.hours - said.ceus) < 0.01
            if not agrees:
                doubts.append(why.hours_disagree(entry.hours, hours))
            hours = entry.hours
        elif said is not None and said.ceus is not None:
            doubts.append(why.ceu_question(said.ceus, said.hours))
        item = ParsedCompletion(
            title=entry.title,
            provider=entry.provider or item.provider,
            hours=hours,
            completed_on=item.completed_on,
            format=item.format or entry.format,
            topics=entry.topics or item.topics,
            course_id=entry.id,
            match_score=match.score,
        )
    elif said is not None and said.ceus is not None:
        doubts.append(why.ceu_question(said.ceus, said.hours))
    doubts.extend(_basic_doubts(item, today))
    return replace(item, doubts=tuple(doubts))


def _basic_doubts(item: ParsedCompletion, today: date) -> list[str]:
    doubts = []
    if not item.title:
        doubts.append(why.TITLE_MISSING)
    if item.hours is None:
        doubts.append(why.HOURS_MISSING)
    if item.completed_on is not None and item.completed_on > today:
        doubts.append(why.DATE_IN_FUTURE)
    return doubts
