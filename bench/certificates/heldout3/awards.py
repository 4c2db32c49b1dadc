"""Certificates of completion as text PDFs: awards, letters, forms, a per-board table."""

from __future__ import annotations

from datetime import date

from bench.certificates.heldout3.course import (
    FOREST,
    GOLD,
    GREY,
    LANDSCAPE,
    LETTER,
    NAVY,
    TEAL,
    WINE,
    Certificate,
    Course,
)
from bench.certificates.heldout3.draw import Page


def award_board_hours() -> Certificate:
    """Landscape award with a double frame, a per-board hour line and three approval statements."""
    p = Page(*LANDSCAPE)
    p.box(8, 8, p.w - 16, p.h - 16, width=1.6, colour=NAVY)
    p.box(12, 12, p.w - 24, p.h - 24, width=0.4, colour=GOLD)
    prov = "Bellweather Institute for Relational Therapy"
    title = "Working with Shame in Attachment-Focused Therapy"
    p.centre(30, prov.upper(), 11, style="B", colour=NAVY)
    p.centre(50, "Certificate of Completion", 32, font="serif", style="I", colour=NAVY)
    p.centre(64, "This certifies that", 12, font="serif")
    p.centre(80, "Renata Okonkwo-Hale, LCSW", 22, font="serif", style="B")
    p.line(70, 83, p.w - 70, 83, width=0.3, colour=GOLD)
    p.centre(93, "has successfully completed the live interactive webinar", 12, font="serif")
    p.centre(106, title, 17, font="serif", style="B")
    p.centre(117, "presented online on April 11, 2025", 12, font="serif")
    p.centre(128, "ASWB ACE 3.0 CE / NBCC 3.0 clock hours / APA 3.0 credits", 12, style="B")
    y: float = 140
    for s in (
        f"{prov}, #1427, is approved to offer social work continuing education by the Association "
        "of Social Work Boards (ASWB) Approved Continuing Education (ACE) program. Organizations, "
        "not individual courses, are approved as ACE providers. ACE provider approval period: "
        "02/14/2024 – 02/14/2027. Social workers completing this course receive 3.0 clinical "
        "continuing education credits.",
        f"{prov} has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. "
        "6548. Programs that do not qualify for NBCC credit are clearly identified.",
        f"{prov} is approved by the American Psychological Association to sponsor continuing "
        f"education for psychologists. {prov} maintains responsibility for this program and its "
        "content.",
    ):
        y = p.para(30, y, p.w - 60, s, 7.5, colour=GREY) + 1.5
    for x, name, role in (
        (40, "Hollis Marchetti, PhD", "Director of Education"),
        (p.w - 110, "Amaya Ferreira, LMFT", "CE Administrator"),
    ):
        p.text(x + 35, 186, name.split(",")[0], 14, font="serif", style="I", align="C")
        p.line(x, 189, x + 70, 189, width=0.3)
        p.text(x + 35, 194, f"{name}, {role}", 8, align="C")
    p.centre(198, "Certificate No. BIRT-25-04117", 8, colour=GREY)
    course = Course(
        title=title,
        provider=prov,
        start=date(2025, 4, 11),
        by_board={"ASWB ACE": 3.0, "NBCC ACEP": 3.0, "APA": 3.0},
        approvals=(("ASWB ACE", "1427"), ("NBCC ACEP", "6548"), ("APA", None)),
        format="live interactive webinar",
        certificate_number="BIRT-25-04117",
    )
    return Certificate(
        "award_board_hours.pdf",
        "landscape award, double frame, per-board hour line, ACE approval-period dates",
        p,
        courses=(course,),
    )


def letter_provider_number() -> Certificate:
    """A verification letter on letterhead, dated after the course, with an NBCC ACEP number."""
    p = Page(*LETTER)
    prov = "Greyhaven Behavioral Health Education"
    title = "Motivational Interviewing for Co-Occurring Disorders: Beyond the Basics"
    p.text(25, 25, prov, 16, font="serif", style="B", colour=FOREST)
    p.text(25, 31, "1180 Corliss Avenue, Suite 300 · Providence, RI 02904 · (401) 555-0187", 8.5)
    p.line(25, 34, p.w - 25, 34, width=0.6, colour=FOREST)
    y = p.text(25, 48, "May 6, 2025", 10.5)
    y = p.text(25, y + 4, "Thandiwe Brooks, LMHC", 10.5)
    y = p.text(25, y, "48 Wickenden Street, Apt. 2", 10.5)
    y = p.text(25, y, "Providence, RI 02906", 10.5)
    p.text(
        25,
        y + 5,
        "Re: Continuing education verification — reference GBHE-0425-066",
        10.5,
        style="B",
    )
    y = p.text(25, y + 15, "Dear Ms. Brooks,", 10.5)
    body = (
        f"This letter verifies that you attended and completed “{title}” on Friday, April 25, 2025, "
        "an in-person training held at the Greyhaven Learning Center in Providence, Rhode Island. "
        "Your attendance was confirmed by sign-in and sign-out sheets and a completed course "
        "evaluation. You have been awarded 6.0 contact hours for this training.",
        f"{prov} has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. "
        f"7341. Programs that do not qualify for NBCC credit are clearly identified. {prov} is "
        "solely responsible for all aspects of the programs.",
        "Please keep this letter for your records; we retain attendance records for seven years. "
        "If you have any questions, contact our office at ce@greyhaven-bhe.org.",
    )
    for s in body:
        y = p.para(25, y + 3, p.w - 50, s, 10.5, lead=1.5)
    y = p.text(25, y + 6, "Sincerely,", 10.5)
    p.text(25, y + 10, "Carmen Ibarra-Velez", 16, font="serif", style="I")
    y = p.text(25, y + 17, "Carmen Ibarra-Velez, LPC", 10.5)
    p.text(25, y, "Continuing Education Coordinator", 10.5)
    course = Course(
        title=title,
        provider=prov,
        start=date(2025, 4, 25),
        hours=6.0,
        approvals=(("NBCC ACEP", "7341"),),
        format="in person",
        certificate_number="GBHE-0425-066",
    )
    return Certificate(
        "letter_provider_number.pdf",
        "letter on letterhead, letter date after course date, NBCC ACEP number in prose",
        p,
        courses=(course,),
    )


def workshop_two_day() -> Certificate:
    """Header band, label/value details, a date range across two days, ASWB plus Ohio board."""
    p = Page(*LETTER)
    prov = "Scioto Valley Couples Institute"
    title = "Emotionally Focused Couples Therapy: Core Skills Intensive"
    board = "Ohio Counselor, Social Worker and Marriage and Family Therapist Board"
    p.box(0, 0, p.w, 42, colour=None, fill=TEAL)
    p.text(20, 20, prov, 20, style="B", colour=(255, 255, 255))
    p.text(20, 30, "Professional Training Programs · Columbus, Ohio", 10, colour=(220, 240, 240))
    p.text(20, 66, "Certificate of Participation", 24, font="serif")
    rows = (
        ("Participant", "Marcus Delacroix-Whitfield, LISW-S"),
        ("Workshop", title),
        ("Dates", "March 6–7, 2025"),
        ("Location", "Hilton Columbus at Easton, 3900 Chagrin Drive, Columbus, OH"),
        ("Instructional hours", "12.0 (6.0 each day; lunch and breaks excluded)"),
        ("Presenters", "Dr. Ilse Brandvold, PhD, LMFT and Kofi Mensah-Arthur, LPCC-S"),
    )
    y: float = 84
    for label, value in rows:
        p.text(20, y, label.upper(), 8, style="B", colour=TEAL)
        y = p.para(62, y, p.w - 82, value, 11) + 3
        p.line(20, y - 4.5, p.w - 20, y - 4.5, width=0.15, colour=GREY)
    y += 6
    for s in (
        f"{prov}, provider #1592, is approved as an ACE provider to offer social work continuing "
        "education by the Association of Social Work Boards (ASWB) Approved Continuing Education "
        "(ACE) program. Regulatory boards are the final authority on courses accepted for "
        "continuing education credit.",
        f"This program is approved by the {board}, Provider #RCX091702, for 12.0 clock hours of "
        "continuing education for counselors, social workers and marriage and family therapists.",
        "Full attendance of both days is required for credit. No partial credit is awarded.",
    ):
        y = p.para(20, y, p.w - 40, s, 8.5, colour=GREY) + 2
    p.text(20, 250, "Ilse Brandvold", 15, font="serif", style="I")
    p.line(20, 253, 90, 253, width=0.3)
    p.text(20, 258, "Training Director", 8.5)
    p.ring(p.w - 45, 246, 16, width=1.2, colour=TEAL)
    p.ring(p.w - 45, 246, 13, width=0.3, colour=TEAL)
    p.text(p.w - 45, 245, "SVCI", 11, style="B", align="C", colour=TEAL)
    p.text(p.w - 45, 250, "EST. 2009", 6, align="C", colour=TEAL)
    course = Course(
        title=title,
        provider=prov,
        start=date(2025, 3, 6),
        end=date(2025, 3, 7),
        hours=12.0,
        approvals=(("ASWB ACE", "1592"), (board, "RCX091702")),
        format="in person",
    )
    return Certificate(
        "workshop_two_day.pdf",
        "coloured header band, label/value rows, two-day range with an en dash, ASWB + Ohio board",
        p,
        courses=(course,),
    )


def minutes_on_demand() -> Certificate:
    """A self-paced course's completion record: duration in minutes, ISO date, APA sponsor."""
    p = Page(*LETTER)
    prov = "Chesapeake Bend Counseling Academy"
    title = "Grief After Overdose Loss: Supporting Bereaved Families"
    p.box(18, 18, p.w - 36, 14, colour=None, fill=WINE)
    p.text(
        24,
        27.5,
        "CHESAPEAKE BEND COUNSELING ACADEMY  |  ONLINE LEARNING",
        10,
        style="B",
        colour=(255, 255, 255),
    )
    p.text(24, 52, "Course Completion Record", 20, style="B", colour=WINE)
    p.text(24, 62, "Awarded to", 10, colour=GREY)
    p.text(24, 71, "Priya Raghunathan, PsyD", 16)
    p.text(24, 84, "Course", 10, colour=GREY)
    y = p.para(24, 93, p.w - 48, title, 14, style="B")
    facts = (
        ("Completed", "2025-02-19"),
        ("Duration", "90 minutes"),
        ("Format", "On-demand (self-paced recorded video with post-test)"),
        ("Post-test score", "92%"),
        ("Verification code", "CBCA-9F3K2Q"),
    )
    y += 6
    for k, v in facts:
        p.text(24, y, k, 10, colour=GREY)
        y = p.text(75, y, v, 10.5) + 1.5
    y = p.para(
        24,
        y + 8,
        p.w - 48,
        f"{prov} is approved by the American Psychological Association to sponsor continuing "
        f"education for psychologists. {prov} maintains responsibility for this program and its "
        "content. Psychologists receive credit for the full duration of the recorded program.",
        8.5,
        colour=GREY,
    )
    p.line(24, 250, p.w - 24, 250, width=0.2, colour=GREY)
    p.text(24, 256, "Verify this record at learn.chesapeakebend.org/verify", 8, colour=GREY)
    course = Course(
        title=title,
        provider=prov,
        start=date(2025, 2, 19),
        hours=1.5,
        approvals=(("APA", None),),
        format="on-demand",
        certificate_number="CBCA-9F3K2Q",
    )
    return Certificate(
        "minutes_on_demand.pdf",
        "record card with a coloured bar, 90 minutes, ISO date, post-test score, APA sponsor",
        p,
        courses=(course,),
    )


def ceu_bare() -> Certificate:
    """Only a CEU figure (no hours), a day-month-year date and an Alabama board number."""
    p = Page(*LANDSCAPE)
    prov = "Alder Ridge Professional Development"
    title = "Documentation and Medical Necessity for Behavioral Health"
    board = "Alabama State Board of Social Work Examiners"
    p.box(15, 15, p.w - 30, p.h - 30, width=0.8, colour=FOREST)
    p.text(28, 38, prov, 13, style="B", colour=FOREST)
    p.text(p.w - 28, 38, "Birmingham, Alabama", 10, align="R", colour=GREY)
    p.centre(72, "CONTINUING EDUCATION CERTIFICATE", 22, font="cond", style="B")
    p.centre(90, "Presented to", 11)
    p.centre(104, "LaToya Pruitt-Sandoval, LICSW", 20, font="serif")
    p.centre(118, "for completing", 11)
    p.centre(131, title, 16, style="B")
    p.centre(145, "completed on 9 January 2025", 11)
    p.centre(158, "0.6 CEU", 18, style="B", colour=FOREST)
    p.centre(
        176,
        f"Approved by the {board}, Provider #0593. CEUs are awarded as stated above.",
        8.5,
        colour=GREY,
    )
    p.text(40, 194, "Wendell Asante", 13, font="serif", style="I")
    p.line(40, 196, 110, 196, width=0.3)
    p.text(40, 200, "Program Coordinator", 8)
    course = Course(
        title=title,
        provider=prov,
        start=date(2025, 1, 9),
        ceus=0.6,
        approvals=((board, "0593"),),
    )
    return Certificate(
        "ceu_bare.pdf",
        "landscape, condensed headline, bare 0.6 CEU with no hours, '9 January 2025'",
        p,
        courses=(course,),
    )


def two_line_title() -> Certificate:
    """Portrait certificate whose title is set on two lines; credits given as CE credits."""
    p = Page(*LETTER)
    prov = "Cedar & Lantern Psychological Services, PLLC"
    title = "Integrating Spirituality and Religion into Evidence-Based Treatment of Depression"
    for inset, w in ((10, 0.3), (13, 1.2), (16, 0.3)):
        p.box(inset, inset, p.w - 2 * inset, p.h - 2 * inset, width=w, colour=WINE)
    p.centre(40, prov, 12, font="serif", colour=WINE)
    p.centre(62, "CERTIFICATE", 34, font="serif", style="B")
    p.centre(73, "of completion", 14, font="serif", style="I")
    p.centre(95, "awarded to", 11, font="serif")
    p.centre(110, "Jonah Abernathy-Kim, LPC", 20, font="serif", style="B")
    p.centre(125, "for attending the full-day seminar", 11, font="serif")
    p.centre(139, "Integrating Spirituality and Religion into", 16, font="serif", style="B")
    p.centre(147, "Evidence-Based Treatment of Depression", 16, font="serif", style="B")
    p.centre(162, "Saturday, February 8, 2025", 12, font="serif")
    p.centre(172, "6.5 CE credits", 12, font="serif", style="B")
    y: float = 188
    for s in (
        f"{prov} is approved by the American Psychological Association to sponsor continuing "
        f"education for psychologists. {prov} maintains responsibility for this program and its "
        "content.",
        f"{prov} has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. "
        "6820. Programs that do not qualify for NBCC credit are clearly identified.",
    ):
        y = p.para(28, y, p.w - 56, s, 8, font="serif", colour=GREY) + 2
    p.ring(p.w / 2, 238, 13, width=1.0, colour=GOLD)
    p.ring(p.w / 2, 238, 10.5, width=0.3, colour=GOLD)
    p.text(p.w / 2, 239.5, "C&L", 10, font="serif", style="B", align="C", colour=GOLD)
    p.text(40, 252, "Naomi Feldstein", 13, font="serif", style="I")
    p.line(30, 255, 95, 255, width=0.3)
    p.text(30, 259, "Naomi Feldstein, PhD, CE Director", 7.5)
    p.text(p.w - 30, 259, "No. 000318", 8, align="R", colour=GREY)
    course = Course(
        title=title,
        provider=prov,
        start=date(2025, 2, 8),
        hours=6.5,
        approvals=(("APA", None), ("NBCC ACEP", "6820")),
        certificate_number="000318",
    )
    return Certificate(
        "two_line_title.pdf",
        "portrait, triple frame and seal, title set on two lines, '6.5 CE credits', no format",
        p,
        courses=(course,),
    )


def state_board_form() -> Certificate:
    """A boxed form (label above value) whose only approval is a state board's sponsor number."""
    p = Page(*LETTER)
    prov = "Garden State Clinical Seminars"
    title = "Ethics and Boundary Issues in Social Work Practice"
    board = "New Jersey Board of Social Work Examiners"
    p.text(20, 22, prov, 15, style="B")
    p.text(p.w - 20, 22, "Form CE-7", 9, align="R", colour=GREY)
    p.text(20, 34, "CERTIFICATE OF CONTINUING EDUCATION ATTENDANCE", 12.5, style="B", colour=NAVY)
    p.line(20, 37, p.w - 20, 37, width=0.8, colour=NAVY)
    cells = (
        ((20, 44, 110), "Participant name", "Esperanza Villalobos, LCSW"),
        ((130, 44, 65.9), "License number", "44SC05512800"),
        ((20, 62, 175.9), "Program title", title),
        ((20, 80, 60), "Program date", "04/05/2025"),
        ((80, 80, 50), "Clock hours", "5"),
        ((130, 80, 65.9), "Ethics hours (included)", "5"),
        ((20, 98, 110), "Delivery method", "In person (classroom)"),
        ((130, 98, 65.9), "Certificate ID", "GSCS-2504-0193"),
        ((20, 116, 175.9), "Location", "Princeton Marriott at Forrestal, Plainsboro, New Jersey"),
    )
    for (x, top, w), label, value in cells:
        p.box(x, top, w, 18, width=0.3, colour=GREY)
        p.text(x + 2, top + 5, label.upper(), 6.5, colour=GREY)
        p.text(x + 2, top + 13, value, 10.5)
    y = p.para(
        20,
        146,
        p.w - 40,
        f"{prov} is approved by the {board} as a sponsor of continuing education, Sponsor Approval "
        "No. 19-4402. This program meets the ethics requirement under N.J.A.C. 13:44G-6.4. "
        "Approval period: July 1, 2024 – June 30, 2026.",
        9,
    )
    p.para(
        20,
        y + 4,
        p.w - 40,
        "I attest that the participant named above attended the entire program.",
        9,
        style="I",
    )
    p.text(20, 200, "Roderick Ngata", 13, font="serif", style="I")
    p.line(20, 203, 95, 203, width=0.3)
    p.text(20, 208, "Roderick Ngata, LCSW — Program Sponsor", 8.5)
    course = Course(
        title=title,
        provider=prov,
        start=date(2025, 4, 5),
        hours=5.0,
        approvals=((board, "19-4402"),),
        format="in person",
        certificate_number="GSCS-2504-0193",
    )
    return Certificate(
        "state_board_form.pdf",
        "boxed form with labels above values, integer clock hours, state board sponsor number",
        p,
        courses=(course,),
    )


def nysed_numbers() -> Certificate:
    """Three NYSED provider numbers (SW, MHC, MFT) in the statements, a live webinar."""
    p = Page(*LANDSCAPE)
    prov = "Finger Lakes Institute for Psychotherapy"
    title = "Intimate Partner Violence Screening in Outpatient Settings"
    p.box(0, 0, 22, p.h, colour=None, fill=NAVY)
    p.box(22, 0, 3, p.h, colour=None, fill=GOLD)
    p.text(40, 30, prov, 12, style="B", colour=NAVY)
    p.text(40, 36, "Rochester, New York", 9, colour=GREY)
    p.text(40, 62, "Certificate of Completion", 28, font="serif")
    p.text(40, 78, "Awarded to  Gabriel Oyelaran-Sharpe, LMSW", 13)
    p.text(40, 94, title, 16, style="B")
    p.text(
        40, 104, "Completed March 27, 2025  ·  3.0 contact hours  ·  live interactive webinar", 11
    )
    p.text(40, 112, "Certificate # FLIP-3271", 9, colour=GREY)
    y: float = 128
    for s in (
        f"{prov} is recognized by the New York State Education Department's State Board for Social "
        "Work as an approved provider of continuing education for licensed social workers "
        "#SW-0741.",
        f"{prov} is recognized by the New York State Education Department's State Board for Mental "
        "Health Practitioners as an approved provider of continuing education for licensed mental "
        "health counselors. #MHC-0412.",
        f"{prov} is recognized by the New York State Education Department's State Board for Mental "
        "Health Practitioners as an approved provider of continuing education for licensed "
        "marriage and family therapists. #MFT-0133.",
    ):
        y = p.para(40, y, p.w - 70, s, 8.5, colour=GREY) + 2
    p.text(40, 188, "Corinne Vashti", 14, font="serif", style="I")
    p.line(40, 191, 110, 191, width=0.3)
    p.text(40, 196, "Corinne Vashti, LCSW-R, Education Director", 8)
    course = Course(
        title=title,
        provider=prov,
        start=date(2025, 3, 27),
        hours=3.0,
        approvals=(("NYSED", "SW-0741"), ("NYSED", "MHC-0412"), ("NYSED", "MFT-0133")),
        format="live interactive webinar",
        certificate_number="FLIP-3271",
    )
    return Certificate(
        "nysed_numbers.pdf",
        "landscape with a side bar, one fact line, three NYSED numbers (SW, MHC, MFT)",
        p,
        courses=(course,),
    )


def board_table_differing() -> Certificate:
    """A university certificate whose per-board table awards APA fewer hours than ASWB and NBCC."""
    p = Page(*LETTER)
    prov = "Kestrel State University School of Social Work"
    title = "Clinical Assessment of Trauma in Refugee and Asylum-Seeking Adults"
    p.centre(28, "KESTREL STATE UNIVERSITY", 16, font="serif", style="B", colour=NAVY)
    p.centre(35, "School of Social Work · Office of Continuing Education", 10, font="serif")
    p.line(30, 40, p.w - 30, 40, width=0.5, colour=NAVY)
    p.centre(60, "Certificate of Completion", 22, font="serif")
    p.centre(76, "Aurelio Benítez-Marsh, LCSW", 16, font="serif", style="B")
    p.centre(86, "completed", 10.5, font="serif")
    p.centre(96, title, 13, font="serif", style="B")
    p.centre(106, "April 4, 2025  ·  in person, Kestrel Hall Room 210", 10.5, font="serif")
    top, cols = 122, (30, 95, 150, p.w - 30)
    p.box(cols[0], top, cols[3] - cols[0], 9, colour=None, fill=(225, 230, 240))
    for x, head in zip(cols, ("Credit type", "Approval", "Hours awarded"), strict=False):
        p.text(x + 2, top + 6, head, 9.5, style="B")
    rows = (
        ("Social Work (ASWB ACE)", "Provider #1311", "4.5 CE"),
        ("Counselors (NBCC ACEP)", "ACEP No. 6612", "4.5 clock hours"),
        ("Psychologists (APA)", "Approved sponsor", "4.0 CE credits"),
    )
    y: float = top + 9
    for row in rows:
        for x, cell in zip(cols, row, strict=False):
            p.text(x + 2, y + 6, cell, 9.5)
        y += 9
        p.line(cols[0], y, cols[3], y, width=0.2, colour=GREY)
    y = p.para(
        30,
        y + 10,
        p.w - 60,
        f"{prov}, provider #1311, is approved as an ACE provider to offer social work continuing "
        "education by the Association of Social Work Boards (ASWB) Approved Continuing Education "
        f"(ACE) program. {prov} has been approved by NBCC as an Approved Continuing Education "
        f"Provider, ACEP No. 6612. {prov} is approved by the American Psychological Association to "
        f"sponsor continuing education for psychologists; {prov} maintains responsibility for this "
        "program and its content. Psychologists receive 4.0 credits: the opening networking "
        "half-hour is not eligible for APA credit.",
        8.5,
        colour=GREY,
    )
    p.text(30, 240, "Dr. Simone Achterberg", 13, font="serif", style="I")
    p.line(30, 243, 100, 243, width=0.3)
    p.text(30, 248, "Director of Continuing Education", 8.5)
    p.text(p.w - 30, 248, "Certificate KSU-SSW-25-0404-31", 8.5, align="R", colour=GREY)
    course = Course(
        title=title,
        provider=prov,
        start=date(2025, 4, 4),
        by_board={"ASWB ACE": 4.5, "NBCC ACEP": 4.5, "APA": 4.0},
        approvals=(("ASWB ACE", "1311"), ("NBCC ACEP", "6612"), ("APA", None)),
        format="in person",
        certificate_number="KSU-SSW-25-0404-31",
    )
    return Certificate(
        "board_table_differing.pdf",
        "university certificate with a per-board table; APA hours differ from ASWB/NBCC",
        p,
        courses=(course,),
    )
