"""A PDF's text layer with pypdf, and its page images when there is no text (a scan).

pypdf's own limits (stream sizes, decompression, page-tree size) bound hostile files; on top,
only the first PAGES_AT_MOST pages are read and each page's text is cut at TEXT_AT_MOST.
A scanned page's image is turned by the page's /Rotate, as a viewer shows it.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from PIL import Image
from pypdf import PageObject, PdfReader
from pypdf.errors import PdfReadError, PyPdfError
from pypdf.generic import DictionaryObject, IndirectObject

from bot.certificates.image import ImageRefused, check_size, page_image, turned

log = logging.getLogger(__name__)
PAGES_AT_MOST = 4  # a certificate is a page; a transcript a few
TEXT_AT_MOST = 20_000  # characters kept per page
SCANNED_BELOW = 40  # characters: a page with fewer has no real text layer


class Encrypted(ValueError):
    """The PDF needs a password."""


class Malformed(ValueError):
    """pypdf could not read the PDF (broken, truncated, or past pypdf's limits)."""


@dataclass(frozen=True)
class PdfPages:
    """Text per page read, the page images to OCR where a page had no text, and the page count."""

    texts: tuple[str, ...]
    scans: tuple[Image.Image, ...]  # grey, scaled and upright (page_image), one per page
    # without a text layer
    pages: int


def read_pdf(data: bytes, *, want_scans: bool) -> PdfPages:
    """Text of the first pages; for a page without text, its largest image (when wanted)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):  # an empty user password opens many
            raise Encrypted("password needed")
        count = len(reader.pages)
        texts, scans = [], []
        for page in list(reader.pages)[:PAGES_AT_MOST]:
            text = (page.extract_text() or "")[:TEXT_AT_MOST]
            texts.append(text)
            if want_scans and len(text.strip()) < SCANNED_BELOW:
                scan = _page_image(page)
                if scan is not None:
                    scans.append(scan)
    except (Encrypted, ImageRefused):
        raise
    except (
        PdfReadError,
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
        OSError,
        NotImplementedError,
        MemoryError,
    ) as exc:
        # pypdf raises many kinds on broken files; each means the same to the member.
        log.info("pdf unreadable", extra={"error": type(exc).__name__})
        raise Malformed(type(exc).__name__) from exc
    return PdfPages(tuple(texts), tuple(scans), count)


def _page_image(page: PageObject) -> Image.Image | None:
    """The largest image on the page, its size checked from the PDF before decoding, turned
    clockwise by the page's /Rotate (a scanner that feeds a landscape page sideways sets it)."""
    resources = page.get("/Resources")
    resources = resources.get_object() if isinstance(resources, IndirectObject) else resources
    if not isinstance(resources, DictionaryObject):
        return None
    xobjects = resources.get("/XObject")
    xobjects = xobjects.get_object() if xobjects is not None else None
    if not isinstance(xobjects, DictionaryObject):
        return None
    best: tuple[int, str] | None = None
    for name in list(xobjects)[:20]:
        obj = xobjects[name].get_object()
        if not isinstance(obj, DictionaryObject) or obj.get("/Subtype") != "/Image":
            continue
        width, height = int(obj.get("/Width", 0)), int(obj.get("/Height", 0))
        check_size(width, height)
        if best is None or width * height > best[0]:
            best = (width * height, str(name))
    if best is None:
        return None
    image = page.images[best[1]].image  # decoded now, within pypdf's image buffer limit
    if image is None:
        return None
    return turned(page_image(image), _rotation(page))


def _rotation(page: PageObject) -> int:
    """The page's /Rotate (pypdf copies an inherited one onto the page), 0 unless a quarter."""
    try:
        degrees = int(page.rotation) % 360
    except (TypeError, ValueError):
        return 0
    return degrees if degrees % 90 == 0 else 0
