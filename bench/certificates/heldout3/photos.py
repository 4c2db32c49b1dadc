"""Certificates that reach the reader only as pixels: scans and phone photos."""

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


def scan_tilted() -> Certificate:
    """A hospital CE office's plain certificate, scanned 1.4° off square with grain."""
    p = Page(*LETTER)
    prov = "Mercy Lakes Health System"
    title = "Medication-Assisted Treatment for Alcohol Use Disorder"
    p.centre(30, "MERCY LAKES HEALTH SYSTEM", 16, style="B")
    p.centre(38, "Department of Behavioral Medicine · Continuing Education Office", 10)
    p.line(25, 43, p.w - 25, 43, width=0.6)
    p.centre(68, "Continuing Education Certificate", 22, font="serif", style="B")
    p.centre(86, "This is to certify that", 12, font="serif")
    p.centre(100, "Harriet Osei-Lindqvist, LPC", 18, font="serif", style="B")
    p.centre(114, "attended the in-person educational activity", 12, font="serif")
    p.centre(128, title, 15, font="serif", style="B")
    p.centre(142, "Date: 11/22/2024", 12, font="serif")
    p.centre(152, "Awarded 1.0 CE hour", 12, font="serif", style="B")
    y: float = 170
    for s in (
        f"{prov}, #1206, is approved to offer social work continuing education by the Association "
        "of Social Work Boards (ASWB) Approved Continuing Education (ACE) program.",
        f"{prov} has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. "
        "5893. Programs that do not qualify for NBCC credit are clearly identified.",
    ):
        y = p.para(30, y, p.w - 60, s, 9, font="serif") + 2
    p.text(30, 240, "Beatrix Holloway", 14, font="serif", style="I")
    p.line(30, 243, 100, 243, width=0.4)
    p.text(30, 248, "Beatrix Holloway, RN, CE Program Manager", 9)
    course = Course(
        title=title,
        provider=prov,
        start=date(2024, 11, 22),
        hours=1.0,
        approvals=(("ASWB ACE", "1206"), ("NBCC ACEP", "5893")),
        format="in person",
    )
    return Certificate(
        "scan_tilted.pdf",
        "image-only scan, tilted 1.4°, grain and specks; plain hospital certificate",
        p,
        courses=(course,),
        medium="scan",
    )


def scan_rotate90() -> Certificate:
    """A landscape award scanned in portrait: pixels stored sideways, the page says /Rotate 90."""
    p = Page(*LANDSCAPE)
    prov = "Sierra Foothills Play Therapy Center"
    title = "Sandtray Therapy with Children Exposed to Trauma"
    p.box(10, 10, p.w - 20, p.h - 20, width=2.0, colour=FOREST)
    p.centre(36, prov, 14, style="B", colour=FOREST)
    p.centre(60, "Certificate of Attendance", 30, font="serif")
    p.centre(78, "presented to", 12, font="serif", style="I")
    p.centre(94, "Yusuf Carrington-Bell, LMFT", 20, font="serif", style="B")
    p.centre(110, "for the live in-person training", 12, font="serif")
    p.centre(124, title, 17, font="serif", style="B")
    p.centre(138, "January 31, 2025  ·  Auburn, California  ·  4.0 CE hours", 12, font="serif")
    p.centre(
        154,
        f"{prov}, #1655, is approved to offer social work continuing education by the ASWB ACE program.",
        8.5,
    )
    p.centre(
        160,
        f"{prov} is approved by the American Psychological Association to sponsor continuing "
        "education for psychologists.",
        8.5,
    )
    p.text(45, 186, "Lorena Quiñones", 14, font="serif", style="I")
    p.line(40, 189, 110, 189, width=0.4)
    p.text(40, 194, "Lorena Quiñones, LMFT, RPT-S", 8.5)
    p.text(p.w - 40, 194, "Cert. SFPT-0131-22", 9, align="R")
    course = Course(
        title=title,
        provider=prov,
        start=date(2025, 1, 31),
        hours=4.0,
        approvals=(("ASWB ACE", "1655"), ("APA", None)),
        format="in person",
        certificate_number="SFPT-0131-22",
    )
    return Certificate(
        "scan_rotate90.pdf",
        "image-only landscape award stored sideways in a portrait page with /Rotate 90",
        p,
        courses=(course,),
        medium="scan90",
    )


def photo_sideways() -> Certificate:
    """A phone photo turned 90° in its pixels with no EXIF tag to say so."""
    p = Page(*LETTER)
    prov = "Harborlight Recovery Training"
    title = "Contingency Management for Stimulant Use Disorder"
    p.ring(38, 38, 14, width=2.2, colour=TEAL)
    p.text(38, 41, "HRT", 12, style="B", align="C", colour=TEAL)
    p.text(60, 36, prov, 16, style="B", colour=TEAL)
    p.text(60, 43, "Portland, Maine", 10, colour=GREY)
    p.text(25, 80, "Certificate of Completion", 26, style="B")
    rows = (
        ("Name", "Solveig Amundsen-Ruiz, LADC"),
        ("Course", title),
        ("Date", "10/08/2024"),
        ("Contact hours", "2.0"),
        ("Format", "Live interactive webinar"),
        ("Certificate", "HRT-10082024-57"),
    )
    y: float = 100
    for k, v in rows:
        p.text(25, y, k, 12, colour=GREY)
        y = p.para(70, y, p.w - 95, v, 13, style="B") + 4
    p.para(
        25,
        y + 8,
        p.w - 50,
        f"{prov}, provider #1733, is approved to offer social work continuing education by the "
        "Association of Social Work Boards (ASWB) Approved Continuing Education (ACE) program.",
        10,
    )
    course = Course(
        title=title,
        provider=prov,
        start=date(2024, 10, 8),
        hours=2.0,
        approvals=(("ASWB ACE", "1733"),),
        format="live interactive webinar",
        certificate_number="HRT-10082024-57",
    )
    return Certificate(
        "photo_sideways.jpg",
        "phone photo, pixels turned 90° clockwise, no EXIF; logo ring and label rows",
        p,
        courses=(course,),
        medium="sideways",
    )


def photo_exif6() -> Certificate:
    """A landscape award photographed with the phone on its side: EXIF Orientation 6."""
    p = Page(*LANDSCAPE)
    prov = "Marsh Hawk Institute of Family Systems"
    title = "Bowen Family Systems Theory in Clinical Practice"
    p.box(9, 9, p.w - 18, p.h - 18, width=1.2, colour=WINE)
    p.centre(34, prov.upper(), 12, style="B", colour=WINE)
    p.centre(60, "Certificate of Achievement", 30, font="serif", style="B")
    p.centre(78, "is hereby granted to", 12, font="serif")
    p.centre(94, "Cordelia Nakashima-Brandt, LPCC", 20, font="serif")
    p.centre(110, "upon completion of the on-demand course", 12, font="serif")
    p.centre(124, title, 17, font="serif", style="B")
    p.centre(138, "on the 12th day of December, 2024, for 3.5 clock hours", 12, font="serif")
    p.centre(
        154,
        f"{prov} has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. 6277.",
        9,
    )
    p.text(p.w / 2, 186, "MHI-24-1212-09", 10, align="C", colour=GREY)
    course = Course(
        title=title,
        provider=prov,
        start=date(2024, 12, 12),
        hours=3.5,
        approvals=(("NBCC ACEP", "6277"),),
        format="on-demand",
        certificate_number="MHI-24-1212-09",
    )
    return Certificate(
        "photo_exif6.jpg",
        "phone photo of a landscape award, pixels stored turned, EXIF Orientation=6",
        p,
        courses=(course,),
        medium="exif6",
    )


def photo_iphone() -> Certificate:
    """An iPhone HEIC photo of a webinar certificate with ASWB and APA approvals."""
    p = Page(*LETTER)
    prov = "Pinecrest Center for Perinatal Mental Health"
    title = "Perinatal Mood and Anxiety Disorders: Screening and Referral"
    p.box(0, 0, p.w, 30, colour=None, fill=NAVY)
    p.text(20, 19, prov, 15, style="B", colour=(255, 255, 255))
    p.centre(64, "CERTIFICATE OF COMPLETION", 22, style="B", colour=NAVY)
    p.centre(80, "Isadora Whitcombe-Nwosu, LICSW", 17, font="serif")
    p.centre(92, "has completed the live interactive webinar", 11)
    p.centre(106, title, 14, style="B")
    p.centre(120, "May 15, 2025   |   2.0 CE hours", 12)
    y: float = 140
    for s in (
        f"{prov}, #1479, is approved to offer social work continuing education by the Association "
        "of Social Work Boards (ASWB) Approved Continuing Education (ACE) program.",
        f"{prov} is approved by the American Psychological Association to sponsor continuing "
        f"education for psychologists. {prov} maintains responsibility for this program and its "
        "content.",
    ):
        y = p.para(25, y, p.w - 50, s, 9.5, colour=GREY) + 2.5
    p.ring(p.w - 45, 235, 15, width=1.5, colour=GOLD)
    p.text(p.w - 45, 237, "PCPMH", 9, style="B", align="C", colour=GOLD)
    p.text(25, 240, "Certificate ID: PCPMH-2515", 10)
    course = Course(
        title=title,
        provider=prov,
        start=date(2025, 5, 15),
        hours=2.0,
        approvals=(("ASWB ACE", "1479"), ("APA", None)),
        format="live interactive webinar",
        certificate_number="PCPMH-2515",
    )
    return Certificate(
        "photo_iphone.heic",
        "iPhone HEIC photo, header band, ASWB + APA",
        p,
        courses=(course,),
        medium="heic",
    )
