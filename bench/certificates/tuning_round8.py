"""An eighth tuning set (issue #20): layouts rounds 1-7 lack, for titles, providers and hours.

A title in quotes after "the course entitled"; a date written "the 14th day of March, 2025"; a
duration in minutes; an ISO date; a conference certificate whose second page is its agenda; the
provider named only in the signature block, the title in capitals on two lines; CEUs with their
contact hours in brackets; a transcript whose date column comes first, its provider in a footer;
scans and a photo of some. Written from what CE certificates look like, the expected fields by
hand beside each, scored before the reader was changed. ``round8_check`` is a slice kept apart:
never tuned on, scored once at the end. Made in memory, like tuning_round7.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from bench.certificates.page import Box, Page, Text, photo, scan, table, to_pdf
from bench.certificates.samples import Course, Sample
from bench.certificates.tuning_more import apa, aswb, letter, nbcc, stack

CASCADE = "Cascade Family Therapy Institute"
LANTERN = "Lantern Hill Social Work Seminars"
BLUE_HERON = "Blue Heron Recovery Education"
TIDEWATER = "Tidewater Psychology Collaborative"
SAGEBRUSH = "Sagebrush Addiction Studies Center"
PRAIRIE = "Prairie Wind Counseling Academy"


def _d(text: str) -> date:
    return date.fromisoformat(text)


def camft(provider: str, number: str) -> str:
    return (
        f"{provider} is approved by the California Association of Marriage and Family Therapists "
        f"to sponsor continuing education for LMFTs, LPCCs, LCSWs and LEPs. Provider #{number}. "
        f"{provider} maintains responsibility for this program and its content."
    )


def naadac(provider: str, number: str) -> str:
    return (
        f"This course has been approved by {provider}, as a NAADAC Approved Education Provider, "
        f"for educational credits. NAADAC Provider #{number}. {provider} is responsible for all "
        "aspects of their programming."
    )


def _quoted_title() -> tuple[Page, Course]:
    """An award: 'the course entitled “…”', the day written out, CAMFT's provider number."""
    c = Course(
        "Ethics and Boundaries in Rural Practice",
        CASCADE,
        hours=3.0,
        approvals=[("CAMFT", "1000912")],
        start=_d("2025-03-14"),
        end=_d("2025-03-14"),
        format="in person",
        certificate_number="CFTI-0314-22",
    )
    page = stack(
        [
            (CASCADE, 14, True),
            ("Certificate of Completion", 26, True),
            ("This is to certify that", 11, False),
            ("Laura Mendes, LMFT", 20, True),
            ("has satisfactorily completed the course entitled", 11, False),
            ("\u201cEthics and Boundaries in Rural Practice\u201d", 16, True),
            ("held in person in Eugene, Oregon on the 14th day of March, 2025", 10, False),
            ("and is awarded 3 CE hours.", 10, False),
            ("Certificate No. CFTI-0314-22", 9, False),
        ],
        camft(CASCADE, "1000912"),
    )
    return page, c


def _minutes_iso() -> tuple[Page, Course]:
    """Labelled lines: a duration in minutes, an ISO date, a self-paced course."""
    c = Course(
        "Documentation Essentials for Social Workers",
        LANTERN,
        hours=1.5,
        approvals=[("ASWB ACE", "1702")],
        start=_d("2025-02-27"),
        end=_d("2025-02-27"),
        format="on-demand",
        certificate_number="LHS-00417",
    )
    items: list[Text | Box] = [
        Text(15, 16, 186, LANTERN, 15, True, "L", "serif"),
        Box(15, 24, 186, 0, 0.4),
        Text(15, 32, 186, "Certificate of Course Completion", 19, True, "L"),
        Text(15, 46, 186, "Learner: Owen Pritchard, LMSW", 11),
        Text(15, 54, 186, "Course: " + c.title, 11),
        Text(15, 62, 186, "Completed: 2025-02-27", 11),
        Text(15, 70, 186, "Duration: 90 minutes (self-paced online course)", 11),
        Text(15, 78, 186, "Certificate ID: LHS-00417", 11),
        Text(15, 96, 186, aswb(LANTERN, "1702"), 7.5),
    ]
    return Page(items), c


def _conference_with_agenda() -> tuple[list[Page], Course]:
    """A three-day conference's certificate, its agenda on a second page (times, presenters)."""
    c = Course(
        "Winter Institute on Addiction Treatment",
        BLUE_HERON,
        hours=18.0,
        approvals=[("NBCC ACEP", "7530")],
        start=_d("2025-01-22"),
        end=_d("2025-01-24"),
    )  # a city is no stated format: unstated stays unknown
    first = stack(
        [
            (BLUE_HERON, 14, True),
            ("Certificate of Attendance", 26, True),
            ("presented to", 11, False),
            ("Keisha Morrow, LPC, LCADC", 20, True),
            ("for attending the", 11, False),
            (c.title, 16, True),
            ("January 22-24, 2025  |  Asheville, North Carolina  |  18 contact hours", 10, False),
        ],
        nbcc(BLUE_HERON, "7530"),
    )
    agenda = [
        "Agenda",
        "Wednesday, January 22",
        "8:30 AM - 10:00 AM  Keynote: The Science of Craving (Dr. Alan Brightwater)",
        "10:15 AM - 12:00 PM  Motivational Interviewing in Early Recovery",
        "Thursday, January 23",
        "9:00 AM - 12:00 PM  Contingency Management in Practice",
        "Friday, January 24",
        "9:00 AM - 11:30 AM  Ethics and Relapse Prevention Planning",
    ]
    items: list[Text | Box] = [
        Text(18, 18 + 9 * i, 180, line, 14 if i == 0 else 10, i == 0)
        for i, line in enumerate(agenda)
    ]
    return [first, Page(items)], c


def _signature_provider() -> tuple[Page, Course]:
    """The provider named only in the signature block; the title in capitals on two lines."""
    c = Course(
        "Mindfulness-Based Interventions for Chronic Pain",
        TIDEWATER,
        hours=2.0,
        approvals=[("APA", None)],
        start=_d("2025-04-03"),
        end=_d("2025-04-03"),
        format="live interactive webinar",
    )
    w, h = 279.4, 215.9
    items: list[Text | Box] = [
        Box(9, 9, w - 18, h - 18, 1.2),
        Text(20, 26, w - 40, "CERTIFICATE OF COMPLETION", 26, True, "C", "serif", 2),
        Text(20, 48, w - 40, "This certifies that", 11, False, "C"),
        Text(20, 56, w - 40, "Dr. Naomi Feld", 20, True, "C", "italic"),
        Text(20, 70, w - 40, "completed", 11, False, "C"),
        Text(20, 78, w - 40, "MINDFULNESS-BASED INTERVENTIONS FOR", 15, True, "C"),
        Text(20, 86, w - 40, "CHRONIC PAIN", 15, True, "C"),
        Text(20, 100, w - 40, "April 3, 2025  |  2.0 CE credits  |  Live webinar", 10, False, "C"),
        Box(100, 150, 80, 0),
        Text(100, 152, 80, "Marisol Vega, PhD", 9, False, "C"),
        Text(100, 157, 80, "Director of Training, " + TIDEWATER, 8, False, "C"),
        Text(22, 176, w - 44, apa("This organization"), 7.5, False, "C"),  # names no one
    ]
    return Page(items, "L"), c


def _ceus_with_hours() -> tuple[Page, Course]:
    """CEUs with their contact hours in brackets; NAADAC's number; 'Completed on' a US date."""
    c = Course(
        "Co-Occurring Disorders: Integrated Treatment Planning",
        SAGEBRUSH,
        hours=6.0,
        ceus=0.6,
        approvals=[("NAADAC", "98765")],
        start=_d("2025-03-14"),
        end=_d("2025-03-14"),
        format="on-demand",
        certificate_number="SASC-6611",
    )
    page = letter(
        SAGEBRUSH,
        "88 Juniper Way, Boise, ID 83702  |  www.sagebrushstudies.org",
        [
            "Certificate of Completion",
            "Participant: Rafael Ortega, LADC",
            "Course: Co-Occurring Disorders: Integrated Treatment Planning (home study)",
            "Completed on 03/14/2025",
            "Credit awarded: 0.6 CEUs (6.0 contact hours)",
            "Certificate #: SASC-6611",
        ],
        naadac(SAGEBRUSH, "98765"),
    )
    return page, c


def _transcript_date_first() -> tuple[Page, list[Course]]:
    """A transcript whose date column comes first, credits and format after the title."""
    rows = [
        (
            "01/09/2025",
            "Clinical Supervision Refresher",
            3.0,
            "Live webinar",
            "live interactive webinar",
        ),
        (
            "02/20/2025",
            "Cognitive Processing Therapy for PTSD: Core Skills and Case Application",
            6.0,
            "In person",
            "in person",
        ),
        ("03/31/2025", "Cultural Humility with Rural Clients", 1.5, "On-demand", "on-demand"),
        ("04/15/2025", "Ethics of Documentation", 2.0, "On-demand", "on-demand"),
    ]
    courses = [
        Course(
            t,
            PRAIRIE,
            hours=h,
            approvals=[("ASWB ACE", "1849")],
            start=_d(_iso(d)),
            end=_d(_iso(d)),
            format=f,
        )
        for d, t, h, _, f in rows
    ]
    items: list[Text | Box] = [
        Text(15, 16, 186, "Continuing Education Transcript", 16, True),
        Text(15, 26, 186, "Member: Grace Oyelaran, LICSW   |   Printed 05/02/2025", 10),
    ]
    cells, y = table(
        15,
        36,
        [28, 92, 24, 42],
        [
            ["Date", "Course", "Credits", "Format"],
            *[[d, t, f"{h:.1f}", p] for d, t, h, p, _ in rows],
        ],
        10,
    )
    items += cells
    items.append(Text(15, y + 8, 186, "Total credits: 12.5", 10, True))
    items.append(Text(15, y + 18, 186, aswb(PRAIRIE, "1849"), 7.5))
    items.append(
        Text(
            15,
            262,
            186,
            f"Issued by {PRAIRIE}  |  410 Main Street, Fargo, ND 58102",
            7.5,
            False,
            "C",
        )
    )
    return Page(items), courses


def _iso(us: str) -> str:
    m, d, y = us.split("/")
    return f"{y}-{m}-{d}"


def tuning_round8(images: bool = True) -> Iterator[Sample]:
    """The eighth tuning set (``images=False``: its text PDFs only)."""
    page1, c1 = _quoted_title()
    yield Sample("r8_quoted_title.pdf", to_pdf([page1]), "completion", [c1])
    page, c = _minutes_iso()
    yield Sample("r8_minutes_iso.pdf", to_pdf([page]), "completion", [c])
    pages, c = _conference_with_agenda()
    yield Sample("r8_conference_agenda.pdf", to_pdf(pages), "completion", [c])
    page4, c4 = _signature_provider()
    yield Sample("r8_signature_provider.pdf", to_pdf([page4]), "completion", [c4])
    page, c = _ceus_with_hours()
    yield Sample("r8_ceus_with_hours.pdf", to_pdf([page]), "completion", [c])
    page6, cs6 = _transcript_date_first()
    yield Sample("r8_transcript_date_first.pdf", to_pdf([page6]), "transcript", cs6)
    if not images:
        return
    yield Sample("r8_scan_quoted.pdf", scan(page1, 81, angle=0.9), "completion", [c1], ocr=True)
    yield Sample(
        "r8_photo_signature.jpg", photo(page4, 82, angle=-3.0), "completion", [c4], ocr=True
    )
    yield Sample("r8_scan_transcript.pdf", scan(page6, 83, angle=-0.5), "transcript", cs6, ocr=True)


HARBORLIGHT = "Harborlight Social Work Institute"
MESA = "Mesa Verde Counselor Training"
BRAMBLE = "Bramble Creek Continuing Education"


def _check_letter() -> tuple[Page, Course]:
    c = Course(
        "Working with Grief After Overdose Loss",
        HARBORLIGHT,
        hours=2.5,
        approvals=[("ASWB ACE", "1777")],
        start=_d("2025-04-10"),
        end=_d("2025-04-10"),
        format="live interactive webinar",
    )
    page = letter(
        HARBORLIGHT,
        "19 Wharf Street, Portland, ME 04101  |  (207) 555-0118",
        [
            "April 14, 2025",
            "Dear Mr. Castellano,",
            "Thank you for attending \u201cWorking with Grief After Overdose Loss\u201d, a live "
            "webinar held on Thursday, April 10, 2025. You have earned 2.5 CE hours.",
            "With thanks, Erin Doyle, CE Administrator",
        ],
        aswb(HARBORLIGHT, "1777"),
    )
    return page, c


def _check_award() -> tuple[Page, Course]:
    c = Course(
        "Play Therapy Techniques for Anxious Children",
        MESA,
        hours=4.0,
        approvals=[("NBCC ACEP", "7602")],
        start=_d("2025-03-11"),
        end=_d("2025-03-11"),
        format="in person",
        certificate_number="MVCT-3311",
    )
    page = stack(
        [
            (MESA, 14, True),
            ("Certificate of Achievement", 26, True),
            ("Tomas Reyes, LPC", 20, True),
            ("has earned 4.0 contact hours for completing", 11, False),
            (c.title, 16, True),
            ("Date of completion: 11 March 2025  |  In person, Santa Fe", 10, False),
            ("Certificate No. MVCT-3311", 9, False),
        ],
        nbcc(MESA, "7602"),
    )
    return page, c


def _check_transcript() -> tuple[Page, list[Course]]:
    rows = [
        ("12/05/2024", "Trauma-Informed Care in Schools", 2.0),
        ("01/16/2025", "Assessing Risk for Self-Harm in Adolescents and Young Adults", 3.0),
        ("02/27/2025", "Ethics in Group Counseling", 1.0),
    ]
    courses = [
        Course(
            t,
            BRAMBLE,
            hours=h,
            approvals=[("NBCC ACEP", "7419")],
            start=_d(_iso(d)),
            end=_d(_iso(d)),
        )
        for d, t, h in rows
    ]
    items: list[Text | Box] = [
        Text(15, 16, 186, "Learner Transcript", 16, True),
        Text(15, 26, 186, "Name: Hollis Grant, LPC", 10),
    ]
    cells, y = table(
        15,
        36,
        [30, 110, 30],
        [["Completed", "Course", "Hours"], *[[d, t, f"{h:.1f}"] for d, t, h in rows]],
        10,
    )
    items += cells
    items.append(Text(15, y + 10, 186, nbcc(BRAMBLE, "7419"), 7.5))
    items.append(Text(15, 262, 186, f"{BRAMBLE}  |  PO Box 118, Athens, GA 30603", 7.5, False, "C"))
    return Page(items), courses


def round8_check(images: bool = True) -> Iterator[Sample]:
    """The round-8 check slice: never tuned on, scored once (``images=False``: text PDFs only)."""
    page, c = _check_letter()
    yield Sample("r8c_letter.pdf", to_pdf([page]), "completion", [c])
    page2, c2 = _check_award()
    yield Sample("r8c_award.pdf", to_pdf([page2]), "completion", [c2])
    page, cs = _check_transcript()
    yield Sample("r8c_transcript.pdf", to_pdf([page]), "transcript", cs)
    if images:
        yield Sample(
            "r8c_photo_award.jpg", photo(page2, 86, angle=3.0), "completion", [c2], ocr=True
        )
