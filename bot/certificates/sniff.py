"""What a file really is, from its first bytes: a name or a MIME type is only a claim."""

from __future__ import annotations

from typing import Literal

FileType = Literal["pdf", "png", "jpeg", "gif", "tiff", "webp", "bmp", "heic", "unknown"]
_HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif")


def sniff(data: bytes) -> FileType:
    """The file's type by its magic bytes."""
    head = data[:1024]
    if b"%PDF-" in head:  # some generators put a few junk bytes before the header
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"BM"):
        return "bmp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIC_BRANDS:
        return "heic"
    return "unknown"
