"""Saving parsed completions: certificate, plan steps closed, and the updated standing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date

from rapidfuzz import fuzz

from bot.declare import SHARE, UNDO
from bot.flows.base import Turn
from bot.messages import Choice, Choices, Facts
from bot.parsing import CatalogEntry, ParsedCompletion, ParseResult, parse_completion
from bot.parsing.client_info import about_a_client
from bot.rules import normalize_approval_body
from bot.standing import standings
from bot.topics import FORMATS, topic_label
from store.models import Completion, Course, License
from store.queries.learning import add_completion, completions_of, get_completion, plan_of
from store.queries.members import licenses_of
from store.queries.practice.circles import circles_of_member


def to_data(items: list[ParsedCompletion]) -> list[dict]:
    """Parsed completions as JSON-safe dicts for the conversation state."""
    return [
        {
            **asdict(item),
            "completed_on": item.completed_on.isoformat() if item.completed_on else None,
            "started_on": item.started_on.isoformat() if item.started_on else None,
        }
        for item in items
    ]


def from_data(rows: list[dict]) -> list[ParsedCompletion]:
    """Parsed completions back from the conversation state (rows saved before ranges too)."""
    return [
        ParsedCompletion(
            **{
                **row,
                "topics": tuple(row["topics"]),
                "doubts": tuple(row["doubts"]),
                "completed_on": _day(row.get("completed_on")),
                "started_on": _day(row.get("started_on")),
            }
        )
        for row in rows
    ]


def _day(said: str | None) -> date | None:
    return date.fromisoformat(said) if said else None


def describe(item: ParsedCompletion) -> Facts:
    """A parsed completion as rows, with anything unsure spelled out."""
    rows = [
        ("Course", item.title + (f" ({item.provider})" if item.provider else "")),
        ("Hours", f"{item.hours:g}" if item.hours is not None else "not given"),
        ("Date", _dates(item)),
        ("Format", FORMATS.get(item.format, "not given")),
        ("Topics", ", ".join(topic_label(topic) for topic in item.topics) or "none recognised"),
    ]
    rows += [("Check", doubt) for doubt in item.doubts]
    return Facts(tuple(rows), title="Here's what I understood")


def _dates(item: ParsedCompletion) -> str:
    if item.completed_on is None:
        return "not given"
    if item.started_on is not None and item.started_on != item.completed_on:
        return f"{item.started_on:%a %b %-d} – {item.completed_on:%a %b %-d, %Y}"
    return f"{item.completed_on:%a %b %-d, %Y}"


def names_a_client(turn: Turn, item: ParsedCompletion) -> bool:
    """Whether the title or provider, as it would be kept, reads as a client's details.

    The message was read whole before; a title is part of it, and may have lost the words that
    made a name a presenter's ("with", "Dr."). The store would refuse it: say so kindly instead.
    """
    if item.course_id is not None:
        return False  # the catalog's own title and provider
    return about_a_client(turn, f"{item.title}\n{item.provider}", "course")


def save_completions(turn: Turn, items: list[ParsedCompletion]) -> None:
    """Log each item, attach a certificate sent along, close matching plan steps, and report."""
    if any(names_a_client(turn, item) for item in items):
        turn.say(
            "I couldn't log that: the course's name as I read it looks like it includes a "
            "client's details, and I keep none. Tell me the course again with only its title, "
            "hours and date — a presenter can stay, as _with Dr. Kim_."
        )
        return
    attachment = turn.inbound.attachments[0] if turn.inbound.attachments else None
    # Members of a learning circle may share each course there (opt-in, one button per course).
    in_circle = bool(circles_of_member(turn.session, member_id=turn.member_id))
    for item in items:
        if item.hours is None or item.completed_on is None:  # each caller asks for them first
            raise ValueError("a course is saved only with its hours and its day")
        done = add_completion(
            turn.session,
            completion=Completion(
                member_id=turn.member_id,
                course_id=item.course_id,
                title=item.title,
                provider=item.provider,
                hours=item.hours,
                completed_on=item.completed_on,
                format=item.format,
                topics=list(item.topics),
                approval_body=approval_of(turn, item),
                certificate_name=attachment.name if attachment else "",
                certificate_ref=(attachment.file_id or attachment.url) if attachment else "",
                source_message_id=turn.inbound.event_id,
                created_at=turn.now,
            ),
        )
        for step in plan_of(turn.session, member_id=turn.member_id):
            if item.course_id is not None and step.course_id == item.course_id:
                step.status, step.completion_id = "done", done.id
        note = " — certificate saved 📎" if attachment else ""
        buttons = [Choice("Undo", UNDO.act("one"), str(done.id))]
        if in_circle:
            buttons.append(Choice("Share with my circle", SHARE.act("completion"), str(done.id)))
        turn.show(
            Choices(
                f"✅ Logged *{done.title}*: {done.hours:g} h on {done.completed_on:%b %-d}{note}.",
                tuple(buttons),
            )
        )
    report_standing(turn)


def report_standing(turn: Turn, licenses: Sequence[License] | None = None) -> None:
    """One line per license: where the member now stands (`licenses` when already read)."""
    if licenses is None:
        licenses = licenses_of(turn.session, member_id=turn.member_id)
    completions = completions_of(turn.session, member_id=turn.member_id)
    lines = []
    for standing in standings(
        turn.member, licenses, completions, turn.services.rule_sets, turn.today
    ):
        progress = standing.progress
        label = standing.label
        if progress is None or progress.total_required is None:
            lines.append(f"• {label}: {standing.hours_logged:g} h logged this cycle")
        else:
            lines.append(f"• {label}: {progress.counted_words} of {progress.total_required:g} h")
    if lines:
        turn.say("\n".join(lines))


_CERTIFICATE = re.compile(r"\bcert(?:ificate)?s?\b", re.I)


def attach_certificate(
    turn: Turn, text: str, parsed: ParseResult, catalog: Sequence[CatalogEntry]
) -> bool:
    """A certificate for a course already logged: keep the file with it. True when handled."""
    said = _CERTIFICATE.search(text)
    if said is None:
        return False
    logged = completions_of(turn.session, member_id=turn.member_id)
    if not parsed.items:
        # "here's my certificate for Ethics in Telehealth" reports no completion; read the course.
        rest = text[said.end() :]
        parsed = parse_completion(f"got my certificate {rest}", today=turn.today, catalog=catalog)
    named = parsed.items[0] if parsed.items else None
    target = _logged_course(logged, named) if named else None
    file = turn.inbound.attachments[0] if turn.inbound.attachments else None
    if target is None:
        if file is None or (named is not None and named.title):
            return False  # a course not logged yet: logging it keeps the certificate
        missing = [done.title for done in logged if not done.certificate_ref][:5]
        turn.say(
            "Which course is this certificate for? Send it again with _certificate for "
            "<course>_" + (" — still missing one: " + "; ".join(missing) if missing else "") + "."
        )
        return True
    if file is None:
        if not target.certificate_ref and not target.certificate_name:
            turn.say(
                f"*{target.title}* is already logged ({target.completed_on:%b %-d}). Send the "
                "certificate file with a message like _certificate for "
                f"{target.title}_ and I'll keep it with that course."
            )
        else:
            turn.say(f"*{target.title}* already has its certificate on file 📎.")
        return True
    target.certificate_name = file.name
    target.certificate_ref = file.file_id or file.url
    turn.session.add(target)
    turn.say(f"📎 Certificate saved with *{target.title}* ({target.completed_on:%b %-d}).")
    return True


def _logged_course(logged: list[Completion], named: ParsedCompletion) -> Completion | None:
    """The logged completion the message names; those still missing a certificate first."""

    def names(done: Completion) -> bool:
        if named.course_id is not None and done.course_id == named.course_id:
            return True
        if _only_provider(named):
            return done.provider.casefold() == named.provider.casefold()
        return bool(named.title) and fuzz.token_set_ratio(named.title, done.title) >= 85

    fits = [done for done in logged if names(done)]
    fits.sort(key=lambda done: (not done.certificate_ref, done.completed_on, done.id))
    return fits[-1] if fits else None


def _only_provider(named: ParsedCompletion) -> bool:
    """ "the NBCC course": the provider is all the message says about which course."""
    rest = re.sub(re.escape(named.provider), "", named.title, flags=re.I) if named.provider else "x"
    return not re.sub(r"\b(?:the|my|a|course|training|webinar|class|ce)\b|\W", "", rest, flags=re.I)


def approval_of(turn: Turn, item: ParsedCompletion) -> str:
    """The approval body behind a logged course: the one its provider names ("from CAMFT",
    "an ASWB ACE course"), else the catalog course's; "" when nothing says (a board with a
    closed list then counts its hours only provisionally)."""
    named = (
        normalize_approval_body(item.approval)
        or normalize_approval_body(item.provider)
        or normalize_approval_body(item.title)
    )
    if named:
        return named
    course = turn.session.get(Course, item.course_id) if item.course_id is not None else None
    bodies = [normalize_approval_body(b) for b in (course.approval_bodies if course else [])]
    return next((b for b in bodies if b), "")


def logged_course_named(turn: Turn, words: str) -> Completion | None:
    """The logged course a correction names ("the trauma one"); the latest when it names none.

    Matched on the title, then the topics; two equally good fits are the latest one.
    """
    logged = completions_of(turn.session, member_id=turn.member_id)
    if not words:
        return max(logged, key=lambda done: (done.created_at, done.id), default=None)

    def fit(done: Completion) -> float:
        labels = " ".join(topic_label(topic) for topic in done.topics)
        return max(
            fuzz.partial_ratio(words.casefold(), done.title.casefold()),
            fuzz.partial_ratio(words.casefold(), labels.casefold()) if labels else 0.0,
        )

    fits = [(fit(done), done.created_at, done.id, done) for done in logged]
    fits = [row for row in fits if row[0] >= CORRECTION_FITS]
    return max(fits, key=lambda row: row[:3])[3] if fits else None


CORRECTION_FITS = 80  # rapidfuzz partial ratio from the member's words to a logged title


def parsed_from_logged(done: Completion) -> ParsedCompletion:
    """A logged course as the parser's completion, so the edit step can change it."""
    return ParsedCompletion(
        title=done.title,
        provider=done.provider,
        hours=done.hours,
        completed_on=done.completed_on,
        format=done.format,
        topics=tuple(done.topics),
        course_id=done.course_id,
    )


def apply_correction(turn: Turn, completion_id: int, item: ParsedCompletion) -> bool:
    """Change a logged course to ``item`` in place and report; False when it is gone."""
    done = get_completion(turn.session, member_id=turn.member_id, completion_id=completion_id)
    if done is None:
        return False
    if item.hours is not None:
        done.hours = item.hours
    if item.completed_on is not None:
        done.completed_on = item.completed_on
    done.title, done.provider, done.format = item.title, item.provider, item.format
    turn.session.add(done)
    turn.say(f"✏️ Changed *{done.title}*: {done.hours:g} h on {done.completed_on:%b %-d}.")
    report_standing(turn)
    return True
