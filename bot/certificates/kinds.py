"""What kind of paper it is (completion, transcript, registration, receipt, unrelated), and a
transcript's rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
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
# Credit stated as given: "1.5 CE credits for psychologists", "3 contact hours".
_CE_AWARDED = re.compile(
    r"(?<![\d.])\d{1,2}(?:\.\d{1,2})?\s+(?:CE|CEU|continuing\s+education|contact|clock)\s+"
    r"(?:credits?|hours?)\b",
    re.I,
)
_TABLE_HEAD = re.compile(
    r"\b(?:course|title|program|activity|session|workshop|presentation|topic)\b", re.I
)
_TABLE_HOURS = re.compile(r"\b(?:hours|credits|ce|ceus|hrs)\b", re.I)
_TABLE_DATE = re.compile(r"\b(?:date|completed|completion)\b", re.I)
_NOT_ROW = re.compile(r"\b(?:period|printed|statement\s+dates|report|issued|generated)\b", re.I)
# A code or certificate number in a cell: letters and digits joined by hyphens ("KSW-3301").
_ROW_ID = re.compile(r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)+")
# A figure alone: not part of a date or a code; a scan's full stop after it ("3.0.") is speck.
_ROW_HOURS = re.compile(r"(?<![\d/.-])(\d{1,2}(?:\.\d{1,2})?)(?![\d/-]|\.\d)")


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
    if _CE_AWARDED.search(raw) and text.approval_sentences and dates and max(dates) <= today:
        return "completion"  # its heading lost (a scan), the credit, approval and day remain
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
    hours_printed: str = field(default="", repr=False, compare=False)  # as its cell prints it


def transcript_rows(text: CertificateText, today: date) -> list[TranscriptRow]:
    """Each row under a table head naming course, date and hours.

    A row is the line with its date and the lines its wrapped cells spill onto (after the date
    when the date column comes first, before it when it comes last); a page's repeated header
    is no row.
    """
    lines = text.lines
    found = table_head(lines)
    if found is None:
        return session_rows(text, today)
    head, header = found
    date_first = _TABLE_DATE.search(header).start() < _TABLE_HEAD.search(header).start()  # type: ignore[union-attr]
    has_number = re.search(r"\bcert", header, re.I) is not None
    repeated = set(lines[: head + 1])
    groups: list[list[str]] = []
    pending: list[str] = []
    total = ""
    for line in lines[head + 1 :]:
        if re.match(r"total\b", line, re.I):
            total = line
            break
        if line in repeated or re.match(r"page\s+\d", line, re.I):
            pending = []
            continue
        dated = FULL_DATE.search(line) is not None and not _NOT_ROW.search(line)
        if dated and date_first:
            groups.append([line])
        elif dated:
            below = pending[-1].rstrip(" -_|") if text.ocr and groups and pending else ""
            if below and _own_title(line) and not _RUNS_ON.search(below):
                # cells print from their top: in an image a title's wrap falls below its row
                groups[-1][-1] = _wrapped_into(groups[-1][-1], _without_speck(below))
                pending.pop()
            groups.append([*pending[-2:], line])
            pending = []
        elif not groups and not pending and _HEAD_WORD.search(line):
            continue  # the head's wrapped cell ("Date" / "Completed"), read among a rule's specks
        elif len(line) < 60 and not text.in_approval(line):
            if date_first and groups and len(groups[-1]) < 4:
                groups[-1].append(line)
            elif groups and not pending and _RUNS_ON.search(FULL_DATE.split(groups[-1][-1])[0]):
                groups[-1].append(line)  # a scan read the title's wrap after the row's date
            elif not date_first and re.search(r"[A-Za-z]{3}", line):  # print, not a rule's speck
                pending.append(line)
    rows = [_row(" ".join(group), has_number, today, text.ocr) for group in groups]
    read = [row for row in rows if row is not None]
    return _to_the_total(_points_put_back(read), total) if text.ocr else read


def _to_the_total(rows: list[TranscriptRow], total: str) -> list[TranscriptRow]:
    """Rows that do not add up to the totals row: one row whose figure took a cell's rule for
    a leading 1 ("12.0" printed "2.0") is put right when that alone makes the sum the total."""
    figures = re.findall(r"(?<![\d.])\d{1,3}(?:\.\d{1,2})?(?![\d.])", total)
    if not figures or abs(sum(r.hours for r in rows) - float(figures[-1])) < 0.01:
        return rows
    stated, fixes = float(figures[-1]), []
    for i, r in enumerate(rows):
        if re.fullmatch(r"1\d(?:\.\d{1,2})?", r.hours_printed):
            hours = float(r.hours_printed[1:])
            if abs(sum(x.hours for x in rows) - r.hours + hours - stated) < 0.01:
                fixes.append((i, hours))
    if len(fixes) != 1:
        return rows
    i, hours = fixes[0]
    return [*rows[:i], replace(rows[i], hours=hours, hours_printed=f"{hours}"), *rows[i + 1 :]]


def _points_put_back(rows: list[TranscriptRow]) -> list[TranscriptRow]:
    """A column that prints its hours with a point ("2.0", "3.0") and one row's "15": a scan
    lost that point (1.5), as a row of 15 hours beside two- and three-hour rows would be "15.0"."""
    pointed = [r for r in rows if "." in r.hours_printed]
    if len(pointed) < 2:
        return rows
    return [
        replace(r, hours=r.hours / 10, hours_printed=f"{r.hours / 10}")
        if re.fullmatch(r"[1-9]\d", r.hours_printed)
        else r
        for r in rows
    ]


_RUNS_ON = re.compile(r"(?:\b(?:in|of|for|and|the|to|with|on|an?)|[:,&-])\s*$", re.I)
_HEAD_WORD = re.compile(r"\b(?:completed|completion|date|hours|credits?|format)\b", re.I)


def _own_title(line: str) -> bool:
    """Whether a row's line starts with its title's words (three or more before its date)."""
    before = FULL_DATE.split(line)[0]
    return before[:1].isupper() and len(re.findall(r"[A-Za-z]{2,}", before)) >= 3


def _wrapped_into(row: str, wrap: str) -> str:
    """The row's line with its title's wrap put back before the row's date."""
    found = FULL_DATE.search(row)
    at = found.start() if found else len(row)
    return f"{row[:at].rstrip()} {wrap} {row[at:]}"


def _without_speck(line: str) -> str:
    """A wrapped cell's line without the specks a scan's rules leave after it ("Therapy et 1
    ak" is "Therapy"); a figure alone after it is kept ("Level 2")."""
    words = [w for w in (w.strip("-_|") for w in line.split()) if w]
    end = len(words)
    while end > 1 and re.fullmatch(r"[a-z]{1,2}|[^A-Za-z]+", words[end - 1]):
        end -= 1
    return " ".join(words[:end] if any(w.isalpha() for w in words[end:]) else words)


# A session listed with its credit: "Medication-Assisted Treatment Basics (1.5 CE)" or
# "Ethics in Group Practice - 3.0 contact hours".
_SESSION_LINE = re.compile(
    r"^(?P<t>[A-Z0-9\"][^()|]{5,}?)\s*(?:\(\s*(?P<h>\d{1,2}(?:\.\d{1,2})?)\s*(?:CEs?|contact"
    r"|clock|credits?|hours?|hrs?)\b[^()]{0,20}\)|[-|:,]\s*(?P<g>\d{1,2}(?:\.\d{1,2})?)\s*(?:CEs?"
    r"|(?:CE\s+|contact\s+|clock\s+)?(?:hours?|credits?|hrs?))\b\.?)$"
)


def session_rows(text: CertificateText, today: date) -> list[TranscriptRow]:
    """A conference's sessions listed one a line with their credit, on the one day the paper
    states (a session list without a day, or over several days, is not read as courses)."""
    from bot.certificates.fields import find_dates_stated  # fields reads transcripts from here

    runs: list[list[TranscriptRow]] = [[]]
    start, end = find_dates_stated(text, today)
    if start is None or start != end:
        return []
    for line in text.lines:
        m = _SESSION_LINE.match(line)
        if m is None or re.match(r"total\b", line, re.I) or text.in_approval(line):
            if runs[-1]:
                runs.append([])
            continue
        hours = float(m["h"] or m["g"])
        if 0 < hours <= 24:
            runs[-1].append(TranscriptRow(m["t"].strip(" -:,")[:TITLE_AT_MOST], start, hours))
    longest = max(runs, key=len)
    return longest if len(longest) >= 2 else []


def _a_head(line: str) -> bool:
    return bool(
        _TABLE_HEAD.search(line)
        and _TABLE_HOURS.search(line)
        and _TABLE_DATE.search(line)
        and len(line) < 80
    )


# A header cell's words only: a wrapped header row ("Program Completion" / "Date" / "CE Hours").
_HEAD_WORDS = re.compile(
    r"^(?:(?:course|program|activity|session|workshop|presentation|topic|title|name|date|dates"
    r"|date\(s\)|completion|completed|ce|ceus?|contact|clock|credits?|hours|hrs|certificate|cert\.?"
    r"|no\.?|number|#|id|format|location)\s*)+$",
    re.I,
)


def table_head(lines: tuple[str, ...]) -> tuple[int, str] | None:
    """The first table head naming course, date and hours: (its last line, its words), on one
    line or, its cells wrapped, on up to three lines of header words only."""
    for i, line in enumerate(lines):
        if _a_head(line):
            return i, line
        if not _HEAD_WORDS.match(line):
            continue
        joined = line
        for j in range(i + 1, min(i + 3, len(lines))):
            if not _HEAD_WORDS.match(lines[j]):
                break
            joined = f"{joined} {lines[j]}"
            if _a_head(joined):
                return j, joined
    return None


def _row(line: str, has_number: bool, today: date, ocr: bool = False) -> TranscriptRow | None:
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
    # a scan's rule read as dashes before a cell's code ("---_-OS-25-0325")
    words = [w.strip("-_") for w in re.split(r"[\s|]+", rest) if w.strip("-_")]
    if ocr:  # a cell's rule read as a bracket, or as a letter at the row's end ("( J")
        words = [w for w in words if re.search(r"[\w&]", w)]
        if words and re.fullmatch(r"[B-HJ-Zb-z]", words[-1]):
            words.pop()
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
    return TranscriptRow(title[:TITLE_AT_MOST], on[0].on, hours, fmt, number, numbers[-1][1])
