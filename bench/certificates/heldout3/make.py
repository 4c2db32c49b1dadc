"""Write the third held-out certificate set: each file beside ``<file>.json`` of its fields.

.venv/bin/python -m bench.certificates.heldout3.make [OUT_DIR]

Written without reading the reader (bot/) or the other sets' generators; fixed seeds, so a rerun
gives the same files. The reading day the fields are worked out against is 2025-06-01.
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pillow_heif
from PIL import Image

from bench.certificates.heldout3 import awards, photos, records
from bench.certificates.heldout3.camera import photographed, scanned, scanned_pdf
from bench.certificates.heldout3.course import Certificate
from bench.certificates.heldout3.draw import to_image, to_pdf

HERE = Path(__file__).resolve().parent
ORIENTATION, MAKE, MODEL = 0x0112, 0x010F, 0x0110

SET: tuple[Callable[[], Certificate], ...] = (
    awards.award_board_hours,
    awards.letter_provider_number,
    awards.workshop_two_day,
    awards.minutes_on_demand,
    awards.ceu_bare,
    awards.two_line_title,
    awards.state_board_form,
    awards.nysed_numbers,
    awards.board_table_differing,
    records.transcript_table,
    records.registration_future,
    records.payment_receipt,
    records.grand_rounds_consult,
    photos.scan_tilted,
    photos.scan_rotate90,
    photos.photo_sideways,
    photos.photo_exif6,
    photos.photo_iphone,
)


def _exif(make: str, model: str, orientation: int) -> Image.Exif:
    exif = Image.Exif()
    exif[MAKE], exif[MODEL], exif[ORIENTATION] = make, model, orientation
    return exif


def write(cert: Certificate, out: Path) -> None:
    """Render ``cert`` by its medium into ``out / cert.name``."""
    path = out / cert.name
    seed = zlib.crc32(cert.name.encode())
    if cert.medium == "pdf":
        to_pdf(cert.page, path, producer="fpdf2 (CE certificate export)")
    elif cert.medium == "scan":
        scanned_pdf([scanned(to_image(cert.page, 200), seed, tilt=1.4)], path, dpi=200)
    elif cert.medium == "scan90":
        page = scanned(to_image(cert.page, 200), seed, tilt=-0.6)
        # /Rotate 90 turns the page clockwise for display, so the pixels are stored turned back.
        stored = page.transpose(Image.Transpose.ROTATE_90)
        scanned_pdf([stored], path, dpi=200, rotate=90)
    elif cert.medium == "sideways":
        photo = photographed(to_image(cert.page, 170), seed)
        photo.transpose(Image.Transpose.ROTATE_270).save(path, "JPEG", quality=82)
    elif cert.medium == "exif6":
        photo = photographed(to_image(cert.page, 170), seed, skew=0.04)
        # Orientation 6: show the stored pixels turned 90° clockwise, so store them turned back.
        stored = photo.transpose(Image.Transpose.ROTATE_90)
        stored.save(path, "JPEG", quality=80, exif=_exif("samsung", "SM-S911U", 6).tobytes())
    elif cert.medium == "heic":
        photo = photographed(to_image(cert.page, 170), seed, skew=0.035, dim=0.25)
        heif = pillow_heif.from_pillow(photo)
        heif.save(path, quality=70, exif=_exif("Apple", "iPhone 14", 1).tobytes())
    else:
        raise ValueError(cert.medium)
    expected = cert.expected()
    (out / f"{cert.name}.json").write_text(
        json.dumps(expected, indent=1, ensure_ascii=False) + "\n"
    )


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else HERE
    out.mkdir(parents=True, exist_ok=True)
    for make in SET:
        cert = make()
        write(cert, out)
        print(f"{cert.name:28} {cert.layout}")


if __name__ == "__main__":
    main(sys.argv[1:])
