"""A seventh tuning set (issue #20): layouts rounds 1-6 lack, for titles, numbers and providers.

Award and letter styles as real providers print them; a title wrapped on two or three lines, or
set in a table cell; "Course:", "Program:" and "Activity title:" labels; the certificate's own
number (certificate, verification, serial) beside a license number, an NBCC provider number, a
phone number, a registration id and dates; a transcript with a certificate-number column and a
totals row; a letterhead set as a spaced-out logo; scans and phone photos of some. Written from
what CE certificates look like, the expected fields by hand beside each, scored before the
reader was changed. ``round7_check`` is a slice kept apart: never tuned on, scored once at the
end. Made in memory, like tuning_round6.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from bench.certificates.page import Box, Page, Text, photo, scan, table, to_pdf
from bench.certificates.samples import Course, Sample
from bench.certificates.tuning_more import apa, aswb, form, letter, nbcc, nysed, stack

CLEARWATER = "Clearwater Institute for Couples Therapy"
STONEBRIDGE = "Stonebridge Behavioral Health Academy"
JUNIPER = "Juniper Ridge Counseling Education"
ASPEN = "Aspen Hollow Psychological Services"
COPPER = "Copper Canyon Addiction Training"
WILLOW = "Willowbrook Center for Perinatal Mental Health"
ORCHARD = "Orchard Street Social Work Collaborative"
GRANITE = "Granite State Trauma Consortium"


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _award_three_lines() -> tuple[Page, Course]:
    """A landscape award whose long title wraps onto three lines in a narrow column."""
    c = Course(
        "Integrating Attachment Science into Couples Therapy: Repairing Ruptures, "
        "Rebuilding Trust and Sustaining Change",
        CLEARWATER,
        hours=6.0,
        approvals=[("ASWB ACE", "1934")],
        start=_d("2025-04-11"),
        end=_d("2025-04-11"),
        format="live interactive webinar",
        certificate_number="CICT-250411-088",
    )
    items: list[Text | Box] = [
        Box(9, 9, 261.4, 197.9, 1.2),
        Box(12, 12, 255.4, 191.9, 0.3),
        Text(20, 22, 239.4, CLEARWATER, 14, True, "C", "serif"),
        Text(20, 36, 239.4, "Certificate of Completion", 26, True, "C", "serif"),
        Text(20, 54, 239.4, "This certifies that", 11, False, "C"),
        Text(20, 62, 239.4, "Miriam Achebe, LCSW", 20, True, "C", "italic"),
        Text(20, 76, 239.4, "has successfully completed", 11, False, "C"),
        Text(60, 84, 159.4, c.title, 16, True, "C", "serif"),
        Text(
            20,
            112,
            239.4,
            "April 11, 2025  |  6.0 CE hours  |  Live interactive webinar",
            10,
            False,
            "C",
        ),
        Text(20, 120, 239.4, "Certificate No. CICT-250411-088", 9, False, "C"),
        Box(35, 164, 70, 0),
        Text(35, 166, 70, "Clinical Director", 8, align="C"),
        Text(22, 178, 235.4, aswb(CLEARWATER, "1934"), 7.5, False, "C"),
    ]
    return Page(items, "L"), c


def _letter_with_phone() -> tuple[Page, Course]:
    """A letter confirming attendance; the provider's phone and NBCC number near the date."""
    c = Course(
        "Suicide Prevention in Rural Communities",
        STONEBRIDGE,
        hours=3.0,
        approvals=[("NBCC ACEP", "7021")],
        start=_d("2025-02-06"),
        end=_d("2025-02-06"),
        format="in person",
    )
    page = letter(
        STONEBRIDGE,
        "455 Quarry Road, Barre, VT 05641  |  Tel. (802) 555-0147  |  NBCC ACEP No. 7021",
        [
            "February 10, 2025",
            "Dear Ms. Thornbury,",
            "This letter confirms that you attended the in-person workshop Suicide Prevention in "
            "Rural Communities on February 6, 2025, and earned 3.0 clock hours of continuing "
            "education.",
            "Thank you for joining us. Please keep this letter for your records.",
            "Sincerely, Paul Ferreira, Education Coordinator",
        ],
        nbcc(STONEBRIDGE, "7021"),
    )
    return page, c


def _title_in_cell() -> tuple[Page, Course]:
    """A boxed form: the title in a cell beside the license and NBCC numbers."""
    c = Course(
        "Ethical Decision-Making in Telebehavioral Health",
        JUNIPER,
        hours=2.0,
        approvals=[("NBCC ACEP", "6733")],
        start=_d("2025-03-18"),
        end=_d("2025-03-18"),
        format="on-demand",
        certificate_number="JR-40917",
    )
    page = form(
        "Certificate of Completion",
        JUNIPER,
        [
            [("Participant", "Terrence Boyd, LPC"), ("License number", "LPC 008812")],
            [("Course title", c.title)],
            [("Date completed", "03/18/2025"), ("Contact hours", "2.0"), ("Format", "On-demand")],
            [("Certificate number", "JR-40917"), ("NBCC provider #", "6733")],
        ],
        nbcc(JUNIPER, "6733"),
    )
    return page, c


def _program_label_phone() -> tuple[Page, Course]:
    """ "Program:" with a verification code beside a phone number and an issue date."""
    c = Course(
        "Managing Countertransference with High-Conflict Families",
        ASPEN,
        hours=1.5,
        approvals=[("APA", None)],
        start=_d("2025-01-22"),
        end=_d("2025-01-22"),
        format="live interactive webinar",
        certificate_number="AHP7Q2K9",
    )
    items: list[Text | Box] = [
        Text(15, 16, 186, ASPEN, 15, True, "L", "serif"),
        Text(15, 24, 186, "Questions? Call (970) 555-0192 or write ce@aspenhollow.org", 8),
        Text(15, 36, 186, "Certificate of Attendance", 20, True, "L"),
        Text(15, 50, 186, "Attendee: Dr. Helena Marsh", 11),
        Text(15, 58, 186, "Program: " + c.title, 11),
        Text(15, 66, 186, "Date: January 22, 2025", 11),
        Text(15, 74, 186, "Credits: 1.5 CE credits  |  Format: live webinar", 11),
        Text(15, 82, 186, "Issued: 01/23/2025    Verification code: AHP7Q2K9", 11),
        Text(15, 104, 186, apa(ASPEN), 7.5),
    ]
    return Page(items), c


def _activity_title_registration() -> tuple[Page, Course]:
    """ "Activity title:" and a registration id printed above the certificate's own number."""
    c = Course(
        "Medication-Assisted Treatment for Opioid Use Disorder",
        COPPER,
        hours=4.0,
        approvals=[("ASWB ACE", "1466"), ("NBCC ACEP", "6519")],
        start=_d("2025-03-27"),
        end=_d("2025-03-27"),
        format="in person",
        certificate_number="CCAT-2025-1187",
    )
    items: list[Text | Box] = [
        Text(15, 16, 186, COPPER, 15, True, "C", "serif"),
        Text(15, 28, 186, "Continuing Education Certificate", 20, True, "C"),
        Text(15, 44, 186, "Name: Luis Garza, LCSW, LCDC", 11),
        Text(15, 52, 186, "Activity title: " + c.title, 11),
        Text(15, 60, 186, "Activity date: 03/27/2025  |  Location: Tucson, AZ (in person)", 11),
        Text(15, 68, 186, "Hours awarded: 4.0", 11),
        Text(15, 76, 186, "Registration ID: 558203", 11),
        Text(15, 84, 186, "Certificate #: CCAT-2025-1187", 11),
        Text(15, 100, 186, aswb(COPPER, "1466") + " " + nbcc(COPPER, "6519"), 7.5),
    ]
    return Page(items), c


def _serial_award() -> tuple[Page, Course]:
    """A portrait award, its serial number in a corner and the date issued beside it."""
    c = Course(
        "Perinatal Loss and Complicated Grief",
        WILLOW,
        hours=2.5,
        approvals=[("APA", None)],
        start=_d("2025-05-08"),
        end=_d("2025-05-08"),
        format="on-demand",
        certificate_number="WB-0092741",
    )
    page = stack(
        [
            (WILLOW, 13, True),
            ("Certificate of Completion", 24, True),
            ("awarded to", 11, False),
            ("Adaeze Nwosu, PsyD", 20, True),
            ("for completing the home-study course", 11, False),
            (c.title, 16, True),
            ("Completed May 8, 2025  |  2.5 CE credits  |  On-demand", 10, False),
        ],
        apa(WILLOW),
        landscape=False,
    )
    page.items.append(Text(150, 20, 50, "Serial No. WB-0092741", 7, False, "R"))
    return page, c


def _transcript_with_numbers() -> tuple[Page, list[Course]]:
    rows = [
        ("Trauma-Informed Supervision", "01/14/2025", 2.0, "OS-25-0114"),
        ("Working with Interpreters in Clinical Practice", "02/11/2025", 1.5, "OS-25-0211"),
        ("Housing First and Harm Reduction", "03/25/2025", 3.0, "OS-25-0325"),
    ]
    courses = [
        Course(
            t,
            ORCHARD,
            hours=h,
            approvals=[("NYSED", "SW-0581")],
            start=_d(_iso(d)),
            end=_d(_iso(d)),
            certificate_number=n,
        )
        for t, d, h, n in rows
    ]
    items: list[Text | Box] = [
        Text(15, 16, 186, ORCHARD, 14, True),
        Text(15, 24, 186, "212 Orchard Street, New York, NY 10002  |  (212) 555-0163", 8),
        Text(15, 36, 186, "Continuing Education Transcript", 16, True),
        Text(15, 46, 186, "Learner: Beatriz Coelho, LCSW  |  NYS License #: 091234", 10),
    ]
    cells, y = table(
        15,
        56,
        [86, 30, 24, 46],
        [
            ["Course", "Completed", "Hours", "Certificate #"],
            *[[t, d, f"{h:.1f}", n] for t, d, h, n in rows],
            ["Totals", "", "6.5", ""],
        ],
        10,
    )
    items += cells
    items.append(Text(15, y + 10, 186, nysed(ORCHARD, "SW-0581"), 7.5))
    return Page(items), courses


def _iso(us: str) -> str:
    m, d, y = us.split("/")
    return f"{y}-{m}-{d}"


def _logo_letterhead() -> tuple[Page, Course]:
    """A letterhead set as a spaced-out logo, its second word below; a two-line title."""
    c = Course(
        "Complex PTSD: Phase-Oriented Treatment and Stabilization Skills",
        GRANITE,
        hours=3.0,
        approvals=[("ASWB ACE", "1611")],
        start=_d("2025-04-23"),
        end=_d("2025-04-23"),
        format="live interactive webinar",
    )
    items: list[Text | Box] = [
        Text(15, 14, 186, "GRANITE STATE", 17, True, "C", "serif", spacing=3),
        Text(15, 22, 186, "TRAUMA CONSORTIUM", 8, False, "C", spacing=2),
        Box(15, 29, 186, 0, 0.4),
        Text(15, 40, 186, "Certificate of Participation", 22, True, "C", "serif"),
        Text(15, 56, 186, "presented to", 11, False, "C"),
        Text(15, 64, 186, "Colleen Marsh, LICSW", 18, True, "C", "italic"),
        Text(15, 78, 186, "for participating in", 11, False, "C"),
        Text(
            15,
            86,
            186,
            "Complex PTSD: Phase-Oriented Treatment\nand Stabilization Skills",
            15,
            True,
            "C",
            "serif",
        ),
        Text(15, 104, 186, "April 23, 2025  |  3 CE hours  |  Live webinar", 10, False, "C"),
        Text(15, 150, 186, aswb(GRANITE, "1611"), 7.5, False, "C"),
    ]
    return Page(items), c


def tuning_round7(images: bool = True) -> Iterator[Sample]:
    """The seventh tuning set (``images=False``: its text PDFs only)."""
    page1, c1 = _award_three_lines()
    yield Sample("r7_award_three_lines.pdf", to_pdf([page1]), "completion", [c1])
    page2, c2 = _letter_with_phone()
    yield Sample("r7_letter_phone.pdf", to_pdf([page2]), "completion", [c2])
    page3, c3 = _title_in_cell()
    yield Sample("r7_title_in_cell.pdf", to_pdf([page3]), "completion", [c3])
    page, c = _program_label_phone()
    yield Sample("r7_program_label.pdf", to_pdf([page]), "completion", [c])
    page, c = _activity_title_registration()
    yield Sample("r7_activity_title.pdf", to_pdf([page]), "completion", [c])
    page, c = _serial_award()
    yield Sample("r7_serial_award.pdf", to_pdf([page]), "completion", [c])
    page4, cs4 = _transcript_with_numbers()
    yield Sample("r7_transcript_numbers.pdf", to_pdf([page4]), "transcript", cs4)
    page5, c5 = _logo_letterhead()
    yield Sample("r7_logo_letterhead.pdf", to_pdf([page5]), "completion", [c5])
    if not images:
        return
    yield Sample(
        "r7_photo_three_lines.jpg", photo(page1, 71, angle=5.0), "completion", [c1], ocr=True
    )
    yield Sample("r7_scan_letter.pdf", scan(page2, 72, angle=-0.7), "completion", [c2], ocr=True)
    yield Sample("r7_scan_cell.pdf", scan(page3, 73, angle=0.5), "completion", [c3], ocr=True)
    yield Sample("r7_scan_transcript.pdf", scan(page4, 74, angle=0.6), "transcript", cs4, ocr=True)
    yield Sample(
        "r7_photo_logo.jpg", photo(page5, 75, angle=-2.5, tilt=0.02), "completion", [c5], ocr=True
    )


def _check_award_wrapped() -> tuple[Page, Course]:
    provider = "Riverstone Center for Child and Family Studies"
    c = Course(
        "Parent-Child Interaction Therapy for Disruptive Behavior in Young Children",
        provider,
        hours=3.0,
        approvals=[("NBCC ACEP", "7188")],
        start=_d("2025-03-05"),
        end=_d("2025-03-05"),
        format="live interactive webinar",
        certificate_number="RCFS-31877",
    )
    items: list[Text | Box] = [
        Box(9, 9, 261.4, 197.9, 1.0),
        Text(20, 22, 239.4, provider, 13, True, "C", "serif"),
        Text(20, 36, 239.4, "Certificate of Completion", 24, True, "C", "serif"),
        Text(20, 54, 239.4, "is hereby awarded to", 11, False, "C"),
        Text(20, 62, 239.4, "Samuel Ostrowski, LMHC", 20, True, "C", "italic"),
        Text(20, 76, 239.4, "for completing", 11, False, "C"),
        Text(70, 84, 139.4, c.title, 16, True, "C", "serif"),
        Text(20, 106, 239.4, "March 5, 2025  |  3 contact hours  |  Live webinar", 10, False, "C"),
        Text(20, 114, 239.4, "License #: MH 7710    Certificate ID: RCFS-31877", 9, False, "C"),
        Text(22, 178, 235.4, nbcc(provider, "7188"), 7.5, False, "C"),
    ]
    return Page(items, "L"), c


def _check_letter() -> tuple[Page, Course]:
    provider = "Tamarack Psychological Association"
    c = Course(
        "Assessment of Adult ADHD",
        provider,
        hours=2.0,
        approvals=[("APA", None)],
        start=_d("2025-01-29"),
        end=_d("2025-01-29"),
        format="in person",
    )
    page = letter(
        provider,
        "90 Lake Avenue, Duluth, MN 55802  |  (218) 555-0178",
        [
            "February 3, 2025",
            "Dear Dr. Lindahl,",
            "Thank you for attending Assessment of Adult ADHD, held in person on January 29, "
            "2025. This letter certifies that you earned 2.0 CE credits.",
        ],
        apa(provider),
    )
    return page, c


def _check_cell() -> tuple[Page, Course]:
    provider = "Bayside Counseling Collective"
    c = Course(
        "Motivational Interviewing with Adolescents",
        provider,
        hours=1.5,
        approvals=[("ASWB ACE", "1702")],
        start=_d("2025-04-17"),
        end=_d("2025-04-17"),
        format="on-demand",
        certificate_number="BCC-88120",
    )
    page = form(
        "Certificate of Completion",
        provider,
        [
            [("Name", "Farah Haddad, LCSW"), ("License #", "LCSW 44218")],
            [("Course", c.title), ("Hours", "1.5")],
            [("Completed", "April 17, 2025"), ("Format", "On-demand course")],
            [("Certificate #", "BCC-88120")],
        ],
        aswb(provider, "1702"),
    )
    return page, c


def _check_transcript() -> tuple[Page, list[Course]]:
    provider = "Pinecrest Clinical Learning"
    rows = [
        ("Ethics and Boundaries in Small Communities", "2025-02-12", 3.0),
        ("Screening for Intimate Partner Violence", "2025-03-03", 1.0),
    ]
    courses = [
        Course(t, provider, hours=h, approvals=[("NBCC ACEP", "6250")], start=_d(d), end=_d(d))
        for t, d, h in rows
    ]
    items: list[Text | Box] = [
        Text(15, 16, 186, provider, 14, True),
        Text(15, 26, 186, "Completed Course Transcript", 16, True),
        Text(15, 36, 186, "Counselor: Wen Li, LPC  |  Phone: (503) 555-0110", 10),
    ]
    cells, y = table(
        15,
        46,
        [110, 40, 36],
        [
            ["Course", "Date", "Clock hours"],
            *[[t, f"{_d(d):%m/%d/%Y}", f"{h:.1f}"] for t, d, h in rows],
            ["Total hours", "", "4.0"],
        ],
        10,
    )
    items += cells
    items.append(Text(15, y + 10, 186, nbcc(provider, "6250"), 7.5))
    return Page(items), courses


def round7_check(images: bool = True) -> Iterator[Sample]:
    """The round-7 check slice: never tuned on, scored once (``images=False``: text PDFs only)."""
    page1, c1 = _check_award_wrapped()
    yield Sample("r7c_award_wrapped.pdf", to_pdf([page1]), "completion", [c1])
    page, c = _check_letter()
    yield Sample("r7c_letter.pdf", to_pdf([page]), "completion", [c])
    page, c = _check_cell()
    yield Sample("r7c_cell.pdf", to_pdf([page]), "completion", [c])
    page, cs = _check_transcript()
    yield Sample("r7c_transcript.pdf", to_pdf([page]), "transcript", cs)
    if images:
        yield Sample(
            "r7c_photo_wrapped.jpg", photo(page1, 76, angle=4.5), "completion", [c1], ocr=True
        )
