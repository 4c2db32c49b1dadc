"""What a file really is, from its first bytes: a name or a MIME type is only a claim."""

from __future__ import annotations

from typing import Literal

FileType = Literal["pdf", "png", "jpeg", "gif", "tiff", "webp", "bmp", "heic", "avif", "unknown"]
_HEVC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_HEIF_BRANDS = {b"mif1", b"msf1"}  # the HEIF container, whatever the codec inside
_AV1_BRANDS = {b"avif", b"avis"}


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
    if head[4:8] == b"ftyp":
        return _heif_kind(head)
    return "unknown"


def _heif_kind(head: bytes) -> FileType:
    """HEIC (HEVC inside, as phones write it) or AVIF by the ftyp box's major and compatible
    brands; a bare HEIF container (mif1) is taken for HEIC."""
    size = int.from_bytes(head[:4], "big")
    box = head[8 : min(max(size, 16), len(head))]
    brands = {box[:4]} | {box[i : i + 4] for i in range(8, len(box) - 3, 4)}  # 4:8 a version
    if brands & _HEVC_BRANDS:
        return "heic"
    if brands & _AV1_BRANDS:
        return "avif"
    return "heic" if brands & _HEIF_BRANDS else "unknown"
