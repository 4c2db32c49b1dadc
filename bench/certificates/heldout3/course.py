"""What each file of the set is and what a careful reader should take from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bench.certificates.heldout3.draw import Page

LETTER = (215.9, 279.4)
LANDSCAPE = (279.4, 215.9)
NAVY = (24, 45, 90)
WINE = (110, 24, 40)
TEAL = (0, 98, 104)
GOLD = (168, 132, 48)
GREY = (95, 95, 95)
FOREST = (34, 84, 52)


@dataclass(frozen=True)
class Course:
    """One completed course as its certificate states it; the expected fields."""

    title: str
    provider: str
    start: date
    end: date | None = None
    hours: float | None = None
    ceus: float | None = None
    by_board: dict[str, float] = field(default_factory=dict)
    approvals: tuple[tuple[str, str | None], ...] = ()
    format: str | None = None
    certificate_number: str | None = None

    def expected(self) -> dict[str, object]:
        return {
            "title": self.title,
            "provider": self.provider,
            "hours": self.hours,
            "ceus": self.ceus,
            "hours_by_board": dict(self.by_board),
            "approvals": [list(a) for a in self.approvals],
            "start": self.start.isoformat(),
            "end": (self.end or self.start).isoformat(),
            "format": self.format,
            "certificate_number": self.certificate_number,
        }


@dataclass(frozen=True)
class Certificate:
    """One file of the set.

    ``medium`` says how the page becomes a file: ``pdf`` (text layer), ``scan`` (image-only PDF,
    tilted), ``scan90`` (image-only PDF stored sideways with /Rotate 90), ``sideways`` (JPEG turned
    90°, no EXIF), ``exif6`` (JPEG stored turned, EXIF Orientation 6) or ``heic`` (iPhone photo).
    """

    name: str
    layout: str
    page: Page
    kind: str = "completion"
    courses: tuple[Course, ...] = ()
    medium: str = "pdf"
    names_a_client: bool = False
    client_words: tuple[str, ...] = ()  # words about the client that must be in no field

    def expected(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "names_a_client": self.names_a_client,
            "courses": [c.expected() for c in self.courses],
            "ocr": self.medium != "pdf",
        }
