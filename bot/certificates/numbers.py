"""A certificate's own number: "Certificate No." beats a tracking or a verification code.

A certificate may print several numbers: its own ("Certificate No.", "Cert. ID"), a code to
check it by ("Verification code"), a reporting system's ("CE Broker Tracking #"), the provider's
approval number and the attendee's license number. The card's certificate number is the first
of the best-ranked labels; a provider's or a license's number is never it (approvals.py reads
the provider's).
"""

from __future__ import annotations

import re

from bot.certificates.fields import _in_cell_below, _one_row
from bot.certificates.text import CertificateText

# Label words by rank: the certificate's own number, then a code that checks it, then a number
# another system gave the completion.
_RANKS = (
    r"certificate|cert\.?|credential|completion|serial",
    r"verification|confirmation|reference",
    r"tracking",
)
_VALUE = r"\s*:?\s*(?P<v>[A-Z0-9][A-Z0-9-]{3,24})\b"
_LABELLED = tuple(
    re.compile(
        rf"\b(?:{words})(?:\s+serial)?\s*(?:#|no[.,]?|number|id|code)" + _VALUE,  # "No," a scan's
        re.I,
    )
    for words in _RANKS
)
# "No. GPR-25-0188" at a line's or a cell's start; "Certificate CNB-77341" alone on its line.
_BARE = re.compile(
    r"(?:^|\|\s*)No\.\s*(?P<v>(?=[A-Z0-9]*-)[A-Z]{2,}[A-Z0-9-]{2,22}\d)\b"
    r"|(?:^|\s[-|]\s)certificate\s+(?P<c>(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+-[A-Z0-9-]{2,22})$",
    re.I,
)
_NUMBER_ALONE = re.compile(
    r"^(?:certificate|cert\.?|verification|credential)\s*(?:#|no\.?|number|id|code)\s*:?$", re.I
)
_NUMBER_VALUE = re.compile(r"^(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,24}$", re.I)
_NUMBER_AT_EDGE = re.compile(
    r"^(?:certificate|cert\.?)\s+(?:#|no\.?|number|id)(?=\s)|\b(?:certificate|cert\.?)\s+"
    r"(?:#|no\.?|number|id)$"
)


def find_certificate_number(text: CertificateText) -> str | None:
    """The certificate's number: a labelled value beside its label, on the line below or in the
    cell below, or a one-row table's certificate cell; of several, the best-ranked label's."""
    found: list[tuple[int, str]] = []  # (rank, value) in reading order
    lines = text.lines
    for i, line in enumerate(lines):
        below = _below(text, i)
        found += _beside(line, text.in_approval(line))
        if _NUMBER_ALONE.match(line) and _NUMBER_VALUE.match(below):
            found.append((0, below))
        value = _in_cell_below(line, below, _NUMBER_AT_EDGE) if below else None
        if value and _NUMBER_VALUE.match(value):
            found.append((0, value))
    if not found and (row := _one_row(text)) and row[2]:
        found.append((0, row[2]))
    return min(found, key=lambda f: f[0])[1].upper() if found else None


def _below(text: CertificateText, i: int) -> str:
    """The line below line ``i``; in a scan, past a speck a box's rule left between a row of
    labels and its values (a line of one character: "1", "i")."""
    for below in text.lines[i + 1 : i + 3]:
        if not (text.ocr and len(re.sub(r"\W", "", below)) <= 1):
            return below
    return ""


def _beside(line: str, in_approval: bool) -> list[tuple[int, str]]:
    """Numbers printed after their labels on ``line``, each with its label's rank."""
    found = []
    for rank, label in enumerate(_LABELLED):
        found += [(rank, m["v"]) for m in label.finditer(line) if re.search(r"\d", m["v"])]
    if not in_approval:  # "No. 1234" in an approval statement is the provider's
        for m in _BARE.finditer(line):
            value = m["v"] or m["c"]
            if re.search(r"\d", value):
                found.append((0, value))
    return found
