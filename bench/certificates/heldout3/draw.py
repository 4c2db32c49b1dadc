"""A page drawn once and rendered twice: to a text PDF (fpdf2) and to pixels (Pillow).

Both renderings use the same DejaVu fonts and the same measurements, so a photo of a page shows
exactly the layout its PDF would have.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    ("sans", ""): "DejaVuSans.ttf",
    ("sans", "B"): "DejaVuSans-Bold.ttf",
    ("sans", "I"): "DejaVuSans-Oblique.ttf",
    ("serif", ""): "DejaVuSerif.ttf",
    ("serif", "B"): "DejaVuSerif-Bold.ttf",
    ("serif", "I"): "DejaVuSerif-Italic.ttf",
    ("cond", ""): "DejaVuSansCondensed.ttf",
    ("cond", "B"): "DejaVuSansCondensed-Bold.ttf",
    ("mono", ""): "DejaVuSansMono.ttf",
}
PT = 25.4 / 72  # millimetres per point
CREATED = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)  # fixed, so the PDFs come out byte-identical

Colour = tuple[int, int, int]
BLACK: Colour = (0, 0, 0)


@dataclass(frozen=True)
class Text:
    """One line of text; ``y`` is its baseline, ``x`` its left, centre or right edge by ``align``."""

    x: float
    y: float
    s: str
    size: float
    font: str = "sans"
    style: str = ""
    align: str = "L"
    colour: Colour = BLACK


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.3
    colour: Colour = BLACK


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    width: float = 0.3
    colour: Colour | None = BLACK
    fill: Colour | None = None


@dataclass(frozen=True)
class Ring:
    x: float
    y: float
    r: float
    width: float = 0.5
    colour: Colour = BLACK


@dataclass
class Page:
    """A page in millimetres with what is drawn on it, in order."""

    w: float
    h: float
    items: list[Text | Line | Box | Ring] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, size: float, **kw: object) -> float:
        """Draw one line; return the baseline of the next line (1.45 × the size below)."""
        self.items.append(Text(x, y, s, size, **kw))  # type: ignore[arg-type]
        return y + size * PT * 1.45

    def centre(self, y: float, s: str, size: float, **kw: object) -> float:
        return self.text(self.w / 2, y, s, size, align="C", **kw)

    def para(
        self, x: float, y: float, w: float, s: str, size: float, lead: float = 1.4, **kw: object
    ) -> float:
        """Wrap ``s`` into ``w`` mm; return the baseline after the last line."""
        font, style = str(kw.get("font", "sans")), str(kw.get("style", ""))
        for line in wrap(s, w, size, font, style):
            self.items.append(Text(x, y, line, size, **kw))  # type: ignore[arg-type]
            y += size * PT * lead
        return y

    def line(self, x1: float, y1: float, x2: float, y2: float, **kw: object) -> None:
        self.items.append(Line(x1, y1, x2, y2, **kw))  # type: ignore[arg-type]

    def box(self, x: float, y: float, w: float, h: float, **kw: object) -> None:
        self.items.append(Box(x, y, w, h, **kw))  # type: ignore[arg-type]

    def ring(self, x: float, y: float, r: float, **kw: object) -> None:
        self.items.append(Ring(x, y, r, **kw))  # type: ignore[arg-type]


@cache
def _face(font: str, style: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / FONTS[font, style]), px)


def width(s: str, size: float, font: str = "sans", style: str = "") -> float:
    """Width of ``s`` in millimetres at ``size`` points."""
    return _face(font, style, 1000).getlength(s) / 1000 * size * PT


def wrap(s: str, w: float, size: float, font: str = "sans", style: str = "") -> list[str]:
    lines: list[str] = []
    for part in s.split("\n"):
        line = ""
        for word in part.split(" "):
            trial = f"{line} {word}".strip()
            if line and width(trial, size, font, style) > w:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


def _left(t: Text) -> float:
    shift = {"L": 0.0, "C": 0.5, "R": 1.0}[t.align]
    return t.x - shift * width(t.s, t.size, t.font, t.style)


def to_pdf(page: Page, path: Path, *, title: str = "", producer: str = "") -> None:
    """Write ``page`` as a one-page PDF with a text layer."""
    pdf = FPDF(unit="mm", format=(page.w, page.h))
    pdf.set_creation_date(CREATED)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0)
    if title:
        pdf.set_title(title)
    if producer:
        pdf.set_producer(producer)
    for (font, style), name in FONTS.items():
        pdf.add_font(font, style, str(FONT_DIR / name))
    pdf.add_page()
    for item in page.items:
        if isinstance(item, Text):
            pdf.set_font(item.font, item.style, item.size)
            pdf.set_text_color(*item.colour)
            pdf.text(_left(item), item.y, item.s)
        elif isinstance(item, Line):
            pdf.set_draw_color(*item.colour)
            pdf.set_line_width(item.width)
            pdf.line(item.x1, item.y1, item.x2, item.y2)
        elif isinstance(item, Box):
            pdf.set_line_width(item.width)
            if item.colour:
                pdf.set_draw_color(*item.colour)
            if item.fill:
                pdf.set_fill_color(*item.fill)
            style = ("D" if item.colour else "") + ("F" if item.fill else "")
            pdf.rect(item.x, item.y, item.w, item.h, style=style)
        else:
            pdf.set_draw_color(*item.colour)
            pdf.set_line_width(item.width)
            pdf.ellipse(item.x - item.r, item.y - item.r, 2 * item.r, 2 * item.r)
    pdf.output(str(path))


def to_image(page: Page, dpi: int = 200) -> Image.Image:
    """Render ``page`` to an RGB image at ``dpi``."""
    k = dpi / 25.4
    img = Image.new("RGB", (round(page.w * k), round(page.h * k)), "white")
    draw = ImageDraw.Draw(img)
    for item in page.items:
        if isinstance(item, Text):
            face = _face(item.font, item.style, round(item.size * PT * k))
            draw.text(
                (_left(item) * k, item.y * k), item.s, font=face, fill=item.colour, anchor="ls"
            )
        elif isinstance(item, Line):
            w = max(1, round(item.width * k))
            draw.line([(item.x1 * k, item.y1 * k), (item.x2 * k, item.y2 * k)], item.colour, w)
        elif isinstance(item, Box):
            xy = [(item.x * k, item.y * k), ((item.x + item.w) * k, (item.y + item.h) * k)]
            w = max(1, round(item.width * k))
            draw.rectangle(xy, fill=item.fill, outline=item.colour, width=w if item.colour else 0)
        else:
            xy = [((item.x - item.r) * k, (item.y - item.r) * k)]
            xy.append(((item.x + item.r) * k, (item.y + item.r) * k))
            draw.ellipse(xy, outline=item.colour, width=max(1, round(item.width * k)))
    return img
