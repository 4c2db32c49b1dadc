"""A sixth tuning set (issue #20): layouts rounds 1-5 lack, for the weakest fields (title, provider).

Two-column awards (the provider's block beside the course, or a grid whose labels are drawn
before their values, out of reading order), a transcript table with a totals row, per-board hour
lines with a CEU figure, date ranges across months and as "Start date" / "End date", a provider
named only in a logo line or in the footer, a certificate printing a CE Broker tracking number, a
license number and learning objectives beside its own number, a state board's provider number
beside its approval, and phone photos turned a few degrees or saved sideways with EXIF. Written
from what CE certificates look like, the expected fields by hand beside each, scored before the
reader was changed. ``round6_check`` is a slice kept apart: never tuned on, scored once at the end.
Made in memory, like tuning_round5.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from bench.certificates.page import Box, Page, Text, photo, scan, table, to_pdf
from bench.certificates.samples import Course, Sample
from bench.certificates.tuning_more import apa, aswb, nbcc, stack

BRIARWOOD = "Briarwood Center for Anxiety Studies"
RED_CEDAR = "Red Cedar Continuing Education"
TIDELINE = "Tideline Counseling Institute"
LAKEVIEW = "Lakeview Trauma Training Institute"
NORTHGATE = "Northgate Behavioral Learning"
SILVER_MAPLE = "Silver Maple Clinical Training"
HIGH_DESERT = "High Desert Social Work Academy"
MERIDIAN = "Meridian Family Therapy Center"
FLORIDA = (
    "Florida Board of Clinical Social Work, Marriage and Family Therapy and Mental Health "
    "Counseling"
)


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _two_column() -> tuple[Page, Course]:
    """The provider's block and approval on the left, the course on the right."""
    c = Course(
        "Treating Panic Disorder with Interoceptive Exposure",
        BRIARWOOD,
        hours=3.0,
        approvals=[("ASWB ACE", "1712")],
        start=_d("2025-03-21"),
        end=_d("2025-03-21"),
        format="live interactive webinar",
    )
    items: list[Text | Box] = [
        Box(9, 9, 261.4, 197.9, 1.0),
        Box(100, 20, 0, 0),
        Text(20, 30, 70, "BRIARWOOD", 20, True, "C", "serif"),
        Text(20, 40, 70, "Center for Anxiety Studies", 11, False, "C", "serif"),
        Text(20, 150, 70, aswb(BRIARWOOD, "1712"), 7, False, "L"),
        Text(110, 28, 150, "CERTIFICATE OF COMPLETION", 22, True, "C", "serif"),
        Text(110, 48, 150, "awarded to", 11, False, "C"),
        Text(110, 56, 150, "Hannah Castellanos, LCSW", 18, True, "C", "italic"),
        Text(110, 72, 150, "for completing", 11, False, "C"),
        Text(110, 80, 150, c.title, 16, True, "C", "serif"),
        Text(110, 100, 150, "March 21, 2025  |  3.0 CE hours  |  Live interactive webinar", 10),
        Box(130, 160, 110, 0),
        Text(130, 162, 110, "Director of Continuing Education", 8, align="C"),
    ]
    return Page(items, "L"), c


def _grid_out_of_order() -> tuple[Page, Course]:
    """A two-column grid: every label drawn first, then every value (the text layer's order)."""
    c = Course(
        "Collaborative Documentation in Community Mental Health",
        TIDELINE,
        hours=2.0,
        approvals=[("NBCC ACEP", "7315")],
        start=_d("2025-01-16"),
        end=_d("2025-01-16"),
        format="on-demand",
        certificate_number="TCI-51877",
    )
    labels = ["Participant", "Program", "Completed", "Credit", "Format", "Certificate No."]
    values = [
        "Owen Fitzgerald, LPC",
        c.title,
        "January 16, 2025",
        "2.0 contact hours",
        "On-demand (self-paced)",
        "TCI-51877",
    ]
    items: list[Text | Box] = [
        Text(15, 16, 186, TIDELINE, 15, True, "C", "serif"),
        Text(15, 28, 186, "Certificate of Completion", 20, True, "C"),
    ]
    items += [Text(25, 50 + 12 * i, 45, f"{label}:", 10, True) for i, label in enumerate(labels)]
    items += [Text(75, 50 + 12 * i, 120, value, 11) for i, value in enumerate(values)]
    items.append(Text(15, 140, 186, nbcc(TIDELINE, "7315"), 7.5))
    return Page(items), c


def _totals_table() -> tuple[Page, list[Course]]:
    approvals = [("NBCC ACEP", "7104")]
    rows = [
        ("Foundations of Acceptance and Commitment Therapy", "02/03/2025", "On-demand", 3.0),
        ("Working with Shame in Trauma Recovery", "02/19/2025", "Live webinar", 1.5),
        ("Ethics of Social Media for Counselors", "03/02/2025", "On-demand", 2.5),
    ]
    formats = {"On-demand": "on-demand", "Live webinar": "live interactive webinar"}
    courses = [
        Course(
            t,
            RED_CEDAR,
            hours=h,
            approvals=approvals,
            start=_d(_iso(d)),
            end=_d(_iso(d)),
            format=formats[f],
        )
        for t, d, f, h in rows
    ]
    items: list[Text | Box] = [
        Text(15, 16, 186, RED_CEDAR.upper(), 12, True, "L"),
        Text(15, 24, 186, "1200 Cedar Street, Portland, OR 97205  |  www.redcedarce.org", 8),
        Text(15, 36, 186, "Continuing Education Transcript", 16, True),
        Text(15, 46, 186, "Learner: Nadia Rahimi, LMHC       Period: 01/01/2025 - 03/31/2025", 10),
    ]
    cells, y = table(
        15,
        56,
        [96, 30, 30, 30],
        [
            ["Course", "Date Completed", "Format", "Hours"],
            *[[t, d, f, f"{h:.1f}"] for t, d, f, h in rows],
            ["Total", "", "", "7.0"],
        ],
        10,
    )
    items += cells
    items.append(Text(15, y + 10, 186, nbcc(RED_CEDAR, "7104"), 7.5))
    return Page(items), courses


def _iso(us: str) -> str:
    m, d, y = us.split("/")
    return f"{y}-{m}-{d}"


def _board_lines_ceus() -> tuple[Page, Course]:
    c = Course(
        "Clinical Supervision of Trauma Therapists",
        HIGH_DESERT,
        hours_by_board={"ASWB ACE": 3.0, "NBCC ACEP": 3.0},
        ceus=0.3,
        approvals=[("ASWB ACE", "1580"), ("NBCC ACEP", "6902")],
        start=_d("2025-04-04"),
        end=_d("2025-04-04"),
        format="in person",
    )
    page = stack(
        [
            (HIGH_DESERT, 13, True),
            ("Certificate of Attendance", 24, True),
            ("This certifies that", 11, False),
            ("Rosa Delgado, LMSW", 20, True),
            ("attended", 11, False),
            (c.title, 16, True),
            ("Friday, April 4, 2025  |  In person, Albuquerque", 10, False),
            ("ASWB: 3.0 CE hours   |   NBCC: 3.0 clock hours   |   0.3 CEUs", 10, False),
        ],
        aswb(HIGH_DESERT, "1580") + " " + nbcc(HIGH_DESERT, "6902"),
        landscape=False,
    )
    return page, c


def _range_across_months() -> tuple[Page, Course]:
    c = Course(
        "EMDR Therapy Basic Training: Part One",
        LAKEVIEW,
        hours=30.0,
        approvals=[("APA", None)],
        start=_d("2025-04-28"),
        end=_d("2025-05-02"),
        format="in person",
        certificate_number="LTTI-25-0931",
    )
    page = stack(
        [
            (LAKEVIEW.upper(), 12, True),
            ("Certificate of Completion", 26, True),
            ("presented to", 11, False),
            ("Jonah Whitcomb, PsyD", 20, True),
            ("for successful completion of", 11, False),
            (c.title, 16, True),
            ("April 28 - May 2, 2025  |  30 CE credits  |  In-person training", 10, False),
            ("Certificate No. LTTI-25-0931", 9, False),
        ],
        apa(LAKEVIEW),
    )
    return page, c


def _start_end_labels() -> tuple[Page, Course]:
    c = Course(
        "Understanding Eating Disorders in Midlife Women",
        MERIDIAN,
        hours=4.0,
        approvals=[("APA", None)],
        start=_d("2025-02-24"),
        end=_d("2025-03-07"),
        format="on-demand",
    )
    items: list[Text | Box] = [
        Text(15, 16, 186, MERIDIAN, 15, True, "L", "serif"),
        Text(15, 30, 186, "Certificate of Completion", 20, True, "L"),
        Text(15, 44, 186, "Name: Claire Okonkwo, PhD", 11),
        Text(15, 52, 186, "Course: " + c.title, 11),
        Text(15, 60, 186, "Start date: 02/24/2025", 11),
        Text(15, 68, 186, "End date: 03/07/2025", 11),
        Text(15, 76, 186, "CE credits earned: 4.0", 11),
        Text(15, 84, 186, "Delivery: on-demand video course with post-test", 11),
        Text(15, 110, 186, apa(MERIDIAN), 7.5),
    ]
    return Page(items), c


def _footer_only() -> tuple[Page, Course]:
    """No letterhead and no statement naming the provider: its name is in the footer only."""
    c = Course(
        "Supporting LGBTQ+ Youth in School Settings",
        NORTHGATE,
        hours=1.5,
        approvals=[("NBCC ACEP", "7260")],
        start=_d("2025-05-13"),
        end=_d("2025-05-13"),
        format="live interactive webinar",
    )
    items: list[Text | Box] = [
        Box(9, 9, 197.9, 261.4, 1.0),
        Text(20, 30, 176, "Certificate of Completion", 26, True, "C", "serif"),
        Text(20, 52, 176, "This certifies that", 11, False, "C"),
        Text(20, 60, 176, "Tamara Ellison, LSC", 18, True, "C", "italic"),
        Text(20, 74, 176, "has successfully completed", 11, False, "C"),
        Text(20, 82, 176, c.title, 16, True, "C", "serif"),
        Text(20, 100, 176, "May 13, 2025  -  1.5 contact hours  -  Live webinar", 10, False, "C"),
        Text(
            20,
            200,
            176,
            "This program has been approved by NBCC for NBCC credit, ACEP No. 7260.",
            7.5,
            False,
            "C",
        ),
        Box(20, 244, 176, 0),
        Text(
            20,
            247,
            176,
            f"{NORTHGATE}  \u2022  410 Elm Street, Suite 2  \u2022  Madison, WI 53703",
            8,
            False,
            "C",
        ),
    ]
    return Page(items), c


def _logo_line() -> tuple[Page, Course]:
    """The provider as a logo: its name set large, the rest of it small below, spaced out."""
    c = Course(
        "Motivational Interviewing for Chronic Illness",
        SILVER_MAPLE,
        hours=2.0,
        approvals=[("APA", None)],
        start=_d("2025-03-11"),
        end=_d("2025-03-11"),
        format="live interactive webinar",
    )
    items: list[Text | Box] = [
        Box(9, 9, 261.4, 197.9, 1.0),
        Text(20, 18, 239.4, "SILVER MAPLE", 18, True, "C", "serif", spacing=3),
        Text(20, 27, 239.4, "CLINICAL TRAINING", 8, False, "C", spacing=2),
        Text(20, 45, 239.4, "Certificate of Attendance", 24, True, "C", "serif"),
        Text(20, 62, 239.4, "Gregory Lindqvist, PhD", 20, True, "C", "italic"),
        Text(20, 76, 239.4, "attended", 11, False, "C"),
        Text(20, 84, 239.4, c.title, 17, True, "C", "serif"),
        Text(
            20,
            98,
            239.4,
            "March 11, 2025  |  Live interactive webinar  |  2 CE credits",
            10,
            False,
            "C",
        ),
        Text(
            22,
            178,
            235.4,
            "This program is co-sponsored by an organization approved by the American "
            "Psychological Association to sponsor continuing education for psychologists.",
            7.5,
            False,
            "C",
        ),
    ]
    return Page(items, "L"), c


def _tracking_and_objectives() -> tuple[Page, Course]:
    """Its own number among a CE Broker tracking number and a license number, and learning
    objectives about children in general (no client)."""
    c = Course(
        "Play Therapy Approaches to Childhood Anxiety",
        HIGH_DESERT,
        hours=3.0,
        approvals=[(FLORIDA, "50-4417")],
        start=_d("2025-02-27"),
        end=_d("2025-02-27"),
        format="live interactive webinar",
        certificate_number="HDSWA-2025-0317",
    )
    items: list[Text | Box] = [
        Text(15, 16, 186, HIGH_DESERT, 15, True, "C", "serif"),
        Text(15, 27, 186, "Certificate of Completion", 20, True, "C"),
        Text(15, 42, 186, "Participant: Lena Marsh, LCSW", 11),
        Text(15, 49, 186, "Florida License #: SW 14402", 11),
        Text(15, 56, 186, "Course: " + c.title, 11),
        Text(15, 63, 186, "Date: February 27, 2025  |  3.0 CE hours  |  Live webinar", 11),
        Text(15, 70, 186, "CE Broker Tracking #: 20-1183207", 11),
        Text(15, 77, 186, "Certificate No.: HDSWA-2025-0317", 11),
        Text(15, 90, 186, "Learning objectives", 10, True),
        Text(15, 97, 186, "1. Assess a 7-year-old child for separation anxiety using play.", 10),
        Text(15, 104, 186, "2. Identify avoidance in session and plan graded exposure.", 10),
        Text(15, 111, 186, "3. Describe how to involve parents in treatment.", 10),
        Text(
            15,
            130,
            186,
            f"Approved by the {FLORIDA}, Provider #50-4417. Hours are reported to CE Broker.",
            8,
        ),
    ]
    return Page(items), c


def tuning_round6(images: bool = True) -> Iterator[Sample]:
    """The sixth tuning set (``images=False``: its text PDFs only)."""
    page1, c1 = _two_column()
    yield Sample("r6_two_column.pdf", to_pdf([page1]), "completion", [c1])
    page, c = _grid_out_of_order()
    yield Sample("r6_grid_out_of_order.pdf", to_pdf([page]), "completion", [c])
    page2, cs2 = _totals_table()
    yield Sample("r6_totals_table.pdf", to_pdf([page2]), "transcript", cs2)
    page3, c3 = _board_lines_ceus()
    yield Sample("r6_board_lines_ceus.pdf", to_pdf([page3]), "completion", [c3])
    page, c = _range_across_months()
    yield Sample("r6_range_across_months.pdf", to_pdf([page]), "completion", [c])
    page, c = _start_end_labels()
    yield Sample("r6_start_end_labels.pdf", to_pdf([page]), "completion", [c])
    page, c = _footer_only()
    yield Sample("r6_footer_only.pdf", to_pdf([page]), "completion", [c])
    page4, c4 = _logo_line()
    yield Sample("r6_logo_line.pdf", to_pdf([page4]), "completion", [c4])
    page, c = _tracking_and_objectives()
    yield Sample("r6_tracking_objectives.pdf", to_pdf([page]), "completion", [c])
    if not images:
        return
    yield Sample(
        "r6_photo_turned.jpg", photo(page1, 61, angle=-5.0, tilt=0.03), "completion", [c1], ocr=True
    )
    yield Sample(
        "r6_photo_exif.jpg", photo(page3, 62, angle=2.0, exif_turn=90), "completion", [c3], ocr=True
    )
    yield Sample("r6_scan_totals.pdf", scan(page2, 63, angle=0.8), "transcript", cs2, ocr=True)
    yield Sample("r6_photo_logo.jpg", photo(page4, 64, angle=3.5), "completion", [c4], ocr=True)


def _check_two_column() -> tuple[Page, Course]:
    c = Course(
        "Cognitive Processing Therapy for Veterans",
        "Ironwood Veterans Counseling Institute",
        hours=6.0,
        approvals=[("NBCC ACEP", "6648")],
        start=_d("2025-01-31"),
        end=_d("2025-01-31"),
        format="in person",
        certificate_number="IVCI-6093",
    )
    items: list[Text | Box] = [
        Box(9, 9, 261.4, 197.9, 1.0),
        Text(20, 28, 160, "Certificate of Completion", 24, True, "L", "serif"),
        Text(20, 46, 160, "This is to certify that", 11),
        Text(20, 54, 160, "Marcus Oyelaran, LPC", 18, True, "L", "italic"),
        Text(20, 68, 160, "has completed the training", 11),
        Text(20, 76, 160, c.title, 16, True, "L", "serif"),
        Text(20, 92, 160, "January 31, 2025 · 6.0 clock hours · In-person workshop", 10),
        Text(20, 100, 160, "Certificate ID: IVCI-6093", 9),
        Text(195, 30, 65, "IRONWOOD", 18, True, "C", "serif"),
        Text(195, 39, 65, "Veterans Counseling Institute", 9, False, "C"),
        Text(195, 120, 65, nbcc("Ironwood Veterans Counseling Institute", "6648"), 7),
    ]
    return Page(items, "L"), c


def _check_totals() -> tuple[Page, list[Course]]:
    provider = "Bluestem Behavioral Health Education"
    rows = [
        ("Harm Reduction in Outpatient Settings", "2025-03-05", 2.0),
        ("Cultural Considerations in Grief Counseling", "2025-03-19", 1.0),
    ]
    courses = [
        Course(t, provider, hours=h, approvals=[("ASWB ACE", "1366")], start=_d(d), end=_d(d))
        for t, d, h in rows
    ]
    items: list[Text | Box] = [
        Text(15, 16, 186, provider, 14, True),
        Text(15, 26, 186, "Record of Completed Courses", 16, True),
        Text(15, 36, 186, "Prepared for: Imani Brooks, LCSW", 10),
    ]
    cells, y = table(
        15,
        46,
        [110, 40, 36],
        [
            ["Title", "Completed", "CE Hours"],
            *[[t, f"{_d(d):%b %-d, %Y}", f"{h:.1f}"] for t, d, h in rows],
            ["Total CE hours", "", "3.0"],
        ],
        10,
    )
    items += cells
    items.append(Text(15, y + 10, 186, aswb(provider, "1366"), 7.5))
    return Page(items), courses


def _check_board_lines() -> tuple[Page, Course]:
    provider = "Cottonwood Counseling Collaborative"
    c = Course(
        "Assessing Suicide Risk in Older Adults",
        provider,
        hours_by_board={"ASWB ACE": 2.0, "NBCC ACEP": 2.0, "APA": 2.0},
        ceus=0.2,
        approvals=[("ASWB ACE", "1821"), ("NBCC ACEP", "7455"), ("APA", None)],
        start=_d("2024-12-12"),
        end=_d("2024-12-12"),
        format="live interactive webinar",
    )
    page = stack(
        [
            (provider.upper(), 12, True),
            ("Certificate of Completion", 24, True),
            ("is presented to", 11, False),
            ("Eleanor Vasquez, PsyD", 20, True),
            ("for completing", 11, False),
            (c.title, 16, True),
            ("December 12, 2024  |  Live interactive webinar", 10, False),
            ("ASWB 2.0 CE  /  NBCC 2.0 clock hours  /  APA 2.0 credits  /  0.2 CEU", 10, False),
        ],
        aswb(provider, "1821") + " " + nbcc(provider, "7455") + " " + apa(provider),
    )
    return page, c


def _check_footer() -> tuple[Page, Course]:
    provider = "Saltmarsh Family Institute"
    c = Course(
        "Emotionally Focused Therapy with Stepfamilies",
        provider,
        hours=3.0,
        approvals=[("ASWB ACE", "1247")],
        start=_d("2025-02-14"),
        end=_d("2025-02-15"),
        format="in person",
    )
    page = stack(
        [
            ("Certificate of Attendance", 26, True),
            ("This certifies that", 11, False),
            ("Daniel Achterberg, LMFT", 20, True),
            ("attended", 11, False),
            (c.title, 16, True),
            ("February 14-15, 2025  |  3 CE hours  |  In person, Charleston", 10, False),
            ("", 10, False),
            (
                f"{provider} | 88 King Street | Charleston, SC 29401 | www.saltmarshfamily.org",
                8,
                False,
            ),
        ],
        aswb(provider, "1247"),
    )
    return page, c


def round6_check(images: bool = True) -> Iterator[Sample]:
    """The round-6 check slice: never tuned on, scored once (``images=False``: text PDFs only)."""
    page, c = _check_two_column()
    yield Sample("r6c_two_column.pdf", to_pdf([page]), "completion", [c])
    page, cs = _check_totals()
    yield Sample("r6c_totals.pdf", to_pdf([page]), "transcript", cs)
    page3, c3 = _check_board_lines()
    yield Sample("r6c_board_lines.pdf", to_pdf([page3]), "completion", [c3])
    page, c = _check_footer()
    yield Sample("r6c_footer.pdf", to_pdf([page]), "completion", [c])
    if images:
        yield Sample(
            "r6c_photo_turned.jpg", photo(page3, 65, angle=4.0), "completion", [c3], ocr=True
        )
