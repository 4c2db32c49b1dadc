"""Decode a page image safely and make it ready for OCR: size checked before any pixel is read.

HEIC/HEIF photos (the iPhone's format) decode with pi-heif when it is installed; libheif turns
them by their ``irot``/``imir`` boxes as it decodes, as EXIF Orientation turns a JPEG.
"""

from __future__ import annotations

import functools
import io
import warnings

import numpy as np
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

MAX_PIXELS = 50_000_000  # a 600 dpi letter page is 34 MP; a 20,000 x 20,000 image is refused
SKEW_AT_MOST = 12  # degrees a page may lean and be turned level (a phone held askew)
LEAN_MOSTLY = 4  # degrees searched in half steps; beyond, whole degrees, then refined
OCR_LONG_SIDE = 2600  # Tesseract reads letter pages best near 200-300 dpi; larger only costs time
RULE_AT_LEAST = 80  # pixels of unbroken ink: a table's rule or a border, never a letter
_TURNS = {
    90: Image.Transpose.ROTATE_270,  # PIL's names count counter-clockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


class ImageRefused(ValueError):
    """An image that is too large to decode within the budget."""


class ImageBroken(ValueError):
    """Bytes that start like an image but do not decode (truncated, corrupt)."""


@functools.cache
def heif_readable() -> bool:
    """Whether HEIC/HEIF photos decode here: pi-heif installed (its Pillow opener registered once)."""
    try:
        import pi_heif  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return False
    # Only the primary image: no thumbnails, depth maps or auxiliary images; one core.
    pi_heif.register_heif_opener(
        thumbnails=False, depth_images=False, aux_images=False, decode_threads=1
    )
    return True


def check_size(width: int, height: int) -> None:
    """Refuse a picture whose pixels would not fit the budget (before decoding it)."""
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        raise ImageRefused(f"{width}x{height} pixels is past the limit")


def decoded_page(data: bytes) -> Image.Image:
    """The photo or scan as a grey page scaled for OCR, upright as its camera recorded it.

    The header gives the size, checked before any pixel is decoded (a HEIC's too: pi-heif
    reads the ``ispe`` box first and decodes on load).
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))  # reads the header only
            check_size(*img.size)
            img.draft("L", (OCR_LONG_SIDE, OCR_LONG_SIDE))  # JPEG: decode at a smaller scale
            return page_image(ImageOps.exif_transpose(img))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRefused("past Pillow's pixel limit") from exc
    except ImageRefused:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageBroken("not a readable image") from exc
    except RuntimeError as exc:  # libheif's decoder on a damaged HEIC
        raise ImageBroken("not a readable image") from exc


def page_image(img: Image.Image) -> Image.Image:
    """Grayscale, on white, at most OCR_LONG_SIDE on its long side."""
    check_size(*img.size)
    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        white = Image.new("RGBA", img.size, "white")
        img = Image.alpha_composite(white, img)
    img = img.convert("L")
    scale = OCR_LONG_SIDE / max(img.size)
    if scale < 1:
        img = img.resize(
            (round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS
        )
    elif max(img.size) < 1400:  # a small screenshot: Tesseract wants letters ~30 px high
        img = img.resize((img.width * 2, img.height * 2), Image.Resampling.LANCZOS)
    return img


def turned(page: Image.Image, degrees: int) -> Image.Image:
    """The page turned clockwise by a multiple of 90 degrees (as a PDF's /Rotate turns it)."""
    transpose = _TURNS.get(degrees % 360)
    return page if transpose is None else page.transpose(transpose)


def ocr_ready(page: Image.Image, turn: int = 0) -> bytes:
    """The page turned ``turn`` degrees clockwise, cleaned for Tesseract, as PNG bytes."""
    img = turned(page, turn)
    # Scans and photos carry speckle; a 3x3 median removes it and keeps the strokes (measured
    # on the corpus: it fixed table cells Tesseract misread as letters).
    img = ImageOps.autocontrast(evenly_lit(img.filter(ImageFilter.MedianFilter(3))))
    img = without_rules(upright(img))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def evenly_lit(img: Image.Image) -> Image.Image:
    """The page divided by its own paper: a phone photo's shading, a desk around the sheet and
    grey ink on tinted paper all become dark text on white.

    The paper's brightness is the brightest pixel near each point (ink is thin, so a maximum
    filter on a small copy removes it), smoothed; each pixel is scaled against it.
    """
    small = img.copy()
    small.thumbnail((300, 300))
    paper = small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.GaussianBlur(4))
    paper_px = np.asarray(paper.resize(img.size, Image.Resampling.BILINEAR), dtype=np.float32)
    pixels = np.asarray(img, dtype=np.float32)
    level = np.clip(pixels / np.maximum(paper_px, 1.0) * 255.0, 0, 255)
    return Image.fromarray(level.astype(np.uint8))


def upright(img: Image.Image) -> Image.Image:
    """The page turned level: a photo is rarely square to the page, and Tesseract reads rows.

    The angle is the one (within SKEW_AT_MOST degrees) whose rows of ink are sharpest: the
    variance of the row sums of a small copy peaks when text lines lie flat. Half degrees up to
    LEAN_MOSTLY, whole ones beyond (then the half degrees beside the best).
    """
    small = img.copy()
    small.thumbnail((700, 700))
    ink = ImageOps.invert(small).point(lambda v: 255 if v > 96 else 0)

    def sharpness(angle: float) -> float:
        turned = ink.rotate(angle, resample=Image.Resampling.BILINEAR)
        return float(np.var(np.diff(np.asarray(turned, dtype=np.float32).sum(axis=1))))

    near = [step / 2 for step in range(-2 * LEAN_MOSTLY, 2 * LEAN_MOSTLY + 1)]
    far = [float(a) for a in range(LEAN_MOSTLY + 1, SKEW_AT_MOST + 1) for a in (a, -a)]
    best = max(near + far, key=lambda a: (sharpness(a), -abs(a)))
    if abs(best) > LEAN_MOSTLY:
        best = max((best - 0.5, best, best + 0.5), key=lambda a: (sharpness(a), -abs(a)))
    if best == 0:
        return img
    return img.rotate(best, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=True)


def without_rules(img: Image.Image) -> Image.Image:
    """The page with table rules and borders whited out: Tesseract reads cell borders as letters.

    A rule is a run of at least RULE_AT_LEAST dark pixels along a row or a column.
    """
    ink = np.asarray(img) < 128
    rules = _runs(ink, axis=1) | _runs(ink, axis=0)
    if not rules.any():
        return img
    pixels = np.asarray(img).copy()
    pixels[rules] = 255
    return Image.fromarray(pixels)


def _runs(ink: np.ndarray, *, axis: int) -> np.ndarray:
    """Where ``ink`` lies in a run of RULE_AT_LEAST or more along ``axis``."""
    n = RULE_AT_LEAST
    counts = np.cumsum(ink, axis=axis, dtype=np.int32)
    pad = np.zeros_like(counts.take([0], axis=axis))
    counts = np.concatenate([pad, counts], axis=axis)
    full = (
        counts.take(range(n, counts.shape[axis]), axis=axis)
        - counts.take(range(counts.shape[axis] - n), axis=axis)
    ) == n
    # Mark every pixel of each full window: a window starting at i covers i .. i+n-1.
    starts = np.cumsum(full, axis=axis, dtype=np.int32)
    starts = np.concatenate([np.zeros_like(pad), starts], axis=axis)
    length = ink.shape[axis]
    hi = starts.take([min(i + 1, starts.shape[axis] - 1) for i in range(length)], axis=axis)
    lo = starts.take([max(i + 1 - n, 0) for i in range(length)], axis=axis)
    return (hi - lo) > 0
