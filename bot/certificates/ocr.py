"""Tesseract in a subprocess: text from a page image, within a time limit, and which way up it is."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from dataclasses import dataclass

log = logging.getLogger(__name__)
OCR_SECONDS = 30.0  # one page; a clean letter page takes 1-3 s on one core
TURNED_AT_LEAST = 1.0  # Tesseract's orientation confidence: turned tuning pages scored 11-19
_ENV = {"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"}  # one core: the box is shared
_TSV_COLUMNS = 12


class OcrUnavailable(RuntimeError):
    """Tesseract is not installed here."""


class OcrFailed(RuntimeError):
    """Tesseract ran but gave no text in time (or crashed)."""


@dataclass(frozen=True)
class OcrText:
    """What Tesseract read, and how sure it was: 0-100, its word confidences weighted by length.

    Upright pages of the tuning sets read at 81-96; the same pages turned 90 or 180 degrees at
    20-43, as Tesseract then reads letters into noise.
    """

    text: str
    confidence: float


def tesseract_path() -> str | None:
    """Where the tesseract binary is, or None when it is not installed."""
    return shutil.which("tesseract")


def ocr_png(png: bytes, *, timeout: float = OCR_SECONDS) -> str:
    """The text Tesseract reads in a PNG."""
    return ocr_read(png, timeout=timeout).text


def ocr_read(png: bytes, *, timeout: float = OCR_SECONDS) -> OcrText:
    """The text Tesseract reads in a PNG, with its confidence.

    Page segmentation 6 (one block of text) read the corpus's scans and photos better than the
    automatic 3, which split wrapped approval statements into columns, and was faster. The TSV
    and the plain text come in one run on stdout (the TSV first), so nothing touches the disk.
    """
    out = _tesseract(png, ["--psm", "6", "-l", "eng", "tsv", "txt"], timeout)
    lines = out.decode("utf-8", "replace").split("\n")
    rows = 0
    while rows < len(lines) and lines[rows].count("\t") == _TSV_COLUMNS - 1:
        rows += 1
    return OcrText("\n".join(lines[rows:]), _confidence(lines[1:rows]))


def _confidence(rows: list[str]) -> float:
    letters, weighted = 0, 0.0
    for row in rows:
        cells = row.split("\t")
        word = cells[-1].strip()
        if cells[0] != "5" or not word:  # level 5: a word
            continue
        try:
            conf = float(cells[10])
        except ValueError:
            continue
        letters += len(word)
        weighted += max(conf, 0.0) * len(word)
    return weighted / letters if letters else 0.0


def osd_turn(png: bytes, *, timeout: float = OCR_SECONDS) -> int:
    """Degrees clockwise that turn the page upright (0, 90, 180 or 270), by Tesseract's
    orientation detection (``--psm 0``, the ``osd`` traineddata); 0 when it cannot tell.

    Too few letters, no ``osd`` data installed, a time-out or a weak guess all mean 0: the
    caller keeps the reading it has.
    """
    try:
        out = _tesseract(png, ["--psm", "0"], timeout).decode("utf-8", "replace")
    except OcrFailed:
        return 0
    turn = re.search(r"^Rotate:\s*(\d+)", out, re.M)
    sure = re.search(r"^Orientation confidence:\s*([\d.]+)", out, re.M)
    if turn is None or sure is None or float(sure.group(1)) < TURNED_AT_LEAST:
        return 0
    degrees = int(turn.group(1)) % 360
    return degrees if degrees in (90, 180, 270) else 0


def _tesseract(png: bytes, args: list[str], timeout: float) -> bytes:
    binary = tesseract_path()
    if binary is None:
        raise OcrUnavailable("tesseract is not installed")
    try:
        done = subprocess.run(
            [binary, "-", "-", *args],
            input=png,
            capture_output=True,
            timeout=timeout,
            check=False,
            env=_ENV,
        )
    except subprocess.TimeoutExpired as exc:  # run() kills the child before raising
        raise OcrFailed("tesseract timed out") from exc
    if done.returncode != 0:
        log.info("tesseract failed", extra={"returncode": done.returncode, "mode": args[1]})
        raise OcrFailed("tesseract failed")
    return done.stdout
