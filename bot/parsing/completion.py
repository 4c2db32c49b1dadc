"""Read a clinician's chat sentence as one or more completed CE courses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from rapidfuzz import fuzz, utils

from bot.parsing import doubts as why
from bot.parsing.abbreviations import spelled_out
from bot.parsing.catalog import (
    CatalogIndex,
    CatalogMatch,
    index_for,
    names_most_of,
    names_opening,
    shares_subject,
)
from bot.parsing.client_phrases import course_beside_a_client
from bot.parsing.corrections import looks_like_correction
from bot.parsing.dates import DateMention, find_dates, says_last_week, unread_date
from bot.parsing.hours import HoursMention, find_hours, without_sums
from bot.parsing.intent import is_completion, looks_like_client_info, without_totals
from bot.parsing.model import TITLE_AT_MOST, CatalogEntry, ParsedCompletion, ParseResult
from bot.parsing.phrases import (
    APPROVAL,
    QUOTED,
    course_phrase,
    normalize,
    other_clauses,
    shorten,
    split_courses,
)
from bot.parsing.providers import approver_named, provider_mention, without_organisations
from bot.parsing.spelling import fix_typos
from bot.parsing.vocabulary import infer_format, infer_topics
from bot.rules.facts import EXAM_FORMAT
from bot.topics import TOPICS
from bot.us_states import STATE_CODES, STATE_NAMES

# Memo of prepared catalogs by object identity, so a 20,000-course catalog passed on every
# message is indexed once; it holds at most a few catalogs and no clinician data.
_INDEXES: dict[int, tuple[Sequence[CatalogEntry], CatalogIndex]] = {}
# Bounds that keep one message's work in proportion to what a chat message reports: each course
# costs catalog matches and date reads, and a pasted wall of text names no course at all.
COURSES_AT_MOST = 10  # courses read from one message; the log flow asks for the rest apart
CLAUSES_AT_MOST = 12  # a piece's other clauses tried against the catalog when its name fails


def parse_completion(
    text: str, *, today: date, catalog: Sequence[CatalogEntry] = (), said_log: bool = False
) -> ParseResult:
    """Completions reported in ``text``; client details are flagged and nothing is kept.

    ``said_log``: the member asked to log it, so a sentence without a completion verb counts.
    """
    # "had a rough session with my client J, then finished the 2 h trauma webinar": the course
    # is read from its own clauses, flagged, so a flow can say what it left out; no client
    # word stays. An organisation's name ("Hazelden Betty Ford") is no client's.
    flagged = looks_like_client_info(text)
    if not flagged or looks_like_client_info(without_organisations(text)):
        rest = course_beside_a_client(text)
        if flagged and (rest is None or rest == text or looks_like_client_info(rest)):
            return ParseResult(is_completion=False, items=(), client_info=True)
        if rest is None:  # all about a client ("my pt finished his anger management course")
            return ParseResult(is_completion=False)
        if rest != text:
            # "did 2 hrs of sessions with a pt, then a 3 h workshop": the verb went with the client.
            said = said_log or is_completion(fix_typos(normalize(text)))
            read = parse_completion(rest, today=today, catalog=catalog, said_log=said)
            return replace(read, client_info=True)
    clean = fix_typos(normalize(text))
    exam = exam_passed(clean, today)
    if exam is not None:
        return ParseResult(is_completion=True, items=(exam,))
    if looks_like_correction(clean) or not is_completion(clean, said_log=said_log):
        return ParseResult(is_completion=False)
    clean = without_totals(clean).strip()  # "that puts me at 24 of my 36" is no course
    if not clean:
        return ParseResult(is_completion=False)
    index = index_for(catalog, _INDEXES)
    hours, dates = without_sums(clean, find_hours(clean)), find_dates(clean, today)
    pieces = split_courses(clean, hours)
    shared_dates = sorted(dates, key=lambda d: d.rank)
    shared_format = infer_format(clean)
    if len(pieces) > 1 and not _SAID_OF_ALL.search(clean):
        # "a 3 hr ethics webinar on saturday and 1.5 hrs on-demand sunday": one course's format
        # is its own, unless said of all ("both live").
        owned = [infer_format(piece) for piece in pieces]
        if any(owned) and not all(owned):
            shared_format = ""
    read_once = {clean: (hours, dates)}  # a message of one course is its own piece: read it once
    last_week = says_last_week(clean)
    items = tuple(
        _completion(
            piece,
            today,
            index,
            shared_dates[0] if shared_dates else None,
            shared_format,
            read_once.get(piece) or _piece_mentions(clean, piece, offset, hours, today, last_week),
            last_week,
        )
        for piece, offset in _with_offsets(clean, pieces[:COURSES_AT_MOST])
    )
    # "two PESI webinars: …": one provider named for several courses is each one's.
    named = {item.provider for item in items if item.provider and item.course_id is None}
    if len(items) > 1 and len(named) == 1:
        items = tuple(
            item if item.provider else replace(item, provider=next(iter(named))) for item in items
        )
    if len(items) > 1:
        items = _formats_of_all(clean, hours, pieces, items)
    unread = max(len(pieces) - COURSES_AT_MOST, 0)
    return ParseResult(is_completion=True, items=items, unread_courses=unread)


_SAME = re.compile(r"\b(?:same|ditto)\b", re.I)


def _formats_of_all(
    text: str,
    hours: list[HoursMention],
    pieces: Sequence[str],
    items: tuple[ParsedCompletion, ...],
) -> tuple[ParsedCompletion, ...]:
    """Formats said once for a list of courses: in its lead ("two on-demand courses: …"), in its
    tail after the last course ("… (2), NASW Montana, on demand"), or as "same" ("(2, same)")."""
    lead = text[: text.find(":")] if ":" in text[: hours[0].start if hours else 0] else ""
    last_title = text.lower().find(items[-1].title.lower()) if items[-1].title else -1
    tail = text[hours[-1].end :] if hours and -1 < last_title < hours[-1].start else ""
    owned = [infer_format(piece) for piece in pieces[: len(items) - 1]]
    said = infer_format(lead) or (infer_format(tail) if not any(owned) else "")
    out: list[ParsedCompletion] = []
    for i, item in enumerate(items):
        if not item.format and said:
            item = replace(item, format=said)
        elif not item.format and i and _SAME.search(pieces[i]) and out[-1].format:
            item = replace(item, format=out[-1].format)
        out.append(item)
    return tuple(out)


def _with_offsets(text: str, pieces: Sequence[str]) -> list[tuple[str, int]]:
    """Each piece with where it starts in ``text`` (-1 for a piece that is no slice of it)."""
    out, at = [], 0
    for piece in pieces:
        found = text.find(piece, at)
        out.append((piece, found))
        at = found + len(piece) if found != -1 else at
    return out


def _piece_mentions(
    text: str,
    piece: str,
    offset: int,
    hours: list[HoursMention],
    today: date,
    last_week: bool,
) -> tuple[list[HoursMention], list[DateMention]]:
    """A piece's hours and dates; hours read in the whole message ("ethics 3, telehealth 2",
    "(3, self study)") are kept when the piece alone says fewer."""
    own = find_hours(piece)
    if offset != -1:
        said = [
            replace(h, start=h.start - offset, end=h.end - offset)
            for h in hours
            if offset <= h.start and h.end <= offset + len(piece)
        ]
        own = said or own
    return own, find_dates(piece, today, last_week=last_week)


_HEDGE_BEFORE = re.compile(
    r"(?:~|≈|\b(?:maybe|like|roughly|approx(?:imately|\.)?|around|about|probably|almost|nearly"
    r"|prob|abt|approximately))\s*$",
    re.I,
)
_HEDGE_AFTER = re.compile(r"\s*(?:\?|-?ish\b|or\s+so\b|(?:give\s+or\s+take))", re.I)


def _hedged(piece: str, said: HoursMention) -> bool:
    """Hours said as a guess: "maybe 3 hrs?", "like 4 hours", "~11 hours", "2 hrs or so"."""
    return bool(
        _HEDGE_BEFORE.search(piece[max(said.start - 16, 0) : said.start])
        or _HEDGE_AFTER.match(piece, said.end)
    )


_EVENT_OPENS = re.compile(
    r"(?:annual\s+|fall\s+|spring\s+|summer\s+|winter\s+)?(?:conference"
    r"|summit|symposium|convention|meeting)\b",
    re.I,
)
_LED = re.compile(
    r"(?:from|by|via|through|thru|with|hosted\s+by|put\s+on\s+by|offered\s+by|presented\s+by"
    r"|sponsored\s+by)\b",
    re.I,
)
_SAID_OF_ALL = re.compile(r"\b(?:both|all|each|every\s+one)\b", re.I)
_EITHER = re.compile(r"\b\d+(?:\.\d+)?\s*(?:or|to|-|–)\s*$", re.I)
# "just finished", "just got done with": said of today.
_SELF_FIX = re.compile(
    r"\b(?:no\s+wait|wait\s+no|wait|sorry|i\s+mean|actually|correction|oops)\W*(?:it\s+was\s+)?"
    r"(?:on\s+)?(?:the\s+)?$",
    re.I,
)
_JUST_DID = re.compile(
    r"\bjust\s+(?:now\s+)?(?:got\s+)?(?:\w+ed|did|done|took|wrapped)\b"
    r"|\bpassed\s+the\s+(?:post[- ]?test|quiz|test|exam)\b",  # "passed the post test!": just now
    re.I,
)
# "passed the Texas jurisprudence exam", "took my JP exam": a pass/fail requirement met. A
# course about jurisprudence ("2 h jurisprudence exam prep course") or a failed attempt is not.
_EXAM_SAID = re.compile(
    r"\b(?:passed|took|completed|finished|did|sat|cleared|aced)\b(?:(?!\bnot\b)[^.?!]){0,60}?"
    r"\b(?:jurisprudence|juris|jp)\b[^.?!]{0,20}?\b(?:exam|examination|test)\b",
    re.I,
)
_NOT_AN_EXAM = re.compile(
    r"\b(?:prep|preparation|review|course|class|training|webinar|workshop|failed|fail|didn'?t"
    r"|did\s+not|haven'?t|not\s+yet|next|will|going\s+to|need\s+to|study(?:ing)?\s+for)\b"
    r"|\d\s*(?:h\b|hrs?\b|hours?\b|ceus?\b|credits?\b)",
    re.I,
)
# Jurisprudence exams by state, from the shared topic vocabulary ("state_law_tx": "Texas …").
_EXAM_TOPICS = {
    key[-2:].upper(): key for key, label in TOPICS.items() if "jurisprudence" in label.lower()
}


def exam_passed(text: str, today: date) -> ParsedCompletion | None:
    """A passed state jurisprudence exam, as a completion of no hours; None for anything else.

    The state is the one named; unnamed ("my JP exam"), every jurisprudence exam the
    vocabulary knows is named, so it meets the exam of whichever license has one.
    """
    said = _EXAM_SAID.search(text)
    if said is None or _NOT_AN_EXAM.search(text) or text.rstrip().endswith("?"):
        return None
    lowered = text.casefold()
    states = [code for name, code in STATE_NAMES.items() if re.search(rf"\b{name}\b", lowered)] + [
        code for code in re.findall(r"\b([A-Z]{2})\b", text) if code in _EXAM_TOPICS
    ]
    named = [code for code in dict.fromkeys(states) if code in _EXAM_TOPICS]
    topics = tuple(_EXAM_TOPICS[code] for code in named) or tuple(_EXAM_TOPICS.values())
    dates = find_dates(text, today)
    when = min(dates, key=lambda d: d.rank) if dates else None
    state = f"{STATE_CODES[named[0]]} j" if named else "J"
    item = ParsedCompletion(
        title=f"{state}urisprudence exam (passed)",
        hours=0.0,
        completed_on=when.on if when else None,  # no day said: asked, never today
        format=EXAM_FORMAT,
        topics=topics,
    )
    doubts = list(_basic_doubts(item, today))
    if when is not None and when.year_guessed:
        doubts.append(why.year_guessed(when.on))
    return replace(item, doubts=tuple(doubts))


def fit_title(phrase: str) -> str:
    """The course's name as said, cut at a word to TITLE_AT_MOST characters when longer."""
    return shorten(phrase, TITLE_AT_MOST)


def _completion(
    piece: str,
    today: date,
    index: CatalogIndex,
    shared_date: DateMention | None,
    fmt: str,
    mentions: tuple[list[HoursMention], list[DateMention]] | None = None,
    last_week: bool = False,
) -> ParsedCompletion:
    hours, dates = mentions or (find_hours(piece), find_dates(piece, today, last_week=last_week))
    unread = unread_date(piece, dates) if not dates else None
    if unread is not None:  # its words are about when, not the course's name or topic
        piece = piece[: unread.start()] + " " * len(unread[0]) + piece[unread.end() :]
    named = provider_mention(piece)
    about = piece  # the course's words, without its provider's ("Pennsylvania Society for …")
    if named is not None:
        about = piece[: named.start] + " " * (named.end - named.start) + piece[named.end :]
    phrase = course_phrase(about, hours, dates)
    if not phrase and not (named and _LED.match(piece, named.start)):
        # "the Johns Hopkins course": the provider's name is all the course's name there is;
        # "a webinar from the Trevor Project" names the provider, not the course.
        phrase = course_phrase(piece, hours, dates)
    if (
        named is not None
        and _EVENT_OPENS.match(phrase)
        and piece[named.end :].lower().split()[:1] == phrase.lower().split()[:1]
    ):
        # "the AAMFT annual conference in Tampa": the host's name is part of the event's.
        phrase = f"{named.name} {phrase}"
    phrase = spelled_out(phrase)  # "DV 101 training": "domestic violence 101 training"
    # "Thurs 11/19": the calendar date is the one meant; the weekday only echoes it.
    when = min(dates, key=lambda d: d.rank) if dates else shared_date
    fixed = next((d for d in dates if _SELF_FIX.search(piece, max(d.start - 24, 0), d.start)), None)
    if fixed is not None:  # "5/27 — no wait, 5/26": the day said last, in place of the other
        when = fixed
    if when is None and _JUST_DID.search(piece):  # "just finished the 2 h ethics course": today
        when = DateMention(today, 0, 0, rank=len(piece))
    said = next((h for h in hours if h.ceus is None), hours[0] if hours else None)
    unsure = said is not None and _EITHER.search(piece[max(said.start - 20, 0) : said.start])
    if unsure:  # "either 3 or 4 hours": asked, never one of them picked
        said = None
    item = ParsedCompletion(
        title=fit_title(phrase),
        provider=named.name if named else "",
        hours=said.hours if said else None,
        completed_on=when.on if when else None,  # no day said: asked, never today
        format=infer_format(piece),
        topics=infer_topics(about),
    )
    match = _best_match(index, phrase, piece, item.provider, hours, dates)
    # Topic words alone ("a 60 min webinar on telehealth ethics") fit many courses: when
    # the hours said differ from the catalog's, it is another course on that topic.
    # A loose match ("CBT for insomnia" ~ "CBT for Anxiety Disorders") whose hours differ too.
    if match and (match.topical or match.loose) and said and not _agrees(match.entry.hours, said):
        match = match if _names_title(phrase, match.entry.title) else None
    if match is not None and match.loose and _close(match, phrase, item.topics, said):
        match = replace(match, loose=False)
    if match and said and not _agrees(match.entry.hours, said):
        # "a 2h DBT course" ~ the catalog's 12 h "DBT Part 1: …": a course named by its subject
        # with other hours is another course; what was said is kept, the catalog's offered.
        titled = _names_title(phrase, match.entry.title) or names_most_of(piece, match.entry)
        match = match if titled else replace(match, loose=True)
    item = with_doubts(item, said, match, today, quoted=QUOTED.search(piece) is not None)
    if said is not None and item.hours == said.hours and _hedged(piece, said):
        # "maybe 3 hrs?", "like 4 hours", "~11 hours": the number is kept but asked, never saved
        # on a guess.
        item = replace(item, doubts=(why.hours_hedged(said.hours), *item.doubts))
    if unsure:
        item = replace(
            item, doubts=(why.hours_unsure(unsure[0] + piece[unsure.end() :][:12]), *item.doubts)
        )
    if item.course_id is None and item.title != phrase:
        item = replace(item, doubts=(*item.doubts, why.TITLE_CUT))
    if when is not None and when.year_guessed:
        item = replace(item, doubts=(*item.doubts, why.year_guessed(when.on)))
    if when is not None and when.maybe_today:
        item = replace(item, doubts=(*item.doubts, why.weekday_maybe_today(when.on)))
    if when is not None and when.weekday_said:
        item = replace(item, doubts=(*item.doubts, why.weekday_clash(when.on, when.weekday_said)))
    if when is not None and when.first is not None:
        item = replace(item, started_on=when.first)
    approval = APPROVAL.search(piece) or approver_named(piece)
    if approval is not None:  # "NBCC-approved", "from NBCC": the approval, never the provider
        item = replace(item, approval=approval[0])
    if unread is not None:  # "yest. evening", "10-02-2026": asked, never today or another's day
        unread_words = unread[0].strip()
        # asked once, in the member's words: "date not given" would ask the same again
        doubts = (*(d for d in item.doubts if d != why.DATE_MISSING), why.date_unread(unread_words))
        item = replace(item, completed_on=None, doubts=doubts)
    # The message's general wording ("webinar") is the last resort, after the catalog.
    return item if item.format else replace(item, format=fmt)


def _best_match(
    index: CatalogIndex,
    phrase: str,
    piece: str,
    provider: str,
    hours: list[HoursMention],
    dates: list[DateMention],
) -> CatalogMatch | None:
    """The course the phrase names; failing that, any other clause of the piece that names one.

    Text longer than any title names no course, and is not matched (a match costs its length).
    """
    fits = 0 < len(phrase) <= TITLE_AT_MOST
    match = index.match(f"{phrase} {provider}") if fits else None
    if match is None:
        for clause in other_clauses(piece, hours, dates)[:CLAUSES_AT_MOST]:
            if clause != phrase and len(clause) <= TITLE_AT_MOST:
                match = index.match(f"{clause} {provider}")
            if match is not None:
                break
    return match


def _close(
    match: CatalogMatch, phrase: str, topics: tuple[str, ...], said: HoursMention | None
) -> bool:
    """A loose match that is still the course named: the topics the member named are not
    another subject's, and its title's opening words are said, or a word only its title has
    ("12 hr Gottman training") with the catalog's own hours."""
    entry = match.entry
    if topics and entry.topics and not set(topics) & set(entry.topics):
        return False
    own_hours = said is not None and entry.hours is not None and _agrees(entry.hours, said)
    return names_opening(phrase, entry) or (own_hours and not match.topical)


def _another_provider(said: str, entry: CatalogEntry) -> bool:
    """The member named a provider, and the catalog's course is another's ("PESI" vs "NBCC";
    "NASW" is "NASW-Illinois Chapter")."""
    if not said or not entry.provider:
        return False
    return (
        fuzz.token_set_ratio(utils.default_process(said), utils.default_process(entry.provider))
        < 85
    )


def _names_title(phrase: str, title: str) -> bool:
    """The clinician wrote the title itself ("ethics in telehealth"), not a topic."""
    return fuzz.ratio(utils.default_process(phrase), utils.default_process(title)) >= 85


def _agrees(catalog_hours: float | None, said: HoursMention) -> bool:
    if catalog_hours is None:
        return True
    options = [said.hours] + ([said.ceus] if said.ceus is not None else [])
    return any(abs(catalog_hours - h) < 0.01 for h in options)


def with_doubts(
    item: ParsedCompletion,
    said: HoursMention | None,
    match: CatalogMatch | None,
    today: date,
    quoted: bool = False,
) -> ParsedCompletion:
    """Apply a close catalog match over guesses and list every reason to confirm.

    The member's own words win: a loose match only offers its course (a doubt naming it), and
    even a close one keeps a title the member quoted.
    """
    doubts: list[str] = []
    hours = item.hours
    if match is not None and (match.loose or _another_provider(item.provider, match.entry)):
        # "3 hour ethics webinar from NASW" ~ "NASW-Illinois … harassment training", or the
        # catalog's course from another provider than the one named: another course may be
        # meant; what was said is kept, and the catalog's offered if it is on the same subject.
        if shares_subject(item.title, item.provider, match.entry):
            doubts.append(why.catalog_offer(match.entry.title))
        match = None
    if match is not None:
        entry = match.entry
        if entry.hours is not None:
            agrees = hours is None or abs(entry.hours - hours) < 0.01
            if said is not None and said.ceus is not None:
                agrees = agrees or abs(entry.hours - said.ceus) < 0.01
            if hours is not None and not agrees:
                doubts.append(why.hours_disagree(entry.hours, hours))
            hours = entry.hours
        elif said is not None and said.ceus is not None:
            doubts.append(why.ceu_question(said.ceus, said.hours))
        item = ParsedCompletion(
            title=item.title if quoted and item.title else entry.title,
            provider=entry.provider or item.provider,
            hours=hours,
            completed_on=item.completed_on,
            format=item.format,  # the member's words only: format drives self-study caps
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
    if item.completed_on is None:
        doubts.append(why.DATE_MISSING)
    if item.completed_on is not None and item.completed_on > today:
        doubts.append(why.DATE_IN_FUTURE)
    return doubts
