"""The fresh held-out set's page layouts, drawn the way real providers lay certificates out.

Each takes the values it prints (a plain dict) and returns a Page; make_heldout.py says which
values go on which file and writes the expected fields beside each by hand.
"""

from __future__ import annotations

from bench.certificates.page import Box, Page, Text, table


def award_nbcc(v: dict) -> Page:
    """Landscape award: letter-spaced heading, signature lines, NBCC statement at the foot."""
    w = 279.4
    items: list[Text | Box] = [
        Box(7, 7, w - 14, 201.9, 1.4),
        Box(10, 10, w - 20, 195.9, 0.4),
        Text(w - 80, 14, 65, f"Certificate No. {v['number']}", 8, align="R"),
        Text(20, 26, w - 40, "CERTIFICATE", 30, True, "C", "serif", spacing=6),
        Text(20, 42, w - 40, "OF ACHIEVEMENT", 14, False, "C", "serif", spacing=3),
        Text(20, 58, w - 40, "is proudly presented to", 13, False, "C", "italic"),
        Text(20, 68, w - 40, v["who"], 24, True, "C", "italic"),
        Text(20, 84, w - 40, "for the successful completion of", 13, False, "C", "italic"),
        Text(20, 94, w - 40, v["title"], 18, True, "C", "serif"),
        Text(20, 110, w - 40, v["line"], 11, False, "C", "serif"),
        Box(35, 150, 70, 0, 0.3),
        Text(35, 152, 70, f"{v['signer']}\nDirector of Continuing Education", 9, align="C"),
        Box(w - 105, 150, 70, 0, 0.3),
        Text(w - 105, 152, 70, f"{v['provider']}\nProvider", 9, align="C"),
        Text(25, 172, w - 50, v["statement"], 7.5, False, "C"),
    ]
    return Page(items, "L")


def letter_aswb(v: dict) -> Page:
    """Letter on letterhead: the letter's own date above, the course date in the body."""
    return Page(
        [
            Text(18, 14, 180, v["provider"], 15, True, "R", "serif"),
            Text(18, 23, 180, v["address"], 8, False, "R"),
            Box(18, 34, 180, 0, 0.6),
            Text(18, 44, 100, v["letter_date"], 11, face="stix"),
            Text(18, 54, 180, "RE: Continuing education verification", 11, True, face="stix"),
            Text(18, 66, 180, v["salutation"], 11, face="stix"),
            Text(18, 76, 180, v["body"], 11, face="stix"),
            Text(18, 112, 180, v["statement"], 9, face="stix"),
            Text(18, 150, 180, f"Verification code: {v['number']}", 10, face="stix"),
            Text(
                18,
                165,
                120,
                f"Sincerely,\n\n{v['signer']}\nCE Program Administrator",
                11,
                face="stix",
            ),
        ]
    )


def sidebar_apa(v: dict) -> Page:
    """Two columns: the main certificate on the right (drawn first), the sponsor on the left."""
    right: list[Text | Box] = [
        Text(78, 30, 122, "Certificate of Completion", 24, True),
        Text(78, 48, 122, "This is to certify that", 11),
        Text(78, 56, 122, v["who"], 17, True),
        Text(78, 68, 122, "has completed the continuing education program", 11),
        Text(78, 76, 122, v["title"], 15, True),
    ]
    y = 96.0
    for label, value in v["rows"]:
        right.append(Text(78, y, 40, label, 10, True))
        right.append(Text(120, y, 80, value, 10))
        y += 8
    left: list[Text | Box] = [
        Box(10, 10, 58, 259.4, 0.3),
        Text(14, 22, 50, v["provider"].upper(), 12, True, "L", "serif"),
        Text(14, 200, 50, v["statement"], 7.5),
    ]
    return Page(right + left)


def form_nysed(v: dict) -> Page:
    """A provider's form: letterhead, a label/value grid, approval statements below."""
    items: list[Text | Box] = [
        Text(15, 14, 186, v["provider"], 16, True, "C"),
        Text(15, 23, 186, "Certificate of Completion — Continuing Education", 12, False, "C"),
        Box(15, 31, 186, 0, 0.8),
    ]
    cells, y = table(15, 40, [55, 131], [["Field", "Details"], *v["rows"]], 10)
    items += cells
    for s in v["statements"]:
        items.append(Text(15, y + 8, 186, s, 8))
        y += 16
    items.append(Text(15, 250, 186, v["footer"], 8, False, "C"))
    return Page(items)


def board_line_award(v: dict) -> Page:
    """Landscape award with one hours line for several boards and their statements."""
    w = 279.4
    items: list[Text | Box] = [
        Box(9, 9, w - 18, 197.9, 1.0),
        Text(20, 22, w - 40, "Certificate of Continuing Education", 26, True, "C", "stix"),
        Text(20, 40, w - 40, "This is to certify that", 12, False, "C", "stix"),
        Text(20, 49, w - 40, v["who"], 20, True, "C", "stix"),
        Text(20, 62, w - 40, "has attended", 12, False, "C", "stix"),
        Text(20, 71, w - 40, v["title"], 15, True, "C", "stix"),
        Text(20, 92, w - 40, f"presented by {v['provider']}", 12, False, "C", "stix"),
        Text(20, 101, w - 40, v["dates"], 12, False, "C", "stix"),
        Text(20, 112, w - 40, v["hours"], 12, True, "C", "stix"),
        Text(20, 124, w - 40, f"Certificate ID: {v['number']}", 9, False, "C"),
    ]
    y = 140.0
    for s in v["statements"]:
        items.append(Text(25, y, w - 50, s, 7.5, False, "L"))
        y += 10
    return Page(items, "L")


def credit_table(v: dict) -> Page:
    """Portrait certificate whose credits sit in a table, one row per board."""
    items: list[Text | Box] = [
        Text(15, 16, 186, v["provider"], 13, True, "L", "serif"),
        Text(15, 30, 186, "CONTINUING EDUCATION CERTIFICATE", 18, True, "C", spacing=1.5),
    ]
    y = 48.0
    for label, value in v["rows"]:
        items.append(Text(25, y, 40, label, 11, True))
        items.append(Text(68, y, 130, value, 11))
        y += 8
    cells, y = table(25, y + 6, [62, 62, 42], v["credits"], 10)
    items += cells
    items.append(Text(25, y + 8, 166, v["note"], 8))
    items.append(Box(120, 235, 70, 0, 0.3))
    items.append(Text(120, 237, 70, v["signer"], 9, align="C"))
    return Page(items)


def participation(v: dict) -> Page:
    """Plain portrait certificate, everything centred, a sponsor line at the foot."""
    items: list[Text | Box] = [
        Text(15, 28, 186, v["provider"], 13, True, "C", "serif"),
        Text(15, 48, 186, v["heading"], 24, True, "C", "serif"),
        Text(15, 68, 186, f"Awarded to {v['who']}", 14, False, "C", "serif"),
        Text(15, 80, 186, f"for {v['title']}", 14, False, "C", "serif"),
    ]
    y = 100.0
    for line in v["lines"]:
        items.append(Text(15, y, 186, line, 12, False, "C", "serif"))
        y += 9
    items.append(Text(25, 230, 166, v["statement"], 8, False, "C"))
    return Page(items)


def record_grid(v: dict) -> Page:
    """A web platform's completion record: a two-by-n grid of label over value."""
    items: list[Text | Box] = [
        Text(15, 15, 120, v["provider"], 11, True),
        Text(15, 30, 186, "Course completion record", 20, True),
        Box(15, 42, 186, 0, 0.4),
    ]
    for i, (label, value) in enumerate(v["cells"]):
        x = 15 + (i % 2) * 95
        y = 50 + (i // 2) * 18
        items.append(Text(x, y, 90, label.upper(), 7.5, True))
        items.append(Text(x, y + 4.5, 90, value, 11))
    items.append(Text(15, 200, 186, v["statement"], 8))
    return Page(items)


def transcript(v: dict) -> list[Page]:
    """A provider's learner transcript: header, a report period, rows split over pages."""
    pages = []
    for n, rows in enumerate(v["pages"]):
        items: list[Text | Box] = [
            Text(15, 14, 120, v["provider"], 13, True),
            Text(140, 14, 60, f"Page {n + 1} of {len(v['pages'])}", 8, align="R"),
            Text(15, 24, 186, v["heading"], 16, True),
            Text(15, 34, 186, v["meta"], 9),
        ]
        cells, y = table(15, 48, v["widths"], [v["columns"], *rows], 8.5)
        items += cells
        if n == len(v["pages"]) - 1:
            items.append(Text(15, y + 4, 186, v["total"], 9, True))
            items.append(Text(15, y + 14, 186, v["statement"], 7.5))
        pages.append(Page(items, v.get("orientation", "P")))
    return pages


def notice(v: dict) -> Page:
    """A one-column document: heading and paragraphs (registrations, receipts, letters)."""
    items: list[Text | Box] = [
        Text(18, 16, 180, v["from"], 10, True),
        Text(18, 28, 180, v["heading"], 18, True),
    ]
    y = 44.0
    for para in v["paragraphs"]:
        items.append(Text(18, y, 180, para, 10.5))
        y += 6 + 4.5 * (1 + len(para) // 95)
    if "rows" in v:
        cells, y = table(18, y + 2, [120, 60], v["rows"], 10)
        items += cells
    return Page(items)


def award_signatures(v: dict) -> Page:
    """Landscape award with a two-line title, a seal box and two signature blocks."""
    w = 279.4
    items: list[Text | Box] = [
        Box(8, 8, w - 16, 199.9, 2.0),
        Text(20, 20, w - 40, v["provider"].upper(), 11, True, "C", spacing=2),
        Text(20, 32, w - 40, "Certificate of Completion", 28, True, "C", "italic"),
        Text(20, 50, w - 40, "awarded to", 12, False, "C", "italic"),
        Text(20, 58, w - 40, v["who"], 20, True, "C", "serif"),
        Text(20, 72, w - 40, "in recognition of completing", 12, False, "C", "italic"),
        *[
            Text(20, 80 + 8 * i, w - 40, t, 15, True, "C", "serif")
            for i, t in enumerate(v["title"])
        ],
        Text(20, 102, w - 40, v["held"], 11, False, "C", "serif"),
        Text(20, 110, w - 40, v["hours"], 11, False, "C", "serif"),
        Box(124, 128, 32, 32, 0.8),
        Text(124, 140, 32, "OFFICIAL\nSEAL", 8, True, "C"),
        Box(30, 150, 75, 0, 0.3),
        Text(30, 152, 75, v["sign_left"], 9, align="C"),
        Box(w - 105, 150, 75, 0, 0.3),
        Text(w - 105, 152, 75, v["sign_right"], 9, align="C"),
        Text(25, 178, w - 50, v["statement"], 7.5, False, "C"),
    ]
    return Page(items, "L")


def portal(v: dict) -> Page:
    """A screenshot of a CE website's certificate page: menu bar, breadcrumb, a card, buttons."""
    w = 279.4
    items: list[Text | Box] = [
        Box(0, 0, w, 14, 0.2),
        Text(6, 4.5, 60, v["site"], 11, True),
        Text(
            120, 5, 150, "Home    Catalog    My Learning    Certificates    Account    Log out", 9
        ),
        Text(10, 20, 200, "Certificates  >  View certificate", 8),
        Box(40, 30, w - 80, 150, 0.5),
    ]
    y = 40.0
    for text, size, bold in v["card"]:
        items.append(Text(45, y, w - 90, text, size, bold, "C"))
        y += size * 0.42 + 5
    items.append(Box(85, 165, 40, 9, 0.4))
    items.append(Text(85, 167, 40, "Download PDF", 9, True, "C"))
    items.append(Box(w - 125, 165, 40, 9, 0.4))
    items.append(Text(w - 125, 167, 40, "Share", 9, True, "C"))
    items.append(Text(10, 190, w - 20, v["footer"], 7))
    return Page(items, "L")
