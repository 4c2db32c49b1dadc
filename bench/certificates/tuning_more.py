"""A third tuning set (issue #20): layouts the first two lack, in wording of their own.

Award style with the title after "for completing" / "has successfully completed" / "attended",
titles in quotes, in capitals, on two or three lines; "Program:", "Course Title", "Activity",
"Workshop", "Presentation" labels; titles beside their presenter; letters; boxed forms with the
labels above the values; one-row tables under a header; grand rounds; conference sessions (the
session is the course, not the conference); attendance and completion; receipts and invoices;
registrations for a day still ahead; scans and photos of some. Written from what CE
certificates look like, not from the reader; the expected fields by hand beside each.
Made in memory, like tuning_real.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from bench.certificates.page import Box, Page, Text, photo, scan, table, to_pdf
from bench.certificates.samples import Course, Sample

HERON = "Blue Heron Clinical Education"
SUMMIT = "Summit Valley Psychological Society"
LAKESHORE = "Lakeshore Family Institute"
PRAIRIE = "Prairie Wind CE Collaborative"
HARBOR = "Harborview Medical Center"
CASCADIA = "Cascadia Counseling Association"
MAGNOLIA = "Magnolia Trauma Training LLC"
GREAT_LAKES = "Great Lakes Addiction Studies Consortium"
DESERT = "Desert Bloom Social Work Network"
ALDER = "Alder Grove Learning Center"


def _d(text: str) -> date:
    return date.fromisoformat(text)


def aswb(provider: str, number: str) -> str:
    return (
        f"{provider}, #{number}, is approved to offer social work continuing education by the "
        "Association of Social Work Boards (ASWB) Approved Continuing Education (ACE) program. "
        "Organizations, not individual courses, are approved as ACE providers."
    )


def nbcc(provider: str, number: str) -> str:
    return (
        f"{provider} has been approved by NBCC as an Approved Continuing Education Provider, "
        f"ACEP No. {number}. Programs that do not qualify for NBCC credit are clearly identified."
    )


def apa(provider: str) -> str:
    return (
        f"{provider} is approved by the American Psychological Association to sponsor "
        f"continuing education for psychologists. {provider} maintains responsibility for this "
        "program and its content."
    )


def nysed(provider: str, number: str) -> str:
    return (
        f"{provider} is recognized by the New York State Education Department's State Board for "
        f"Mental Health Practitioners as an approved provider of continuing education for "
        f"licensed mental health counselors. #{number}."
    )


def stack(
    lines: list[tuple[str, float, bool]], foot: str = "", *, landscape: bool = True, top=22.0
) -> Page:
    """An award page: centred lines top to bottom, a border, signatures, a small-print foot."""
    w, h = (279.4, 215.9) if landscape else (215.9, 279.4)
    items: list[Text | Box] = [Box(9, 9, w - 18, h - 18, 1.2), Box(12, 12, w - 24, h - 24, 0.3)]
    y = top
    for text, size, bold in lines:
        if text:
            items.append(Text(20, y, w - 40, text, size, bold, "C", "serif"))
        y += size * 0.42 * (text.count("\n") + 1) + 5
    items += [
        Box(35, h - 52, 70, 0),
        Text(35, h - 50, 70, "Signature of Program Director", 8, align="C"),
        Box(w - 105, h - 52, 70, 0),
        Text(w - 105, h - 50, 70, "Date Issued", 8, align="C"),
    ]
    if foot:
        items.append(Text(22, h - 38, w - 44, foot, 7.5, False, "C"))
    return Page(items, "L" if landscape else "P")


def form(heading: str, provider: str, boxes: list[list[tuple[str, str]]], foot: str) -> Page:
    """A boxed form: each row of cells, a small label in capitals above its value."""
    items: list[Text | Box] = [
        Text(15, 16, 186, provider.upper(), 11, True, "C"),
        Text(15, 26, 186, heading, 18, True, "C"),
    ]
    y = 42.0
    for row in boxes:
        x, cw = 15.0, 186 / len(row)
        for label, value in row:
            items += [
                Box(x, y, cw, 18),
                Text(x + 2, y + 2, cw - 4, label.upper(), 7),
                Text(x + 2, y + 8, cw - 4, value, 11),
            ]
            x += cw
        y += 18
    items.append(Text(15, y + 8, 186, foot, 8))
    return Page(items)


def letter(provider: str, address: str, paragraphs: list[str], foot: str) -> Page:
    items: list[Text | Box] = [
        Text(20, 16, 176, provider, 15, True, "L", "serif"),
        Text(20, 24, 176, address, 8.5),
        Box(20, 31, 176, 0, 0.4),
    ]
    y = 40.0
    for p in paragraphs:
        items.append(Text(20, y, 176, p, 11, face="serif"))
        y += 7 + 5.2 * (len(p) // 85 + 1)
    items.append(Text(20, y + 6, 176, foot, 8))
    return Page(items)


def plain(lines: list[tuple[str, float, bool]]) -> Page:
    """A plain left-aligned page (receipts, confirmations)."""
    items: list[Text | Box] = []
    y = 18.0
    for text, size, bold in lines:
        items.append(Text(18, y, 180, text, size, bold))
        y += size * 0.42 * (len(text) // 95 + 1 + text.count("\n")) + 4
    return Page(items)


def _award_completing() -> tuple[Page, Course]:
    c = Course(
        "Exposure and Response Prevention for OCD",
        HERON,
        hours=3.0,
        approvals=[("ASWB ACE", "1774")],
        start=_d("2025-02-11"),
        end=_d("2025-02-11"),
        format="live interactive webinar",
        certificate_number="BHCE-25-0412",
    )
    page = stack(
        [
            (HERON.upper(), 12, True),
            ("Certificate of Completion", 26, True),
            ("is awarded to", 11, False),
            ("Marisol Quintero, LICSW", 20, True),
            ("for completing", 11, False),
            ("EXPOSURE AND RESPONSE PREVENTION FOR OCD", 16, True),
            ("February 11, 2025  |  3.0 CE Hours  |  Live Interactive Webinar", 10, False),
            ("Certificate #: BHCE-25-0412", 9, False),
        ],
        aswb(HERON, "1774"),
    )
    return page, c


def _form_labels_above() -> tuple[Page, Course]:
    c = Course(
        "Trauma-Informed Supervision",
        LAKESHORE,
        hours=6.0,
        approvals=[("NBCC ACEP", "7140")],
        start=_d("2024-11-15"),
        end=_d("2024-11-15"),
        format="in person",
        certificate_number="LFI-88213",
    )
    page = form(
        "Continuing Education Certificate",
        LAKESHORE,
        [
            [("Participant name", "Theo Banerjee, LPC")],
            [("Course title", "Trauma-Informed Supervision")],
            [("Date of completion", "11/15/2024"), ("Contact hours", "6.0")],
            [("Delivery method", "In-person training"), ("Certificate ID", "LFI-88213")],
        ],
        "This certifies that the participant named above attended the full program. "
        + nbcc(LAKESHORE, "7140"),
    )
    return page, c


def _letter_thanks() -> tuple[Page, Course]:
    c = Course(
        "Adolescent Self-Harm: Understanding and Responding",
        PRAIRIE,
        hours=2.0,
        approvals=[("APA", None)],
        start=_d("2025-04-03"),
        end=_d("2025-04-03"),
        format="live interactive webinar",
        certificate_number="PW-2025-3310",
    )
    page = letter(
        PRAIRIE,
        "410 Sod House Lane, Lincoln, NE 68508  |  ce@prairiewindce.org",
        [
            "April 10, 2025",
            "Dear Dr. Halvorsen,",
            "Thank you for attending Adolescent Self-Harm: Understanding and Responding on "
            "April 3, 2025, a live interactive webinar. Our records show that you were present "
            "for the full session, and you have earned 2.0 CE credits.",
            "Please keep this letter for your records. Verification code: PW-2025-3310",
            "Warm regards,\nNadia Osei, CE Coordinator",
        ],
        apa(PRAIRIE),
    )
    return page, c


def tuning_more(images: bool = True) -> Iterator[Sample]:
    """The third tuning set (``images=False``: its text PDFs only)."""
    page1, c1 = _award_completing()
    yield Sample("m_award_for_completing.pdf", to_pdf([page1]), "completion", [c1])

    c = Course(
        "Working with Shame in Trauma Therapy",
        MAGNOLIA,
        hours=1.5,
        approvals=[("NBCC ACEP", "6628")],
        start=_d("2025-01-22"),
        end=_d("2025-01-22"),
        format="on-demand",
        certificate_number="MTT-00917",
    )
    page = stack(
        [
            ("CERTIFICATE", 30, True),
            ("OF ACHIEVEMENT", 14, True),
            ("Presented to", 11, False),
            ("Keisha Drummond", 22, True),
            (
                'who has successfully completed the course "Working with Shame in Trauma Therapy"',
                12,
                False,
            ),
            ("Completed January 22, 2025. Home-study course, 1.5 clock hours.", 10, False),
            ("Cert. No. MTT-00917", 9, False),
        ],
        nbcc(MAGNOLIA, "6628"),
    )
    yield Sample("m_award_quoted.pdf", to_pdf([page]), "completion", [c])

    c = Course(
        "Addressing Moral Injury in Military Veterans: Assessment and Treatment",
        DESERT,
        hours=4.0,
        approvals=[("ASWB ACE", "1902")],
        start=_d("2024-09-19"),
        end=_d("2024-09-19"),
        format="in person",
    )
    page = stack(
        [
            ("Desert Bloom Social Work Network", 13, True),
            ("This is to certify that", 11, False),
            ("Gabriel Restrepo, LCSW", 20, True),
            ("has successfully completed", 11, False),
            ("ADDRESSING MORAL INJURY\nIN MILITARY VETERANS:\nASSESSMENT AND TREATMENT", 16, True),
            ("Held in person in Tucson, Arizona on September 19, 2024", 10, False),
            ("Awarded 4 continuing education hours", 10, False),
        ],
        aswb(DESERT, "1902"),
    )
    yield Sample("m_three_line_caps.pdf", to_pdf([page]), "completion", [c])

    c = Course(
        "Harm Reduction in Outpatient Settings",
        GREAT_LAKES,
        hours=2.5,
        approvals=[("NBCC ACEP", "5519")],
        start=_d("2025-03-07"),
        end=_d("2025-03-07"),
        format="live interactive webinar",
        certificate_number="GLA-7731",
    )
    page = plain(
        [
            (GREAT_LAKES, 14, True),
            ("Certificate of Participation", 20, True),
            ("Participant: Alicia Venn, LADC", 11, False),
            ("Program: Harm Reduction in Outpatient Settings", 11, False),
            ("Presenter: Dr. Lionel Prate, PhD, LCADC", 11, False),
            ("Program date: March 7, 2025", 11, False),
            ("Format: Live virtual (interactive webinar)", 11, False),
            ("Clock hours awarded: 2.5", 11, False),
            ("Certificate number: GLA-7731", 11, False),
            (nbcc(GREAT_LAKES, "5519"), 8, False),
        ]
    )
    yield Sample("m_program_label.pdf", to_pdf([page]), "completion", [c])

    page2, c2 = _form_labels_above()
    yield Sample("m_form_labels_above.pdf", to_pdf([page2]), "completion", [c2])

    c = Course(
        "Somatic Approaches to Anxiety",
        ALDER,
        hours=3.0,
        approvals=[("APA", None)],
        start=_d("2024-12-06"),
        end=_d("2024-12-06"),
        format="in person",
    )
    page = stack(
        [
            ("Certificate of Attendance", 24, True),
            ("Alder Grove Learning Center certifies that", 11, False),
            ("Hannah Lindqvist, PsyD", 20, True),
            ("attended the workshop", 11, False),
            ("Somatic Approaches to Anxiety", 18, True),
            ("presented by Dr. Miriam Katz, PsyD", 11, False),
            ("on December 6, 2024 at our Eugene campus (in-person)  |  3 CE credits", 10, False),
        ],
        apa(ALDER),
    )
    yield Sample("m_workshop_presented_by.pdf", to_pdf([page]), "completion", [c])

    c = Course(
        "Neurodiversity-Affirming Assessment",
        SUMMIT,
        hours=1.0,
        approvals=[("APA", None)],
        start=_d("2025-05-02"),
        end=_d("2025-05-02"),
        certificate_number="SVPS-0502-118",
    )
    page = plain(
        [
            (SUMMIT, 14, True),
            ("CE Credit Verification", 18, True),
            ("Name: Corinne Abara, PhD", 11, False),
            ("Presentation: Neurodiversity-Affirming Assessment", 11, False),
            ("Presenter: Tomas Oyelaran, PhD", 11, False),
            ("Date: May 2, 2025", 11, False),
            ("CE credits: 1.0", 11, False),
            ("Certificate ID: SVPS-0502-118", 11, False),
            ("Attendance was verified by sign-in and sign-out.", 10, False),
            (apa(SUMMIT), 8, False),
        ]
    )
    yield Sample("m_presentation_label.pdf", to_pdf([page]), "completion", [c])

    page3, c3 = _letter_thanks()
    yield Sample("m_letter_thanks.pdf", to_pdf([page3]), "completion", [c3])

    c = Course(
        "Eating Disorders in Primary Care",
        HARBOR,
        hours=1.0,
        approvals=[("NYSED", "MHC-0218")],
        start=_d("2025-03-19"),
        end=_d("2025-03-19"),
        format="in person",
    )
    page = stack(
        [
            ("Harborview Medical Center", 14, True),
            ("Department of Psychiatry Grand Rounds", 16, True),
            ("Certificate of Attendance", 22, True),
            ("This certifies that", 11, False),
            ("Ines Carvalho, LMHC", 18, True),
            ("attended the grand rounds presentation", 11, False),
            ("Eating Disorders in Primary Care", 16, True),
            ("Wednesday, March 19, 2025  |  Onsite, Room B-204  |  1.0 contact hour", 10, False),
        ],
        nysed(HARBOR, "MHC-0218"),
    )
    yield Sample("m_grand_rounds.pdf", to_pdf([page]), "completion", [c])

    c = Course(
        "Ethical Decision-Making in Rural Practice",
        CASCADIA,
        hours=1.5,
        approvals=[("NBCC ACEP", "4471")],
        start=_d("2024-10-18"),
        end=_d("2024-10-18"),
        format="in person",
        certificate_number="CCA24-S14B-0381",
    )
    page = plain(
        [
            (CASCADIA, 13, True),
            ("2024 Annual Conference: Roots and Branches", 16, True),
            ("Session Attendance Certificate", 15, True),
            ("Attendee: Robin Takahashi, LMHC", 11, False),
            ("Session 14B: Ethical Decision-Making in Rural Practice", 11, False),
            ("Speaker: Dr. Ellen Marsh", 11, False),
            ("October 18, 2024, Spokane Convention Center (in person)", 11, False),
            ("Contact hours: 1.5", 11, False),
            ("Certificate No. CCA24-S14B-0381", 11, False),
            (nbcc(CASCADIA, "4471"), 8, False),
        ]
    )
    yield Sample("m_conference_session.pdf", to_pdf([page]), "completion", [c])

    c = Course(
        "Contingency Management for Stimulant Use",
        GREAT_LAKES,
        hours=1.25,
        approvals=[("ASWB ACE", "1640")],
        start=_d("2025-04-24"),
        end=_d("2025-04-24"),
        format="in person",
    )
    page = stack(
        [
            ("Great Lakes Addiction Studies Consortium", 13, True),
            ("2025 SPRING SYMPOSIUM", 18, True),
            ("certifies that", 11, False),
            ("Darnell Whitaker, CADC", 20, True),
            ("attended the breakout session", 11, False),
            ("Contingency Management for Stimulant Use", 16, True),
            (
                "on April 24, 2025 in Ann Arbor, Michigan (face-to-face) for 1.25 CE hours",
                10,
                False,
            ),
        ],
        aswb(GREAT_LAKES, "1640"),
    )
    yield Sample("m_symposium_session.pdf", to_pdf([page]), "completion", [c])

    c = Course(
        "Integrating Spirituality in Counseling",
        LAKESHORE,
        hours=2.0,
        approvals=[("NBCC ACEP", "7140")],
        start=_d("2025-01-14"),
        end=_d("2025-01-14"),
        certificate_number="LFI-90155",
    )
    cells, y = table(
        15,
        70,
        [96, 40, 25, 25],
        [
            ["Course", "Date", "Hours", "Cert #"],
            ["Integrating Spirituality in Counseling", "01/14/2025", "2.0", "LFI-90155"],
        ],
        10,
    )
    page = Page(
        [
            Text(15, 18, 186, LAKESHORE, 13, True, "C"),
            Text(15, 30, 186, "Record of Completion", 20, True, "C"),
            Text(15, 48, 186, "Issued to: Felix Ambrose, LPC", 11),
            Text(15, 56, 186, "The course below was completed in full.", 10),
            *cells,
            Text(15, y + 10, 186, nbcc(LAKESHORE, "7140"), 8),
        ]
    )
    yield Sample("m_one_row_table.pdf", to_pdf([page]), "completion", [c])

    c = Course(
        "Treating Hoarding Disorder",
        HERON,
        hours=2.0,
        approvals=[("ASWB ACE", "1774")],
        start=_d("2025-05-13"),
        end=_d("2025-05-13"),
        format="on-demand",
        certificate_number="BHCE-25-1107",
    )
    page = stack(
        [
            ("CERTIFICATE OF COMPLETION", 24, True),
            ("Blue Heron Clinical Education proudly recognizes", 11, False),
            ("Shauna McBride, LCSW", 20, True),
            ("upon successful completion of the on-demand course", 11, False),
            ("Treating Hoarding Disorder", 18, True),
            ("2 CE hours earned May 13, 2025", 10, False),
            ("Verification code: BHCE-25-1107", 9, False),
        ],
        aswb(HERON, "1774"),
    )
    yield Sample("m_upon_completion.pdf", to_pdf([page]), "completion", [c])

    c = Course(
        "Couples Therapy After Infidelity: A Structured Approach",
        SUMMIT,
        hours=6.0,
        approvals=[("APA", None)],
        start=_d("2024-08-09"),
        end=_d("2024-08-10"),
        format="in person",
    )
    page = stack(
        [
            ("Summit Valley Psychological Society", 13, True),
            ("Certificate of Completion", 24, True),
            ("Awarded to", 11, False),
            ("Mateo Villanueva, PsyD", 20, True),
            ("for successful completion of", 11, False),
            ("Couples Therapy After Infidelity:", 16, True),
            ("A Structured Approach", 16, True),
            ("August 9 - 10, 2024  |  Boise, Idaho  |  In person", 10, False),
            ("6 CE credits for psychologists", 10, False),
        ],
        apa(SUMMIT),
    )
    yield Sample("m_two_line_colon.pdf", to_pdf([page]), "completion", [c])

    c = Course(
        "Motivational Interviewing for Health Behavior Change",
        PRAIRIE,
        hours=3.0,
        approvals=[("ASWB ACE", "1288")],
        start=_d("2025-02-26"),
        end=_d("2025-02-26"),
        format="live interactive webinar",
        certificate_number="PW-2025-1184",
    )
    page = plain(
        [
            ("Prairie Wind CE Collaborative", 13, True),
            ("Certificate of Completion", 20, True),
            ("Learner: Oksana Petrenko, LMSW", 11, False),
            ("Activity: Motivational Interviewing for Health Behavior Change", 11, False),
            ("Activity date: 02/26/2025", 11, False),
            ("Activity type: Live webinar (interactive)", 11, False),
            ("Credits earned: 3.0 social work CE hours", 11, False),
            ("Certificate #: PW-2025-1184", 11, False),
            (aswb(PRAIRIE, "1288"), 8, False),
        ]
    )
    yield Sample("m_activity_label.pdf", to_pdf([page]), "completion", [c])

    c = Course(
        "Suicide Prevention for Rural Clinicians",
        DESERT,
        hours=6.0,
        approvals=[("ASWB ACE", "1902")],
        start=_d("2025-03-28"),
        end=_d("2025-03-28"),
        format="in person",
    )
    page = plain(
        [
            (DESERT, 13, True),
            ("Workshop Attendance Certificate", 18, True),
            ("Workshop: Suicide Prevention for Rural Clinicians", 12, True),
            ("Presented by Dr. Arlo Benally, PhD", 11, False),
            (
                "This certifies that Wren Castellanos, LCSW, attended this in-person workshop "
                "on March 28, 2025 and is awarded 6 continuing education hours.",
                11,
                False,
            ),
            (aswb(DESERT, "1902"), 8, False),
        ]
    )
    yield Sample("m_workshop_label.pdf", to_pdf([page]), "completion", [c])

    # not completions
    page = plain(
        [
            ("Magnolia Trauma Training LLC", 14, True),
            ("Payment Receipt", 18, True),
            ("Order #: 55120-MT", 11, False),
            ("Date: March 2, 2025", 11, False),
            ("Bill to: Keisha Drummond", 11, False),
            ("Course: Working with Shame in Trauma Therapy (1.5 CE hours)", 11, False),
            ("Amount paid: $39.00   Payment method: Visa ending 4412", 11, False),
            (
                "Your certificate of completion will be available once you pass the post-test.",
                10,
                False,
            ),
        ]
    )
    yield Sample("m_receipt.pdf", to_pdf([page]), "receipt")

    cells, _ = table(
        18,
        70,
        [110, 30, 40],
        [
            ["Description", "Qty", "Amount"],
            ["Online course: Clinical Supervision Certificate Program (30 hours)", "1", "$450.00"],
            ["Total due", "", "$450.00"],
        ],
        10,
    )
    page = Page(
        [
            Text(18, 18, 180, ALDER, 14, True),
            Text(18, 28, 180, "INVOICE", 20, True),
            Text(18, 42, 180, "Invoice no. INV-20931   Issued: 04/02/2025", 10),
            Text(18, 50, 180, "Billed to: Hannah Lindqvist, PsyD", 10),
            *cells,
            Text(18, 110, 180, "Thank you for your purchase. Please pay within 30 days.", 10),
        ]
    )
    yield Sample("m_invoice.pdf", to_pdf([page]), "receipt")

    page = plain(
        [
            ("Cascadia Counseling Association", 14, True),
            ("Registration Confirmation", 18, True),
            ("Hi Robin,", 11, False),
            (
                "You're registered for Grief Across Cultures, a live interactive webinar on "
                "July 15, 2025 from 12:00 to 1:30 pm Pacific. You will earn 1.5 CE hours "
                "after attending and completing the evaluation.",
                11,
                False,
            ),
            ("Confirmation number: CCA-R-33018", 11, False),
        ]
    )
    yield Sample("m_registration.pdf", to_pdf([page]), "registration")

    page = plain(
        [
            ("Great Lakes Addiction Studies Consortium", 14, True),
            ("Your seat is reserved", 18, True),
            ("Event: 2025 Fall Institute - Co-occurring Disorders Track", 11, False),
            ("Dates: October 2 - 3, 2025", 11, False),
            ("Location: Grand Rapids, Michigan", 11, False),
            (
                "Bring this confirmation to check in. Certificates are issued after the event.",
                10,
                False,
            ),
        ]
    )
    yield Sample("m_registration_future.pdf", to_pdf([page]), "registration")

    yield from _second_batch(images)
    yield from _third_batch(images)
    yield from _fourth_batch(images)
    yield from _fifth_batch(images)
    yield from _sixth_batch()
    if not images:
        return
    yield Sample("m_scan_award.pdf", scan(page1, 41, angle=1.2), "completion", [c1], ocr=True)
    yield Sample("m_scan_form.pdf", scan(page2, 42, angle=-0.8), "completion", [c2], ocr=True)
    yield Sample(
        "m_photo_letter.jpg",
        photo(page3, 43, angle=2.5, contrast=0.7),
        "completion",
        [c3],
        ocr=True,
    )


NORTHWEST = "Northwest Play Therapy Alliance"
BAYOU = "Bayou Behavioral Health Education"
PINE = "Pine Barrens Counseling Center"


def _second_batch(images: bool) -> Iterator[Sample]:
    """Written after the first tuning round and scored before the reader was changed again."""
    c = Course(
        "Culturally Responsive Care for Immigrant Families",
        BAYOU,
        hours=1.5,
        approvals=[("ASWB ACE", "1517")],
        start=_d("2025-02-20"),
        end=_d("2025-02-20"),
        format="live interactive webinar",
        certificate_number="448812",
    )
    page = stack(
        [
            ("Certificate of Participation", 24, True),
            ("Bayou Behavioral Health Education acknowledges that", 11, False),
            ("Latoya Fontenot, LMSW", 20, True),
            ("has participated in", 11, False),
            ("Culturally Responsive Care for Immigrant Families", 16, True),
            ("a 90-minute live interactive webinar, February 20, 2025", 10, False),
            ("1.5 CE hours   |   Cert. No.: 448812", 9, False),
            ("Jane Rowe                                            Marcus Bell", 10, False),
            ("Executive Director                               Program Chair", 8, False),
        ],
        aswb(BAYOU, "1517"),
    )
    yield Sample("m_participated_signers.pdf", to_pdf([page]), "completion", [c])
    c = Course(
        "Play Therapy with Grieving Children",
        NORTHWEST,
        hours=3.0,
        approvals=[("APA", None)],
        start=_d("2024-09-27"),
        end=_d("2024-09-27"),
        format="in person",
        certificate_number="NWPT-24-3318",
    )
    page = stack(
        [
            ("2024 Northwest Play Therapy Conference", 18, True),
            ("Certificate of Attendance", 14, True),
            ("Awarded to Beatriz Solano, LMHC", 13, False),
            ('for attending the session "Play Therapy with Grieving Children"', 12, False),
            (
                "at the 2024 Northwest Play Therapy Conference, Portland, Oregon (in person)",
                10,
                False,
            ),
            ("September 27, 2024   |   3 contact hours", 10, False),
            ("Certificate ID: NWPT-24-3318", 9, False),
        ],
        apa(NORTHWEST),
    )
    yield Sample("m_conference_quoted_session.pdf", to_pdf([page]), "completion", [c])
    c = Course(
        "Clinical Documentation That Protects You",
        PINE,
        hours=2.0,
        approvals=[("NBCC ACEP", "6904")],
        start=_d("2025-01-09"),
        end=_d("2025-01-09"),
        format="on-demand",
        certificate_number="K7P-22Q9",
    )
    page = stack(
        [
            ("PINE BARRENS COUNSELING CENTER", 12, True),
            ("This acknowledges that", 11, False),
            ("Sven Magnusson, LPC", 20, True),
            ("has completed the self-study training entitled", 11, False),
            ("Clinical Documentation That Protects You", 17, True),
            ("Date of completion: 01/09/2025   |   2.0 clock hours", 10, False),
            ("Verification Code: K7P-22Q9", 9, False),
        ],
        nbcc(PINE, "6904"),
    )
    yield Sample("m_entitled.pdf", to_pdf([page]), "completion", [c])
    form_page = plain(
        [
            (BAYOU, 13, True),
            ("Continuing Education Credit", 18, True),
            ("Name: Latoya Fontenot, LMSW", 11, False),
            ("Course: Supervision of Peer Support Specialists", 11, False),
            ("Date of completion: March 12, 2025", 11, False),
            ("Contact hours: 2.0", 11, False),
            ("Instructor: Paul Thibodeaux, LCSW", 11, False),
            ("Authorized signature: Renee Guidry, Education Director", 10, False),
            (aswb(BAYOU, "1517"), 8, False),
        ]
    )
    c_form = Course(
        "Supervision of Peer Support Specialists",
        BAYOU,
        hours=2.0,
        approvals=[("ASWB ACE", "1517")],
        start=_d("2025-03-12"),
        end=_d("2025-03-12"),
    )
    yield Sample("m_credit_form.pdf", to_pdf([form_page]), "completion", [c_form])
    c = Course(
        "Working with Chronic Pain",
        NORTHWEST,
        hours=1.0,
        approvals=[("APA", None)],
        start=_d("2024-09-28"),
        end=_d("2024-09-28"),
        format="in person",
    )
    cells, y = table(
        15,
        58,
        [110, 40, 36],
        [["Session", "Date", "CE Hours"], ["Working with Chronic Pain", "09/28/2024", "1.0"]],
        10,
    )
    page = Page(
        [
            Text(15, 16, 186, "Northwest Play Therapy Alliance - 2024 Annual Conference", 12, True),
            Text(15, 28, 186, "Attendance Verification", 18, True),
            Text(15, 42, 186, "Attendee: Beatriz Solano, LMHC - attended the session below.", 10),
            *cells,
            Text(15, y + 8, 186, "Held in person in Portland, Oregon.", 10),
            Text(15, y + 16, 186, apa(NORTHWEST), 8),
        ]
    )
    yield Sample("m_session_table.pdf", to_pdf([page]), "completion", [c])
    page = plain(
        [
            ("Pine Barrens Counseling Center", 14, True),
            ("Thank you for your order!", 18, True),
            ("Order number: PB-230917", 11, False),
            (
                "Item: Clinical Documentation That Protects You - self-study course, 2 CE hours",
                11,
                False,
            ),
            ("Subtotal: $29.00  Tax: $0.00  Total: $29.00", 11, False),
            ("Paid with Mastercard on January 8, 2025.", 11, False),
            (
                "Start the course from your dashboard; your certificate is issued when you finish.",
                10,
                False,
            ),
        ]
    )
    yield Sample("m_order.pdf", to_pdf([page]), "receipt")
    page = plain(
        [
            ("Bayou Behavioral Health Education", 14, True),
            ("Thank you for registering!", 18, True),
            ("Program: Ethics and Boundaries in Small Communities", 11, False),
            ("When: Friday, August 22, 2025, 9:00 am - 12:15 pm Central", 11, False),
            ("Where: Zoom (live interactive webinar); the link arrives a day before.", 11, False),
            (
                "Credits: 3 CE hours. A certificate of completion is emailed after the evaluation.",
                10,
                False,
            ),
        ]
    )
    yield Sample("m_registration_thanks.pdf", to_pdf([page]), "registration")
    if images:
        yield Sample(
            "m_scan_credit_form.pdf",
            scan(form_page, 44, angle=0.6),
            "completion",
            [c_form],
            ocr=True,
        )


OZARK = "Ozark Mountain Counseling Academy"
HUDSON = "Hudson River Psychotherapy Institute"


def _third_batch(images: bool) -> Iterator[Sample]:
    """Written after the second round and scored before the reader changed again."""
    c_first = Course(
        "Mindfulness-Based Cognitive Therapy Intensive",
        OZARK,
        hours=6.0,
        approvals=[("NBCC ACEP", "7388")],
        start=_d("2025-05-01"),
        end=_d("2025-05-01"),
        format="in person",
    )
    first = stack(
        [
            ("CERTIFICATE OF COMPLETION", 24, True),
            ("Mindfulness-Based Cognitive Therapy Intensive", 18, True),
            ("This certificate is presented to", 11, False),
            ("Caleb Ostrander, LPC", 20, True),
            ("on May 1, 2025 in Springfield, Missouri (in person)", 10, False),
            ("6 clock hours", 10, False),
        ],
        nbcc(OZARK, "7388"),
    )
    yield Sample("m_title_before_name.pdf", to_pdf([first]), "completion", [c_first])
    c = Course(
        "Eye Movement Desensitization: Advanced Consultation Skills",
        HUDSON,
        hours=1.0,
        approvals=[("NYSED", "MHC-0412")],
        start=_d("2025-03-03"),
        end=_d("2025-03-03"),
        certificate_number="HRPI-3391",
    )
    page = stack(
        [
            (HUDSON, 12, True),
            ("Certificate of Completion", 22, True),
            ("Eye Movement Desensitization: Advanced Consultation Skills", 16, True),
            ("Ana Lucia Ferreira, LMHC", 18, True),
            ("March 3, 2025  |  1.0 CE hour  |  No. HRPI-3391", 10, False),
        ],
        nysed(HUDSON, "MHC-0412"),
    )
    yield Sample("m_no_cue.pdf", to_pdf([page]), "completion", [c])
    c = Course(
        "Anxiety Disorders in Older Adults",
        OZARK,
        hours=2.0,
        approvals=[("NBCC ACEP", "7388")],
        start=_d("2025-02-07"),
        end=_d("2025-02-07"),
        format="on-demand",
        certificate_number="OMCA-2207",
    )
    page = plain(
        [
            (OZARK, 14, True),
            ("Certificate", 20, True),
            (
                "This certifies that Ruth Kimball, LPC has completed Anxiety Disorders in Older Adults "
                "on February 7, 2025, an on-demand course of 2 clock hours.",
                11,
                False,
            ),
            ("Certificate number OMCA-2207", 10, False),
            (nbcc(OZARK, "7388"), 8, False),
        ]
    )
    yield Sample("m_one_sentence.pdf", to_pdf([page]), "completion", [c])
    c = Course(
        "Treating Complex PTSD in Refugees",
        HUDSON,
        hours=3.0,
        approvals=[("NYSED", "MHC-0412")],
        start=_d("2024-12-12"),
        end=_d("2024-12-12"),
        format="live interactive webinar",
    )
    page = stack(
        [
            ("Hudson River Psychotherapy Institute", 12, True),
            ("Certificate of Attendance", 22, True),
            ("Ana Lucia Ferreira, LMHC", 18, True),
            ("is awarded 3 contact hours for", 11, False),
            ("Treating Complex PTSD in Refugees", 16, True),
            ("December 12, 2024  -  live interactive webinar", 10, False),
        ],
        nysed(HUDSON, "MHC-0412"),
    )
    yield Sample("m_hours_for.pdf", to_pdf([page]), "completion", [c])
    c = Course(
        "Group Work with Adolescents",
        OZARK,
        hours=4.0,
        approvals=[("NBCC ACEP", "7388")],
        start=_d("2024-10-04"),
        end=_d("2024-10-04"),
        format="in person",
        certificate_number="OMCA-1955",
    )
    page = plain(
        [
            (OZARK, 14, True),
            ("Continuing Education Certificate", 18, True),
            ("Name of participant: Caleb Ostrander", 11, False),
            ("Title of program: Group Work with Adolescents", 11, False),
            ("Date: October 4, 2024 (face-to-face)", 11, False),
            ("Clock hours: 4.0", 11, False),
            ("Certificate No. OMCA-1955", 11, False),
            (nbcc(OZARK, "7388"), 8, False),
        ]
    )
    yield Sample("m_title_of_program.pdf", to_pdf([page]), "completion", [c])
    c = Course(
        "Ketamine-Assisted Psychotherapy: An Overview",
        HUDSON,
        hours=2.0,
        approvals=[("APA", None)],
        start=_d("2025-04-15"),
        end=_d("2025-04-15"),
        format="live interactive webinar",
    )
    page = stack(
        [
            ("Hudson River Psychotherapy Institute", 12, True),
            ("Certificate", 24, True),
            ("Marguerite Doyle, PhD", 18, True),
            ('earned 2.0 CE credits for "Ketamine-Assisted Psychotherapy: An Overview"', 12, False),
            ("a live interactive webinar on April 15, 2025", 10, False),
        ],
        apa(HUDSON),
    )
    yield Sample("m_quoted_earned.pdf", to_pdf([page]), "completion", [c])
    page = letter(
        HUDSON,
        "12 Front Street, Kingston, NY 12401",
        [
            "January 30, 2025",
            "Re: Certificate of attendance - Gender-Affirming Care in Practice",
            "Dear Mr. Oduya,",
            "This letter confirms that you attended the full program on January 24, 2025 "
            "in person at our Kingston office and earned 3 contact hours.",
            "Sincerely,\nDeborah Lin, Education Director",
        ],
        nysed(HUDSON, "MHC-0412"),
    )
    c = Course(
        "Gender-Affirming Care in Practice",
        HUDSON,
        hours=3.0,
        approvals=[("NYSED", "MHC-0412")],
        start=_d("2025-01-24"),
        end=_d("2025-01-24"),
        format="in person",
    )
    yield Sample("m_letter_re.pdf", to_pdf([page]), "completion", [c])
    if images:
        yield Sample(
            "m_photo_title_first.jpg",
            photo(first, 45, angle=-2.0, contrast=0.8),
            "completion",
            [c_first],
            ocr=True,
        )


SAGE = "Sagebrush Clinical Training Institute"
MERIDIAN = "Meridian Counseling Education Group"


def _fourth_batch(images: bool) -> Iterator[Sample]:
    """Written after the third round and scored before the reader changed again."""
    w = 279.4
    spaced = Page(
        [
            Box(10, 10, w - 20, 195.9, 1.0),
            Text(20, 22, w - 40, "CERTIFICATE OF ATTENDANCE", 22, True, "C", "serif", spacing=6),
            Text(20, 42, w - 40, "Presented to", 12, False, "C", "italic"),
            Text(20, 52, w - 40, "Dr. Yusuf Haddad", 20, True, "C", "italic"),
            Text(20, 70, w - 40, "PROGRAM", 9, True, "C"),
            Text(20, 76, w - 40, "Brief Interventions for Alcohol Misuse", 16, True, "C", "serif"),
            Text(20, 94, w - 40, "DATE  March 14, 2025        CE CREDITS  2.0", 10, False, "C"),
            Text(20, 104, w - 40, "Completion ID: CMP-44120", 9, False, "C"),
            Text(25, 176, w - 50, nbcc(SAGE, "5902"), 7.5, False, "C"),
        ],
        "L",
    )
    c_spaced = Course(
        "Brief Interventions for Alcohol Misuse",
        SAGE,
        hours=2.0,
        approvals=[("NBCC ACEP", "5902")],
        start=_d("2025-03-14"),
        end=_d("2025-03-14"),
        certificate_number="CMP-44120",
    )
    yield Sample("m_spaced_heading.pdf", to_pdf([spaced]), "completion", [c_spaced])
    c = Course(
        "Grief Work with Children",
        MERIDIAN,
        hours=1.5,
        approvals=[("ASWB ACE", "1833")],
        start=_d("2025-05-02"),
        end=_d("2025-05-02"),
        format="live interactive webinar",
        certificate_number="2025-00913",
    )
    page = plain(
        [
            (MERIDIAN, 14, True),
            ("Certificate", 20, True),
            (
                "This is to certify that Jordan Pierce attended Grief Work with Children on May 2, "
                "2025, a live interactive webinar, for 1.5 CE hours.",
                11,
                False,
            ),
            ("Certificate Serial No. 2025-00913", 10, False),
            ("Signed: Dr. Helen Marsh, Training Director", 10, False),
            (aswb(MERIDIAN, "1833"), 8, False),
        ]
    )
    yield Sample("m_attended_inline.pdf", to_pdf([page]), "completion", [c])
    page = plain(
        [
            ("Sagebrush Clinical Training Institute", 14, True),
            ("Payment confirmation", 18, True),
            ("Transaction ID: TX-9920-4471   Status: Completed", 11, False),
            (
                "Product: Brief Interventions for Alcohol Misuse (2.0 CE credits, certificate included)",
                11,
                False,
            ),
            ("Amount: 35.00 USD, charged to card ending 0218 on March 1, 2025", 11, False),
        ]
    )
    yield Sample("m_payment_completed.pdf", to_pdf([page]), "receipt")
    page = plain(
        [
            ("Meridian Counseling Education Group", 14, True),
            ("Enrollment confirmation", 18, True),
            (
                "You have enrolled in Trauma-Focused Care for Adolescents, an in-person training "
                "on September 12, 2025 in Reno, Nevada. Doors open at 8:30 am.",
                11,
                False,
            ),
            ("6 CE hours will be awarded to participants who attend the full day.", 10, False),
        ]
    )
    yield Sample("m_enrollment.pdf", to_pdf([page]), "registration")
    c = Course(
        "Assessing Risk in Intimate Partner Violence",
        MERIDIAN,
        hours=3.0,
        approvals=[("ASWB ACE", "1833")],
        start=_d("2025-04-11"),
        end=_d("2025-04-11"),
        format="in person",
    )
    honor = stack(
        [
            ("Meridian Counseling Education Group", 13, True),
            ("proudly recognizes", 11, False),
            ("Priscilla Nakamura, LCSW", 20, True),
            ("for the successful completion of", 11, False),
            ("Assessing Risk in Intimate Partner Violence", 16, True),
            ("April 11, 2025  |  In-person training  |  3 CE hours", 10, False),
        ],
        aswb(MERIDIAN, "1833"),
    )
    yield Sample("m_recognizes.pdf", to_pdf([honor]), "completion", [c])
    c_honor = c
    c = Course(
        "Medication Basics for Non-Prescribing Clinicians",
        SAGE,
        hours=2.0,
        approvals=[("NBCC ACEP", "5902")],
        start=_d("2025-01-17"),
        end=_d("2025-01-17"),
        format="on-demand",
        certificate_number="SCTI-11792",
    )
    cells, y = table(
        15,
        50,
        [60, 126],
        [
            ["Field", "Detail"],
            ["Participant", "Emeka Obi, LPC"],
            ["Course", "Medication Basics for Non-Prescribing Clinicians"],
            ["Completed", "01/17/2025"],
            ["Format", "On-demand video course"],
            ["CE hours", "2.0"],
            ["Certificate", "SCTI-11792"],
        ],
        10,
    )
    page = Page(
        [
            Text(15, 18, 186, SAGE, 13, True),
            Text(15, 30, 186, "Certificate of Completion", 18, True),
            *cells,
            Text(15, y + 8, 186, nbcc(SAGE, "5902"), 8),
        ]
    )
    yield Sample("m_two_column_table.pdf", to_pdf([page]), "completion", [c])
    if images:
        yield Sample(
            "m_scan_spaced_heading.pdf",
            scan(spaced, 46, angle=-0.7),
            "completion",
            [c_spaced],
            ocr=True,
        )
        yield Sample(
            "m_photo_recognizes.jpg",
            photo(honor, 47, angle=1.5, contrast=0.85),
            "completion",
            [c_honor],
            ocr=True,
        )


TIMBER = "Timberline Mental Health Training"


def _fifth_batch(images: bool) -> Iterator[Sample]:
    """Names that are no client's, written after the fourth round and scored before the next."""
    c = Course(
        "Sleep Disturbance After Trauma",
        TIMBER,
        hours=1.0,
        approvals=[("APA", None)],
        start=_d("2025-02-28"),
        end=_d("2025-02-28"),
        format="live interactive webinar",
        certificate_number="TMHT-0228-17",
    )
    page = plain(
        [
            (TIMBER, 14, True),
            ("Certificate of Completion", 20, True),
            (
                "This certificate is presented to Maya Rosenthal for completing Sleep Disturbance "
                "After Trauma, a live interactive webinar with Dr. Carl Jensen on February 28, 2025.",
                11,
                False,
            ),
            ("CE credits: 1.0   Certificate ID: TMHT-0228-17", 10, False),
            ("Maya Rosenthal - TMHT-0228-17", 8, False),
            (apa(TIMBER), 8, False),
        ]
    )
    yield Sample("m_name_inline.pdf", to_pdf([page]), "completion", [c])
    c = Course(
        "Family Systems Approaches to Addiction",
        TIMBER,
        hours=2.0,
        approvals=[("NBCC ACEP", "6011")],
        start=_d("2024-11-21"),
        end=_d("2024-11-21"),
        format="in person",
    )
    page = stack(
        [
            ("Timberline Mental Health Training congratulates", 12, False),
            ("Wendell Okafor", 20, True),
            ("on completing", 11, False),
            ("Family Systems Approaches to Addiction", 16, True),
            ("November 21, 2024  |  in person  |  2.0 clock hours", 10, False),
            ("Faculty: Rosa Delgado MSW LCSW", 10, False),
            ("Gloria Tran PhD", 10, False),
            ("Director of Continuing Education", 8, False),
        ],
        nbcc(TIMBER, "6011"),
    )
    yield Sample("m_congratulates.pdf", to_pdf([page]), "completion", [c])
    if images:
        yield Sample(
            "m_scan_congratulates.pdf",
            scan(page, 48, angle=0.9),
            "completion",
            [c],
            ocr=True,
        )


RIVERSTONE = "Riverstone Behavioral Institute"
CEDAR = "Cedar Point Counseling Collaborative"


def _sixth_batch() -> Iterator[Sample]:
    """Providers and approvals as they are worded elsewhere; scored before the next round."""
    c = Course(
        "Collaborative Documentation with Clients",
        RIVERSTONE,
        hours=1.0,
        approvals=[("NBCC ACEP", "6543")],
        start=_d("2025-03-25"),
        end=_d("2025-03-25"),
        format="on-demand",
        certificate_number="RBI-55012",
    )
    page = stack(
        [
            ("Certificate of Completion", 24, True),
            ("This certifies that", 11, False),
            ("Tobias Wainwright, LPC", 20, True),
            ("has completed the self-paced course", 11, False),
            ("Collaborative Documentation with Clients", 16, True),
            ("Completed 03/25/2025  |  1.0 clock hour  |  Certificate # RBI-55012", 10, False),
        ],
        "This program is offered by an NBCC Approved Continuing Education Provider (ACEP) "
        "No. 6543. (c) 2025 Riverstone Behavioral Institute. All rights reserved.",
    )
    yield Sample("m_copyright_provider.pdf", to_pdf([page]), "completion", [c])
    c = Course(
        "Working with Interpreters in Therapy",
        CEDAR,
        hours=1.5,
        approvals=[("NBCC ACEP", "7702")],
        start=_d("2025-01-31"),
        end=_d("2025-01-31"),
        format="live interactive webinar",
    )
    page = plain(
        [
            ("January 31, 2025", 10, False),
            ("CEDAR POINT COUNSELING COLLABORATIVE", 14, True),
            ("Certificate of Attendance", 20, True),
            ("Participant: Imani Booker, NCC", 11, False),
            ("Webinar: Working with Interpreters in Therapy", 11, False),
            ("Live interactive webinar, 1.5 clock hours", 11, False),
            (
                "Cedar Point Counseling Collaborative is an NBCC Approved Provider No. 7702.",
                8,
                False,
            ),
        ]
    )
    yield Sample("m_letterhead_caps.pdf", to_pdf([page]), "completion", [c])
