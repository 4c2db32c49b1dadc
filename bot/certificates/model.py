"""What a certificate file says: the reading the chat flow confirms (issue #20)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

MAX_BYTES = 15 * 1024 * 1024  # a file's size at most, as the platforms' downloads are limited

Kind = Literal["completion", "transcript", "registration", "receipt", "unrelated", "unreadable"]
Format = Literal["live interactive webinar", "on-demand", "in person"]
Source = Literal["text", "ocr", "none"]


@dataclass(frozen=True)
class Approval:
    """An approval the certificate states: the body ("ASWB ACE", "NBCC ACEP", "APA", "NYSED", a
    state board's name as written) and the provider's number with it, when one is given."""

    body: str
    number: str | None = None


@dataclass(frozen=True)
class BoardHours:
    """Hours stated for one board on a per-board line ("ASWB 3.0 CE / NBCC 3.0 clock hours")."""

    body: str
    hours: float


@dataclass(frozen=True)
class CertificateCourse:
    """One course a certificate (or one row of a transcript) says was completed.

    Every field is None (or empty) when the file does not say it: never guessed.
    ``hours`` is the one plain figure, minutes already converted; a bare CEU figure stays in
    ``ceus`` with ``hours`` None, so the chat asks what it means. ``start == end`` for one day.
    """

    title: str | None = None
    provider: str | None = None
    approvals: tuple[Approval, ...] = ()
    hours: float | None = None
    hours_by_board: tuple[BoardHours, ...] = ()
    ceus: float | None = None
    start: date | None = None
    end: date | None = None
    format: Format | None = None
    certificate_number: str | None = None


@dataclass(frozen=True)
class CertificateReading:
    """What a file is and what it says; the text itself is not kept.

    Attributes:
        kind: completion (one course), transcript (several), registration (a course still
            ahead), receipt, unrelated, or unreadable (then ``problem`` says why, kindly).
        problem: plain words for the member when unreadable, else None.
        courses: the courses read (one for a completion, several for a transcript; for a
            registration or receipt, what could be read of the course, for a kind answer).
        names_a_client: the text names or describes a client: log the course without those
            details and do not keep the file.
        text_chars: how much text was read (0 when none).
        source: "text" (a PDF's text layer), "ocr" (an image or scanned page) or "none".
        pages: pages of the file read (a PDF's first few only).
    """

    kind: Kind
    problem: str | None = None
    courses: tuple[CertificateCourse, ...] = ()
    names_a_client: bool = False
    text_chars: int = 0
    source: Source = "none"
    pages: int = 0


def unreadable(problem: str, *, source: Source = "none", pages: int = 0) -> CertificateReading:
    """A reading that could not get at the text, with the reason in the member's words."""
    return CertificateReading("unreadable", problem=problem, source=source, pages=pages)
