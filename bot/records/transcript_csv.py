"""A transcript as CSV: one row per course, then totals against requirements, then the source."""

from __future__ import annotations

import csv
import io

from bot.records.transcript import Transcript

COLUMNS = (
    "category",
    "course",
    "provider",
    "approval body",
    "format",
    "hours",
    "date",
    "certificate",
    "counted",
    "also counts toward",
)


def transcript_csv(transcript: Transcript) -> bytes:
    """UTF-8 CSV (with BOM, so spreadsheet apps read accents and dashes correctly)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for row in transcript.rows:
        writer.writerow(
            (
                row.category,
                row.title,
                row.provider,
                row.approval_body,
                row.format,
                f"{row.hours:g}",
                row.completed_on.isoformat(),
                row.certificate,
                row.counted,
                "; ".join(row.also_counts_toward),
            )
        )
    writer.writerow(())
    writer.writerow(("requirement", "earned", "required"))
    for line in transcript.requirements:
        required = line.required_words
        writer.writerow((line.label, f"{line.earned:g}", required))
    writer.writerow(())
    start = transcript.cycle_start.isoformat() if transcript.cycle_start else "unknown"
    checked = transcript.checked.isoformat() if transcript.checked else "not re-checked"
    for label, value in (
        ("clinician", transcript.member_name),
        ("license", transcript.license_name),
        ("cycle", f"{start} to {transcript.renewal_date.isoformat()}"),
        ("status", transcript.status),
        ("rule source", " | ".join(transcript.sources) or "unknown"),
        ("rules checked", checked),
        ("generated", transcript.generated_on.isoformat()),
        *(("note", note) for note in transcript.confidence_notes),
        ("note", transcript.guidance),
    ):
        writer.writerow((label, value))
    return ("\ufeff" + out.getvalue()).encode()
