"""What a scanner and a phone camera do to a rendered page: tilt, noise, perspective, light, blur."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter

from bench.certificates.heldout3.draw import CREATED


def scanned(page: Image.Image, seed: int, *, tilt: float, noise: float = 14.0) -> Image.Image:
    """A flatbed scan: greyscale, tilted by ``tilt`` degrees, grainy, with a few specks."""
    rng = np.random.default_rng(seed)
    grey = page.convert("L").rotate(tilt, Image.Resampling.BICUBIC, fillcolor=255)
    a = np.asarray(grey, dtype=np.float64)
    a = a * 0.93 + 12 + rng.normal(0, noise, a.shape)  # toner never quite black, paper never white
    specks = rng.random(a.shape) < 0.0006
    a[specks] = rng.uniform(0, 120, specks.sum())
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    return img.filter(ImageFilter.GaussianBlur(0.6))


def scanned_pdf(
    images: list[Image.Image], path: Path, *, dpi: int, rotate: int = 0, quality: int = 70
) -> None:
    """Write image-only pages (no text layer); ``rotate`` sets each page's /Rotate."""
    pdf = FPDF(unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_producer("ScanSnap Manager #iX1600")
    pdf.set_auto_page_break(False)
    for img in images:
        w, h = img.width * 25.4 / dpi, img.height * 25.4 / dpi
        pdf.add_page(format=(w, h))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        pdf.image(buf, 0, 0, w, h)
    data = bytes(pdf.output())
    if rotate:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        for p in writer.pages:
            p.rotate(rotate)
        writer._ID = None  # no random file id, so the bytes are the same each run
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    path.write_bytes(data)


def photographed(
    page: Image.Image, seed: int, *, long_side: int = 1600, skew: float = 0.05, dim: float = 0.35
) -> Image.Image:
    """A phone photo of ``page`` lying on a desk: perspective, uneven light, blur, sensor noise."""
    rng = np.random.default_rng(seed)
    pw, ph = page.size
    margin = 0.08
    cw, ch = int(pw * (1 + 2 * margin)), int(ph * (1 + 2 * margin))
    desk = rng.normal((118, 96, 74), 9, (ch, cw, 3))  # wood-ish brown, grainy
    desk += np.linspace(-18, 18, cw)[None, :, None]
    canvas = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")
    ox, oy = int(pw * margin), int(ph * margin)
    canvas.paste(page, (ox, oy))

    def jitter(x: float, y: float) -> tuple[float, float]:
        dx, dy = rng.uniform(-skew, skew, 2)
        return x + dx * pw, y + dy * ph

    corners = [jitter(ox, oy), jitter(ox + pw, oy), jitter(ox + pw, oy + ph), jitter(ox, oy + ph)]
    page_corners = [(ox, oy), (ox + pw, oy), (ox + pw, oy + ph), (ox, oy + ph)]
    warped = canvas.transform(
        (cw, ch),
        Image.Transform.PERSPECTIVE,
        _perspective(corners, [(float(x), float(y)) for x, y in page_corners]),
        Image.Resampling.BICUBIC,
        fillcolor=(90, 72, 55),
    )
    a = np.asarray(warped, dtype=np.float32)
    yy, xx = np.mgrid[0:ch, 0:cw]
    cx, cy = rng.uniform(0.2, 0.8) * cw, rng.uniform(0.2, 0.8) * ch
    dist = np.hypot((xx - cx) / cw, (yy - cy) / ch)
    light = 1.08 - dim * np.clip(dist, 0, 1)  # a lamp off to one side
    tint = np.array(rng.uniform((0.97, 0.95, 0.86), (1.0, 0.99, 0.93)), np.float32)
    a = a * light[..., None] * tint + rng.normal(0, 5, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    img = img.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.9, 1.3))))
    scale = long_side / max(img.size)
    return img.resize(
        (round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS
    )


def _perspective(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients sending each output pixel near ``dst[i]`` back to the input pixel ``src[i]``."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return list(np.linalg.solve(np.array(rows, float), np.array(rhs, float)))
