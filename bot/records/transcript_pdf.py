"""A transcript as PDF (fpdf2), with the DejaVu font matplotlib ships so any character prints."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from bot.records.transcript import Transcript, TranscriptRow

if TYPE_CHECKING:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

HEADINGS = ("Course", "Provider", "Approval body", "Format", "Hours", "Date", "Certificate")
WIDTHS = (70, 45, 35, 32, 15, 22, 20)  # mm; sums to the letter-landscape text width


def transcript_pdf(transcript: Transcript) -> bytes:
    """The transcript on US-letter landscape pages."""
    from fpdf import FPDF  # fpdf2 and its fonts load with the first PDF, not with every chat

    pdf = FPDF(orientation="landscape", format="letter")
    pdf.add_font("DejaVu", "", str(font_dir() / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(font_dir() / "DejaVuSans-Bold.ttf"))
    pdf.set_title(f"CE transcript — {transcript.license_name}")
    pdf.add_page()
    _heading(pdf, transcript)
    for category in dict.fromkeys(row.category for row in transcript.rows):
        rows = [row for row in transcript.rows if row.category == category]
        _category(pdf, category, rows)
    if not transcript.rows:
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(text="No courses logged in this cycle yet.", new_x="LMARGIN", new_y="NEXT")
    _totals(pdf, transcript)
    _source(pdf, transcript)
    return bytes(pdf.output())


@cache
def font_dir() -> Path:
    """Where matplotlib keeps its DejaVu fonts (asked only when a PDF is made)."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def _bold() -> FontFace:
    """Table headings in bold (an fpdf2 FontFace)."""
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD")


def _heading(pdf: FPDF, transcript: Transcript) -> None:
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(text=f"CE transcript — {transcript.license_name}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    start = f"{transcript.cycle_start:%b %-d, %Y}" if transcript.cycle_start else "unknown"
    lines = (
        f"Clinician: {transcript.member_name}",
        f"Renewal cycle: {start} – {transcript.renewal_date:%b %-d, %Y}",
        f"Status: {transcript.status.replace('_', ' ')}"
        f" · generated {transcript.generated_on:%b %-d, %Y}",
    )
    for line in lines:
        pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _category(pdf: FPDF, category: str, rows: list[TranscriptRow]) -> None:
    hours = sum(row.hours for row in rows)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(text=f"{category} — {hours:g} h", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    with pdf.table(col_widths=WIDTHS, headings_style=_bold()) as table:
        table.row(HEADINGS)
        for row in rows:
            if row.counted == "yes":
                title = row.title
            elif row.counted.startswith("provisionally"):
                title = f"{row.title} ({row.counted})"
            else:
                title = f"{row.title} (not counted: {row.counted.removeprefix('no: ')})"
            if row.also_counts_toward:
                title += f" — also counts toward {', '.join(row.also_counts_toward)}"
            table.row(
                (
                    title,
                    row.provider or "—",
                    row.approval_body or "—",
                    row.format or "—",
                    f"{row.hours:g}",
                    f"{row.completed_on:%Y-%m-%d}",
                    row.certificate,
                )
            )
    pdf.ln(3)


def _totals(pdf: FPDF, transcript: Transcript) -> None:
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(text="Totals against requirements", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(140, 40, 40), headings_style=_bold()) as table:
        table.row(("Requirement", "Earned (h)", "Required (h)"))
        for line in transcript.requirements:
            required = line.required_words
            table.row((line.label, f"{line.earned:g}", required))
    pdf.ln(3)


def _source(pdf: FPDF, transcript: Transcript) -> None:
    pdf.set_font("DejaVu", "", 8)
    for note in (*transcript.notes, *transcript.confidence_notes):
        pdf.multi_cell(0, align="L", text=f"• {note}", new_x="LMARGIN", new_y="NEXT")
    checked = f"{transcript.checked:%b %-d, %Y}" if transcript.checked else "not yet re-checked"
    pdf.multi_cell(
        0,
        align="L",
        text=f"Rule source: {'; '.join(transcript.sources) or 'unknown'}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.multi_cell(0, align="L", text=f"Rules checked: {checked}", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, align="L", text=transcript.guidance, new_x="LMARGIN", new_y="NEXT")
