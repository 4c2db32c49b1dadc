"""A fifth tuning set (issue #20): the classes still read poorly on layouts not tuned on.

Labels in a row above their values ("Course Title   Date   Hours", the values below), mixed-case
subtitles and series names near the title, conference certificates listing several sessions
(each session a course), approval bodies beyond ASWB/NBCC/APA/NYSED (NAADAC, CAMFT, ANCC, state
boards with their provider numbers), scans and photos turned a quarter with nothing saying so,
and certificates that print presenters', signers' and theorists' names (no client's). Written
from what CE certificates look like, the expected fields by hand beside each, scored before the
reader was changed. ``round5_check`` is a slice kept apart: never tuned on, scored for the check.
Made in memory, like tuning_more.py.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from datetime import date

from fpdf import FPDF
from PIL import Image, ImageFilter

from bench.certificates.page import Box, Page, Text, photo, table, to_image, to_pdf
from bench.certificates.render import noise
from bench.certificates.samples import Course, Sample
from bench.certificates.tuning_more import aswb, form, nbcc, stack

QUARRY = "Quarry Hill Behavioral Institute"
SUNRISE = "Sunrise Family Therapy Institute"
PLAINS = "Great Plains Recovery Academy"
COASTAL = "Coastal Nursing & Behavioral Health Education"
LONGHORN = "Longhorn Counseling Academy"
BUCKEYE = "Buckeye Clinical Training Center"
MIDWEST = "Midwest Behavioral Health Association"
PINE = "Pine Ridge Psychological Society"
ORCHARD = "Orchard Valley Social Work Network"
TEXAS = "Texas Behavioral Health Executive Council"
OHIO = "Ohio Counselor, Social Worker and Marriage and Family Therapist Board"


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


def ancc(provider: str) -> str:
    return (
        f"{provider} is accredited as a provider of nursing continuing professional development "
        "by the American Nurses Credentialing Center's Commission on Accreditation."
    )


def cells(y: float, row: list[tuple[float, str]], size: float = 11, bold: bool = False):
    """Cells of one unruled row: (x, text), each 60 mm wide at most."""
    return [Text(x, y, 60 if x < 150 else 45, t, size, bold) for x, t in row]


def award_top(provider: str, heading: str, who: str, after: str) -> list[Text | Box]:
    """A portrait award's top: provider, heading, the attendee and the line after the name."""
    return [
        Box(9, 9, 197.9, 261.4, 1.0),
        Text(20, 20, 176, provider.upper(), 12, True, "C", "serif"),
        Text(20, 32, 176, heading, 24, True, "C", "serif"),
        Text(20, 50, 176, "This certifies that", 11, False, "C"),
        Text(20, 58, 176, who, 18, True, "C", "italic"),
        Text(20, 72, 176, after, 11, False, "C"),
    ]


def sideways_scan(page: Page, seed: int, *, turn: int = 90) -> bytes:
    """An image-only PDF whose pixels lie a quarter turned and no /Rotate says so (a page fed
    into the scanner sideways), crooked and speckled as page.scan makes them."""
    rng = random.Random(seed)
    img = to_image(page, 170).rotate(rng.uniform(-1, 1), fillcolor=255)
    speckle = noise(img.size, 40, rng).point(lambda v: 0 if v < 6 else 255)
    img = Image.composite(img, speckle, speckle.point(lambda v: 255 if v else 0))
    img = img.filter(ImageFilter.GaussianBlur(0.6)).rotate(turn, expand=True)
    w_mm, h_mm = page.size
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=60)
    pdf = FPDF(unit="mm", format=(h_mm, w_mm))
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=h_mm, h=w_mm)
    return bytes(pdf.output())


def sideways_photo(page: Page, seed: int, *, turn: int = 270) -> bytes:
    """A phone photo saved sideways with no EXIF Orientation (a messaging app stripped it)."""
    shot = Image.open(io.BytesIO(photo(page, seed, angle=1.5)))
    out = io.BytesIO()
    shot.rotate(turn, expand=True).save(out, "JPEG", quality=75)
    return out.getvalue()


def _label_row() -> tuple[Page, Course]:
    c = Course(
        "Ethical Decision-Making in Rural Practice",
        QUARRY,
        hours=3.0,
        approvals=[("ASWB ACE", "1638")],
        start=_d("2025-03-14"),
        end=_d("2025-03-14"),
        format="live interactive webinar",
    )
    items = award_top(
        QUARRY,
        "Certificate of Completion",
        "Keisha Montgomery, LMSW",
        "has completed the following continuing education program:",
    )
    items += cells(88, [(20, "Course Title"), (120, "Date"), (160, "Hours")], 9, True)
    items += cells(95, [(20, c.title), (120, "03/14/2025"), (160, "3.0")])
    items += [
        Text(20, 120, 176, "Delivered as a live interactive webinar.", 10, False, "C"),
        Text(20, 230, 176, aswb(QUARRY, "1638"), 7.5, False, "C"),
    ]
    return Page(items), c


def _label_row_boxed() -> tuple[Page, Course]:
    c = Course(
        "Relapse Prevention Planning with Adolescents and Families",
        PLAINS,
        hours=4.0,
        approvals=[("NAADAC", "185042")],
        start=_d("2025-01-24"),
        end=_d("2025-01-24"),
        format="in person",
        certificate_number="GPR-25-0188",
    )
    items = award_top(PLAINS, "Certificate of Attendance", "Darnell Okafor, LADC", "attended")
    rows, y = table(
        20,
        86,
        [70, 36, 28, 42],
        [
            ["Program", "Completion Date", "CE Hours", "Certificate No."],
            [c.title, "January 24, 2025", "4.0", "GPR-25-0188"],
        ],
        10,
    )
    items += rows
    items += [
        Text(20, y + 8, 176, "In-person workshop, Wichita, Kansas.", 10, False, "C"),
        Text(20, 228, 176, naadac(PLAINS, "185042"), 7.5, False, "C"),
    ]
    return Page(items), c


def _caps_title_subtitle() -> tuple[Page, Course]:
    c = Course(
        "Motivational Interviewing in Primary Care",
        SUNRISE,
        hours=2.0,
        approvals=[("CAMFT", "1000456")],
        start=_d("2025-02-06"),
        end=_d("2025-02-06"),
        format="on-demand",
        certificate_number="SFTI-40912",
    )
    page = stack(
        [
            (SUNRISE.upper(), 12, True),
            ("Certificate of Completion", 26, True),
            ("is presented to", 11, False),
            ("Lucia Ferreira, LMFT", 20, True),
            ("for completing", 11, False),
            ("MOTIVATIONAL INTERVIEWING IN PRIMARY CARE", 16, True),
            ("A Skills-Based Workshop for Behavioral Health Clinicians", 12, False),
            ("February 6, 2025  |  2.0 CE Hours  |  On-demand course", 10, False),
            ("Certificate #: SFTI-40912", 9, False),
        ],
        camft(SUNRISE, "1000456"),
    )
    return page, c


def _series_subtitle() -> tuple[Page, Course]:
    c = Course(
        "Sleep Disturbance After Trauma",
        PINE,
        hours=1.5,
        approvals=[("APA", None)],
        start=_d("2025-04-17"),
        end=_d("2025-04-17"),
        format="live interactive webinar",
    )
    items: list[Text | Box] = [
        Box(9, 9, 261.4, 197.9, 1.0),
        Text(20, 20, 239.4, PINE, 13, True, "C", "serif"),
        Text(20, 29, 239.4, "Spring Professional Development Series", 11, False, "C", "italic"),
        Text(20, 42, 239.4, "CERTIFICATE OF ATTENDANCE", 24, True, "C", "serif", spacing=2),
        Text(20, 60, 239.4, "Amir Haddad, PsyD", 20, True, "C", "italic"),
        Text(20, 76, 239.4, c.title, 17, True, "C", "serif"),
        Text(20, 86, 239.4, "Evidence-Based Treatment Across the Lifespan", 12, False, "C"),
        Text(20, 98, 239.4, "Thursday, April 17, 2025 - Live interactive webinar", 10, False, "C"),
        Text(20, 106, 239.4, "1.5 CE credits for psychologists", 10, False, "C"),
        Box(35, 160, 70, 0),
        Text(35, 162, 70, "Continuing Education Chair", 8, align="C"),
        Text(22, 178, 235.4, _apa_plain(PINE), 7.5, False, "C"),
    ]
    return Page(items, "L"), c


def _apa_plain(provider: str) -> str:
    return (
        f"{provider} is approved by the American Psychological Association to sponsor continuing "
        f"education for psychologists. {provider} maintains responsibility for this program and "
        "its content."
    )


def _conference_table() -> tuple[Page, list[Course]]:
    approvals = [("NBCC ACEP", "6215"), ("ASWB ACE", "1447")]
    sessions = [
        ("Opening Plenary: Workforce Burnout and Moral Distress", "04/10/2025", 1.5),
        ("Integrated Care for Co-occurring Disorders", "04/10/2025", 3.0),
        ("Ethics of Documentation in Group Practice", "04/11/2025", 3.0),
    ]
    courses = [
        Course(t, MIDWEST, hours=h, approvals=approvals, start=_d(_iso(d)), end=_d(_iso(d)))
        for t, d, h in sessions
    ]
    for c in courses:
        c.format = "in person"
    items: list[Text | Box] = [
        Text(15, 16, 186, MIDWEST.upper(), 11, True, "C"),
        Text(15, 25, 186, "2025 Annual Spring Conference", 18, True, "C", "serif"),
        Text(15, 35, 186, "April 10-11, 2025 | Des Moines, Iowa | In person", 10, False, "C"),
        Text(15, 46, 186, "Certificate of Attendance", 16, True, "C"),
        Text(15, 56, 186, "Name: Ruth Abernathy, LMHC", 11),
        Text(15, 63, 186, "attended the following sessions:", 11),
    ]
    rows, y = table(
        15,
        72,
        [100, 30, 30],
        [["Session Title", "Date", "CE Hours"], *[[t, d, f"{h:.1f}"] for t, d, h in sessions]],
        10,
    )
    items += rows
    items += [
        Text(15, y + 4, 186, "Total CE hours: 7.5", 10, True),
        Text(15, y + 16, 186, nbcc(MIDWEST, "6215") + " " + aswb(MIDWEST, "1447"), 7.5),
    ]
    return Page(items), courses


def _iso(us: str) -> str:
    m, d, y = us.split("/")
    return f"{y}-{m}-{d}"


def _conference_list() -> tuple[Page, list[Course]]:
    approvals = [("NAADAC", "99120")]
    day = _d("2025-03-08")
    sessions = [
        ("Opening Keynote: Resilience in the Helping Professions", 1.0),
        ("Medication-Assisted Treatment Basics", 1.5),
        ("Family Recovery and Adolescent Substance Use", 1.5),
    ]
    courses = [
        Course(t, PLAINS, hours=h, approvals=approvals, start=day, end=day) for t, h in sessions
    ]
    lines = [f"{t} ({h:.1f} CE)" for t, h in sessions]
    items: list[Text | Box] = [
        Box(9, 9, 197.9, 261.4, 1.0),
        Text(20, 20, 176, PLAINS, 13, True, "C", "serif"),
        Text(20, 30, 176, "Heartland Recovery Summit", 20, True, "C", "serif"),
        Text(20, 42, 176, "Certificate of Participation", 14, False, "C"),
        Text(20, 54, 176, "This certifies that", 11, False, "C"),
        Text(20, 62, 176, "Marcus Whitley, CADC", 18, True, "C", "italic"),
        Text(20, 76, 176, "attended the summit on Saturday, March 8, 2025 and completed:", 11),
        *[Text(28, 86 + 8 * i, 168, line, 11) for i, line in enumerate(lines)],
        Text(20, 116, 176, "Total: 4.0 CE hours", 11, True),
        Text(20, 232, 176, naadac(PLAINS, "99120"), 7.5, False, "C"),
    ]
    return Page(items), courses


def _state_boards() -> tuple[Page, Course]:
    c = Course(
        "Supervising Associates Under Texas Rules",
        LONGHORN,
        hours=6.0,
        approvals=[(TEXAS, "7421")],
        start=_d("2024-12-05"),
        end=_d("2024-12-05"),
        format="in person",
        certificate_number="LCA-2024-1150",
    )
    page = form(
        "Continuing Education Certificate",
        LONGHORN,
        [
            [("Participant name", "Esperanza Villalobos, LPC-S")],
            [("Course title", c.title)],
            [("Date completed", "12/05/2024"), ("Clock hours", "6.0")],
            [("Delivery", "In person, Austin"), ("Certificate no.", "LCA-2024-1150")],
        ],
        f"This course is approved by the {TEXAS}, CE provider #7421. Hours count toward "
        "renewal for LPCs, LMFTs and LCSWs.",
    )
    return page, c


def _ohio_board() -> tuple[Page, Course]:
    c = Course(
        "Assessing Risk in Intimate Partner Violence",
        BUCKEYE,
        hours=3.0,
        approvals=[(OHIO, "RCS091234")],
        start=_d("2025-05-02"),
        end=_d("2025-05-02"),
        format="live interactive webinar",
    )
    page = stack(
        [
            (BUCKEYE, 13, True),
            ("Certificate of Completion", 24, True),
            ("This is to certify that", 11, False),
            ("Nathaniel Brooks, LISW-S", 20, True),
            ("has successfully completed", 11, False),
            (c.title, 16, True),
            ("May 2, 2025  |  3.0 clock hours  |  Live interactive webinar", 10, False),
        ],
        f"{BUCKEYE} is approved by the {OHIO}, provider RCS091234, to offer continuing "
        "education to counselors, social workers and marriage and family therapists.",
    )
    return page, c


def _ancc() -> tuple[Page, Course]:
    c = Course(
        "Psychopharmacology Update for Psychiatric Nurses",
        COASTAL,
        hours=2.0,
        approvals=[("ANCC", None)],
        start=_d("2025-03-27"),
        end=_d("2025-03-27"),
        format="on-demand",
        certificate_number="CNB-77341",
    )
    page = stack(
        [
            (COASTAL, 13, True),
            ("Certificate of Successful Completion", 22, True),
            ("awarded to", 11, False),
            ("Joanna Pruitt, PMHNP-BC", 20, True),
            ("for completing", 11, False),
            (c.title, 16, True),
            ("Completed March 27, 2025  |  2.0 contact hours  |  Self-paced online", 10, False),
            ("Certificate ID: CNB-77341", 9, False),
        ],
        ancc(COASTAL),
    )
    return page, c


def _presenters_and_signers() -> tuple[Page, Course]:
    c = Course(
        "Grief Work with Older Adults",
        ORCHARD,
        hours=2.0,
        approvals=[("ASWB ACE", "1290")],
        start=_d("2025-02-20"),
        end=_d("2025-02-20"),
        format="live interactive webinar",
    )
    items: list[Text | Box] = [
        Text(15, 16, 186, ORCHARD.upper(), 11, True, "C"),
        Text(15, 26, 186, "Certificate of Completion", 20, True, "C"),
        Box(15, 42, 186, 18),
        Text(17, 44, 182, "PARTICIPANT NAME", 7),
        Text(17, 50, 182, "Gabriela Nunez", 12),
        Box(15, 60, 186, 18),
        Text(17, 62, 182, "COURSE TITLE", 7),
        Text(17, 68, 182, c.title, 12),
        Text(15, 84, 186, "Faculty: Lorraine Whitaker, PhD and Marcus Bell", 10),
        Text(15, 91, 186, "Date: February 20, 2025 | 2.0 CE hours | Live webinar", 10),
        Text(30, 130, 60, "Angela Ferris", 11, align="C"),
        Text(120, 130, 60, "Tomas Delgado", 11, align="C"),
        Box(30, 136, 60, 0),
        Box(120, 136, 60, 0),
        Text(30, 138, 60, "Executive Director", 8, align="C"),
        Text(120, 138, 60, "CE Coordinator", 8, align="C"),
        Text(15, 160, 186, aswb(ORCHARD, "1290"), 7.5),
    ]
    return Page(items), c


def _theorist_title() -> tuple[Page, Course]:
    c = Course(
        "Bowen Family Systems Theory in Couples Work",
        SUNRISE,
        hours=3.0,
        approvals=[("CAMFT", "1000456")],
        start=_d("2024-10-18"),
        end=_d("2024-10-18"),
        format="in person",
    )
    page = stack(
        [
            (SUNRISE, 13, True),
            ("Certificate of Attendance", 24, True),
            ("This certifies that", 11, False),
            ("Priya Natarajan, AMFT", 20, True),
            ("attended", 11, False),
            (c.title, 16, True),
            ("Presented by Dr. Helen Marsh, LMFT", 10, False),
            ("October 18, 2024  |  3 CE hours  |  In-person workshop, San Diego", 10, False),
        ],
        camft(SUNRISE, "1000456"),
    )
    return page, c


def _case_consultation() -> tuple[Page, Course]:
    c = Course(
        "Monthly Case Consultation Group",
        QUARRY,
        hours=1.5,
        approvals=[("ASWB ACE", "1638")],
        start=_d("2025-04-09"),
        end=_d("2025-04-09"),
        format="in person",
    )
    page = form(
        "Case Consultation Attendance Record",
        QUARRY,
        [
            [("Attendee", "Keisha Montgomery, LMSW")],
            [("Session", c.title)],
            [("Date attended", "04/09/2025"), ("Contact hours", "1.5")],
            [("Case presented", "Client J.R., 34-year-old male, panic disorder")],
        ],
        "This certifies that the attendee named above completed the in-person session. "
        + aswb(QUARRY, "1638"),
    )
    return page, c


def tuning_round5(images: bool = True) -> Iterator[Sample]:
    """The fifth tuning set (``images=False``: its text PDFs only)."""
    page1, c1 = _label_row()
    yield Sample("r5_label_row.pdf", to_pdf([page1]), "completion", [c1])
    page2, c2 = _label_row_boxed()
    yield Sample("r5_label_row_boxed.pdf", to_pdf([page2]), "completion", [c2])
    page, c = _caps_title_subtitle()
    yield Sample("r5_caps_title_subtitle.pdf", to_pdf([page]), "completion", [c])
    page3, c3 = _series_subtitle()
    yield Sample("r5_series_subtitle.pdf", to_pdf([page3]), "completion", [c3])
    page, cs = _conference_table()
    yield Sample("r5_conference_table.pdf", to_pdf([page]), "transcript", cs)
    page4, cs4 = _conference_list()
    yield Sample("r5_conference_list.pdf", to_pdf([page4]), "transcript", cs4)
    page, c = _state_boards()
    yield Sample("r5_texas_board.pdf", to_pdf([page]), "completion", [c])
    page5, c5 = _ohio_board()
    yield Sample("r5_ohio_board.pdf", to_pdf([page5]), "completion", [c5])
    page, c = _ancc()
    yield Sample("r5_ancc.pdf", to_pdf([page]), "completion", [c])
    page6, c6 = _presenters_and_signers()
    yield Sample("r5_presenters_signers.pdf", to_pdf([page6]), "completion", [c6])
    page, c = _theorist_title()
    yield Sample("r5_theorist_title.pdf", to_pdf([page]), "completion", [c])
    page, c = _case_consultation()
    yield Sample("r5_case_consultation.pdf", to_pdf([page]), "completion", [c], True)
    if not images:
        return
    yield Sample("r5_scan_sideways.pdf", sideways_scan(page5, 51), "completion", [c5], ocr=True)
    yield Sample("r5_photo_sideways.jpg", sideways_photo(page3, 52), "completion", [c3], ocr=True)
    yield Sample(
        "r5_scan_label_row.pdf", sideways_scan(page1, 53, turn=270), "completion", [c1], ocr=True
    )
    yield Sample(
        "r5_photo_conference.jpg", photo(page4, 54, angle=-1.2), "transcript", cs4, ocr=True
    )
    yield Sample("r5_photo_signers.jpg", photo(page6, 55, angle=0.8), "completion", [c6], ocr=True)


def _check_label_row() -> tuple[Page, Course]:
    c = Course(
        "Crisis Stabilization in Community Settings",
        ORCHARD,
        hours=2.5,
        approvals=[("NBCC ACEP", "7311")],
        start=_d("2024-11-21"),
        end=_d("2024-11-21"),
        certificate_number="OV-3318",
    )
    items = award_top(ORCHARD, "Certificate of Credit", "Helena Sorensen, LPC", "completed:")
    items += cells(90, [(20, "Activity"), (120, "Date(s)"), (160, "Credits")], 9, True)
    items += cells(97, [(20, c.title), (120, "November 21, 2024"), (160, "2.5")])
    items += [
        Text(20, 118, 176, "Certificate No. OV-3318", 9, False, "C"),
        Text(20, 230, 176, nbcc(ORCHARD, "7311"), 7.5, False, "C"),
    ]
    return Page(items), c


def _check_conference() -> tuple[Page, list[Course]]:
    approvals = [("APA", None)]
    sessions = [
        ("Keynote: The Science of Hope", "09/12/2024", 1.0),
        ("Assessing Adult ADHD", "09/12/2024", 2.0),
        ("Telepsychology Across State Lines", "09/13/2024", 1.5),
        ("Closing Plenary: Psychologists as Advocates", "09/13/2024", 1.0),
    ]
    courses = [
        Course(t, PINE, hours=h, approvals=approvals, start=_d(_iso(d)), end=_d(_iso(d)))
        for t, d, h in sessions
    ]
    items: list[Text | Box] = [
        Text(15, 16, 186, PINE, 12, True, "C", "serif"),
        Text(15, 26, 186, "Fall Convention 2024 - Record of Attendance", 16, True, "C"),
        Text(15, 38, 186, "Attendee: Dr. Samuel Okonjo", 11),
    ]
    rows, y = table(
        15,
        48,
        [30, 110, 30],
        [["Date", "Session", "Credits"], *[[d, t, f"{h:.1f}"] for t, d, h in sessions]],
        10,
    )
    items += rows
    items += [Text(15, y + 10, 186, _apa_plain(PINE), 7.5)]
    return Page(items), courses


def _check_naadac_camft() -> tuple[Page, Course]:
    c = Course(
        "Gambling Disorder: Screening and Brief Intervention",
        PLAINS,
        hours=3.0,
        approvals=[("NAADAC", "77104"), ("CAMFT", "1001873")],
        start=_d("2025-05-15"),
        end=_d("2025-05-15"),
        format="live interactive webinar",
    )
    page = stack(
        [
            (PLAINS, 13, True),
            ("Certificate of Completion", 24, True),
            ("presented to", 11, False),
            ("Oliver Tran, LMFT, LAADC", 20, True),
            ("for completing", 11, False),
            (c.title, 16, True),
            ("May 15, 2025  |  3 CE hours  |  Live webinar", 10, False),
        ],
        f"{PLAINS} is a NAADAC Approved Education Provider, #77104. "
        f"CAMFT-approved continuing education provider #1001873.",
    )
    return page, c


def _check_signers() -> tuple[Page, Course]:
    c = Course(
        "Working with Perfectionism in Teens",
        QUARRY,
        hours=1.0,
        approvals=[("ASWB ACE", "1638")],
        start=_d("2025-01-30"),
        end=_d("2025-01-30"),
        format="on-demand",
    )
    page = stack(
        [
            (QUARRY, 13, True),
            ("Certificate of Completion", 24, True),
            ("This certifies that", 11, False),
            ("Wendy Castillo", 20, True),
            ("has completed", 11, False),
            (c.title, 16, True),
            ("Instructor: Beatrice Lang, LICSW", 10, False),
            ("January 30, 2025  |  1.0 CE hour  |  On-demand", 10, False),
            ("Signed: Harold Jennings, Program Director", 9, False),
        ],
        aswb(QUARRY, "1638"),
        landscape=False,
    )
    return page, c


def round5_check(images: bool = True) -> Iterator[Sample]:
    """The fifth set's check slice: the same classes in other wording, never tuned on."""
    page, c = _check_label_row()
    yield Sample("r5c_label_row.pdf", to_pdf([page]), "completion", [c])
    page, cs = _check_conference()
    yield Sample("r5c_conference.pdf", to_pdf([page]), "transcript", cs)
    page, c = _check_naadac_camft()
    yield Sample("r5c_naadac_camft.pdf", to_pdf([page]), "completion", [c])
    page1, c1 = _check_signers()
    yield Sample("r5c_signers.pdf", to_pdf([page1]), "completion", [c1])
    if images:
        yield Sample(
            "r5c_scan_sideways.pdf", sideways_scan(page1, 61), "completion", [c1], ocr=True
        )
