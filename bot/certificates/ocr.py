"""Tesseract in a subprocess: text from a page image, within a time limit."""

from __future__ import annotations

import logging
import shutil
import subprocess

log = logging.getLogger(__name__)
OCR_SECONDS = 30.0  # one page; a clean letter page takes 1-3 s on one core


class OcrUnavailable(RuntimeError):
    """Tesseract is not installed here."""


class OcrFailed(RuntimeError):
    """Tesseract ran but gave no text in time (or crashed)."""


def tesseract_path() -> str | None:
    """Where the tesseract binary is, or None when it is not installed."""
    return shutil.which("tesseract")


def ocr_png(png: bytes, *, timeout: float = OCR_SECONDS) -> str:
    """The text Tesseract reads in a PNG.

    Page segmentation 6 (one block of text) read the corpus's scans and photos better than the
    automatic 3, which split wrapped approval statements into columns, and was faster.
    """
    binary = tesseract_path()
    if binary is None:
        raise OcrUnavailable("tesseract is not installed")
    try:
        done = subprocess.run(
            [binary, "-", "-", "--psm", "6", "-l", "eng"],
            input=png,
            capture_output=True,
            timeout=timeout,
            check=False,
            env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"},  # one core: the box is shared
        )
    except subprocess.TimeoutExpired as exc:  # run() kills the child before raising
        raise OcrFailed("tesseract timed out") from exc
    if done.returncode != 0:
        log.info("tesseract failed", extra={"returncode": done.returncode})
        raise OcrFailed("tesseract failed")
    return done.stdout.decode("utf-8", "replace")
