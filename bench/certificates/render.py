"""Draw one certificate layout as a text PDF, a clean image, a scanned PDF or a phone photo."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib
import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
PAGE_MM = {"P": (215.9, 279.4), "L": (279.4, 215.9)}  # US letter


@dataclass(frozen=True)
class Block:
    """A paragraph: wrapped to the page, in one size and weight."""

    text: str
    size: float = 12
    bold: bool = False
    align: str = "C"  # C | L
    gap: float = 3  # mm after


@dataclass(frozen=True)
class Row:
    """A table row: cells side by side, each a share of the page's width."""

    cells: tuple[str, ...]
    widths: tuple[float, ...]
    size: float = 11
    bold: bool = False


@dataclass
class Layout:
    """A certificate page: orientation, typeface and what is written, top to bottom."""

    blocks: list[Block | Row] = field(default_factory=list)
    orientation: str = "P"
    serif: bool = False
    border: bool = False
    top: float = 25  # mm


def _font_file(serif: bool, bold: bool) -> Path:
    name = ("DejaVuSerif" if serif else "DejaVuSans") + ("-Bold" if bold else "")
    return FONTS / f"{name}.ttf"


def to_pdf(layout: Layout) -> bytes:
    """A PDF with a text layer, as certificate generators make them."""
    pdf = FPDF(orientation=layout.orientation, unit="mm", format="letter")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("body", "", str(_font_file(layout.serif, False)))
    pdf.add_font("body", "B", str(_font_file(layout.serif, True)))
    pdf.add_page()
    if layout.border:
        pdf.set_line_width(1.2)
        w, h = PAGE_MM[layout.orientation]
        pdf.rect(8, 8, w - 16, h - 16)
    pdf.set_y(layout.top)
    for block in layout.blocks:
        if isinstance(block, Block):
            pdf.set_font("body", "B" if block.bold else "", block.size)
            pdf.multi_cell(0, block.size * 0.45, block.text, align=block.align)
            pdf.ln(block.gap)
        else:
            pdf.set_font("body", "B" if block.bold else "", block.size)
            for text, share in zip(block.cells, block.widths, strict=True):
                pdf.cell(pdf.epw * share, block.size * 0.6, text, border=1)
            pdf.ln(block.size * 0.6)
    return bytes(pdf.output())


def to_image(layout: Layout, dpi: int = 150) -> Image.Image:
    """The same page drawn as pixels, as a scanner or a camera would see it."""
    w_mm, h_mm = PAGE_MM[layout.orientation]
    px = dpi / 25.4
    img = Image.new("L", (round(w_mm * px), round(h_mm * px)), 255)
    draw = ImageDraw.Draw(img)
    margin = 10 * px
    if layout.border:
        draw.rectangle((8 * px, 8 * px, img.width - 8 * px, img.height - 8 * px), width=4)
    y = layout.top * px
    for block in layout.blocks:
        size = round(block.size * dpi / 72)
        bold = block.bold
        font = ImageFont.truetype(str(_font_file(layout.serif, bold)), size)
        if isinstance(block, Block):
            for line in wrap_lines(draw, block.text, font, img.width - 2 * margin):
                width = draw.textlength(line, font=font)
                x = (img.width - width) / 2 if block.align == "C" else margin
                draw.text((x, y), line, font=font, fill=0)
                y += size * 1.25
            y += block.gap * px
        else:
            x = margin
            for text, share in zip(block.cells, block.widths, strict=True):
                cell_w = (img.width - 2 * margin) * share
                draw.rectangle((x, y, x + cell_w, y + size * 1.6), outline=0, width=1)
                draw.text((x + 6, y + size * 0.25), text, font=font, fill=0)
                x += cell_w
            y += size * 1.6
    return img


def wrap_lines(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: float):
    """`text` broken into lines no wider than `width` (a word longer than that stands alone)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if draw.textlength(trial, font=font) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def png(layout: Layout) -> bytes:
    """A clean screenshot-like PNG."""
    out = io.BytesIO()
    to_image(layout).save(out, "PNG")
    return out.getvalue()


def noise(size: tuple[int, int], sigma: float, rng: random.Random) -> Image.Image:
    """Grey Gaussian noise around mid-grey, drawn from `rng` (Pillow's effect_noise draws from
    an unseeded C generator, so a corpus made with it differed on every run)."""
    width, height = size
    values = np.random.default_rng(rng.getrandbits(64)).normal(128, sigma, (height, width))
    return Image.fromarray(np.clip(values, 0, 255).astype(np.uint8), "L")


def scanned_pdf(layout: Layout, seed: int) -> bytes:
    """An image-only PDF: the page scanned slightly crooked, with speckle."""
    rng = random.Random(seed)
    img = to_image(layout, dpi=200).rotate(rng.uniform(-1.5, 1.5), fillcolor=255, expand=False)
    specks = noise(img.size, 40, rng).point(lambda v: 255 if v > 40 else 0)
    img = Image.composite(img, specks.convert("L"), specks.point(lambda v: 255 if v else 0))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    pdf = FPDF(orientation=layout.orientation, unit="mm", format="letter")
    pdf.add_page()
    w, h = PAGE_MM[layout.orientation]
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=w, h=h)
    return bytes(pdf.output())


def phone_photo(layout: Layout, seed: int) -> bytes:
    """A JPEG as a phone takes it: on a desk, turned a little, lit unevenly."""
    rng = random.Random(seed)
    page = to_image(layout, dpi=170).convert("RGB")
    desk = Image.new("RGB", (page.width + 160, page.height + 160), (92, 72, 58))
    desk.paste(page, (80, 80))
    photo = desk.rotate(rng.uniform(-3, 3), fillcolor=(92, 72, 58), resample=Image.BICUBIC)
    shade = Image.linear_gradient("L").resize(photo.size).point(lambda v: 255 - v // 5)
    photo = Image.composite(photo, Image.new("RGB", photo.size, (30, 30, 30)), shade)
    photo = photo.filter(ImageFilter.GaussianBlur(0.7))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=72)
    return out.getvalue()
