"""Read a CE certificate file into fields: what it is and what it says (issue #20).

    reading = read_certificate(data, name="cert.pdf", mime="application/pdf", today=today)

Pure and synchronous; callers run it off the event loop. See reader.py for the limits.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from bot.certificates.model import (
    MAX_BYTES,
    Approval,
    BoardHours,
    CertificateCourse,
    CertificateReading,
    Format,
    Kind,
)

if TYPE_CHECKING:
    from bot.certificates.ocr import tesseract_path
    from bot.certificates.reader import read_certificate, read_text

# The reader (pypdf, Pillow, numpy) loads when a certificate first arrives, not with the flows:
# `app.py chat` starts without it (bench/startup_bench.py).
_LAZY = {
    "read_certificate": "bot.certificates.reader",
    "read_text": "bot.certificates.reader",
    "tesseract_path": "bot.certificates.ocr",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MAX_BYTES",
    "Approval",
    "BoardHours",
    "CertificateCourse",
    "CertificateReading",
    "Format",
    "Kind",
    "read_certificate",
    "read_text",
    "tesseract_path",
]
