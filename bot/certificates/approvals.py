"""Approval statements (ASWB ACE, NBCC ACEP, APA, NYSED, a state board) and per-board hours."""

from __future__ import annotations

import re

from bot.certificates.model import Approval, BoardHours
from bot.certificates.text import CertificateText
from bot.us_states import STATE_NAMES

_BODIES: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...] = (
    (
        "ASWB ACE",
        re.compile(r"\bASWB\b|Association\s+of\s+Social\s+Work\s+Boards", re.I),
        re.compile(
            r"(?:provider|ACE|approval)\s*(?:#|no[.,]?|number)\s*:?\s*(\d{3,6})\b|#\s?(\d{3,6})\b",
            re.I,
        ),
    ),
    (
        "NBCC ACEP",
        re.compile(r"\bNBCC\b|National\s+Board\s+for\s+Certified\s+Counselors", re.I),
        re.compile(r"\bACEP\s*(?:no[.,]?|#|number)?\s*:?\s*(\d{3,6})\b", re.I),  # OCR: "No,"
    ),
    (
        "APA",
        re.compile(r"American\s+Psychological\s+Association", re.I),
        None,  # APA sponsors carry no number on the certificate
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
_STATE_BOARD = re.compile(
    rf"\b((?:{_STATES})\s+(?:State\s+)?Board\s+of\s+[A-Z][A-Za-z&' ]{{3,60}}?)"
    r"(?=\s*(?:[,.;(]|\bas\b|\bto\b|\bfor\b|\bunder\b|\bprovider\b|\bapprov|$))"
)
_STATE_NUMBER = re.compile(
    r"(?:provider|approval|license|CE)\s*(?:#|no\.?|number)\s*:?\s*([A-Z0-9][A-Z0-9-]{2,14})", re.I
)
_BOARD_NAMES = {"ASWB": "ASWB ACE", "NBCC": "NBCC ACEP", "APA": "APA", "NYSED": "NYSED"}
_UNIT = r"(?:CE|CEs|clock\s+hours?|contact\s+hours?|credits?|credit\s+hours?|hours?|hrs?)"
_NUMBER = r"(\d{1,3}(?:\.\d{1,2})?)"
_BOARD_FIRST = re.compile(rf"\b(ASWB|NBCC|APA|NYSED)\b\s*:?\s*{_NUMBER}\s*{_UNIT}\b(?!\s*program)")
_NUMBER_FIRST = re.compile(rf"(?<![\d.#]){_NUMBER}\s+(ASWB|NBCC|APA|NYSED)\b\s*{_UNIT}?")


def find_approvals(text: CertificateText) -> tuple[Approval, ...]:
    """Each body approved in the text's statements, with its number when one is stated."""
    found: dict[str, str | None] = {}
    for sentence in text.approval_sentences:
        for body, names, number in _BODIES:
            if not names.search(sentence):
                continue
            if body == "APA" and not re.search(r"sponsor|approv", sentence, re.I):
                continue
            value = _number(number, sentence) if number is not None else None
            if body not in found or (found[body] is None and value):
                found[body] = value
        for m in _STATE_BOARD.finditer(sentence):
            body = re.sub(r"\s+", " ", m[1]).strip()
            number = _STATE_NUMBER.search(sentence, m.end())
            found.setdefault(body, number[1] if number else None)
    return tuple(Approval(body, number) for body, number in found.items())


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
        if text.in_approval(line):
            continue
        hits = [(m[1], m[2]) for m in _BOARD_FIRST.finditer(line)]
        hits += [(m[2], m[1]) for m in _NUMBER_FIRST.finditer(line)]
        for board, hours in hits:
            value = float(hours)
            if 0 < value <= 100:
                found.setdefault(_BOARD_NAMES[board], value)
    return tuple(BoardHours(body, hours) for body, hours in found.items())
