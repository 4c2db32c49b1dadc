"""What kind of paper it is (completion, transcript, registration, receipt, unrelated), and a
transcript's rows."""

from __future__ import annotations

import re
from datetime import date

from bot.certificates.model import Kind
from bot.certificates.text import FULL_DATE, CertificateText
from bot.parsing.dates import find_dates
from bot.parsing.model import TITLE_AT_MOST

_COMPLETED = re.compile(
    r"\bcertif(?:y|ies|icate)\b|\bhas\s+(?:successfully\s+)?completed\b|\bcompleted\b"
    r"|\battended\b|\bawarded\b|\battendance\b|\bearned\b|\btranscript\b|\blearning\s+history\b"
    r"|\bverification\b|\bparticipation\b",
    re.I,
)
_REGISTERED = re.compile(
    r"\bregistration\s+confirm\w*|\byou\s+are\s+registered\b|\bthank\s+you\s+for\s+registering\b"
    r"|\bregistered\s+for\b|\byour\s+(?:seat|spot|place)\s+is\s+(?:confirmed|reserved)\b"
    r"|\bsee\s+you\s+(?:at|on)\b|\b(?:will\s+take|takes)\s+place\b|\bjoin\s+link\b|\bupcoming\b",
    re.I,
)
_PAID = re.compile(
    r"\b(?:receipt|invoice|order\s+(?:summary|#|number|no\.?|\d)|amount\s+paid|total\s+charged"
    r"|subtotal|payment|purchase|paid)\b",
    re.I,
)
_TABLE_HEAD = re.compile(r"\b(?:course|title|program|activity)\b", re.I)
_TABLE_HOURS = re.compile(r"\b(?:hours|credits|ce|ceus|hrs)\b", re.I)
_TABLE_DATE = re.compile(r"\b(?:date|completed|completion)\b", re.I)
_ROW_HOURS = re.compile(r"(?<![\d/.-])(\d{1,2}(?:\.\d{1,2})?)(?![\d/.-])")


def kind_of(text: CertificateText, rows: int, dates: list[date], today: date) -> Kind:
    """The kind of paper, by its words: a completion needs completion words and a field."""
    raw = text.raw
    completed = _COMPLETED.search(raw) is not None
    if rows >= 2:
        return "transcript"
    if _REGISTERED.search(raw) and (not completed or any(d > today for d in dates)):
        return "registration"
    if _PAID.search(raw) and not re.search(r"certif|has\s+completed|attended", raw, re.I):
        return "receipt"
    if completed:
        return "completion"
    return "unrelated"


def future_dates(text: CertificateText, today: date) -> list[date]:
    """Full calendar dates in the text (registration papers name a day still ahead)."""
    return [m.on for line in text.lines if FULL_DATE.search(line) for m in find_dates(line, today)]


def transcript_rows(text: CertificateText, today: date) -> list[tuple[str, date, float]]:
    """(title, date, hours) for each row under a table head naming course, date and hours."""
    rows: list[tuple[str, date, float]] = []
    lines = text.lines
    head = next(
        (
            i
            for i, line in enumerate(lines)
            if _TABLE_HEAD.search(line)
            and _TABLE_HOURS.search(line)
            and _TABLE_DATE.search(line)
            and len(line) < 80
        ),
        None,
    )
    if head is None:
        return rows
    for line in lines[head + 1 :]:
        if re.match(r"total\b", line, re.I):
            break
        found = FULL_DATE.search(line)
        if found is None:
            continue
        rest = (line[: found.start()] + " | " + line[found.end() :]).strip()
        numbers = list(_ROW_HOURS.finditer(rest))
        if not numbers:
            continue
        hours = float(numbers[-1][1])
        title = (rest[: numbers[-1].start()] + rest[numbers[-1].end() :]).replace("|", " ")
        title = re.sub(r"\s+", " ", title).strip(" -|")
        on = find_dates(found[0], today)
        if title and on and 0 < hours <= 100:
            rows.append((title[:TITLE_AT_MOST], on[0].on, hours))
    return rows
