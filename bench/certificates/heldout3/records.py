"""Text PDFs that are not a single certificate: a transcript, a registration, a receipt, a consult."""

from __future__ import annotations

from datetime import date

from bench.certificates.heldout3.course import GREY, LETTER, NAVY, TEAL, WINE, Certificate, Course
from bench.certificates.heldout3.draw import Page, wrap


def transcript_table() -> Certificate:
    """A provider's transcript: one table row per course, a total, the ACE statement once below."""
    p = Page(*LETTER)
    prov = "Copperline Learning"
    p.text(18, 22, "Copperline Learning", 18, style="B", colour=TEAL)
    p.text(p.w - 18, 22, "Continuing Education Transcript", 12, align="R")
    p.line(18, 26, p.w - 18, 26, width=0.5, colour=TEAL)
    p.text(18, 36, "Learner: Dmitri Vasquez-Lund, LCSW", 10)
    p.text(18, 42, "Learner ID: 208-55713", 10)
    p.text(p.w - 18, 36, "Generated 05/20/2025", 9, align="R", colour=GREY)
    p.text(p.w - 18, 42, "Period: 01/01/2025 – 05/20/2025", 9, align="R", colour=GREY)
    rows = (
        (
            "01/14/2025",
            "Suicide Risk Assessment and Safety Planning",
            "Live interactive webinar",
            3.0,
            "CL-250114-22",
        ),
        (
            "02/03/2025",
            "Clinical Supervision: Giving Feedback That Lands",
            "On-demand",
            2.0,
            "CL-250203-07",
        ),
        (
            "03/18/2025",
            "Trauma-Focused CBT with Adolescents",
            "Live interactive webinar",
            6.0,
            "CL-250318-41",
        ),
        (
            "05/02/2025",
            "Cultural Humility in Telehealth Practice",
            "On-demand",
            1.5,
            "CL-250502-13",
        ),
    )
    cols = (18, 40, 112, 152, 168, p.w - 18)
    top = 52
    p.box(cols[0], top, cols[-1] - cols[0], 8, colour=None, fill=(220, 236, 236))
    for x, head in zip(
        cols, ("Completed", "Course title", "Format", "Hours", "Certificate #"), strict=False
    ):
        p.text(x + 1.5, top + 5.5, head, 8, style="B")
    y: float = top + 8
    for done, title, fmt, hours, number in rows:
        lines = wrap(title, cols[2] - cols[1] - 3, 8.5)
        height = 4 + 4.2 * len(lines)
        p.text(cols[0] + 1.5, y + 5.5, done, 8.5)
        for i, line in enumerate(lines):
            p.text(cols[1] + 1.5, y + 5.5 + 4.2 * i, line, 8.5)
        p.text(cols[2] + 1.5, y + 5.5, fmt, 8)
        p.text(cols[4] - 3, y + 5.5, f"{hours:.1f}", 8.5, align="R")
        p.text(cols[4] + 1.5, y + 5.5, number, 8)
        y += height
        p.line(cols[0], y, cols[-1], y, width=0.15, colour=GREY)
    p.text(cols[2] + 1.5, y + 6, "Total", 9, style="B")
    p.text(cols[4] - 3, y + 6, "12.5", 9, style="B", align="R")
    p.para(
        18,
        y + 20,
        p.w - 36,
        f"{prov}, provider #1388, is approved as an ACE provider to offer social work continuing "
        "education by the Association of Social Work Boards (ASWB) Approved Continuing Education "
        "(ACE) program. Regulatory boards are the final authority on courses accepted for "
        "continuing education credit. ACE provider approval period: 09/01/2023 – 09/01/2026. "
        "Each course above earned the clinical social work hours shown.",
        8,
        colour=GREY,
    )
    p.text(
        18,
        262,
        "This transcript lists courses completed through Copperline Learning only.",
        7.5,
        colour=GREY,
    )
    courses = tuple(
        Course(
            title=title,
            provider=prov,
            start=date(int(done[6:]), int(done[:2]), int(done[3:5])),
            hours=hours,
            approvals=(("ASWB ACE", "1388"),),
            format=fmt.lower(),
            certificate_number=number,
        )
        for done, title, fmt, hours, number in rows
    )
    return Certificate(
        "transcript_table.pdf",
        "provider transcript, four courses in a table with format and certificate columns",
        p,
        kind="transcript",
        courses=courses,
    )


def registration_future() -> Certificate:
    """An e-mailed registration confirmation for a course six weeks after the reading day."""
    p = Page(*LETTER)
    p.text(20, 24, "Redwood Coast Psychotherapy Training", 14, style="B", colour=WINE)
    p.text(20, 40, "You're registered!", 22, style="B")
    p.text(20, 50, "Order RCPT-77310 · Confirmation sent 05/22/2025", 9, colour=GREY)
    y = p.para(
        20,
        64,
        p.w - 40,
        "Hi Noor, thank you for registering. Your seat is confirmed for the training below. The "
        "Zoom link will be emailed 24 hours before the start time.",
        10.5,
    )
    rows = (
        ("Course", "Internal Family Systems: An Introduction for Clinicians"),
        ("Date", "Thursday, July 17, 2025, 9:00 AM – 4:00 PM Pacific"),
        ("Format", "Live interactive webinar (Zoom)"),
        ("CE credit available", "6.0 CE hours (ASWB ACE, NBCC, APA)"),
        ("Registrant", "Noor Al-Khatib, AMFT"),
    )
    y += 6
    for k, v in rows:
        p.text(20, y, k, 10, style="B")
        y = p.para(70, y, p.w - 90, v, 10.5) + 2
    p.para(
        20,
        y + 8,
        p.w - 40,
        "Your certificate of completion will be available in your account after you attend the "
        "full program and complete the course evaluation. Partial attendance is not eligible for "
        "CE credit. Cancellations made 7 or more days before the program are refunded in full.",
        9.5,
        colour=GREY,
    )
    return Certificate(
        "registration_future.pdf",
        "registration e-mail for a course on 2025-07-17 (after the reading day), CE hours offered",
        p,
        kind="registration",
    )


def payment_receipt() -> Certificate:
    """A paid invoice for a workshop, naming the course and its CE hours but certifying nothing."""
    p = Page(*LETTER)
    p.text(20, 26, "Longleaf Behavioral Institute", 15, style="B", colour=NAVY)
    p.text(20, 32, "2210 Hillsborough Street · Raleigh, NC 27607", 9, colour=GREY)
    p.text(p.w - 20, 26, "RECEIPT", 20, style="B", align="R")
    facts = (
        ("Invoice", "INV-2025-10482"),
        ("Date paid", "03/02/2025"),
        ("Paid by", "Visa ending 4417"),
    )
    y: float = 50
    for k, v in facts:
        p.text(p.w - 70, y, k, 9.5, colour=GREY)
        y = p.text(p.w - 20, y, v, 9.5, align="R")
    p.text(20, 50, "Billed to", 9.5, colour=GREY)
    p.text(20, 56, "Theodora Mwangi, LCMHC", 10.5)
    p.text(20, 61, "tmwangi@example.org", 10.5)
    top = 80
    p.box(20, top, p.w - 40, 8, colour=None, fill=(230, 232, 238))
    for x, head, align in ((22, "Description", "L"), (150, "Qty", "R"), (p.w - 22, "Amount", "R")):
        p.text(x, top + 5.5, head, 9, style="B", align=align)
    items = (
        ("Advanced DBT Skills: Chain Analysis Workshop (6 CE hours), 03/21/2025", "1", "$149.00"),
        ("Early registration discount", "1", "–$20.00"),
    )
    y = top + 8
    for desc, qty, amount in items:
        p.text(22, y + 6, desc, 9.5)
        p.text(150, y + 6, qty, 9.5, align="R")
        p.text(p.w - 22, y + 6, amount, 9.5, align="R")
        y += 9
        p.line(20, y, p.w - 20, y, width=0.15, colour=GREY)
    for k, v in (("Subtotal", "$129.00"), ("Tax", "$0.00"), ("Total paid", "$129.00")):
        y += 6
        p.text(150, y, k, 9.5, style="B" if k == "Total paid" else "", align="R")
        p.text(p.w - 22, y, v, 9.5, style="B" if k == "Total paid" else "", align="R")
    p.para(
        20,
        y + 16,
        p.w - 40,
        "This is a receipt for payment only and is not a certificate of attendance. Certificates "
        "are issued after the workshop once attendance and the evaluation are verified.",
        9,
        colour=GREY,
    )
    return Certificate(
        "payment_receipt.pdf",
        "invoice-style receipt with line items, a future workshop date and CE hours in a line item",
        p,
        kind="receipt",
    )


CLIENT_WORDS = (
    "Jordan",
    "Reyes",
    "27-year-old",
    "warehouse",
    "self-harm",
    "sertraline",
    "Elmhurst",
)


def grand_rounds_consult() -> Certificate:
    """A grand-rounds case-consultation attendance form whose case summary names the client."""
    p = Page(*LETTER)
    prov = "St. Brendan's Hospital Department of Psychiatry"
    title = "Psychiatry Grand Rounds: Complex Case Consultation"
    p.text(20, 24, "St. Brendan's Hospital", 15, font="serif", style="B", colour=NAVY)
    p.text(20, 30, "Department of Psychiatry · Graduate Medical & Professional Education", 9)
    p.text(20, 46, "GRAND ROUNDS — CASE CONSULTATION ATTENDANCE FORM", 12, style="B")
    rows = (
        ("Session", title),
        ("Date", "05/07/2025, 12:00–1:00 PM, Auditorium B"),
        ("Attendee", "Wilhelmina Oduya, LCSW"),
        ("Credit", "1.0 CE hour"),
        ("Presenter", "Dr. Anselm Greaves, MD, attending psychiatrist"),
    )
    y: float = 58
    for k, v in rows:
        p.text(20, y, k, 10, style="B")
        y = p.para(55, y, p.w - 75, v, 10.5) + 2.5
    p.text(20, y + 6, "Case summary (for discussion)", 10, style="B")
    summary = (
        "Client: Jordan Reyes, 27-year-old warehouse supervisor from Elmhurst, referred after a "
        "second inpatient admission for treatment-resistant depression and recurrent self-harm. "
        "Current medication: sertraline 200 mg. Discussion focused on coordinating outpatient "
        "DBT with family involvement and on safety planning at discharge."
    )
    y = p.para(20, y + 13, p.w - 40, summary, 10, lead=1.5)
    y = p.para(
        20,
        y + 8,
        p.w - 40,
        f"{prov} has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. "
        "6954. Programs that do not qualify for NBCC credit are clearly identified.",
        8.5,
        colour=GREY,
    )
    p.text(20, 230, "Attendee signature", 8.5, colour=GREY)
    p.text(24, 224, "W. Oduya", 13, font="serif", style="I")
    p.line(20, 226, 90, 226, width=0.3)
    p.text(120, 230, "CE office use: verified", 8.5, colour=GREY)
    course = Course(
        title=title,
        provider=prov,
        start=date(2025, 5, 7),
        hours=1.0,
        approvals=(("NBCC ACEP", "6954"),),
    )
    return Certificate(
        "grand_rounds_consult.pdf",
        "grand-rounds consultation form with a case summary naming a client",
        p,
        courses=(course,),
        names_a_client=True,
        client_words=CLIENT_WORDS,
    )
