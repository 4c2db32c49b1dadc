"""The checked-in held-out sets: heldout/ and heldout3/, the fields typed beside each file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from bench.certificates.samples import Course, Sample

HELDOUT = Path(__file__).resolve().parent / "heldout"
HELDOUT3 = Path(__file__).resolve().parent / "heldout3"


def _course(d: dict) -> Course:
    return Course(
        title=d["title"],
        provider=d["provider"],
        hours=d["hours"],
        ceus=d["ceus"],
        hours_by_board=dict(d["hours_by_board"]),
        approvals=[(body, number) for body, number in d["approvals"]],
        start=date.fromisoformat(d["start"]) if d["start"] else None,
        end=date.fromisoformat(d["end"]) if d["end"] else None,
        format=d["format"],
        certificate_number=d["certificate_number"],
    )


def fresh(images: bool = True) -> Iterator[Sample]:
    """Every file of heldout/ (``images=False``: its text PDFs only), in name order."""
    return _checked_in(HELDOUT, images)


def heldout3(images: bool = True) -> Iterator[Sample]:
    """Every file of heldout3/ (HEIC and rotated photos and scans among them), in name order."""
    return _checked_in(HELDOUT3, images)


def _checked_in(folder: Path, images: bool) -> Iterator[Sample]:
    for expected_file in sorted(folder.glob("*.json")):
        expected = json.loads(expected_file.read_text())
        if expected["ocr"] and not images:
            continue
        path = expected_file.with_suffix("")
        yield Sample(
            path.name,
            path.read_bytes(),
            expected["kind"],
            [_course(c) for c in expected["courses"]],
            names_a_client=expected["names_a_client"],
            ocr=expected["ocr"],
        )
