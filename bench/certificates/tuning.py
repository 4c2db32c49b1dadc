"""The tuning set: the layouts and wording the reader was tuned on."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from bench.certificates.render import Block, Layout, Row, phone_photo, png, scanned_pdf, to_pdf
from bench.certificates.samples import (
    NAMES,
    PROVIDERS,
    TITLES,
    TODAY,
    TWO_LINE,
    Course,
    Sample,
    date_text,
    make_course,
    statement,
)


def award(c: Course, who: str, s: int, fmt_line: bool = True) -> Layout:
    """Landscape award: big heading, "This certifies that", the course in the middle."""
    blocks: list[Block | Row] = [
        Block("CERTIFICATE OF COMPLETION", 26, True, gap=6),
        Block("This certifies that", 13),
        Block(who, 20, True, gap=4),
        Block("has successfully completed", 13),
        *[Block(part, 16, True, gap=1) for part in c.title.split("\n")],
        Block(f"Presented by {c.provider}", 12, gap=3),
        Block(f"Date of completion: {date_text(c.end, s)}" if c.end else "", 12, gap=1),
        Block(f"CE Hours: {c.hours:g}" if c.hours else "", 12, gap=1),
    ]
    if fmt_line and c.format:
        blocks.append(Block(f"Format: {c.format.capitalize()}", 11, gap=1))
    for body, number in c.approvals:
        blocks.append(Block(statement(body, c.provider, number), 8, align="L", gap=1))
    if c.certificate_number:
        blocks.append(Block(f"Certificate #: {c.certificate_number}", 9, gap=1))
    return Layout([b for b in blocks if b.text], "L", serif=s % 2 == 0, border=True, top=18)


def letter(c: Course, who: str, s: int) -> Layout:
    """Letter style: provider letterhead, a paragraph saying what was attended."""
    when = (
        date_text(c.end, s)
        if c.start == c.end
        else f"{date_text(c.start, s)} through {date_text(c.end, s)}"
    )
    body = (
        f'Dear {who.split(",")[0]},\n\nThis letter confirms that you attended "{c.title}" on '
        f"{when} and earned {c.hours:g} contact hours of continuing education."
    )
    blocks: list[Block | Row] = [
        Block(c.provider, 16, True, "L", 1),
        Block("1200 Harbor Street, Suite 4, Portland, OR 97201", 9, False, "L", 8),
        Block(body, 11, False, "L", 4),
    ]
    if c.format:
        blocks.append(Block(f"This program was offered as a {c.format}.", 11, False, "L", 4))
    for b, n in c.approvals:
        blocks.append(Block(statement(b, c.provider, n), 9, False, "L", 2))
    if c.certificate_number:
        blocks.append(Block(f"Certificate No. {c.certificate_number}", 10, False, "L", 2))
    blocks.append(Block("Sincerely,\nContinuing Education Office", 11, False, "L"))
    return Layout(blocks, "P", serif=True)


def table(c: Course, who: str, s: int) -> Layout:
    """A form with label/value rows."""
    dates = (
        date_text(c.end, s)
        if c.start == c.end
        else f"{date_text(c.start, s)} - {date_text(c.end, s)}"
    )
    hours = f"{c.hours:g}" if c.hours is not None else f"{c.ceus:g} CEUs"
    rows = [
        ("Participant", who),
        ("Course Title", c.title),
        ("Provider", c.provider),
        ("Date(s)", dates),
        ("Credit Hours" if c.hours is not None else "Credits", hours),
    ]
    if c.format:
        rows.append(("Delivery", c.format.capitalize()))
    if c.certificate_number:
        rows.append(("Certificate ID", c.certificate_number))
    blocks: list[Block | Row] = [Block("Continuing Education Certificate", 20, True, gap=8)]
    blocks += [Row((k, v), (0.3, 0.7)) for k, v in rows]
    blocks.append(Block("", 4, gap=6))
    for b, n in c.approvals:
        blocks.append(Block(statement(b, c.provider, n), 8, False, "L", 2))
    return Layout([b for b in blocks if not isinstance(b, Block) or b.text], "P")


def per_board(c: Course, who: str, s: int) -> Layout:
    """An award with one hours line per board."""
    names = {"ASWB ACE": "ASWB", "NBCC ACEP": "NBCC", "APA": "APA", "NYSED": "NYSED"}
    units = {
        "ASWB ACE": "CE",
        "NBCC ACEP": "clock hours",
        "APA": "credits",
        "NYSED": "contact hours",
    }
    line = " / ".join(f"{names[b]} {h:.1f} {units[b]}" for b, h in c.hours_by_board.items())
    blocks: list[Block | Row] = [
        Block("Certificate of Attendance", 24, True, gap=6),
        Block("This certifies that", 12),
        Block(who, 18, True, gap=4),
        Block("attended and completed", 12),
        Block(c.title, 15, True, gap=3),
        Block(f"Offered by {c.provider}", 12),
        Block(f"Date: {date_text(c.end, s)}", 12, gap=1),
        Block(line, 12, True, gap=4),
    ]
    for b, n in c.approvals:
        blocks.append(Block(statement(b, c.provider, n), 8, False, "L", 1))
    if c.certificate_number:
        blocks.append(Block(f"Certificate Number: {c.certificate_number}", 9))
    return Layout(blocks, "L", border=True, top=16)


def minutes(c: Course, who: str, s: int, spoken: str) -> Layout:
    """A plain certificate that gives the length in minutes or CEUs."""
    blocks: list[Block | Row] = [
        Block(c.provider.upper(), 12, True, gap=6),
        Block("Certificate of Completion", 22, True, gap=6),
        Block(f"Awarded to {who}", 14, gap=4),
        Block(f"for completing {c.title}", 14, gap=4),
        Block(f"Completed on {date_text(c.end, s)}", 12, gap=2),
        Block(spoken, 12, gap=4),
    ]
    if c.format:
        blocks.append(Block(f"Course type: {c.format}", 11))
    if c.certificate_number:
        blocks.append(Block(f"Cert. No: {c.certificate_number}", 10))
    for b, n in c.approvals:
        blocks.append(Block(statement(b, c.provider, n), 8, False, "L", 1))
    return Layout(blocks, "P", top=35)


def transcript(courses: list[Course], who: str, s: int) -> Layout:
    """A provider's transcript: several courses in a table."""
    blocks: list[Block | Row] = [
        Block(f"{courses[0].provider}", 16, True, "L", 1),
        Block("CE Transcript", 20, True, "L", 2),
        Block(f"Learner: {who}", 11, False, "L", 6),
        Row(("Course Title", "Completed", "Hours"), (0.62, 0.23, 0.15), bold=True),
    ]
    for c in courses:
        blocks.append(Row((c.title, date_text(c.end, 1), f"{c.hours:.1f}"), (0.62, 0.23, 0.15), 10))
    total = sum(c.hours or 0 for c in courses)
    blocks.append(Block(f"Total hours: {total:.1f}", 11, True, "L", 4))
    for b, n in courses[0].approvals:
        blocks.append(Block(statement(b, courses[0].provider, n), 8, False, "L", 1))
    return Layout(blocks, "P")


def registration(title: str, provider: str, on: date) -> Layout:
    return Layout(
        [
            Block(provider, 14, True, "L", 4),
            Block("Registration Confirmation", 20, True, "L", 4),
            Block(
                f"Thank you for registering! You are registered for {title}, which takes place on "
                f"{date_text(on, 0)} from 9:00 AM to 12:15 PM Pacific. The Zoom link will be emailed the "
                "day before. This live webinar offers 3 CE hours.",
                11,
                False,
                "L",
                4,
            ),
            Block("Order #48213   Amount paid: $59.00", 11, False, "L"),
        ]
    )


def receipt(title: str, provider: str, on: date) -> Layout:
    return Layout(
        [
            Block(provider, 14, True, "L", 4),
            Block("Payment Receipt", 20, True, "L", 4),
            Block(f"Invoice #INV-20931   Date: {date_text(on, 1)}", 11, False, "L", 4),
            Row(("Item", "Qty", "Amount"), (0.6, 0.15, 0.25), bold=True),
            Row((f"{title} (home study, 2 CE)", "1", "$39.00"), (0.6, 0.15, 0.25), 10),
            Block("Total charged to Visa ending 4242: $39.00", 11, True, "L", 3),
            Block("Thank you for your purchase.", 11, False, "L"),
        ]
    )


def unrelated() -> Layout:
    return Layout(
        [
            Block("Quarterly Staff Newsletter", 20, True, "L", 4),
            Block(
                "The parking lot will be repaved in July. Please use the north entrance. Our new "
                "scheduling system goes live on the first Monday of next month; training sessions "
                "for front-desk staff are on the shared calendar. Remember to submit timesheets "
                "by Friday noon.",
                11,
                False,
                "L",
            ),
        ]
    )


def consultation(c: Course, who: str, s: int) -> Layout:
    """A case-consultation attendance form: it describes a client."""
    return Layout(
        [
            Block("Case Consultation Attendance Record", 18, True, gap=6),
            Row(("Attendee", who), (0.3, 0.7)),
            Row(("Program", c.title), (0.3, 0.7)),
            Row(("Provider", c.provider), (0.3, 0.7)),
            Row(("Date", date_text(c.end, s)), (0.3, 0.7)),
            Row(("CE Hours", f"{c.hours:g}"), (0.3, 0.7)),
            Block("", 4, gap=6),
            Block(
                "Case presented: client M.R., a 34-year-old woman with PTSD and panic attacks "
                "after a car accident; discussed exposure pacing and safety planning.",
                10,
                False,
                "L",
            ),
        ]
    )


def tuning(images: bool = True) -> Iterator[Sample]:
    """The set the reader was tuned on (``images=False``: its text PDFs only, made quickly)."""
    rng = random.Random(20)
    who = lambda i: NAMES[i % len(NAMES)]  # noqa: E731
    for i in range(5):
        c = make_course(rng, i)
        if i == 3:
            c.title = "\n".join(TWO_LINE[0])
        yield Sample(f"award_{i}.pdf", to_pdf(award(c, who(i), i)), "completion", [_flat(c)])
    for i in range(3):
        c = make_course(rng, i + 5)
        if i == 1:
            c.start = c.end - timedelta(days=2)
        yield Sample(f"letter_{i}.pdf", to_pdf(letter(c, who(i), i)), "completion", [_flat(c)])
    for i in range(4):
        c = make_course(rng, i + 8)
        if i in (1, 3):
            c.start = c.end - timedelta(days=1)
        if i == 2:
            c.hours, c.ceus = None, 0.6
        yield Sample(f"table_{i}.pdf", to_pdf(table(c, who(i), i)), "completion", [_flat(c)])
    for i in range(3):
        c = make_course(rng, i + 12, format=None)
        c.approvals = [("ASWB ACE", "1187"), ("NBCC ACEP", "6632"), ("APA", None)][: 2 + i % 2]
        c.hours_by_board = {b: c.hours for b, _ in c.approvals}  # type: ignore[misc]
        c.hours = None
        yield Sample(f"per_board_{i}.pdf", to_pdf(per_board(c, who(i), i)), "completion", [c])
    for i, (mins, hrs) in enumerate([(90, 1.5), (45, 0.75)]):
        c = make_course(rng, i + 15, hours=hrs)
        lay = minutes(c, who(i), i, f"Duration: {mins} minutes")
        yield Sample(f"minutes_{i}.pdf", to_pdf(lay), "completion", [_flat(c)])
    for i, ceus in enumerate([0.3, 1.2]):
        c = make_course(rng, i + 17, hours=None, ceus=ceus)
        lay = minutes(c, who(i), i, f"{ceus:g} CEUs awarded")
        yield Sample(f"ceus_{i}.pdf", to_pdf(lay), "completion", [_flat(c)])
    for i in range(2):
        provider = PROVIDERS[i]
        courses = [
            make_course(rng, j, provider=provider, format=None, certificate_number=None)
            for j in range(3 + i)
        ]
        for c in courses:
            c.approvals = courses[0].approvals
        yield Sample(
            f"transcript_{i}.pdf", to_pdf(transcript(courses, who(i), i)), "transcript", courses
        )
    yield Sample(
        "registration.pdf",
        to_pdf(registration(TITLES[2], PROVIDERS[1], TODAY + timedelta(days=20))),
        "registration",
    )
    yield Sample("receipt.pdf", to_pdf(receipt(TITLES[4], PROVIDERS[2], TODAY)), "receipt")
    yield Sample("newsletter.pdf", to_pdf(unrelated()), "unrelated")
    for i in range(2):
        c = make_course(rng, i + 20, approvals=[], format=None, certificate_number=None)
        c.title = "Grand Rounds: Complex PTSD" if i else "Case Consultation Group"
        lay = consultation(c, who(i), i)
        yield Sample(f"consultation_{i}.pdf", to_pdf(lay), "completion", [c], names_a_client=True)
    if not images:
        return
    # Images: scanned pages and phone photos of layouts above.
    for i in range(3):
        c = make_course(rng, i + 30)
        lay = [award(c, who(i), i), table(c, who(i), i), letter(c, who(i), i)][i]
        yield Sample(f"scan_{i}.pdf", scanned_pdf(lay, i), "completion", [_flat(c)], ocr=True)
    for i in range(2):
        c = make_course(rng, i + 40)
        lay = [award(c, who(i), 0), table(c, who(i), 1)][i]
        yield Sample(f"photo_{i}.jpg", phone_photo(lay, i), "completion", [_flat(c)], ocr=True)
    c = make_course(rng, 44)
    yield Sample("screenshot.png", png(table(c, who(0), 2)), "completion", [_flat(c)], ocr=True)


def _flat(c: Course) -> Course:
    """The expected course: a two-line title is one title."""
    c.title = c.title.replace("\n", " ")
    return c
