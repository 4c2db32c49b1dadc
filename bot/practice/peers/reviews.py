"""Reading "review <course> 4/5 great for trauma work": the course, the stars, the note."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from bot.parsing import CatalogEntry
from bot.parsing.catalog import index_for
from bot.parsing.completion import _INDEXES

LEADING = re.compile(r"^\W*(reviews?|rate|rating)\b[\s:]*", re.I)
# A number starts where its digits start (`(?<!\d)`): tried from inside a long run of digits,
# `\d+` would rescan the rest of the run from every position, its length squared in all.
RATING = re.compile(
    r"(?P<n>-?(?<!\d)\d+(?:[.,]\d+)?)\s*(?:/\s*(?P<of>\d+)|out of\s*(?P<of2>\d+)|stars?\b)"
    r"|(?P<stars>★+☆*)",
    re.I,
)
ASK_AT_MOST = 4  # courses offered when a name fits several


@dataclass(frozen=True)
class SaidReview:
    """What a review message said; `problem` explains a rating that could not be taken."""

    course: str
    rating: int | None
    text: str
    problem: str = ""


def read_review(text: str) -> SaidReview:
    """Split a review message into course phrase, 1–5 rating and the note after it."""
    text = LEADING.sub("", text.strip())
    found = RATING.search(text)
    if found is None:
        return SaidReview(text.strip(" -–—:,."), None, "")
    course = text[: found.start()].strip(" -–—:,.")
    note = text[found.end() :].strip(" -–—:,.")
    if found["stars"]:
        return SaidReview(course, found["stars"].count("★"), note)
    # Read as floats, which take any number of digits (int() refuses over 4,300 of them).
    value = float(found["n"].replace(",", "."))
    out_of = float(found["of"] or found["of2"] or 5)
    if out_of != 5 or not 1 <= value <= 5 or value != int(value):
        problem = (
            "Ratings go from 1 to 5 whole stars"
            + (" (out of 5, not out of 10)" if out_of != 5 else "")
            + " — I'll ask you for one in a moment."
        )
        return SaidReview(course, None, note, problem)
    return SaidReview(course, int(value), note)


def course_candidates(
    entries: Sequence[CatalogEntry], logged_ids: Collection[int], phrase: str
) -> tuple[list[CatalogEntry], bool]:
    """The catalog courses a phrase may name, and whether the first is sure (else: ask).

    A course the member logged wins; then the completion parser's typo-tolerant match;
    a name several titles share ("ethics"), or a loose match, gives the closest few.
    """
    by_id = {entry.id: entry for entry in entries}
    query = utils.default_process(phrase)
    if not query:
        return [], False
    logged = {
        course_id
        for course_id in logged_ids
        if course_id in by_id
        and fuzz.token_set_ratio(query, utils.default_process(by_id[course_id].title)) >= 85
    }
    if len(logged) == 1:
        return [by_id[logged.pop()]], True
    exact = [entry for entry in entries if utils.default_process(entry.title) == query]
    if len(exact) == 1:
        return exact, True
    match = index_for(entries, _INDEXES).match(phrase)
    titles = [utils.default_process(entry.title) for entry in entries]
    close = _closest(query, titles, entries, 90)
    if match is not None and not (match.loose or match.topical) and len(close) <= 1:
        return [match.entry], True
    pool = ([match.entry] if match is not None else []) + close
    if match is None or match.loose:  # a typo or a partial name: offer what comes near
        pool += _closest(query, titles, entries, 60)
    return list({entry.id: entry for entry in pool}.values())[:ASK_AT_MOST], False


def _closest(query: str, titles: list[str], entries, cutoff: float) -> list[CatalogEntry]:
    found = process.extract(
        query,
        titles,
        scorer=fuzz.token_set_ratio,
        processor=None,
        score_cutoff=cutoff,
        limit=ASK_AT_MOST,
    )
    return [entries[i] for _, _, i in found]
