"""The held-out set: other layouts and wording, seeded apart from the tuning set.

Written before the reader and scored once at the end, never printed while tuning. That first
score found two reader bugs and one labelling bug here (see tests/certificates/test_reading.py);
they were fixed, so its scores since are no longer blind. The next held-out set should be new.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta

from bench.certificates.render import Block, Layout, Row, phone_photo, scanned_pdf, to_pdf
from bench.certificates.samples import (
    PROVIDERS,
    TITLES,
    TODAY,
    Course,
    Sample,
    make_course,
    statement,
)


def h_attendance(c: Course, who: str) -> Layout:
    blocks: list[Block | Row] = [
        Block("Certificate of Attendance", 24, True, gap=5),
        Block("is hereby awarded to", 12),
        Block(who, 18, True, gap=4),
        Block("for participation in the workshop", 12),
        Block(c.title, 15, True, gap=3),
        Block(f"Sponsor: {c.provider}", 11, gap=1),
        Block(f"Held on {c.end:%A, %B} {c.end.day}, {c.end.year}", 11, gap=1),
        Block(f"Credits earned: {c.hours:g} CE hours ({c.format})", 11, gap=3),
    ]
    for b, n in c.approvals:
        blocks.append(Block(statement(b, c.provider, n), 8, False, "L", 1))
    return Layout(blocks, "L", serif=True, border=True, top=20)


def h_form(c: Course, who: str) -> Layout:
    rows = [
        ("Name", who),
        ("Program Title", c.title),
        ("Sponsoring Organization", c.provider),
        ("Date Attended", f"{c.start:%m/%d/%Y} to {c.end:%m/%d/%Y}"),
        ("Contact Hours", f"{c.hours:g}"),
        ("Verification Code", c.certificate_number or ""),
    ]
    blocks: list[Block | Row] = [Block("CE Verification Form", 18, True, "L", 6)]
    blocks += [Row((k, v), (0.35, 0.65), 10) for k, v in rows if v]
    blocks.append(Block("", 4, gap=4))
    for b, n in c.approvals:
        blocks.append(Block(statement(b, c.provider, n), 8, False, "L", 1))
    return Layout(blocks, "P")


def h_memo(c: Course, who: str) -> Layout:
    text = (
        f"To whom it may concern:\n\n{who.split(',')[0]} completed the {c.format} course "
        f'"{c.title}" offered by {c.provider} on {c.end:%B %d, %Y}, for a total of '
        f"{round((c.hours or 0) * 60)} minutes of instruction."
    )
    blocks: list[Block | Row] = [Block(text, 11, False, "L", 4)]
    for b, n in c.approvals:
        blocks.append(Block(statement(b, c.provider, n), 9, False, "L", 2))
    return Layout(blocks, "P", top=40)


def h_boards(c: Course, who: str) -> Layout:
    line = "  •  ".join(
        f"{h:g} {dict(zip(('ASWB ACE', 'NBCC ACEP', 'APA'), ('ASWB CE', 'NBCC clock hours', 'APA CE credits'), strict=True))[b]}"
        for b, h in c.hours_by_board.items()
    )
    return Layout(
        [
            Block("Continuing Education Credit", 22, True, gap=5),
            Block(f"{who} has completed", 12),
            Block(c.title, 15, True, gap=2),
            Block(f"{c.provider} • {c.end:%b %d, %Y}", 11, gap=2),
            Block(line, 11, gap=3),
            *[Block(statement(b, c.provider, n), 8, False, "L", 1) for b, n in c.approvals],
        ],
        "L",
        top=25,
    )


def h_transcript(courses: list[Course], who: str) -> Layout:
    blocks: list[Block | Row] = [
        Block(f"Learning history for {who}", 14, True, "L", 1),
        Block(courses[0].provider, 11, False, "L", 5),
        Row(("Date", "Course", "Credits"), (0.2, 0.65, 0.15), bold=True),
    ]
    blocks += [
        Row((f"{c.end:%m/%d/%Y}", c.title, f"{c.hours:g}"), (0.2, 0.65, 0.15), 10) for c in courses
    ]
    return Layout(blocks, "P")


def held_out(images: bool = True) -> Iterator[Sample]:
    """Other layouts and wording, seeded apart from the tuning set."""
    rng = random.Random(7331)
    names = ["Morgan Blake, LCSW-R", "Alex Chen", "Taylor Brooks, LPCC"]
    for i in range(3):
        c = make_course(rng, i + 3)
        c.format = ["in person", "live interactive webinar", "on-demand"][i]
        c.certificate_number = None  # this layout prints none (a labelling fix made after scoring)
        yield Sample(f"h_attend_{i}.pdf", to_pdf(h_attendance(c, names[i])), "completion", [c])
    for i in range(2):
        c = make_course(rng, i + 6, format=None)
        c.start = c.end - timedelta(days=i + 1)
        yield Sample(f"h_form_{i}.pdf", to_pdf(h_form(c, names[i])), "completion", [c])
    for i in range(2):
        c = make_course(rng, i + 9, hours=[1.25, 2.0][i])
        c.format = "on-demand"
        c.certificate_number = None
        yield Sample(f"h_memo_{i}.pdf", to_pdf(h_memo(c, names[i])), "completion", [c])
    for i in range(2):
        c = make_course(rng, i + 11, format=None, certificate_number=None)
        c.approvals = [("ASWB ACE", "1422"), ("NBCC ACEP", "7011"), ("APA", None)][: 2 + i]
        c.hours_by_board = {b: c.hours for b, _ in c.approvals}  # type: ignore[misc]
        c.hours = None
        yield Sample(f"h_boards_{i}.pdf", to_pdf(h_boards(c, names[i])), "completion", [c])
    courses = [
        make_course(
            rng, j, provider=PROVIDERS[3], format=None, certificate_number=None, approvals=[]
        )
        for j in range(4)
    ]
    yield Sample("h_transcript.pdf", to_pdf(h_transcript(courses, names[2])), "transcript", courses)
    if images:
        yield from _held_out_images(rng, names)
    reg = Layout(
        [
            Block("Your seat is confirmed", 18, True, "L", 4),
            Block(
                f"See you at {TITLES[7]} with {PROVIDERS[4]} on "
                f"{TODAY + timedelta(days=45):%B %d, %Y}. Doors open at 8:30 AM. Bring a photo ID "
                "to sign in for your 6 CE hours.",
                11,
                False,
                "L",
            ),
        ]
    )
    yield Sample("h_registration.pdf", to_pdf(reg), "registration")
    rec = Layout(
        [
            Block("Order Summary", 18, True, "L", 4),
            Block(f"{PROVIDERS[0]} • Order 77120 • Paid {TODAY:%m/%d/%Y}", 11, False, "L", 3),
            Block(f"1 × {TITLES[9]} (on-demand, 3 CE hours) ....... $45.00", 11, False, "L", 2),
            Block("Subtotal $45.00  Tax $0.00  Total $45.00", 11, True, "L"),
        ]
    )
    yield Sample("h_receipt.pdf", to_pdf(rec), "receipt")


def _held_out_images(rng: random.Random, names: list[str]) -> Iterator[Sample]:
    c = make_course(rng, 20)
    c.format = "in person"
    c.certificate_number = None  # as above
    yield Sample(
        "h_scan.pdf", scanned_pdf(h_attendance(c, names[0]), 9), "completion", [c], ocr=True
    )
    c = make_course(rng, 21, format=None)
    c.start = c.end
    yield Sample("h_photo.jpg", phone_photo(h_form(c, names[1]), 5), "completion", [c], ocr=True)
