"""Round 8's second batch (issue #20): more layouts for titles, providers and hours.

A length in hours and minutes; "Course completed:" as the title's label; a provider's label
with its approval in brackets; a two-column award (the attendee's details left, the course's
right); a platform hosting a provider's course ("on behalf of"); a date with its weekday, day
first; a two-day range written "March 7 & 8, 2025"; a scan and a photo of some. Written before
the reader was changed, the expected fields by hand beside each. ``tuning_round8c``, a third
batch: hours spelled out with the figure in brackets, a title after "titled" inside a letter's
sentence, a quarter-hour credit.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from bench.certificates.page import Box, Page, Text, photo, scan, to_pdf
from bench.certificates.samples import Course, Sample
from bench.certificates.tuning_more import apa, aswb, nbcc, stack

QUAIL = "Quail Run Behavioral Education"
LIGHTHOUSE = "Lighthouse Trauma Training Network"
FERN = "Fernwood Institute for Clinical Practice"
OTTER = "Otter Creek Counseling Seminars"


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _hours_and_minutes() -> tuple[Page, Course]:
    """Labelled lines: "Course completed:", a length in hours and minutes, weekday day-first."""
    c = Course(
        "Grief in the Workplace",
        QUAIL,
        hours=1.5,
        approvals=[("ASWB ACE", "1893")],
        start=_d("2025-02-04"),
        end=_d("2025-02-04"),
        format="live interactive webinar",
        certificate_number="QR-2025-0419",
    )
    items: list[Text | Box] = [
        Text(15, 16, 186, QUAIL, 15, True, "L", "serif"),
        Text(15, 30, 186, "Certificate of Completion", 20, True, "L"),
        Text(15, 44, 186, "Name: Imani Brooks, LCSW", 11),
        Text(15, 52, 186, "Course completed: " + c.title, 11),
        Text(15, 60, 186, "Date: Tuesday, 4 February 2025 (live webinar)", 11),
        Text(15, 68, 186, "Length: 1 hour 30 minutes", 11),
        Text(15, 76, 186, "Certificate number: QR-2025-0419", 11),
        Text(15, 94, 186, aswb(QUAIL, "1893"), 7.5),
    ]
    return Page(items), c


def _provider_label_bracket() -> tuple[Page, Course]:
    """A provider's label with its approval in brackets; a two-day range with an ampersand."""
    c = Course(
        "EMDR Therapy Basic Training, Weekend 1",
        LIGHTHOUSE,
        hours=12.0,
        approvals=[("NBCC ACEP", "7644")],
        start=_d("2025-03-07"),
        end=_d("2025-03-08"),
        format="in person",
    )
    items: list[Text | Box] = [
        Text(15, 18, 186, "CERTIFICATE OF ATTENDANCE", 20, True, "C"),
        Text(15, 34, 186, "Attendee: Caleb Whitmore, LPC", 11),
        Text(15, 42, 186, "Training: " + c.title, 11),
        Text(15, 50, 186, "Provider: " + LIGHTHOUSE + " (NBCC ACEP #7644)", 11),
        Text(15, 58, 186, "Dates: March 7 & 8, 2025, in person, Tacoma WA", 11),
        Text(15, 66, 186, "Clock hours: 12", 11),
        Text(15, 84, 186, nbcc(LIGHTHOUSE, "7644"), 7.5),
    ]
    return Page(items), c


def _two_columns() -> tuple[Page, Course]:
    """An award in two columns: the attendee's details left, the course's right."""
    c = Course(
        "Assessing and Treating Hoarding Disorder",
        FERN,
        hours=3.0,
        approvals=[("ASWB ACE", "1568")],
        start=_d("2025-04-24"),
        end=_d("2025-04-24"),
        format="on-demand",
        certificate_number="FICP-88104",
    )
    w, h = 279.4, 215.9
    items: list[Text | Box] = [
        Box(9, 9, w - 18, h - 18, 1.2),
        Text(20, 22, w - 40, FERN, 14, True, "C", "serif"),
        Text(20, 34, w - 40, "Certificate of Completion", 24, True, "C", "serif"),
        Text(25, 60, 105, "Awarded to", 9),
        Text(25, 66, 105, "Beatrice Lindqvist, LICSW", 14, True),
        Text(25, 80, 105, "License: LICSW 004417 (MA)", 9),
        Text(150, 60, 105, "Course", 9),
        Text(150, 66, 105, c.title, 14, True),
        Text(150, 84, 105, "Completed April 24, 2025 - self-paced", 9),
        Text(150, 91, 105, "3.0 CE hours - Certificate FICP-88104", 9),
        Text(22, 176, w - 44, aswb(FERN, "1568"), 7.5, False, "C"),
    ]
    return Page(items, "L"), c


def _on_behalf() -> tuple[Page, Course]:
    """A platform's certificate for a provider's course: "offered on behalf of"."""
    c = Course(
        "Motivational Interviewing for Health Behavior Change",
        OTTER,
        hours=2.0,
        approvals=[("NBCC ACEP", "7351")],
        start=_d("2025-05-13"),
        end=_d("2025-05-13"),
        format="on-demand",
        certificate_number="CEH-5512907",
    )
    page = stack(
        [
            ("CEHub Online Learning", 12, False),
            ("Certificate of Completion", 26, True),
            ("Ruth Adeyemi, LMHC", 20, True),
            ("has completed the on-demand course", 11, False),
            (c.title, 16, True),
            ("offered on behalf of " + OTTER, 10, False),
            ("Completed 05/13/2025  |  2 clock hours  |  Cert. ID CEH-5512907", 10, False),
        ],
        nbcc(OTTER, "7351"),
        landscape=False,
    )
    return page, c


def tuning_round8b(images: bool = True) -> Iterator[Sample]:
    """Round 8's second batch (``images=False``: its text PDFs only)."""
    page1, c1 = _hours_and_minutes()
    yield Sample("r8b_hours_minutes.pdf", to_pdf([page1]), "completion", [c1])
    page2, c2 = _provider_label_bracket()
    yield Sample("r8b_provider_bracket.pdf", to_pdf([page2]), "completion", [c2])
    page3, c3 = _two_columns()
    yield Sample("r8b_two_columns.pdf", to_pdf([page3]), "completion", [c3])
    page4, c4 = _on_behalf()
    yield Sample("r8b_on_behalf.pdf", to_pdf([page4]), "completion", [c4])
    if not images:
        return
    yield Sample("r8b_scan_columns.pdf", scan(page3, 91, angle=0.7), "completion", [c3], ocr=True)
    yield Sample("r8b_photo_behalf.jpg", photo(page4, 92, angle=2.0), "completion", [c4], ocr=True)


PINECONE = "Pinecone Ridge Clinical Seminars"
HARVEST = "Harvest Moon Counseling Institute"


def _hours_spelled() -> tuple[Page, Course]:
    """A letter: hours spelled out with the figure in brackets, the title after 'titled'."""
    c = Course(
        "Treating Adolescent Self-Injury",
        PINECONE,
        hours=3.0,
        approvals=[("NBCC ACEP", "7288")],
        start=_d("2025-01-30"),
        end=_d("2025-01-30"),
        format="live interactive webinar",
    )
    items: list[Text | Box] = [
        Text(20, 16, 176, PINECONE, 15, True, "L", "serif"),
        Box(20, 25, 176, 0, 0.4),
        Text(20, 36, 176, "February 3, 2025", 11, face="serif"),
        Text(20, 46, 176, "To whom it may concern:", 11, face="serif"),
        Text(
            20,
            56,
            176,
            "Jonah Beck, LPC attended the live webinar titled Treating Adolescent Self-Injury on "
            "January 30, 2025 and was awarded three (3) contact hours.",
            11,
            face="serif",
        ),
        Text(20, 80, 176, nbcc(PINECONE, "7288"), 8),
    ]
    return Page(items), c


def _half_hour_units() -> tuple[Page, Course]:
    """An award: 'CE credit hours: 0.75' under the title; the title in a 'Topic:' line."""
    c = Course(
        "Safety Planning with Suicidal Clients",
        HARVEST,
        hours=0.75,
        approvals=[("ASWB ACE", "1920")],
        start=_d("2025-05-02"),
        end=_d("2025-05-02"),
        format="on-demand",
        certificate_number="HMCI-50275",
    )
    page = stack(
        [
            (HARVEST, 14, True),
            ("Certificate of Completion", 26, True),
            ("Ana Sofia Rivas, LMSW", 20, True),
            ("Topic: " + c.title, 13, True),
            ("Recorded webinar completed 5/2/2025", 10, False),
            ("CE credit hours: 0.75", 10, False),
            ("Certificate HMCI-50275", 9, False),
        ],
        aswb(HARVEST, "1920"),
    )
    return page, c


def tuning_round8c(images: bool = True) -> Iterator[Sample]:
    """Round 8's third batch: hours spelled out and in quarter hours (``images=False``: text)."""
    page1, c1 = _hours_spelled()
    yield Sample("r8c_hours_spelled.pdf", to_pdf([page1]), "completion", [c1])
    page2, c2 = _half_hour_units()
    yield Sample("r8c_quarter_hours.pdf", to_pdf([page2]), "completion", [c2])
    if images:
        yield Sample(
            "r8c_scan_spelled.pdf", scan(page1, 93, angle=-0.6), "completion", [c1], ocr=True
        )


BIRCHFIELD = "Birchfield Geriatric Mental Health Institute"
NORTHWIND = "Northwind Family Therapy Center"


def _check_verification_letter() -> tuple[Page, Course]:
    c = Course(
        "Sleep and Mood in Older Adults",
        BIRCHFIELD,
        hours=1.5,
        approvals=[("APA", None)],
        start=_d("2025-03-19"),
        end=_d("2025-03-19"),
        format="live interactive webinar",
    )
    items: list[Text | Box] = [
        Text(20, 16, 176, BIRCHFIELD, 14, True, "L", "serif"),
        Box(20, 25, 176, 0, 0.4),
        Text(
            20,
            36,
            176,
            "Please accept this letter as verification that Dr. Ken Ito attended \u201cSleep and "
            "Mood in Older Adults\u201d, a live webinar offered by " + BIRCHFIELD + " on March 19, "
            "2025, for one and one-half (1.5) CE credits.",
            11,
            face="serif",
        ),
        Text(20, 70, 176, apa(BIRCHFIELD), 8),
    ]
    return Page(items), c


def _check_signed_award() -> tuple[Page, Course]:
    c = Course(
        "Working with Blended Families",
        NORTHWIND,
        hours=6.0,
        approvals=[("ASWB ACE", "1955")],
        start=_d("2025-04-09"),
        end=_d("2025-04-09"),
        format="in person",
    )
    page = stack(
        [
            ("Certificate of Attendance", 26, True),
            ("This certificate is presented to", 11, False),
            ("Marguerite Osei, LCSW", 20, True),
            ("for attending the full-day workshop", 11, False),
            (c.title, 16, True),
            ("held in person this 9th day of April 2025, for six (6) clock hours", 10, False),
            ("Helen Park, LMFT  |  President, " + NORTHWIND, 9, False),
        ],
        aswb(NORTHWIND, "1955"),
    )
    return page, c


def round8b_check(images: bool = True) -> Iterator[Sample]:
    """Round 8's second check slice: never tuned on, scored once (``images=False``: text)."""
    page, c = _check_verification_letter()
    yield Sample("r8bc_letter.pdf", to_pdf([page]), "completion", [c])
    page2, c2 = _check_signed_award()
    yield Sample("r8bc_signed_award.pdf", to_pdf([page2]), "completion", [c2])
    if images:
        yield Sample(
            "r8bc_scan_award.pdf", scan(page2, 96, angle=0.8), "completion", [c2], ocr=True
        )
