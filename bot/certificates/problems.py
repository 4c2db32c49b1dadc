"""What the member is told when a file cannot be read: plain words, and what would work."""

from __future__ import annotations

ASK = "Or just tell me the course, provider, hours and date, and I'll log it."
EMPTY = f"That file is empty, so there was nothing to read. Could you send it again? {ASK}"
TOO_BIG = (
    f"That file is over 15 MB, more than I read. A PDF or a photo of the certificate works. {ASK}"
)
HEIC = (
    "I can't open HEIC photos (the iPhone's format) here yet. Could you send it as a JPEG, PNG or "
    "PDF? On an iPhone, a screenshot of the photo is a PNG."
)  # only where pi-heif is not installed
AVIF = (
    "I can't open AVIF images. Could you send the certificate as a JPEG, PNG or PDF? "
    "A screenshot of it works too."
)
ENCRYPTED = (
    "It's password-protected, so I can't open it. Could you send a copy without the password, "
    f"or a screenshot of the certificate? {ASK}"
)
MALFORMED = (
    "I couldn't open this PDF: it seems damaged or incomplete. Could you download it again and "
    f"resend it, or send a photo of the certificate? {ASK}"
)
IMAGE_TOO_LARGE = (
    "That image is too large for me to read. An ordinary photo or screenshot of the certificate "
    f"works. {ASK}"
)
IMAGE_BROKEN = (
    "I couldn't open this image: it seems damaged or incomplete. Could you send it again, or the "
    f"PDF? {ASK}"
)
NO_OCR = f"I couldn't read text in this image — OCR isn't installed here. {ASK}"
OCR_FAILED = (
    "I couldn't read the text in this image in time. A sharper, straight-on photo or the PDF "
    f"would help. {ASK}"
)
OCR_EMPTY = (
    f"I couldn't find any text in this image. A sharper, straight-on photo would help. {ASK}"
)
NO_TEXT = f"I couldn't find any text in this PDF. {ASK}"


def not_a_certificate(name: str, mime: str) -> str:
    """A file that is neither a PDF nor an image, whatever its name or type said."""
    claimed = name.lower().endswith(".pdf") or "pdf" in mime.lower()
    if claimed:
        return (
            f"That file is named like a PDF, but it isn't one inside, so I couldn't read it. {ASK}"
        )
    return f"I can read certificates sent as a PDF or a photo (JPEG or PNG); this file is neither. {ASK}"
