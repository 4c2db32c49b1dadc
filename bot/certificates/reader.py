"""read_certificate: the bytes of a file in, what it is and what it says out.

Pure and synchronous (callers run it off the event loop, e.g. ``asyncio.to_thread``) and bounded
for hostile files: the type comes from the magic bytes, never the name or MIME type; at most
MAX_BYTES are read; a PDF's first pages only; an image's pixels are counted before it is
decoded (a HEIC's too); OCR runs in a subprocess with a time limit, on OCR_PAGES_AT_MOST pages,
each turned upright by EXIF, /Rotate or, when it reads poorly, Tesseract's orientation check.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date

from bot.certificates import problems
from bot.certificates.approvals import find_approvals, find_board_hours
from bot.certificates.clients import names_a_client
from bot.certificates.fields import (
    find_dates_stated,
    find_format,
    find_hours_stated,
    find_provider,
)
from bot.certificates.image import ImageBroken, ImageRefused, decoded_page, heif_readable
from bot.certificates.kinds import future_dates, kind_of, transcript_rows
from bot.certificates.model import (
    MAX_BYTES,
    CertificateCourse,
    CertificateReading,
    Source,
    unreadable,
)
from bot.certificates.numbers import find_certificate_number
from bot.certificates.ocr import OCR_SECONDS, OcrFailed, OcrUnavailable
from bot.certificates.pages import read_page
from bot.certificates.pdf import Encrypted, Malformed, read_pdf
from bot.certificates.sniff import sniff
from bot.certificates.text import CertificateText
from bot.certificates.titles import find_title

log = logging.getLogger(__name__)
OCR_PAGES_AT_MOST = 2
TEXT_AT_LEAST = 20  # characters: less is no text at all
_IMAGES = ("png", "jpeg", "gif", "tiff", "webp", "bmp")


def read_certificate(
    data: bytes,
    *,
    name: str = "",
    mime: str = "",
    today: date,
    known_names: Iterable[str] = (),
    ocr_timeout: float = OCR_SECONDS,
) -> CertificateReading:
    """What the file is and what it says.

    Args:
        data: the file's bytes, as downloaded.
        name: the file's name as sent; only for wording the answer (the bytes decide the type).
        mime: the type the platform claimed; likewise.
        today: the member's today, for a year-less date and to tell a course still ahead.
        known_names: the member's own name and colleagues', who are no client.
        ocr_timeout: seconds for one Tesseract run (a page takes one, or three when turned).

    Returns:
        A CertificateReading; ``kind == "unreadable"`` with ``problem`` in plain words when the
        file could not be read. The text read is not returned; only its length.
    """
    if not data:
        return unreadable(problems.EMPTY)
    if len(data) > MAX_BYTES:
        return unreadable(problems.TOO_BIG)
    kind = sniff(data)
    log.info("reading certificate", extra={"type": kind, "bytes": len(data)})
    if kind == "avif" or (kind == "heic" and not heif_readable()):
        return unreadable(problems.AVIF if kind == "avif" else problems.HEIC)
    if kind == "unknown":
        return unreadable(problems.not_a_certificate(name, mime))
    try:
        if kind == "pdf":
            text, source, pages = _pdf_text(data, ocr_timeout)
        else:
            text, source, pages = read_page(decoded_page(data), timeout=ocr_timeout), "ocr", 1
    except Encrypted:
        return unreadable(problems.ENCRYPTED)
    except Malformed:
        return unreadable(problems.MALFORMED)
    except ImageRefused:
        return unreadable(problems.IMAGE_TOO_LARGE)
    except ImageBroken:
        return unreadable(problems.IMAGE_BROKEN)
    except OcrUnavailable:
        return unreadable(problems.NO_OCR, source="ocr")
    except OcrFailed:
        return unreadable(problems.OCR_FAILED, source="ocr")
    if len(text.strip()) < TEXT_AT_LEAST:
        return unreadable(problems.NO_TEXT if kind == "pdf" else problems.OCR_EMPTY, pages=pages)
    return read_text(text, today=today, source=source, pages=pages, known_names=known_names)


def _pdf_text(data: bytes, ocr_timeout: float) -> tuple[str, Source, int]:
    pdf = read_pdf(data, want_scans=True)
    text = "\n".join(pdf.texts)
    if len(text.strip()) >= TEXT_AT_LEAST or not pdf.scans:
        return text, "text", min(pdf.pages, len(pdf.texts))
    ocr = [read_page(scan, timeout=ocr_timeout) for scan in pdf.scans[:OCR_PAGES_AT_MOST]]
    return "\n".join(ocr), "ocr", min(pdf.pages, len(pdf.texts))


def read_text(
    raw: str,
    *,
    today: date,
    source: Source = "text",
    pages: int = 1,
    known_names: Iterable[str] = (),
) -> CertificateReading:
    """The reading of a certificate's text (what read_certificate does once it has text)."""
    text = CertificateText.tidy(raw, ocr=source == "ocr")
    approvals = find_approvals(text)
    rows = transcript_rows(text, today)
    kind = kind_of(text, len(rows), future_dates(text, today), today)
    provider = find_provider(text)
    if kind == "transcript":
        # a format the paper states once (a conference "in person") is each row's without one
        stated = None if any(row.format for row in rows) else find_format(text)
        courses = tuple(
            CertificateCourse(
                row.title,
                provider,
                approvals,
                row.hours,
                start=row.on,
                end=row.on,
                format=row.format or stated,
                certificate_number=row.number,
            )
            for row in rows
        )
    elif kind == "unrelated":
        courses = ()
    else:
        hours, ceus = find_hours_stated(text)
        start, end = find_dates_stated(text, today)
        courses = (
            CertificateCourse(
                title=find_title(text),
                provider=provider,
                approvals=approvals,
                hours=hours,
                hours_by_board=find_board_hours(text),
                ceus=ceus,
                start=start,
                end=end,
                format=find_format(text),
                certificate_number=find_certificate_number(text),
            ),
        )
    return CertificateReading(
        kind=kind,
        courses=courses,
        names_a_client=names_a_client(text, known_names, (c.title for c in courses)),
        text_chars=len(text.raw),
        source=source,
        pages=pages,
    )
