"""A second tuning set: real-world shapes (narrow columns, spaced headings, per-board tables,
letters dated after the course, state boards, CEUs beside hours, two-page transcripts), in
wording and layouts of its own, so the reader can be tuned on them without touching the fresh
held-out set (heldout/). Made in memory, like tuning.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from bench.certificates.page import Box, Page, Text, photo, scan, table, to_pdf
from bench.certificates.samples import Course, Sample

GRANITE = "Granite State Counseling Institute"
COASTAL = "Coastal Plains CE Partners, Inc."
RED_ROCK = "Red Rock Behavioral Training"
WILLOW = "Willow Creek Psychotherapy Seminars"
KEYSTONE = "Keystone Social Work Education"
TIDEWATER = "Tidewater Clinical Academy"
OHIO = "Ohio Counselor, Social Worker and Marriage and Family Therapist Board"
TEXAS = "Texas Behavioral Health Executive Council"


def _d(text: str) -> date:
    return date.fromisoformat(text)


def spaced_award(c: Course, who: str, line: str, statement: str) -> Page:
    """Landscape award, letter-spaced heading, title after 'in recognition of completing'."""
    w = 279.4
    return Page(
        [
            Box(10, 10, w - 20, 195.9, 1.0),
            Text(20, 24, w - 40, "CERTIFICATE OF COMPLETION", 24, True, "C", "serif", spacing=4),
            Text(20, 44, w - 40, "is hereby granted to", 12, False, "C", "italic"),
            Text(20, 54, w - 40, who, 20, True, "C", "italic"),
            Text(20, 70, w - 40, "in recognition of completing", 12, False, "C", "italic"),
            Text(20, 80, w - 40, c.title, 16, True, "C", "serif"),
            Text(20, 98, w - 40, line, 11, False, "C", "serif"),
            Box(40, 150, 70, 0),
            Text(40, 152, 70, "Karen Ostrowski, LCSW\nEducation Director", 9, align="C"),
            Box(w - 110, 150, 70, 0),
            Text(w - 110, 152, 70, f"{c.provider}\nApproved Provider", 9, align="C"),
            Text(25, 176, w - 50, statement, 7.5, False, "C"),
        ],
        "L",
    )


def narrow_column(c: Course, who: str, rows: list[tuple[str, str]], statement: str) -> Page:
    """A right-hand sidebar with the provider and its statement; the certificate on the left."""
    items: list[Text | Box] = [
        Box(150, 10, 56, 259, 0.3),
        Text(154, 20, 48, c.provider.upper(), 11, True, "L", "serif"),
        Text(154, 180, 48, statement, 7.5),
        Text(15, 30, 130, "Certificate of Attendance", 22, True),
        Text(15, 46, 130, "Presented to", 10),
        Text(15, 53, 130, who, 16, True),
        Text(15, 64, 130, "for attending the program", 10),
        Text(15, 71, 120, c.title, 14, True),
    ]
    y = 95.0
    for label, value in rows:
        items += [Text(15, y, 40, label, 10, True), Text(58, y, 85, value, 10)]
        y += 8
    return Page(items)


def letter(c: Course, paragraphs: list[str], top_date: str, statement: str) -> Page:
    items: list[Text | Box] = [
        Text(18, 14, 180, c.provider, 14, True, "L", "serif"),
        Text(18, 22, 180, "CE Office · 88 Quarry Road · Concord, NH 03301", 8),
        Box(18, 30, 180, 0, 0.5),
        Text(140, 38, 58, top_date, 10, align="R", face="stix"),
    ]
    y = 52.0
    for p in paragraphs:
        items.append(Text(18, y, 180, p, 11, face="stix"))
        y += 8 + 5 * (len(p) // 90 + 1)
    items.append(Text(18, y + 6, 180, statement, 8.5, face="stix"))
    return Page(items)


def board_credits(c: Course, who: str, head: list[str], credit_rows: list[list[str]]) -> Page:
    items: list[Text | Box] = [
        Text(15, 18, 186, c.provider, 12, True, "C"),
        Text(15, 30, 186, "Continuing Education Credit Record", 18, True, "C"),
        Text(15, 46, 186, f"Name: {who}", 11),
        Text(15, 54, 186, f"Title: {c.title}", 11),
        Text(15, 62, 186, f"Date: {c.end:%B %-d, %Y}", 11),
    ]
    cells, _ = table(15, 76, [70, 60, 56], [head, *credit_rows], 10)
    return Page(items + cells)


def transcript_pages(
    provider: str, rows: list[list[str]], head: list[str], widths, split: int, foot: str
):
    pages = []
    for n, chunk in enumerate((rows[:split], rows[split:])):
        if not chunk:
            continue
        items: list[Text | Box] = [
            Text(15, 14, 186, provider, 12, True),
            Text(15, 22, 186, "Statement of Continuing Education Credits", 15, True),
            Text(
                15,
                32,
                186,
                "Member: Ruth Adeyemi, LMSW    Statement dates: 07/01/2023 - 06/30/2024",
                9,
            ),
        ]
        cells, y = table(15, 44, widths, [head, *chunk], 8.5)
        items += cells
        if n == 1 or split >= len(rows):
            items.append(Text(15, y + 5, 186, foot, 7.5))
        pages.append(Page(items))
    return pages


def tuning_real(images: bool = True) -> Iterator[Sample]:
    """The second tuning set (``images=False``: its text PDFs only)."""
    c = Course(
        "Treating Panic Disorder with Interoceptive Exposure",
        GRANITE,
        hours=2.0,
        approvals=[("NBCC ACEP", "3381")],
        start=_d("2024-10-08"),
        end=_d("2024-10-08"),
        format="on-demand",
        certificate_number="GSCI-10-2210",
    )
    page = spaced_award(
        c,
        "Ruth Adeyemi, LMSW",
        "Completed: October 8, 2024 | 2.0 contact hours | Self-paced home study | "
        "Certificate No. GSCI-10-2210",
        f"{GRANITE} has been approved by NBCC as an Approved Continuing Education Provider, "
        "ACEP No. 3381. Programs that do not qualify for NBCC credit are clearly identified.",
    )
    yield Sample("r_spaced_award.pdf", to_pdf([page]), "completion", [c])
    c2 = Course(
        "Ethics of Social Media in Clinical Practice",
        COASTAL,
        hours=1.0,
        approvals=[("APA", None)],
        start=_d("2025-03-03"),
        end=_d("2025-03-03"),
        format="live interactive webinar",
        certificate_number="CPC-77104",
    )
    rows = [
        ("Date", "03/03/2025"),
        ("Credits", "1.0"),
        ("Format", "Live webinar"),
        ("Certificate #", "CPC-77104"),
    ]
    apa = (
        f"{COASTAL} is approved by the American Psychological Association to sponsor continuing "
        f"education for psychologists. {COASTAL} maintains responsibility for this program and "
        "its content."
    )
    yield Sample(
        "r_narrow_column.pdf",
        to_pdf([narrow_column(c2, "Owen Falk, PhD", rows, apa)]),
        "completion",
        [c2],
    )
    c3 = Course(
        "Child-Parent Psychotherapy Basics",
        GRANITE,
        hours=4.0,
        approvals=[("ASWB ACE", "1208")],
        start=_d("2025-02-14"),
        end=_d("2025-02-14"),
        format="in person",
        certificate_number="GSCI-0214-55",
    )
    aswb = (
        f"{GRANITE}, #1208, is approved to offer social work continuing education by the "
        "Association of Social Work Boards (ASWB) Approved Continuing Education (ACE) program. "
        "Organizations, not individual courses, are approved as ACE providers. ACE provider "
        "approval period: 03/01/2024 - 03/01/2027. Social workers completing this course "
        "receive 4 continuing education credits."
    )
    paras = [
        "Dear Ms. Adeyemi,",
        "This letter confirms your participation in Child-Parent Psychotherapy Basics, an "
        "in-person workshop held at our Concord office on February 14, 2025. You attended the "
        "entire workshop and earned 4 continuing education credits.",
        "Verification code: GSCI-0214-55",
    ]
    yield Sample(
        "r_letter.pdf", to_pdf([letter(c3, paras, "March 1, 2025", aswb)]), "completion", [c3]
    )
    c4 = Course(
        "Gottman Method Couples Therapy: Level 1",
        WILLOW,
        hours_by_board={"ASWB ACE": 12.0, "NBCC ACEP": 12.0, "NYSED": 12.0},
        approvals=[("ASWB ACE", "1455"), ("NBCC ACEP", "6120"), ("NYSED", "MFT-0091")],
        start=_d("2024-11-07"),
        end=_d("2024-11-08"),
    )
    credit_rows = [
        ["ASWB ACE (provider #1455)", "Social work CE", "12.0"],
        ["NBCC ACEP No. 6120", "Clock hours", "12.0"],
        ["NYSED LMFT #MFT-0091", "Contact hours", "12.0"],
    ]
    page = board_credits(c4, "Owen Falk", ["Approved by", "Credit type", "Credits"], credit_rows)
    page.items[4] = Text(15, 62, 186, "Dates: November 7-8, 2024", 11)
    yield Sample("r_board_credits.pdf", to_pdf([page]), "completion", [c4])
    c5 = Course(
        "Schema Therapy: An Introduction",
        RED_ROCK,
        hours_by_board={"ASWB ACE": 1.5, "NBCC ACEP": 1.5, "APA": 1.5},
        approvals=[("ASWB ACE", "1329"), ("NBCC ACEP", "5871"), ("APA", None)],
        start=_d("2025-01-29"),
        end=_d("2025-01-29"),
        format="live interactive webinar",
    )
    page = spaced_award(
        c5,
        "Lena Morales, LPC",
        "January 29, 2025 | Live interactive webinar\nCredits: ASWB 1.5 CE | NBCC 1.5 clock "
        "hours | APA 1.5 CE credits",
        f"{RED_ROCK}, #1329, is approved to offer social work continuing education by the ASWB "
        f"Approved Continuing Education (ACE) program. {RED_ROCK} has been approved by NBCC as an "
        f"Approved Continuing Education Provider, ACEP No. 5871. {RED_ROCK} is approved by the "
        "American Psychological Association to sponsor continuing education for psychologists.",
    )
    yield Sample("r_board_award.pdf", to_pdf([page]), "completion", [c5])
    c6 = Course(
        "Assessing ADHD in Adults",
        KEYSTONE,
        ceus=0.2,
        approvals=[(OHIO, "RCS 071402")],
        start=_d("2024-08-20"),
        end=_d("2024-08-20"),
    )
    page = narrow_column(
        c6,
        "Lena Morales",
        [("Date", "August 20, 2024"), ("Awarded", "0.2 CEUs")],
        f"{KEYSTONE} is approved by the {OHIO}, provider RCS 071402.",
    )
    yield Sample("r_ceus_bare.pdf", to_pdf([page]), "completion", [c6])
    c7 = Course(
        "Working with Veterans and Military Families",
        TIDEWATER,
        hours=15.0,
        ceus=1.5,
        approvals=[(TEXAS, "2207")],
        start=_d("2024-06-03"),
        end=_d("2024-06-07"),
        format="in person",
    )
    page = spaced_award(
        c7,
        "Owen Falk, PhD",
        "June 3 – June 7, 2024 | Face-to-face | 1.5 CEUs (15 contact hours)",
        f"{TIDEWATER} is an approved continuing education provider of the {TEXAS}, provider "
        "number 2207.",
    )
    yield Sample("r_ceus_hours.pdf", to_pdf([page]), "completion", [c7])
    c8 = Course(
        "Sexual Health in Psychotherapy",
        WILLOW,
        hours=1.75,
        approvals=[("NYSED", "SW-0331")],
        start=_d("2025-04-02"),
        end=_d("2025-04-09"),
        format="live interactive webinar",
        certificate_number="WCP-5521",
    )
    rows = [
        ("Sessions", "April 2 - April 9, 2025"),
        ("Length", "105 minutes of instruction"),
        ("Delivery", "Live interactive webinar"),
        ("Certificate code", "WCP-5521"),
    ]
    nysed = (
        f"{WILLOW} is recognized by the New York State Education Department's State Board for "
        "Social Work as an approved provider of continuing education for licensed social "
        "workers. #SW-0331."
    )
    yield Sample(
        "r_minutes.pdf",
        to_pdf([narrow_column(c8, "Ruth Adeyemi", rows, nysed)]),
        "completion",
        [c8],
    )
    t_rows = [
        ["08/15/2023", "Clinical Hypnosis Fundamentals", "Live webinar", "3.0", "KSW-3301"],
        [
            "10/02/2023",
            "Supervising Pre-licensed Counselors in Community Settings",
            "Self-study",
            "6.0",
            "KSW-3388",
        ],
        ["01/19/2024", "Motivational Enhancement for Adolescents", "In person", "2.0", "KSW-3472"],
        ["05/30/2024", "Grief Across Cultures", "On-demand", "1.5", "KSW-3590"],
    ]
    fmts = {"Live webinar": "live interactive webinar", "Self-study": "on-demand"}
    fmts |= {"In person": "in person", "On-demand": "on-demand"}
    courses = [
        Course(
            r[1],
            KEYSTONE,
            hours=float(r[3]),
            approvals=[("ASWB ACE", "1611")],
            start=_d(f"{r[0][6:]}-{r[0][:2]}-{r[0][3:5]}"),
            end=_d(f"{r[0][6:]}-{r[0][:2]}-{r[0][3:5]}"),
            format=fmts[r[2]],
            certificate_number=r[4],
        )
        for r in t_rows
    ]
    pages = transcript_pages(
        KEYSTONE,
        t_rows,
        ["Date", "Course", "Delivery", "Credits", "Cert. no."],
        [24, 84, 26, 20, 32],
        2,
        f"{KEYSTONE}, provider #1611, is approved to offer social work continuing education by "
        "the Association of Social Work Boards (ASWB) Approved Continuing Education (ACE) program.",
    )
    yield Sample("r_transcript.pdf", to_pdf(pages), "transcript", courses)
    d_rows = [
        ["C-17", "Emotion-Focused Therapy for Couples", "2", "Feb 2, 2024"],
        ["C-22", "Treating Trichotillomania", "1.5", "Mar 14, 2024"],
        ["C-40", "Ethics for Private Practice", "3", "Jun 1, 2024"],
    ]
    courses = [
        Course(r[1], TIDEWATER, hours=float(r[2]), start=on, end=on)
        for r, on in zip(
            d_rows, [_d("2024-02-02"), _d("2024-03-14"), _d("2024-06-01")], strict=True
        )
    ]
    pages = transcript_pages(
        TIDEWATER,
        d_rows,
        ["Code", "Course title", "Credit hours", "Completed on"],
        [20, 100, 26, 40],
        9,
        "Tidewater Clinical Academy · records office",
    )
    yield Sample("r_transcript_dates_last.pdf", to_pdf(pages), "transcript", courses)
    reg = Page(
        [
            Text(18, 16, 180, RED_ROCK, 11, True),
            Text(18, 28, 180, "Your registration is complete", 18, True),
            Text(
                18,
                44,
                180,
                "Hi Lena, thanks for signing up for Schema Therapy: Level 2 on Thursday, July 17, "
                "2025 from 10:00 AM to 1:00 PM MT. This live webinar awards 3.0 CE credits "
                "(ASWB, NBCC, APA) after you attend and complete the evaluation.",
                10.5,
            ),
        ]
    )
    yield Sample("r_registration.pdf", to_pdf([reg]), "registration")
    consult = Page(
        [
            Text(15, 16, 186, "Grand Rounds — Attendance Verification", 16, True, "C"),
            Text(15, 30, 186, f"Sponsor: {TIDEWATER}", 11),
            Text(15, 38, 186, "Attendee: Owen Falk, PhD", 11),
            Text(15, 46, 186, "Program title: Complex Trauma Case Conference", 11),
            Text(15, 54, 186, "Date: 02/21/2025    Duration: 60 minutes", 11),
            Text(
                15,
                66,
                186,
                "Case presented: a 41-year-old veteran (client B.K.) with combat PTSD and alcohol "
                "use disorder; discussed prolonged exposure readiness.",
                10,
            ),
        ]
    )
    c9 = Course(
        "Complex Trauma Case Conference",
        TIDEWATER,
        hours=1.0,
        start=_d("2025-02-21"),
        end=_d("2025-02-21"),
    )
    yield Sample("r_grand_rounds.pdf", to_pdf([consult]), "completion", [c9], names_a_client=True)
    if not images:
        return
    yield Sample(
        "r_scan_award.pdf",
        scan(spaced_award(c, "Ruth Adeyemi, LMSW", page_line(c), nbcc_line()), 31, angle=-1.5),
        "completion",
        [c],
        ocr=True,
    )
    yield Sample(
        "r_photo_narrow.jpg",
        photo(narrow_column(c2, "Owen Falk, PhD", rows_c2(), apa), 32, angle=4.0, contrast=0.5),
        "completion",
        [c2],
        ocr=True,
    )
    yield Sample(
        "r_photo_exif.jpg",
        photo(letter(c3, paras, "March 1, 2025", aswb), 33, angle=-1.0, exif_turn=270),
        "completion",
        [c3],
        ocr=True,
    )


def page_line(c: Course) -> str:
    return (
        "Completed: October 8, 2024 | 2.0 contact hours | Self-paced home study | "
        "Certificate No. GSCI-10-2210"
    )


def nbcc_line() -> str:
    return (
        f"{GRANITE} has been approved by NBCC as an Approved Continuing Education Provider, "
        "ACEP No. 3381. Programs that do not qualify for NBCC credit are clearly identified."
    )


def rows_c2() -> list[tuple[str, str]]:
    return [
        ("Date", "03/03/2025"),
        ("Credits", "1.0"),
        ("Format", "Live webinar"),
        ("Certificate #", "CPC-77104"),
    ]
