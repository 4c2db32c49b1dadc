"""One course's fields from a certificate's text: provider, hours, dates, format (the title:
titles.py, the certificate number: numbers.py).

Dates and hours go through the chat readers (bot/parsing/dates.py, hours.py); around them sit the
cues certificates print ("This certifies that …", "Date of completion:", "Presented by").
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from bot.certificates.model import Format
from bot.certificates.text import FULL_DATE, NARROW_AT, CertificateText
from bot.parsing.dates import find_dates
from bot.parsing.hours import find_hours
from bot.parsing.model import PROVIDER_AT_MOST

_PROVIDER_LABEL = re.compile(
    r"^(?:provider|provided\s+by|sponsor(?:ed\s+by)?|sponsoring\s+organi[sz]ation|presented\s+by"
    r"|offered\s+by|hosted\s+by|organi[sz]ation|issued\s+by|ce\s+provider)(?:\s*:\s*|\s+)"
    r"(?P<v>(?-i:[A-Z0-9]).+)$",
    re.I,
)
# A provider's label printed alone, the name on the line below (a form's cell, a footer).
_PROVIDER_ALONE = re.compile(
    r"^(?:(?:ce\s+)?provider|provided\s+by|sponsor(?:ed\s+by)?|sponsoring\s+organi[sz]ation"
    r"|offered\s+by|hosted\s+by|issued\s+by)\s*:?$",
    re.I,
)
_PROVIDER_INLINE = re.compile(
    r"\b(?:offered|presented|provided|sponsored|hosted|[Bb]rought\s+to\s+you)\s+(?:by"
    r"|on\s+behalf\s+of)\s+(?P<v>[A-Z][\w&'.,-]*(?:\s+[A-Z&][\w&'.-]*){0,7})"
)
_PROVIDER_SUBJECT = re.compile(
    r"^(?P<v>[A-Z][\w&'.-]*(?:\s+(?:[A-Z&][\w&'.-]*|of|for|and|the)){0,8}?"
    r"(?:,?\s+(?:Inc\.?|LLC|PLLC|Ltd\.?|P\.?C\.))?)"
    r"(?:,\s*(?:provider|ACE|#)|\s+(?:is|has\s+been)\s+(?:an?\s+)?(?:approved|recognized|licensed))"
)
_APPROVED_VERB = re.compile(
    r"(?:,\s*(?:provider\s*)?#?\s*[\w-]*\d[\w-]*,)?\s+(?:is|has\s+been)\s+(?:an?\s+)?"
    r"(?:approved|recognized|licensed)\b"
)
_ORG_WORDS = re.compile(
    r"\b(?:institute|academy|center|centre|seminars?|association|university|college|society"
    r"|training|education|llc|inc|group|network|school|foundation|clinic|council|cme|ceu"
    r"|partners|collaborative|consortium|seminars?|services|learning|studies|alliance|coalition"
    r"|federation|hospital|agency)\b",
    re.I,
)
_HEADING = re.compile(
    r"certificate|transcript|confirmation|receipt|verification|record|history", re.I
)
_HOURS_LABEL = re.compile(
    r"\b(?:(?:ce|credit|contact|clock|continuing\s+education)\s+hours?|credits?(?:\s+earned|"
    r"\s+awarded)?|hours?(?:\s+awarded|\s+earned)?|ceus?)\s*:?\s*(?P<n>\d{1,3}(?:\.\d{1,2})?)"
    r"(?!\s*(?:ceus?|minutes?|mins?)\b)(?![\d/.-])",
    re.I,
)
_HOURS_SPOKEN = re.compile(
    r"(?<![\d.])(?P<n>\d{1,3}(?:\.\d{1,2})?)\s+(?:continuing\s+education|CE)\s+"
    r"(?:credits?|credit\s+hours?|hours?|contact\s+hours?)\b",
    re.I,
)
_HOURS_WORD = re.compile(r"\b(?:hours?|hrs?|ceus?|credits?|minutes?|mins?|ces?)\b", re.I)
_NOT_HOURS = re.compile(
    r"\$|\btotal\s*(?:hours|credits|ce|charged)?\s*:|approval\s+period|\d{1,2}:\d{2}\s*(?:am|pm)",
    re.I,
)
_DATE_LABEL = re.compile(
    r"\b(?:date\s+of\s+completion|completion\s+date|date\s*\(s\)|dates?|completed(?:\s+on)?"
    r"|held\s+on|attended|presented\s+on|took\s+place|date\s+attended|on)\b",
    re.I,
)
_NOT_DATE = re.compile(
    r"\b(?:approv\w*|period|expir\w*|valid\w*|printed|born|birth|dob|registered|invoice|order"
    r"|paid)\b",
    re.I,
)
_RANGE_JOIN = re.compile(r"^\s*(?:-|to|through|thru|until|and)\s*$", re.I)
_SAME_MONTH = re.compile(
    r"\b([a-z]{3,9}\.?)\s+(\d{1,2})\s*(?:-|to|through|&|and)\s*(\d{1,2}),?\s+(\d{4})", re.I
)
FORMATS: tuple[tuple[Format, re.Pattern[str]], ...] = (
    (
        "live interactive webinar",
        re.compile(
            r"\blive\s+(?:interactive\s+)?(?:webinar|virtual|online|stream\w*)|\binteractive\s+"
            r"webinar|\bvirtual\s+live|\blive[- ]online",
            re.I,
        ),
    ),
    (
        "on-demand",
        re.compile(
            r"\bon-?\s?demand\b|\bself-?\s?study\b|\bhome[- ]study\b|\brecorded\b|\basynchronous\b"
            r"|\bself-paced\b|\benduring\b",
            re.I,
        ),
    ),
    ("in person", re.compile(r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\bon-?site\b", re.I)),
)


def _one_row(text: CertificateText) -> tuple[str, float, str | None] | None:
    """A completion printed as a table of one row (Course | Date | Hours | Cert #): the row's
    title, hours and certificate number."""
    from bot.certificates.kinds import transcript_rows  # kinds reads FORMATS from here

    rows = transcript_rows(text, date(2000, 1, 1))  # a row's date is printed in full
    if len(rows) != 1:
        return None
    return rows[0].title, rows[0].hours, rows[0].number


def _is_field_line(line: str) -> bool:
    return bool(
        _PROVIDER_LABEL.match(line)
        or _PROVIDER_INLINE.search(line)
        or FULL_DATE.search(line)
        or _HOURS_WORD.search(line)
        or _DATE_LABEL.match(line)
    )


def find_provider(text: CertificateText) -> str | None:
    """The provider: a label, "offered by …", the subject of an approval statement, a letterhead."""
    for line in text.lines:
        if (
            (m := _PROVIDER_LABEL.match(line))
            and not _a_person(m["v"])
            and (
                not text.in_approval(line)
                or (len(line) < 80 and not re.search(r"approv|recogni", line, re.I))
            )
        ):
            return _clip(_org(m["v"]), PROVIDER_AT_MOST)
    for line, below in itertools.pairwise(text.lines):
        if (
            _PROVIDER_ALONE.match(line)
            and _ORG_WORDS.search(below)
            and len(below) < 70
            and not (_a_person(below) or text.in_approval(below))  # a statement: named below
        ):
            return _clip(_org(below.title() if below.isupper() else below), PROVIDER_AT_MOST)
    for sentence in text.sentences:
        if _PROVIDER_SUBJECT.match(sentence):
            continue
        if (m := _PROVIDER_INLINE.search(sentence)) and not _a_person(m["v"]):
            return _clip(_org(m["v"]), PROVIDER_AT_MOST)
    for sentence in text.approval_sentences:
        m = _PROVIDER_SUBJECT.match(sentence)
        if m and _ORG_WORDS.search(m["v"]) and not _wrapped_name(text, m["v"]):
            return _clip(m["v"], PROVIDER_AT_MOST)
    for sentence in text.joined_approval_sentences:
        for verb in _APPROVED_VERB.finditer(sentence):
            name = _name_before(sentence[: verb.start()], text)
            if name and _ORG_WORDS.search(name):
                return _clip(name, PROVIDER_AT_MOST)
    for line in text.lines:
        m = _COPYRIGHT.search(line)
        if m and _ORG_WORDS.search(m["v"]):
            return _clip(m["v"], PROVIDER_AT_MOST)
    for i, line in enumerate(text.lines[:3]):
        if _ORG_WORDS.search(line) and not _HEADING.search(line) and len(line) < 80:
            name = _logo_above(text.lines[i - 1], line) if i else line
            return _clip(_org(name.title() if name.isupper() else name), PROVIDER_AT_MOST)
    for line in text.lines:  # last: a footer naming the provider over its address
        name, _, rest = line.partition(" | ")
        if (
            _ADDRESS.search(rest)
            and _ORG_WORDS.search(name)
            and len(name) < 60
            and not (_HEADING.search(name) or re.search(r"\d", name) or text.in_approval(line))
            and not re.match(r"(?:held|location|venue|at)\b", name, re.I)  # where, not who
        ):
            return _clip(_org(name), PROVIDER_AT_MOST)
    return _signers_organisation(text)


# A signer's role and the organisation they sign for: "Director of Training, Tidewater …".
_SIGNER_FOR = re.compile(
    r"^(?:[A-Z][\w&]*\s+){0,2}(?:Director|Coordinator|Manager|President|Chair|Administrator"
    r"|Dean|Officer|Registrar)\b[\w\s&]{0,30},\s*(?P<v>[A-Z][\w&'.-]*(?:\s+[A-Z&][\w&'.-]*){0,6})$"
)


def _signers_organisation(text: CertificateText) -> str | None:
    """Last: the organisation named under a signature, its last word wrapped onto a line of its
    own in a narrow signature column ("… Tidewater Psychology" / "Collaborative")."""
    for line, below in itertools.pairwise((*text.lines, "")):
        if (m := _SIGNER_FOR.match(line)) is None or text.in_approval(line):
            continue
        name = m["v"]
        if re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", below) and not _ORG_WORDS.search(name):
            name = f"{name} {below}"
        if _ORG_WORDS.search(name):
            return _clip(name, PROVIDER_AT_MOST)
    return None


def _logo_above(above: str, line: str) -> str:
    """A letterhead set as a logo: the name large ("SILVER MAPLE"), the kind of organisation
    small below it ("CLINICAL TRAINING"); the two lines are one name."""
    if (
        line.isupper()
        and above.isupper()
        and len(above.split()) <= 3
        and not (_HEADING.search(above) or _ORG_WORDS.search(above) or re.search(r"\d", above))
    ):
        return f"{above} {line}"
    return line


_PERSON = re.compile(
    r"^(?:dr|mr|mrs|ms|mx|prof)\.?(?:\s|$)|,\s*(?:ph\.?d|psy\.?d|ed\.?d|m\.?d|d\.?o|lcsw|licsw|lmsw|lpc"
    r"|lmhc|lmft|lcpc|ladc|lcadc|cadc|rn|np|ma|ms|msw|mft|abpp|ncc|bcba)\b",
    re.I,
)


# "© 2025 Riverstone Behavioral Institute. All rights reserved."
_COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)|\bCopyright)\s*(?:\d{4}\s*)?(?P<v>[A-Z][\w&'-]*"
    r"(?:\s+(?:[A-Z&][\w&'-]*|of|for|and|the)){0,8}(?:,?\s+(?:Inc\.?|LLC|PLLC))?)"
)


_ADDRESS = re.compile(
    r"\b\d+\s+[A-Z]\w*.*\b(?:St|Street|Ave|Avenue|Blvd|Boulevard|Road|Rd|Suite|Drive|Way|Lane)\b"
    r"|\b[A-Z]{2}\s+\d{5}\b|\bwww\.|\.(?:org|com|edu)\b|\(\d{3}\)|\b\d{3}-\d{3}-\d{4}\b"
)


def _a_person(value: str) -> bool:
    """A presenter ("Dr. Miriam Katz, PsyD"), not the organisation that provides the course."""
    return bool(_PERSON.search(value)) and not _ORG_WORDS.search(value)


def _wrapped_name(text: CertificateText, name: str) -> bool:
    """Whether ``name`` is the tail of a name wrapped in a narrow column ("Willow Creek
    Psychotherapy" / "Seminars is recognized …"): the previous line's last word and ``name``
    are printed together elsewhere too (the column's heading)."""
    joined = " ".join(text.lines).casefold()
    for before, line in zip(text.lines, text.lines[1:], strict=False):
        last = re.search(r"\b[A-Z][a-z]+$", before) if line.startswith(name) else None
        if last and joined.count(f"{last[0]} {name}".casefold()) >= 2:
            return True
    return False


def _name_before(head: str, text: CertificateText) -> str | None:
    """The organisation's name that ends ``head`` (a statement up to "is approved"): its
    longest tail printed elsewhere too (the column's heading), else the words back to a short
    line."""
    whole = _words_before(head, cross_short=True)
    printed = " ".join(text.lines).casefold()
    for i in range(len(whole) - 1):
        tail = " ".join(whole[i:])
        if printed.count(tail.casefold()) >= 2:
            return tail
    return " ".join(_words_before(head, cross_short=False)) or None


def _words_before(head: str, *, cross_short: bool) -> list[str]:
    """Capitalised words (and of/for/and/the, a trailing ", Inc.") ending ``head``, back to a
    heading in capitals, a sentence's end or (unless ``cross_short``) a short line."""
    lines = head.rstrip(" ,").split("\n")
    words = lines[-1].split(" ")
    for line in reversed(lines[:-1]):  # back over the column's wraps
        if line.endswith((".", ":", "!", "?")) or (len(line) < NARROW_AT and not cross_short):
            break
        words = line.split(" ") + words
    name: list[str] = []
    for word in reversed(words):
        if not _in_name(word, name):
            break
        name.append(word)
    while name and name[-1] in ("of", "for", "and", "the", "&"):
        name.pop()
    return list(reversed(name))


def _in_name(word: str, after: list[str]) -> bool:
    """Whether ``word`` belongs to a name whose later words (read backwards) are ``after``."""
    bare = word.strip(",")
    if bare in ("Inc.", "Inc", "LLC", "PLLC", "Ltd."):
        return not after
    if bare in ("of", "for", "and", "the", "&"):
        return bool(after)
    if not bare[:1].isupper() or (bare.isupper() and len(bare) > 3):  # lower case, a heading
        return False
    return "," not in word or bool(after and after[-1] in ("Inc.", "LLC"))


_STREET = (
    r"\d+\s+(?:[A-Z]\w*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?"
    r"|Drive|Way|Lane|Suite)(?:\W|$)|P\.?\s?O\.?\s+Box\b"
)


def _org(value: str) -> str:
    """A provider's name without what follows it on the line ("… | Feb 3, 2025", " on …")."""
    value = re.split(
        r"\s+\|\s+|\s+on\s+(?=[A-Z0-9])|,\s+(?=provider|for\b)|\s+in\s+(?:partnership|collaboration)"
        r"\s+with\b|,?\s+(?=" + _STREET + ")"  # a scan lost the bar before the address
        r"|\s*\((?=[^)]*(?:#|\b(?:ACEP|ACE|ASWB|NBCC|APA|NAADAC|CAMFT|approv\w*|provider)\b))",
        value,
    )[0]
    return value.strip(" .,;:\"'")


def find_hours_stated(text: CertificateText) -> tuple[float | None, float | None]:
    """(hours, ceus): the one plain figure, minutes converted; a bare CEU figure as ceus only."""
    hours: float | None = None
    ceus: float | None = None
    for line in text.sentences:
        if text.in_approval(line) or _NOT_HOURS.search(line) or not _HOURS_WORD.search(line):
            continue
        for mention in find_hours(line):
            if mention.ceus is not None:
                ceus = ceus if ceus is not None else mention.ceus
            elif hours is None and not _board_figure(line):
                hours = mention.hours
        m = _HOURS_LABEL.search(line) if hours is None and not _board_figure(line) else None
        if m is not None and not re.search(r"ceus?", m[0], re.I):
            hours = float(m["n"])
        if hours is None and not _board_figure(line) and (m := _HOURS_SPOKEN.search(line)):
            hours = float(m["n"])
        if hours is not None:
            break
    if hours is None and ceus is None:
        hours = _hours_below_label(text)
    return hours, ceus  # a CEU figure beside the hours is kept: the certificate states both


def _board_figure(line: str) -> bool:
    """A figure on a per-board line belongs to its board, not to the course as a whole."""
    return bool(re.search(r"\b(?:ASWB|NBCC|APA|NYSED)\b", line))


_START_LABEL = re.compile(r"^(?:start(?:ing)?|begin(?:ning)?|from)(?:\s+date)?\s*:", re.I)
_END_LABEL = re.compile(r"^(?:end(?:ing)?|finish(?:ed)?|to|through)(?:\s+date)?\s*:", re.I)


def find_dates_stated(text: CertificateText, today: date) -> tuple[date | None, date | None]:
    """(start, end) of the course: a start and an end labelled apart ("Start date: …" / "End
    date: …"), a labelled date or range, else the first stated date."""
    start = next((_dates_in(x, today) for x in text.lines if _START_LABEL.match(x)), None)
    end = next((_dates_in(x, today) for x in text.lines if _END_LABEL.match(x)), None)
    if start and end and start[0] <= end[1]:
        return start[0], end[1]
    candidates = [s for s in text.sentences if FULL_DATE.search(s) and not _NOT_DATE.search(s)]
    labelled = [s for s in candidates if _DATE_LABEL.search(s)]
    for line in labelled or candidates:
        span = _dates_in(line, today)
        if span is not None:
            return span
    return None, None


def _dates_in(line: str, today: date) -> tuple[date, date] | None:
    mentions = [
        m
        for m in find_dates(line, today)
        if re.search(r"\d{4}|\d/\d{2}\b", line[m.start : m.end])
        or re.match(r",?\s*\d{4}\b", line[m.end :])  # "June 3 - June 7, 2024"
    ]
    if not mentions:
        return None
    first = mentions[0]
    parts = re.split(r"\s+(?:-|to|through|thru|until)\s+", line[first.start : first.end])
    if len(parts) == 2 and re.search(r"[a-z]{3}", parts[1], re.I):
        # a range of two full dates read as one mention (its end): the start from its first half
        starts = find_dates(f"{parts[0].rstrip(', ')}, {first.on.year}", today)
        if starts and starts[0].on <= first.on:
            return starts[0].on, first.on
    if len(mentions) > 1 and _RANGE_JOIN.match(line[first.end : mentions[1].start]):
        return first.on, mentions[1].on
    if same := _SAME_MONTH.search(line[first.start : first.end + 4]):
        try:
            return first.on.replace(day=int(same[2])), first.on
        except ValueError:
            return first.on, first.on
    return first.on, first.on


def find_format(text: CertificateText) -> Format | None:
    """The format when the certificate states one; None when it says nothing."""
    for line in text.lines:
        if text.in_approval(line) and not re.search(r"\bthis\s+(?:course|program)", line, re.I):
            continue
        for name, pattern in FORMATS:
            if pattern.search(line):
                return name
    return None


_HOURS_ALONE = re.compile(
    r"^(?:(?:ce|credit|contact|clock|continuing\s+education)\s+hours?|credits?(?:\s+earned|"
    r"\s+awarded)?|hours?(?:\s+awarded|\s+earned)?)\s*:?$",
    re.I,
)
_HOURS_VALUE = re.compile(r"^(\d{1,3}(?:\.\d{1,2})?)(?:\s*(?:hours?|hrs?|credits?))?$", re.I)


_HOURS_AT_EDGE = re.compile(
    r"^(?:ce|credit|contact|clock)\s+hours\b|\b(?:ce|credit|contact|clock)\s+hours$"
)


_HOURS_IN_ROW = re.compile(r"\b(?:CE|CREDIT|CONTACT|CLOCK)\s+HOURS\b")


def _in_cell_below(labels: str, values: str, label: re.Pattern[str]) -> str | None:
    """A form's row of labels in capitals above its row of values, as a scan reads it ("DATE OF
    COMPLETION CONTACT HOURS" / "11/15/2024 6.0"): the value under a label at the row's start
    is the first word below, under one at its end the last."""
    if not labels.isupper() or len(labels) > 80 or not values.strip():
        return None
    m = label.search(labels.casefold())
    if m is None or (m.start() > 0 and m.end() < len(labels)):
        return None
    words = values.split()
    return words[0] if m.start() == 0 and m.end() < len(labels) else words[-1]


def _hours_below_label(text: CertificateText) -> float | None:
    """Hours in a boxed form: "CONTACT HOURS" on one line, "6.0" on the next; or a one-row
    table's hours cell."""
    lines = text.lines
    for i, line in enumerate(lines[:-1]):
        if _HOURS_ALONE.match(line) and (m := _HOURS_VALUE.match(lines[i + 1])):
            return float(m[1])
        value = _in_cell_below(line, lines[i + 1], _HOURS_AT_EDGE)
        if value and (m := _HOURS_VALUE.match(value)):
            return float(m[1])
        if line.isupper() and _HOURS_IN_ROW.search(line):
            # the hours cell between others ("DATE COMPLETED CONTACT HOURS FORMAT" / "03/18/2025
            # 2.0 On-demand"): the row's one plain figure
            figures = [w for w in lines[i + 1].split() if _HOURS_VALUE.match(w)]
            if len(figures) == 1:
                return float(figures[0])
    row = _one_row(text)
    return row[1] if row else None


def _clip(value: str, at_most: int) -> str | None:
    value = re.sub(r"\s+", " ", value).strip()
    return value[:at_most] or None
