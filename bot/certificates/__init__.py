"""Read a CE certificate file into fields: what it is and what it says (issue #20).

    reading = read_certificate(data, name="cert.pdf", mime="application/pdf", today=today)

Pure and synchronous; callers run it off the event loop. See reader.py for the limits.
"""

from bot.certificates.model import (
    Approval,
    BoardHours,
    CertificateCourse,
    CertificateReading,
    Format,
    Kind,
)
from bot.certificates.ocr import tesseract_path
from bot.certificates.reader import MAX_BYTES, read_certificate, read_text

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
