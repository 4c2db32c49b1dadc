"""Write the fresh held-out set: bench/certificates/heldout/, each file with <name>.json beside.

    .venv/bin/python -m bench.certificates.make_heldout

Written before looking at how the reader reads fields, in layouts and wording the tuning and
first held-out sets never use: NBCC, ASWB, APA, NYSED and state-board statements as providers
print them, per-board hour lines and tables, CEUs, minutes, date ranges, transcripts over two
pages, a letter dated after the course, a case-consultation form, scans (one stored sideways),
phone photos (skewed, faded, EXIF-turned) and a website screenshot. The expected fields are
typed here by hand from what each page says. The files are checked in so every run reads the
same bytes; regenerate only to make a new set (and then score it blind again).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.certificates import heldout_pages as lay
from bench.certificates.page import photo, scan, to_image, to_pdf

OUT = Path(__file__).resolve().parent / "heldout"


def course(title: str, provider: str, **fields: object) -> dict:
    """One expected course: every field the page does not state is None or empty."""
    base: dict = {
        "title": title,
        "provider": provider,
        "hours": None,
        "ceus": None,
        "hours_by_board": {},
        "approvals": [],
        "start": None,
        "end": None,
        "format": None,
        "certificate_number": None,
    }
    assert set(fields) <= set(base), set(fields) - set(base)
    return base | fields


def expect(kind: str, *courses: dict, client: bool = False) -> dict:
    return {"kind": kind, "names_a_client": client, "courses": list(courses)}


WELLSPRING = "Wellspring Clinical Education"
BLUE_HERON = "Blue Heron Behavioral Institute"
SUMMIT = "Summit Psychological Continuing Education, LLC"
HUDSON = "Hudson Valley Counseling Academy"
CASCADIA = "Cascadia Trauma Training Collaborative"
LAKESHORE = "Lakeshore Center for Family Therapy"
PRAIRIE = "Prairie Mental Health Training Network"
NORTHWOODS = "Northwoods Institute for Trauma Recovery"
RIVERSTONE = "Riverstone Addiction Studies"
OPEN_DOOR = "Open Door Clinical Learning"
EVERMORE = "Evermore CE Online"
MAGNOLIA = "Magnolia Women's Mental Health Institute"
FLORIDA = "Florida Board of Clinical Social Work, Marriage and Family Therapy and Mental Health Counseling"
ILLINOIS = "Illinois Department of Financial and Professional Regulation"


def nbcc(provider: str, number: str) -> str:
    return (
        f"{provider} has been approved by NBCC as an Approved Continuing Education Provider, ACEP "
        f"No. {number}. Programs that do not qualify for NBCC credit are clearly identified. "
        f"{provider} is solely responsible for all aspects of the programs."
    )


def aswb_long(provider: str, number: str, credits: str) -> str:
    return (
        f"{provider}, #{number}, is approved to offer social work continuing education by the "
        "Association of Social Work Boards (ASWB) Approved Continuing Education (ACE) program. "
        "Organizations, not individual courses, are approved as ACE providers. State and "
        "provincial regulatory boards have the final authority to determine whether an individual "
        f"course may be accepted for continuing education credit. {provider} maintains "
        "responsibility for this course. ACE provider approval period: 08/15/2023 – 08/15/2026. "
        f"Social workers completing this course receive {credits} continuing education credits."
    )


def aswb_short(provider: str, number: str) -> str:
    return (
        f"{provider}, #{number}, is approved to offer social work continuing education by the "
        "Association of Social Work Boards (ASWB) Approved Continuing Education (ACE) program."
    )


def apa(provider: str) -> str:
    return (
        f"{provider} is approved by the American Psychological Association to sponsor continuing "
        f"education for psychologists. {provider} maintains responsibility for this program and "
        "its content."
    )


def text_pdfs() -> Iterator[tuple[str, bytes, dict]]:
    yield (
        "nbcc_award.pdf",
        to_pdf([lay.award_nbcc(NBCC_AWARD)]),
        expect(
            "completion",
            course(
                "Assessing Lethality in Intimate Partner Violence",
                WELLSPRING,
                hours=3.0,
                approvals=[["NBCC ACEP", "6712"]],
                start="2024-11-14",
                end="2024-11-14",
                format="live interactive webinar",
                certificate_number="WCE-2411-0387",
            ),
        ),
    )
    yield (
        "aswb_letter.pdf",
        to_pdf([lay.letter_aswb(ASWB_LETTER)]),
        expect(
            "completion",
            course(
                "Documentation and Risk Management in Telehealth",
                BLUE_HERON,
                hours=3.0,
                approvals=[["ASWB ACE", "1763"]],
                start="2025-04-11",
                end="2025-04-11",
                format="live interactive webinar",
                certificate_number="BH-7Q2K9",
            ),
        ),
    )
    yield (
        "apa_sidebar.pdf",
        to_pdf([lay.sidebar_apa(APA_SIDEBAR)]),
        expect(
            "completion",
            course(
                "Exposure and Response Prevention for OCD",
                SUMMIT,
                hours=1.5,
                approvals=[["APA", None]],
                start="2025-02-27",
                end="2025-02-27",
                format="on-demand",
                certificate_number="SPCE-55821",
            ),
        ),
    )
    yield ("nysed_form.pdf", to_pdf([lay.form_nysed(NYSED_FORM)]), NYSED_EXPECTED)
    yield ("board_line.pdf", to_pdf([lay.board_line_award(BOARD_LINE)]), BOARD_LINE_EXPECTED)
    yield ("board_table.pdf", to_pdf([lay.credit_table(BOARD_TABLE)]), BOARD_TABLE_EXPECTED)
    yield ("ceus_bare.pdf", to_pdf([lay.participation(CEUS_BARE)]), CEUS_BARE_EXPECTED)
    yield (
        "ceus_with_hours.pdf",
        to_pdf([lay.participation(CEUS_HOURS)]),
        expect(
            "completion",
            course(
                "EMDR: Resource Development and Installation",
                NORTHWOODS,
                hours=12.0,
                ceus=1.2,
                approvals=[["NBCC ACEP", "5120"]],
                start="2024-09-12",
                end="2024-09-13",
                format="in person",
            ),
        ),
    )
    yield (
        "minutes_series.pdf",
        to_pdf([lay.participation(MINUTES_SERIES)]),
        expect(
            "completion",
            course(
                "Harm Reduction Approaches to Opioid Use",
                RIVERSTONE,
                hours=2.5,
                approvals=[["ASWB ACE", "1690"]],
                start="2025-04-28",
                end="2025-05-02",
                format="live interactive webinar",
                certificate_number="RAS-3391",
            ),
        ),
    )
    yield (
        "record_grid.pdf",
        to_pdf([lay.record_grid(RECORD_GRID)]),
        expect(
            "completion",
            course(
                "Working with Gender-Diverse Youth",
                OPEN_DOOR,
                hours=12.0,
                approvals=[["NBCC ACEP", "6890"]],
                start="2025-01-06",
                end="2025-02-24",
                format="live interactive webinar",
                certificate_number="GDY-8821",
            ),
        ),
    )
    yield ("transcript.pdf", to_pdf(lay.transcript(TRANSCRIPT)), TRANSCRIPT_EXPECTED)
    yield (
        "transcript_two_pages.pdf",
        to_pdf(lay.transcript(TRANSCRIPT_LONG)),
        TRANSCRIPT_LONG_EXPECTED,
    )
    yield ("registration.pdf", to_pdf([lay.notice(REGISTRATION)]), expect("registration"))
    yield ("receipt.pdf", to_pdf([lay.notice(RECEIPT)]), expect("receipt"))
    yield ("supervision_agreement.pdf", to_pdf([lay.notice(AGREEMENT)]), expect("unrelated"))
    yield ("case_consultation.pdf", to_pdf([lay.form_nysed(CONSULT)]), CONSULT_EXPECTED)
    yield ("award_signatures.pdf", to_pdf([lay.award_signatures(SIGNED)]), SIGNED_EXPECTED)


def images() -> Iterator[tuple[str, bytes, dict]]:
    yield (
        "scan_award.pdf",
        scan(lay.award_nbcc(NBCC_AWARD_2), 11, angle=1.2),
        expect(
            "completion",
            course(
                "Couples Therapy After Infidelity",
                WELLSPRING,
                hours=2.0,
                approvals=[["NBCC ACEP", "6712"]],
                start="2025-03-21",
                end="2025-03-21",
                format="in person",
                certificate_number="WCE-2503-0112",
            ),
        ),
    )
    yield (
        "scan_sideways.pdf",
        scan(lay.board_line_award(BOARD_LINE), 12, angle=-0.8, rotate_page=90),
        BOARD_LINE_EXPECTED,
    )
    yield (
        "scan_board_table.pdf",
        scan(lay.credit_table(BOARD_TABLE), 13, angle=2.0),
        BOARD_TABLE_EXPECTED,
    )
    yield (
        "photo_skewed_letter.jpg",
        photo(lay.letter_aswb(ASWB_LETTER_2), 14, angle=5.5, tilt=0.04),
        expect(
            "completion",
            course(
                "Psychopharmacology Update for Non-Prescribers",
                BLUE_HERON,
                hours=6.0,
                approvals=[["ASWB ACE", "1763"]],
                start="2025-01-17",
                end="2025-01-17",
                format="in person",
                certificate_number="BH-3M8T1",
            ),
        ),
    )
    yield (
        "photo_faded_sidebar.jpg",
        photo(lay.sidebar_apa(APA_SIDEBAR_2), 15, angle=-2.0, contrast=0.45),
        expect(
            "completion",
            course(
                "Acceptance and Commitment Therapy for Chronic Pain",
                SUMMIT,
                hours=4.0,
                approvals=[["APA", None]],
                start="2024-12-09",
                end="2024-12-09",
                format="live interactive webinar",
                certificate_number="SPCE-49017",
            ),
        ),
    )
    yield (
        "photo_exif_turned.jpg",
        photo(lay.form_nysed(NYSED_FORM), 16, angle=1.5, exif_turn=90),
        NYSED_EXPECTED,
    )
    yield (
        "photo_ceus.jpg",
        photo(lay.participation(CEUS_BARE), 17, angle=-3.5, tilt=0.02),
        CEUS_BARE_EXPECTED,
    )
    yield (
        "portal_screenshot.png",
        _png(lay.portal(PORTAL)),
        expect(
            "completion",
            course(
                "Trauma-Informed Supervision of Interns",
                EVERMORE,
                hours=2.0,
                start="2025-05-12",
                end="2025-05-12",
                format="on-demand",
                certificate_number="EV-25-0402",
            ),
        ),
    )


def _png(page) -> bytes:
    import io

    out = io.BytesIO()
    to_image(page, 110).save(out, "PNG", optimize=True)
    return out.getvalue()


def write(out: Path = OUT) -> list[Path]:
    """Write every file and its expected fields; returns the files' paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for ocr, made in ((False, text_pdfs()), (True, images())):
        for name, data, expected in made:
            (out / name).write_bytes(data)
            (out / f"{name}.json").write_text(json.dumps(expected | {"ocr": ocr}, indent=1) + "\n")
            paths.append(out / name)
    return paths


# ----------------------------------------------------------------- what each page says

NBCC_AWARD = {
    "number": "WCE-2411-0387",
    "who": "Marcus Oyelaran, LPC, NCC",
    "title": "Assessing Lethality in Intimate Partner Violence",
    "line": "Program date: November 14, 2024  ·  3.0 contact hours  ·  Live interactive webinar",
    "signer": "Elaine Foster, PhD, LPC",
    "provider": WELLSPRING,
    "statement": nbcc(WELLSPRING, "6712"),
}
NBCC_AWARD_2 = NBCC_AWARD | {
    "number": "WCE-2503-0112",
    "who": "Jamal Whitaker, LMFT",
    "title": "Couples Therapy After Infidelity",
    "line": "Program date: March 21, 2025  ·  2.0 contact hours  ·  In-person workshop",
}
ASWB_LETTER = {
    "provider": BLUE_HERON,
    "address": "410 Alder Way, Suite 200 · Eugene, OR 97401 · (541) 555-0142",
    "letter_date": "May 2, 2025",
    "salutation": "Dear Ms. Castillo,",
    "body": (
        "Thank you for attending Documentation and Risk Management in Telehealth, presented as a "
        "live interactive webinar on April 11, 2025 (9:00 a.m. – 12:00 p.m. PT). Our records "
        "show that you attended the full program and completed the evaluation. You have earned "
        "3 continuing education credits."
    ),
    "statement": aswb_long(BLUE_HERON, "1763", "3"),
    "number": "BH-7Q2K9",
    "signer": "Tomás Reyes, LCSW",
}
ASWB_LETTER_2 = ASWB_LETTER | {
    "letter_date": "February 3, 2025",
    "salutation": "Dear Dr. Kowalczyk,",
    "body": (
        "Thank you for attending Psychopharmacology Update for Non-Prescribers, held in person at "
        "our Eugene training center on January 17, 2025. Our records show that you attended the "
        "full day and completed the evaluation. You have earned 6 continuing education credits."
    ),
    "statement": aswb_long(BLUE_HERON, "1763", "6"),
    "number": "BH-3M8T1",
}
APA_SIDEBAR = {
    "who": "Hannah Kowalczyk, PsyD",
    "title": "Exposure and Response Prevention for OCD",
    "rows": [
        ("Date completed", "02/27/2025"),
        ("CE credits", "1.5"),
        ("Format", "On-demand video"),
        ("Certificate #", "SPCE-55821"),
    ],
    "provider": SUMMIT,
    "statement": apa(SUMMIT),
}
APA_SIDEBAR_2 = APA_SIDEBAR | {
    "who": "Renée Castillo, LCSW",
    "title": "Acceptance and Commitment Therapy for Chronic Pain",
    "rows": [
        ("Date completed", "12/09/2024"),
        ("CE credits", "4.0"),
        ("Format", "Live interactive webinar"),
        ("Certificate #", "SPCE-49017"),
    ],
}
NYSED_FORM = {
    "provider": HUDSON,
    "rows": [
        ["Participant", "Jamal Whitaker, LMHC"],
        ["Program title", "Recognizing and Reporting Child Abuse and Maltreatment"],
        ["Date of program", "03/14/2025"],
        ["Contact hours", "2"],
        ["Format", "In-person"],
        ["Certificate number", "HVCA-25-0142"],
    ],
    "statements": [
        f"{HUDSON} is recognized by the New York State Education Department's State Board for "
        "Social Work as an approved provider of continuing education for licensed social "
        "workers #SW-0662.",
        f"{HUDSON} is recognized by the New York State Education Department's State Board for "
        "Mental Health Practitioners as an approved provider of continuing education for licensed "
        "mental health counselors. #MHC-0305.",
    ],
    "footer": "Keep this certificate for six years. Hudson Valley Counseling Academy · Kingston, NY",
}
NYSED_EXPECTED = expect(
    "completion",
    course(
        "Recognizing and Reporting Child Abuse and Maltreatment",
        HUDSON,
        hours=2.0,
        approvals=[["NYSED", "SW-0662"], ["NYSED", "MHC-0305"]],
        start="2025-03-14",
        end="2025-03-14",
        format="in person",
        certificate_number="HVCA-25-0142",
    ),
)
BOARD_LINE = {
    "who": "Renée Castillo, LCSW",
    "title": "Acceptance and Commitment Therapy for Chronic Pain:\nValues, Willingness and Flexible Attention",
    "provider": CASCADIA,
    "dates": "Dates attended: January 23–24, 2025",
    "hours": "ASWB 6.0 CE / NBCC 6.0 clock hours / APA 6.0 credits",
    "number": "CTTC-0124-118",
    "statements": [
        aswb_short(CASCADIA, "1871"),
        f"{CASCADIA} has been approved by NBCC as an Approved Continuing Education Provider, "
        "ACEP No. 4471.",
        f"{CASCADIA} is approved by the American Psychological Association to sponsor "
        "continuing education for psychologists.",
    ],
}
BOARD_LINE_EXPECTED = expect(
    "completion",
    course(
        "Acceptance and Commitment Therapy for Chronic Pain: Values, Willingness and Flexible Attention",
        CASCADIA,
        hours_by_board={"ASWB ACE": 6.0, "NBCC ACEP": 6.0, "APA": 6.0},
        approvals=[["ASWB ACE", "1871"], ["NBCC ACEP", "4471"], ["APA", None]],
        start="2025-01-23",
        end="2025-01-24",
        certificate_number="CTTC-0124-118",
    ),
)
BOARD_TABLE = {
    "provider": LAKESHORE,
    "rows": [
        ("Participant", "Jamal Whitaker, LMFT"),
        ("Course", "Couples Therapy After Infidelity"),
        ("Completed", "12/06/2024"),
        ("Delivery", "In person"),
    ],
    "credits": [
        ["Approval", "Credit type", "Awarded"],
        ["ASWB ACE #1544", "Social work CE", "2.0"],
        ["NBCC ACEP #7016", "NBCC clock hours", "2.0"],
        ["NYSED SW #SW-0718", "Contact hours", "2.0"],
    ],
    "note": "Credit is awarded only for full attendance. Partial credit is not available.",
    "signer": "Lakeshore Center for Family Therapy, CE Committee",
}
BOARD_TABLE_EXPECTED = expect(
    "completion",
    course(
        "Couples Therapy After Infidelity",
        LAKESHORE,
        hours_by_board={"ASWB ACE": 2.0, "NBCC ACEP": 2.0, "NYSED": 2.0},
        approvals=[["ASWB ACE", "1544"], ["NBCC ACEP", "7016"], ["NYSED", "SW-0718"]],
        start="2024-12-06",
        end="2024-12-06",
        format="in person",
    ),
)
CEUS_BARE = {
    "provider": PRAIRIE,
    "heading": "Certificate of Participation",
    "who": "Renée Castillo",
    "title": "Neurodiversity-Affirming Assessment of Adults",
    "lines": ["Date: 10/03/2024", "Credit: 0.3 CEUs"],
    "statement": (
        f"{PRAIRIE} is a licensed continuing education sponsor of the {ILLINOIS}, "
        "license #159.001452."
    ),
}
CEUS_BARE_EXPECTED = expect(
    "completion",
    course(
        "Neurodiversity-Affirming Assessment of Adults",
        PRAIRIE,
        ceus=0.3,
        approvals=[[ILLINOIS, "159.001452"]],
        start="2024-10-03",
        end="2024-10-03",
    ),
)
CEUS_HOURS = {
    "provider": NORTHWOODS,
    "heading": "Certificate of Completion",
    "who": "Marcus Oyelaran, LPC",
    "title": "EMDR: Resource Development and Installation",
    "lines": [
        "Training dates: September 12–13, 2024",
        "Live, in-person training",
        "1.2 CEUs (12 contact hours)",
    ],
    "statement": nbcc(NORTHWOODS, "5120"),
}
MINUTES_SERIES = {
    "provider": RIVERSTONE,
    "heading": "Certificate of Completion",
    "who": "Hannah Kowalczyk, PsyD",
    "title": "Harm Reduction Approaches to Opioid Use",
    "lines": [
        "A five-part live interactive webinar series",
        "Sessions: April 28 – May 2, 2025",
        "Total instructional time: 150 minutes",
        "Certificate code: RAS-3391",
    ],
    "statement": aswb_short(RIVERSTONE, "1690"),
}
RECORD_GRID = {
    "provider": OPEN_DOOR,
    "cells": [
        ("Learner", "Marcus Oyelaran"),
        ("Record ID", "GDY-8821"),
        ("Course", "Working with Gender-Diverse Youth"),
        ("Delivery", "Live interactive webinar"),
        ("Start date", "2025-01-06"),
        ("End date", "2025-02-24"),
        ("Credit hours", "12.0"),
        ("Status", "Completed"),
    ],
    "statement": f"{OPEN_DOOR} is an NBCC Approved Continuing Education Provider (ACEP™) No. 6890.",
}
_EV = [
    ("02/09/2024", "Ethical Decision-Making in Rural Practice", "On-demand", "3.0", "EV-24-0193"),
    (
        "04/17/2024",
        "Psychopharmacology Update for Non-Prescribers",
        "Live webinar",
        "6.0",
        "EV-24-0561",
    ),
    (
        "06/02/2024",
        "Boundaries and Self-Disclosure in Supervision",
        "On-demand",
        "2.0",
        "EV-24-0877",
    ),
    (
        "09/21/2024",
        "Eating Disorders: Medical Complications and Levels of Care",
        "Live webinar",
        "4.5",
        "EV-24-1210",
    ),
    (
        "11/30/2024",
        "Collaborative Documentation in Community Mental Health",
        "On-demand",
        "1.5",
        "EV-24-1488",
    ),
]
TRANSCRIPT = {
    "provider": EVERMORE,
    "heading": "Learner Transcript",
    "meta": "Name: Marcus Oyelaran    Report period: 01/01/2024 – 12/31/2024    Printed: 01/15/2025",
    "columns": ["Completed", "Course title", "Format", "CE hrs", "Certificate"],
    "widths": [24, 86, 26, 16, 34],
    "pages": [[list(r) for r in _EV]],
    "total": "Total CE hours in period: 17.0",
    "statement": f"{EVERMORE} has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. 7233.",
}
TRANSCRIPT_EXPECTED = expect(
    "transcript",
    *[
        course(
            title,
            EVERMORE,
            hours=float(hours),
            approvals=[["NBCC ACEP", "7233"]],
            start=f"{d[6:]}-{d[:2]}-{d[3:5]}",
            end=f"{d[6:]}-{d[:2]}-{d[3:5]}",
            format={"On-demand": "on-demand", "Live webinar": "live interactive webinar"}[fmt],
            certificate_number=number,
        )
        for d, title, fmt, hours, number in _EV
    ],
)
_HV = [
    ("HV-301", "Ethics and Boundaries in Rural Communities", "3", "Mar 5, 2024", "2024-03-05"),
    (
        "HV-114",
        "Motivational Interviewing for Co-occurring Disorders",
        "6",
        "Apr 12, 2024",
        "2024-04-12",
    ),
    ("HV-220", "Play Therapy Techniques for Young Children", "3", "May 9, 2024", "2024-05-09"),
    ("HV-415", "Clinical Work with Older Adults and Caregivers", "2", "Jul 18, 2024", "2024-07-18"),
    (
        "HV-118",
        "Suicide Prevention: Assessment and Safety Planning",
        "3",
        "Sep 6, 2024",
        "2024-09-06",
    ),
    (
        "HV-502",
        "Cultural Responsiveness with Immigrant Families",
        "1.5",
        "Oct 22, 2024",
        "2024-10-22",
    ),
    ("HV-233", "Treating Hoarding Disorder", "2.5", "Dec 3, 2024", "2024-12-03"),
]
TRANSCRIPT_LONG = {
    "provider": HUDSON,
    "heading": "Continuing Education Transcript",
    "meta": "Licensee: Jamal Whitaker, LMHC    Transcript period: 01/01/2024 – 12/31/2024",
    "columns": ["Course ID", "Title", "Hours", "Date completed"],
    "widths": [22, 110, 18, 36],
    "pages": [[list(r[:4]) for r in _HV[:4]], [list(r[:4]) for r in _HV[4:]]],
    "total": "Total hours: 21",
    "statement": NYSED_FORM["statements"][1],
}
TRANSCRIPT_LONG_EXPECTED = expect(
    "transcript",
    *[
        course(
            title,
            HUDSON,
            hours=float(hours),
            approvals=[["NYSED", "MHC-0305"]],
            start=iso,
            end=iso,
        )
        for _, title, hours, _, iso in _HV
    ],
)
REGISTRATION = {
    "from": LAKESHORE,
    "heading": "Registration confirmed",
    "paragraphs": [
        "Hi Jamal, you're registered for Couples Therapy After Infidelity: Part II.",
        "When: Friday, June 20, 2025, 9:00 AM – 4:00 PM CT",
        "Where: Lakeshore Center for Family Therapy, 225 N. Michigan Ave, Chicago, IL",
        "CE: 6.0 contact hours (ASWB ACE, NBCC). Your certificate will be emailed after the "
        "workshop once you complete the evaluation.",
        "Order #LC-55012 · Paid $149.00",
    ],
}
RECEIPT = {
    "from": EVERMORE,
    "heading": "Receipt #2231-9904",
    "paragraphs": ["Date paid: May 3, 2025", "Payment method: Mastercard •••• 1881"],
    "rows": [
        ["Item", "Amount"],
        ["Annual unlimited CE subscription", "$129.00"],
        ["Ethical Decision-Making in Rural Practice (3.0 CE)", "included"],
        ["Total paid", "$129.00"],
    ],
}
AGREEMENT = {
    "from": "Riverside Family Services",
    "heading": "Clinical Supervision Agreement",
    "paragraphs": [
        "This agreement is between Dana Price, LCSW-S (supervisor) and Jamal Whitaker, LMSW "
        "(supervisee), effective January 6, 2025 through January 5, 2026.",
        "Supervision meets weekly for one hour, individually, plus two hours of group "
        "supervision each month. The supervisee keeps a log of supervision hours for the board.",
        "Either party may end this agreement with 30 days' written notice.",
    ],
}
CONSULT = {
    "provider": CASCADIA,
    "rows": [
        ["Attendee", "Hannah Kowalczyk, PsyD"],
        ["Program title", "Monthly DBT Case Consultation"],
        ["Date", "03/19/2025"],
        ["Duration", "90 minutes"],
        ["Facilitator", "Ana Whitlock, PhD"],
        [
            "Case discussed",
            "Client initials T.M., a 16-year-old with recurrent self-harm and school refusal; "
            "reviewed the chain analysis and parent coaching plan.",
        ],
    ],
    "statements": [],
    "footer": "Clinical Case Consultation — Verification of Attendance",
}
CONSULT_EXPECTED = expect(
    "completion",
    course(
        "Monthly DBT Case Consultation",
        CASCADIA,
        hours=1.5,
        start="2025-03-19",
        end="2025-03-19",
    ),
    client=True,
)
SIGNED = {
    "provider": MAGNOLIA,
    "who": "Renée Castillo, LCSW",
    "title": [
        "Perinatal Loss and Reproductive Trauma:",
        "Assessment and Treatment Across the Lifespan",
    ],
    "held": "Held in person in Tampa, Florida on March 7, 2025",
    "hours": "Hours of instruction: 4.0",
    "sign_left": "Priscilla Huang, PhD\nPresenter",
    "sign_right": "Gregory Adler, LCSW\nCE Director",
    "statement": f"{MAGNOLIA} is an approved provider of the {FLORIDA}, provider #50-28731.",
}
SIGNED_EXPECTED = expect(
    "completion",
    course(
        "Perinatal Loss and Reproductive Trauma: Assessment and Treatment Across the Lifespan",
        MAGNOLIA,
        hours=4.0,
        approvals=[[FLORIDA, "50-28731"]],
        start="2025-03-07",
        end="2025-03-07",
        format="in person",
    ),
)
PORTAL = {
    "site": EVERMORE,
    "card": [
        ("Certificate of Completion", 20, True),
        ("Jamal Whitaker", 14, True),
        ("has completed", 10, False),
        ("Trauma-Informed Supervision of Interns", 14, True),
        ("Completed May 12, 2025  ·  2 CE hours  ·  On-demand", 10, False),
        ("Certificate ID EV-25-0402", 9, False),
    ],
    "footer": "© 2025 Evermore CE Online · Privacy · Terms · Help center",
}


if __name__ == "__main__":
    written = write()
    total = sum(p.stat().st_size for p in written)
    print(f"{len(written)} files, {total / 1e6:.2f} MB, in {OUT}")
