"""Draw a certificate page placed by position (columns, tables, seals), as PDF or pixels.

The fresh held-out set (make_heldout.py) uses this instead of render.py's top-to-bottom blocks,
so its pages can have side-by-side columns, signature rows, spaced-out headings and text drawn
out of reading order, as certificate generators make them.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

from bench.certificates.render import noise, wrap_lines

FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FACES = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "italic": ("DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "stix": ("STIXGeneral.ttf", "STIXGeneralBol.ttf"),
}
PAGE_MM = {"P": (215.9, 279.4), "L": (279.4, 215.9)}  # US letter


@dataclass(frozen=True)
class Text:
    """A paragraph at (x, y) mm, wrapped to ``w`` mm."""

    x: float
    y: float
    w: float
    text: str
    size: float = 11
    bold: bool = False
    align: str = "L"  # L | C | R
    face: str = "sans"
    spacing: float = 0  # extra points between letters, as award headings are set


@dataclass(frozen=True)
class Box:
    """A rectangle (a border, a table cell) or, with h == 0, a rule."""

    x: float
    y: float
    w: float
    h: float
    width: float = 0.3


@dataclass
class Page:
    """One page: orientation and what is drawn on it, in drawing order."""

    items: list[Text | Box] = field(default_factory=list)
    orientation: str = "P"

    @property
    def size(self) -> tuple[float, float]:
        return PAGE_MM[self.orientation]


def table(x: float, y: float, widths: list[float], rows: list[list[str]], size: float = 9):
    """Cells of a ruled table, top row bold, each row as tall as its longest cell.

    Returns the items and the y below the table.
    """
    items: list[Text | Box] = []
    line = size * 0.42
    for r, row in enumerate(rows):
        # DejaVu Sans averages about 0.55 em a character; one em is size * 0.353 mm
        lines = max(
            -(-len(cell) * size * 0.2 // (w - 2.4)) for w, cell in zip(widths, row, strict=True)
        )
        height = max(1, lines) * line + 1.8
        cx = x
        for w, cell in zip(widths, row, strict=True):
            items.append(Box(cx, y, w, height))
            items.append(Text(cx + 1.2, y + 0.9, w - 2.4, cell, size, bold=r == 0))
            cx += w
        y += height
    return items, y


def to_pdf(pages: list[Page]) -> bytes:
    """A PDF with a text layer."""
    pdf = FPDF(unit="mm", format="letter")
    pdf.set_auto_page_break(False)
    for face, (regular, bold) in FACES.items():
        pdf.add_font(face, "", str(FONTS / regular))
        pdf.add_font(face, "B", str(FONTS / bold))
    for page in pages:
        pdf.add_page(orientation=page.orientation)
        for item in page.items:
            if isinstance(item, Box):
                pdf.set_line_width(item.width)
                if item.h:
                    pdf.rect(item.x, item.y, item.w, item.h)
                else:
                    pdf.line(item.x, item.y, item.x + item.w, item.y)
                continue
            pdf.set_font(item.face, "B" if item.bold else "", item.size)
            pdf.set_char_spacing(item.spacing)
            pdf.set_xy(item.x, item.y)
            pdf.multi_cell(item.w, item.size * 0.42, item.text, align=item.align)
            pdf.set_char_spacing(0)
    return bytes(pdf.output())


def to_image(page: Page, dpi: int = 150) -> Image.Image:
    """The same page as grey pixels."""
    w_mm, h_mm = page.size
    px = dpi / 25.4
    img = Image.new("L", (round(w_mm * px), round(h_mm * px)), 255)
    draw = ImageDraw.Draw(img)
    for item in page.items:
        if isinstance(item, Box):
            stroke = max(1, round(item.width * px))
            x0, y0 = item.x * px, item.y * px
            if item.h:
                draw.rectangle(
                    (x0, y0, x0 + item.w * px, y0 + item.h * px), outline=0, width=stroke
                )
            else:
                draw.line((x0, y0, x0 + item.w * px, y0), fill=0, width=stroke)
            continue
        font = ImageFont.truetype(
            str(FONTS / FACES[item.face][item.bold]), round(item.size * dpi / 72)
        )
        y = item.y * px
        for line in wrap_lines(draw, item.text, font, item.w * px):
            width = draw.textlength(line, font=font) + len(line) * item.spacing * dpi / 72
            x = item.x * px
            if item.align == "C":
                x += (item.w * px - width) / 2
            elif item.align == "R":
                x += item.w * px - width
            if item.spacing:
                for ch in line:
                    draw.text((x, y), ch, font=font, fill=0)
                    x += draw.textlength(ch, font=font) + item.spacing * dpi / 72
            else:
                draw.text((x, y), line, font=font, fill=0)
            y += item.size * 0.42 * px
    return img


def scan(page: Page, seed: int, *, angle: float, rotate_page: int = 0, dpi: int = 170) -> bytes:
    """An image-only PDF as an office scanner makes it: crooked, speckled, JPEG inside.

    ``rotate_page`` stores the pixels turned and sets the page's /Rotate so a viewer shows
    it upright, as scanners that feed landscape pages sideways do.
    """
    rng = random.Random(seed)
    img = to_image(page, dpi).rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC)
    speckle = noise(img.size, 40, rng).point(lambda v: 0 if v < 6 else 255)
    img = Image.composite(img, speckle, speckle.point(lambda v: 255 if v else 0))
    img = img.filter(ImageFilter.GaussianBlur(0.6)).point(lambda v: min(255, v + rng.randint(0, 8)))
    w_mm, h_mm = page.size
    if rotate_page:
        img = img.rotate(rotate_page, expand=True)
        w_mm, h_mm = (h_mm, w_mm) if rotate_page % 180 else (w_mm, h_mm)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=55)
    pdf = FPDF(unit="mm", format=(w_mm, h_mm))
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=w_mm, h=h_mm)
    data = bytes(pdf.output())
    if rotate_page:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter()
        for p in PdfReader(io.BytesIO(data)).pages:
            p.rotate((360 - rotate_page) % 360)
            writer.add_page(p)
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    return data


def photo(
    page: Page,
    seed: int,
    *,
    angle: float,
    tilt: float = 0.0,
    contrast: float = 1.0,
    exif_turn: int = 0,
    fmt: str = "JPEG",
    dpi: int = 150,
) -> bytes:
    """A phone photo: on a desk, turned and tilted, lit unevenly, faded when ``contrast`` < 1.

    ``exif_turn`` (90 or 270) saves the pixels sideways with the EXIF Orientation a phone
    writes, so only a reader that honours EXIF sees the page upright.
    """
    rng = random.Random(seed)
    sheet = to_image(page, dpi)
    if contrast < 1:  # grey ink on off-white paper
        low = round(255 * (1 - contrast) * 0.8)
        sheet = sheet.point(lambda v: low + v * (250 - low) // 255)
    sheet = ImageOps.colorize(sheet, black=(40, 38, 45), white=(246, 240, 226))
    pad = 90
    desk = Image.new("RGB", (sheet.width + 2 * pad, sheet.height + 2 * pad), (120, 96, 70))
    desk.paste(sheet, (pad, pad))
    if tilt:  # the top edge further from the lens than the bottom
        w, h = desk.size
        d = tilt * w
        desk = desk.transform(
            desk.size,
            Image.Transform.QUAD,
            (-d, 0, -d * 0.2, h, w + d * 0.2, h, w + d, 0),
            resample=Image.Resampling.BICUBIC,
            fillcolor=(120, 96, 70),
        )
    shot = desk.rotate(angle, fillcolor=(120, 96, 70), resample=Image.Resampling.BICUBIC)
    light = Image.radial_gradient("L").resize(shot.size).point(lambda v: 255 - v // 3)
    shot = Image.composite(shot, Image.new("RGB", shot.size, (25, 22, 20)), light)
    shot = shot.filter(ImageFilter.GaussianBlur(0.5 + rng.random() * 0.4))
    out = io.BytesIO()
    if exif_turn:
        shot = shot.rotate(exif_turn, expand=True)
        exif = Image.Exif()
        exif[0x0112] = {90: 6, 270: 8}[exif_turn]  # Orientation: rotate back to view
        shot.save(out, fmt, quality=70, exif=exif)
    elif fmt == "JPEG":
        shot.save(out, fmt, quality=70)
    else:
        shot.save(out, fmt, optimize=True)
    return out.getvalue()
