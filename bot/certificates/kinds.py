"""What kind of paper it is (completion, transcript, registration, receipt, unrelated), and a
transcript's rows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.certificates.fields import FORMATS
from bot.certificates.model import Format, Kind
from bot.certificates.text import FULL_DATE, CertificateText
from bot.parsing.dates import find_dates
from bot.parsing.model import TITLE_AT_MOST

_COMPLETED = re.compile(
    r"\bcertif(?:y|ies|icate)\b|\bhas\s+(?:successfully\s+)?completed\b|\bcompleted\b"
    r"|\battended\b|\bawarded\b|\battendance\b|\bearned\b|\btranscript\b|\blearning\s+history\b"
    r"|\bverification\b|\bparticipation\b|\bcredit\s+record\b|\brecord\s+of\s+(?:completion|attendance)\b"
    r"|\bcompletion\s+record\b|\bstatement\s+of\s+(?:continuing\s+education\s+)?credits?\b"
    r"|\bcomplet(?:ion|ing)\b|\bparticipated\b|\backnowledges?\s+that\b|\bcongratulat\w+"
    r"|\bin\s+recognition\s+of\b|\bcontinuing\s+education\s+credit\b",
    re.I,
)
_REGISTERED = re.compile(
    r"\bregistration\s+confirm\w*|\byou(?:\s+are|'re)\s+registered\b|\bthank\s+you\s+for\s+registering\b"
    r"|\byour\s+registration\s+(?:is\s+)?(?:complete|confirmed)\b|\bsign(?:ing|ed)\s+up\s+for\b"
    r"|\byou(?:\s+have|'ve)\s+enrolled\b|\benrollment\s+confirm\w*|\bthank\s+you\s+for\s+enrolling\b"
    r"|\bregistered\s+for\b|\byour\s+(?:seat|spot|place)\s+is\s+(?:confirmed|reserved)\b"
    r"|\bsee\s+you\s+(?:at|on)\b|\b(?:will\s+take|takes)\s+place\b|\bjoin\s+link\b|\bupcoming\b",
    re.I,
)
_PAID = re.compile(
    r"\b(?:receipt|invoice|order\s+(?:summary|#|number|no\.?|\d)|amount\s+paid|total\s+charged"
    r"|subtotal|payment|purchase|paid)\b",
    re.I,
)
# Money changing hands: an amount, a total, a payment method, an order or invoice number.
_MONEY = re.compile(
    r"[$€£]\s?\d|\b(?:USD|amount\s+(?:paid|due|charged)|total\s+(?:due|paid|charged)"
    r"|balance\s+due|payment\s+method|paid\s+(?:by|with|via)|card\s+ending|visa|mastercard"
    r"|order\s*(?:#|no\.?|number)|invoice\s*(?:#|no\.?|number))\b",
    re.I,
)
# A paper that says the course was done (a receipt may only promise a certificate later).
_STATES_COMPLETION = re.compile(
    r"\bthis\s+(?:is\s+to\s+)?certif(?:y|ies)\b|\bcertifies\s+that\b"
    r"|\b(?:has|have)\s+(?:successfully\s+)?(?:completed|attended|earned)\b"
    r"|^(?:certificate|record)\s+of\s+(?:completion|attendance|participation)\b",
    re.I | re.M,  # the paper's heading, not "your certificate of completion will be emailed"
)
_TABLE_HEAD = re.compile(
    r"\b(?:course|title|program|activity|session|workshop|presentation|topic)\b", re.I
)
_TABLE_HOURS = re.compile(r"\b(?:hours|credits|ce|ceus|hrs)\b", re.I)
_TABLE_DATE = re.compile(r"\b(?:date|completed|completion)\b", re.I)
_NOT_ROW = re.compile(r"\b(?:period|printed|statement\s+dates|report|issued|generated)\b", re.I)
# A code or certificate number in a cell: letters and digits joined by hyphens ("KSW-3301").
_ROW_ID = re.compile(r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)+")
_ROW_HOURS = re.compile(r"(?<![\d/.-])(\d{1,2}(?:\.\d{1,2})?)(?![\d/.-])")


def kind_of(text: CertificateText, rows: int, dates: list[date], today: date) -> Kind:
    """The kind of paper, by its words: a completion needs completion words and a field."""
    raw = text.raw
    completed = _COMPLETED.search(raw) is not None
    if rows >= 2:
        return "transcript"
    if _REGISTERED.search(raw) and (not completed or any(d > today for d in dates)):
        return "registration"
    if _PAID.search(raw) and (
        not re.search(r"certif|has\s+completed|attended", raw, re.I)
        or (_MONEY.search(raw) and not _STATES_COMPLETION.search(raw))
    ):
        return "receipt"
    if completed:
        return "completion"
    return "unrelated"


def future_dates(text: CertificateText, today: date) -> list[date]:
    """Full calendar dates in the text (registration papers name a day still ahead)."""
    return [m.on for line in text.lines if FULL_DATE.search(line) for m in find_dates(line, today)]


@dataclass(frozen=True)
class TranscriptRow:
    """One course on a transcript, as its row says."""

    title: str
    on: date
    hours: float
    format: Format | None = None
    number: str | None = None


def transcript_rows(text: CertificateText, today: date) -> list[TranscriptRow]:
    """Each row under a table head naming course, date and hours.

    A row is the line with its date and the lines its wrapped cells spill onto (after the date
    when the date column comes first, before it when it comes last); a page's repeated header
    is no row.
    """
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
        return []
    header = lines[head]
    date_first = _TABLE_DATE.search(header).start() < _TABLE_HEAD.search(header).start()  # type: ignore[union-attr]
    has_number = re.search(r"\bcert", header, re.I) is not None
    repeated = set(lines[: head + 1])
    groups: list[list[str]] = []
    pending: list[str] = []
    for line in lines[head + 1 :]:
        if re.match(r"total\b", line, re.I):
            break
        if line in repeated or re.match(r"page\s+\d", line, re.I):
            pending = []
            continue
        dated = FULL_DATE.search(line) is not None and not _NOT_ROW.search(line)
        if dated and date_first:
            groups.append([line])
        elif dated:
            groups.append([*pending[-2:], line])
            pending = []
        elif len(line) < 60 and not text.in_approval(line):
            if date_first and groups and len(groups[-1]) < 4:
                groups[-1].append(line)
            elif not date_first:
                pending.append(line)
    rows = [_row(" ".join(group), has_number, today) for group in groups]
    return [row for row in rows if row is not None]


def _row(line: str, has_number: bool, today: date) -> TranscriptRow | None:
    found = FULL_DATE.search(line)
    if found is None:
        return None
    rest = f"{line[: found.start()]} | {line[found.end() :]}"
    fmt = None
    for name, pattern in FORMATS:
        if m := pattern.search(rest):
            fmt, rest = name, rest[: m.start()] + " | " + rest[m.end() :]
            break
    numbers = list(_ROW_HOURS.finditer(rest))
    if not numbers:
        return None
    hours = float(numbers[-1][1])
    rest = rest[: numbers[-1].start()] + " | " + rest[numbers[-1].end() :]
    words = [w for w in re.split(r"[\s|]+", rest) if w]
    number = None
    while words and _ROW_ID.fullmatch(words[-1]):  # the certificate column, or a code at the end
        last = words.pop()
        number = number or (last if has_number else None)
    while words and _ROW_ID.fullmatch(words[0]):  # a course code before the title
        words.pop(0)
    title = " ".join(words).strip(" -|")
    on = find_dates(found[0], today)
    if not (title and on and 0 < hours <= 100):
        return None
    return TranscriptRow(title[:TITLE_AT_MOST], on[0].on, hours, fmt, number)
