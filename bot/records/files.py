"""Records as named files (the chat's File reply, and what the CLI writes)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from bot.messages import File
from bot.records.gather import MemberRecords
from bot.records.transcript import Transcript
from bot.records.transcript_csv import transcript_csv
from bot.records.transcript_pdf import transcript_pdf

TranscriptFormat = Literal["csv", "pdf"]


def _stem(transcript: Transcript) -> str:
    license_name = transcript.license_name.replace(" ", "-")
    return f"{license_name}-{transcript.renewal_date.isoformat()}"


def transcript_file(transcript: Transcript, fmt: TranscriptFormat) -> File:
    """The transcript as a CSV or PDF file."""
    title = f"CE transcript — {transcript.license_name}"
    if fmt == "csv":
        name = f"ce-transcript-{_stem(transcript)}.csv"
        return File(name, transcript_csv(transcript), "text/csv", title)
    return File(
        f"ce-transcript-{_stem(transcript)}.pdf",
        transcript_pdf(transcript),
        "application/pdf",
        title,
    )


def calendar_file(records: MemberRecords, now: datetime) -> File:
    """The member's deadlines and plan steps as an .ics file."""
    from bot.records.calendar import calendar_ics  # icalendar loads with the first calendar

    return File("ce-deadlines.ics", calendar_ics(records, now), "text/calendar", "CE deadlines")
