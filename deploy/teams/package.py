"""Build the Teams app package: `python deploy/teams/package.py --bot-id ID [--out FILE]`.

Writes manifest.json (with the bot id filled in), color.png (192x192) and outline.png
(32x32, white on transparent) into a zip to upload in Teams or the Developer Portal.
"""

from __future__ import annotations

import argparse
import json
import re
import struct
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
TEAL = (46, 111, 115)


def png(size: int, pixel) -> bytes:
    """A PNG (8-bit RGBA) whose pixel (x, y) -> (r, g, b, a) is given by `pixel`."""
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def _mark(x: int, y: int, size: int) -> bool:
    """A ring with a tick inside: the mentor's 'on track' mark."""
    cx = cy = (size - 1) / 2
    r = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5
    ring = 0.30 * size <= r <= 0.40 * size
    u, v = x / size, y / size
    tick = (abs(v - (u + 0.28)) < 0.05 and 0.32 <= u <= 0.46) or (
        abs(v - (1.10 - u)) < 0.05 and 0.44 <= u <= 0.68
    )
    return ring or tick


def color_icon() -> bytes:
    """192x192 full-colour icon: a white mark on the accent colour."""
    return png(192, lambda x, y, s: (255, 255, 255, 255) if _mark(x, y, s) else (*TEAL, 255))


def outline_icon() -> bytes:
    """32x32 outline icon: white mark, everything else fully transparent (Teams' rule)."""
    return png(32, lambda x, y, s: (255, 255, 255, 255) if _mark(x, y, s) else (0, 0, 0, 0))


def build(bot_id: str, out: Path) -> Path:
    """Write the zip; the bot id must be the Azure Bot's Microsoft App ID (a GUID)."""
    if not GUID.match(bot_id):
        raise SystemExit(f"--bot-id must be the bot's Microsoft App ID (a GUID), not {bot_id!r}")
    manifest = (HERE / "manifest.json").read_text().replace("{{BOT_ID}}", bot_id)
    json.loads(manifest)  # still valid JSON after substitution
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", manifest)
        for name, draw in (("color.png", color_icon), ("outline.png", outline_icon)):
            icon = HERE / name
            if not icon.exists():  # committed beside the manifest; redrawn if deleted
                icon.write_bytes(draw())
            package.write(icon, name)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bot-id", required=True, help="the bot's Microsoft App ID")
    parser.add_argument("--out", type=Path, default=Path("ce-mentor-teams.zip"))
    args = parser.parse_args()
    print(build(args.bot_id, args.out))


if __name__ == "__main__":
    main()
