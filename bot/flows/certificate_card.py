"""What a certificate's reading looks like in the chat: its card, and the kind answers."""

from __future__ import annotations

from bot.certificates import CertificateCourse, CertificateReading
from bot.messages import Facts
from bot.parsing import ParsedCompletion
from bot.parsing.vocabulary import infer_topics
from bot.rules import normalize_approval_body
from bot.topics import topic_label
from store.models import Completion

FORMAT_KEYS = {
    "live interactive webinar": "live_online",
    "on-demand": "online_async",
    "in person": "in_person",
}
SEND_INSTEAD = (
    "Send the certificate of completion once you have it, or tell me the course in a sentence."
)
NOT_A_COMPLETION = {
    "registration": (
        "This looks like a registration confirmation{course} — a course still ahead, so there's "
        "nothing to log yet. Once you've taken it, send the certificate of completion."
    ),
    "receipt": "This looks like a payment receipt{course}, not a certificate. " + SEND_INSTEAD,
    "unrelated": "This doesn't look like a CE certificate to me. " + SEND_INSTEAD,
}


def not_a_completion(reading: CertificateReading) -> str:
    if reading.kind == "unreadable":
        why = reading.problem or "I couldn't read that file."
        return f"{why} You can also tell me the course, hours and date in a sentence."
    course = reading.courses[0] if reading.courses else None
    named = f" for *{course.title}*" if course and course.title else ""
    return NOT_A_COMPLETION.get(reading.kind, NOT_A_COMPLETION["unrelated"]).format(course=named)


def as_parsed(course: CertificateCourse) -> ParsedCompletion:
    hours = course.hours
    by_board = {line.hours for line in course.hours_by_board}
    if hours is None and len(by_board) == 1:
        hours = by_board.pop()  # "ASWB 3.0 CE / NBCC 3.0 clock hours": one figure for each
    return ParsedCompletion(
        title=course.title or "",
        provider=course.provider or "",
        hours=hours,
        completed_on=course.end or course.start,
        format=FORMAT_KEYS.get(course.format or "", ""),
        # by its title, as a course told in chat is ("Cultural Humility in …" counts toward a
        # board's cultural competency minimum); a topic word in the provider's name does not
        topics=infer_topics(course.title or ""),
    )


def shown_of(course: CertificateCourse) -> dict:
    """What the card shows beyond a parsed completion, as read (JSON-safe for the state)."""
    approvals = "; ".join(a.body + (f" #{a.number}" if a.number else "") for a in course.approvals)
    first = course.approvals[0].body if course.approvals else ""
    return {
        "approvals": approvals,
        "approval_body": (normalize_approval_body(first) or "") if first else "",
        "by_board": " / ".join(f"{b.body} {b.hours:g}" for b in course.hours_by_board),
        "ceus": course.ceus,
        "start": course.start.isoformat() if course.start and course.start != course.end else "",
        "format": course.format or "",
        "number": course.certificate_number or "",
    }


def card(item: ParsedCompletion, shown: dict, duplicate: Completion | None) -> Facts:
    if item.hours is not None:
        hours = f"{item.hours:g}"
    elif shown["ceus"] is not None:
        hours = f"{shown['ceus']:g} CEUs — how many hours is that? (_make it 3 hours_)"
    else:
        hours = "not stated — how many hours? (_make it 3 hours_)"
    when = f"{item.completed_on:%b %-d, %Y}" if item.completed_on else "not stated"
    if shown["start"] and item.completed_on:
        when = f"{shown['start']} to {when}"
    rows = [
        ("Course", item.title or "not stated — what was it called? (_title: …_)"),
        ("Provider", item.provider or "not stated"),
        ("Approval", shown["approvals"] or "not stated"),
        ("Hours", hours),
    ]
    if shown["by_board"]:
        rows.append(("Hours by board", shown["by_board"]))
    rows += [
        ("Date", when),
        ("Format", shown["format"] or "not stated"),
        ("Topics", ", ".join(topic_label(t) for t in item.topics) or "none recognised"),
        ("Certificate #", shown["number"] or "not stated"),
    ]
    if duplicate is not None:
        rows.append(("Already logged", f"{duplicate.completed_on:%b %-d} — I'll skip this one"))
    return Facts(tuple(rows), title="Here's what your certificate says")
