"""Approval statements (ASWB ACE, NBCC ACEP, APA, NYSED, a state board) and per-board hours."""

from __future__ import annotations

import itertools
import re

from bot.certificates.model import Approval, BoardHours
from bot.certificates.text import CertificateText
from bot.us_states import STATE_NAMES

_BODIES: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...] = (
    (
        "ASWB ACE",
        # ASWB's program by its own name too, when a scan garbles the body's name
        re.compile(
            r"\bASWB\b|Association\s+of\s+Social\s+Work\s+Boards"
            r"|Approved\s+Continuing\s+Education\s+\(ACE\)\s+program",
            re.I,
        ),
        re.compile(
            r"(?:provider|ACE|approval)\s*(?:#|no[.,]?|number)\s*:?\s*(\d{3,6})\b|#\s?(\d{3,6})\b",
            re.I,
        ),
    ),
    (
        "NBCC ACEP",
        re.compile(r"\bNBCC\b|National\s+Board\s+for\s+Certified\s+Counselors", re.I),
        # OCR: "No,"; "Provider (ACEP) No. 6543"; "NBCC Approved Provider No. 7702"
        re.compile(
            r"\bACEP\)?\s*(?:no[.,]?|#|number)?\s*:?\s*(\d{3,6})\b"
            r"|NBCC\s+Approved\s+(?:Continuing\s+Education\s+)?Provider\s*(?:no[.,]?|#|number)"
            r"\s*:?\s*(\d{3,6})\b",
            re.I,
        ),
    ),
    (
        "APA",
        re.compile(r"American\s+Psychological\s+Association|^APA\b"),
        None,  # APA sponsors carry no number on the certificate
    ),
    (
        "NAADAC",
        re.compile(r"\bNAADAC\b|Association\s+for\s+Addiction\s+Professionals", re.I),
        re.compile(
            r"(?:provider|NAADAC)\s*(?:#|no[.,]?|number)\s*:?\s*(\d{3,7})\b|#\s?(\d{3,7})\b", re.I
        ),
    ),
    (
        "CAMFT",
        re.compile(
            r"\bCAMFT\b|California\s+Association\s+of\s+Marriage\s+and\s+Family\s+Therapists", re.I
        ),
        re.compile(
            r"(?:provider|CEPA|approval)\s*(?:#|no[.,]?|number)\s*:?\s*(\d{3,7})\b|#\s?(\d{3,7})\b",
            re.I,
        ),
    ),
    (
        "ANCC",
        re.compile(r"\bANCC\b|American\s+Nurses\s+Credentialing\s+Center", re.I),
        None,  # accredited providers print no number
    ),
    (
        "NYSED",
        re.compile(r"\bNYSED\b|New\s+York\s+State\s+Education\s+Department", re.I),
        re.compile(
            r"\b((?:SW|MHC|LMHC|MFT|LMFT|PSY|CAT|LP)-?\s?\d{3,5})\b|provider\s*(?:#|no\.?)\s*(\d{3,5})",
            re.I,
        ),
    ),
)
_STATES = "|".join(sorted((s.title() for s in STATE_NAMES), key=len, reverse=True))
# A state's board, council or department, named as written: "Texas State Board of Social Worker
# Examiners", "Ohio Counselor, Social Worker and Marriage and Family Therapist Board", "Illinois
# Department of Financial and Professional Regulation".
_STATE_BOARD = re.compile(
    rf"\b((?:{_STATES})(?:(?:\s+|,\s+)(?:[A-Z][\w&'-]*|and|of|for|&)){{1,16}})"
)
# What may follow a board's name and is no part of it: little words, a number's label.
_LABEL_READ_IN = re.compile(
    r"(?:,?\s+(?:and|of|for|&|CE|Provider|Approval|Sponsor|License|No)\b)+[\s,]*$|[\s,]+$"
)
_AGENCY = re.compile(r"\b(?:Board|Council|Commission|Department|Division|Office)\b")
_STATE_NUMBER = re.compile(
    r"(?:provider|approval|license|licensed|sponsor|CE)\s*(?:#|no\.?|number)?\s*:?\s*"
    r"((?:[A-Z]{2,4}\s)?[A-Z0-9]*\d[A-Z0-9.-]{1,14})",
    re.I,
)
# A table row or a short line naming a body and its number: "NBCC ACEP No. 6120 Clock hours 12".
_BODY_LINE = re.compile(
    r"^(?:ASWB|NBCC|NYSED|APA|NAADAC|CAMFT)\b.*?(?:#|\bno\.?)\s*[A-Z]*-?\d", re.I
)
_BOARD_NAMES = {"ASWB": "ASWB ACE", "NBCC": "NBCC ACEP", "APA": "APA", "NYSED": "NYSED"}
_UNIT = r"(?:CE|CEs|clock\s+hours?|contact\s+hours?|credits?|credit\s+hours?|hours?|hrs?)"
_NUMBER = r"(\d{1,3}(?:\.\d{1,2})?)"
_BOARD_FIRST = re.compile(rf"\b(ASWB|NBCC|APA|NYSED)\b\s*:?\s*{_NUMBER}\s*{_UNIT}\b(?!\s*program)")
_BOARD_ROW = re.compile(
    rf"^(ASWB|NBCC|APA|NYSED)\b.{{0,60}}\b(?:CE|CEs|hours?|credits?)\s+{_NUMBER}$", re.I
)
_NUMBER_FIRST = re.compile(rf"(?<![\d.#]){_NUMBER}\s+(ASWB|NBCC|APA|NYSED)\b\s*{_UNIT}?")


def find_approvals(text: CertificateText) -> tuple[Approval, ...]:
    """Each body approved in the text's statements, with its number when one is stated."""
    found: dict[str, str | None] = {}
    body_lines = tuple(line for line in text.lines if _BODY_LINE.match(line) and len(line) < 90)
    _read_statements(text.approval_sentences + body_lines, found)
    if not found or None in found.values():  # a narrow column's statement, wrapped short
        _read_statements(text.joined_approval_sentences, found)
    if None in found.values():
        _number_in_next_sentence(text.sentences, found)
    return tuple(Approval(body, number) for body, number in found.items())


def _read_statements(sentences: tuple[str, ...], found: dict[str, str | None]) -> None:
    """Bodies and numbers stated in ``sentences``, into ``found``: a body already there keeps
    its number; one there without a number takes the first found."""
    for sentence in sentences:
        for body, names, number in _BODIES:
            if not names.search(sentence):
                continue
            if body == "APA" and not re.search(r"sponsor|approv", sentence, re.I):
                continue
            value = _number(number, sentence) if number is not None else None
            if body not in found or (found[body] is None and value):
                found[body] = value
        for m in _STATE_BOARD.finditer(sentence):
            # the number's label read into the name: "… Executive Council, CE provider #7421";
            # the number is looked for from where the name ends, its label included
            name = _LABEL_READ_IN.sub("", m[1])
            body = re.sub(r"\s+", " ", name)
            if not _AGENCY.search(body) or re.search(r"Education\s+Department", body):
                continue  # a place or a university, not an approving body; NYSED is above
            stated = _STATE_NUMBER.search(sentence, m.start(1) + len(name))
            if found.get(body) is None:
                found[body] = stated[1].rstrip(".-") if stated else None


# A statement's number in a sentence of its own: "… to sponsor continuing education. Provider
# #1000456." / "… as a NAADAC Approved Education Provider. NAADAC Provider #185042."
_NUMBER_SENTENCE = re.compile(
    r"^(?:[A-Z]{3,6}\s+)?(?:approved\s+)?(?:education\s+)?provider\s*(?:#|no\.?|number)\s*:?\s*"
    r"([A-Z]{0,4}-?\d[\d-]{2,9})\.?$",
    re.I,
)


def _number_in_next_sentence(sentences: tuple[str, ...], found: dict[str, str | None]) -> None:
    """A body stated without its number (a state board too) takes a provider number printed as
    the next sentence (unless that sentence names another body: "NAADAC Provider #…" is
    NAADAC's)."""
    pairs = list(itertools.pairwise(sentences))
    # a scan's full stop for a comma ("… for LMFTs. LPCCs, LEPs. Provider #…") cut a fragment
    pairs += [
        (a, c)
        for a, b, c in zip(sentences, sentences[1:], sentences[2:], strict=False)
        if len(b) < 30 and not any(names.search(b) for _, names, _ in _BODIES)
    ]
    for sentence, after in pairs:
        if (m := _NUMBER_SENTENCE.match(after)) is None:
            continue
        named = next((body for body, names, _ in _BODIES if names.match(after)), None)
        for body, names, _ in _BODIES:
            if found.get(body, "") is None and names.search(sentence) and named in (None, body):
                found[body] = m[1].upper()
        for body, number in found.items():  # a state board, named as written
            if number is None and named is None and body in re.sub(r"\s+", " ", sentence):
                found[body] = m[1].upper()


def _number(pattern: re.Pattern[str], sentence: str) -> str | None:
    m = pattern.search(sentence)
    if m is None:
        return None
    value = next(g for g in m.groups() if g)
    return re.sub(r"\s", "", value).upper()


def find_board_hours(text: CertificateText) -> tuple[BoardHours, ...]:
    """Hours stated per board on a line of their own ("ASWB 3.0 CE / NBCC 3.0 clock hours")."""
    found: dict[str, float] = {}
    for line in text.lines:
        if row := _BOARD_ROW.match(line):  # a credits table: board, credit type, figure
            found.setdefault(_BOARD_NAMES[row[1].upper()], float(row[2]))
            continue
        if text.in_approval(line):
            continue
        hits = [(m[1], m[2]) for m in _BOARD_FIRST.finditer(line)]
        hits += [(m[2], m[1]) for m in _NUMBER_FIRST.finditer(line)]
        for board, hours in hits:
            value = float(hours)
            if 0 < value <= 100:
                found.setdefault(_BOARD_NAMES[board], value)
    return tuple(BoardHours(body, hours) for body, hours in found.items())
