"""OCR of one page image the right way up: a poor read is turned and read again.

A photo or scan with no EXIF Orientation or /Rotate can still be sideways or upside down (a
flatbed scan fed landscape, a phone held the other way). Tesseract then reads noise at a low
confidence; its orientation detection (``--psm 0``) says which way to turn the page, and the
turned page is read again. The better of the two reads is kept, so a wrong guess costs time only.
At most three Tesseract runs per page, each within the caller's time limit.
"""

from __future__ import annotations

import logging

from PIL import Image

from bot.certificates.image import ocr_ready
from bot.certificates.ocr import OcrFailed, ocr_read, osd_turn

log = logging.getLogger(__name__)
CONFIDENT = 65.0  # upright tuning pages read at 81-96, the same pages turned at 20-43 (ocr.py)


def read_page(page: Image.Image, *, timeout: float) -> str:
    """The text on a page image (page_image's grey, scaled page), turned upright when needed."""
    png = ocr_ready(page)
    first = ocr_read(png, timeout=timeout)
    if first.confidence >= CONFIDENT:
        return first.text
    turn = osd_turn(png, timeout=timeout)
    if not turn:
        return first.text
    try:
        second = ocr_read(ocr_ready(page, turn), timeout=timeout)
    except OcrFailed:
        return first.text
    better = second.confidence > first.confidence
    log.info(
        "page turned for OCR",
        extra={"turn": turn, "kept": better, "before": round(first.confidence)},
    )
    return second.text if better else first.text
