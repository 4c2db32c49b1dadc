"""Reading certificate files into fields: the generated corpus scored by field, hostile files.

The corpus (bench/certificates/) is generated here, not checked in. Scores measured when this
was written (`python -m bench.certificates.score tuning|held_out`):

- tuning set, 32 files / 34 courses: every field right on the 26 text PDFs; of the 6 images
  (3 scanned PDFs, 2 phone photos, 1 screenshot) one table photographed at an angle loses its
  provider, hours and date (33/34 each), all else 34/34.
- held-out set, 14 files / 15 courses, first (blind) score, text PDFs: kind 12/12, title,
  provider, approvals, dates, format, per-board hours 13/13, hours 11/13, certificate number
  11/13, names_a_client 9/12; images: hours 1/2, certificate number 1/2, all else 2/2. It showed
  two reader bugs (the attendee before "completed" read as a client; "a total of 75 minutes"
  skipped) and a labelling bug (a layout printing no certificate number), all fixed; since then
  14/15 hours (a table photo) and all else full, no longer blind.

FRESH: the checked-in held-out set (bench/certificates/heldout/, 25 files / 32 courses: 17 text
PDFs, 3 image-only scans, 4 phone photos, 1 screenshot; written by make_heldout.py before the
reader was looked at, never tuned on). One run each (`python -m bench.certificates.score
tuning tuning_real held_out fresh`), before -> after the tuning on tuning.py and tuning_real.py:
kind 22 -> 24/25, names_a_client 23 -> 23/25, title 6 -> 22/32, provider 18 -> 24, approvals
18 -> 28, hours 25 -> 29, per-board hours 29 -> 30, CEUs 30 -> 32, start 25 -> 30, end 24 -> 29,
format 24 -> 30, certificate number 23 -> 29. Tuning sets after: tuning.py all full (34/34),
tuning_real.py 18/19 title and provider (a faded photo), all else full.
After HEIC decoding and the turning (pages.py, /Rotate, levelling to 12 degrees), no longer
blind: kind 25/25, provider 25, approvals 29, per-board hours 31, start 31, end 30, certificate
number 29 (the sideways scan now read; one number lost to the wider levelling); tuning unchanged.
"""

from __future__ import annotations

import io
import struct
import zlib
from datetime import date

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter

from bench.certificates.fresh import fresh
from bench.certificates.make_corpus import TODAY, held_out, tuning, tuning_real
from bench.certificates.score import score
from bot.certificates import problems, read_certificate, read_text, tesseract_path
from bot.certificates.image import MAX_PIXELS
from bot.certificates.model import Approval, BoardHours
from bot.certificates.pdf import PAGES_AT_MOST

needs_ocr = pytest.mark.skipif(tesseract_path() is None, reason="tesseract is not installed")


def _share(scores: dict[str, tuple[int, int]], name: str) -> float:
    right, asked = scores[name]
    return right / asked


def test_text_pdfs_of_the_tuning_set_read_field_by_field():
    scores = score(tuning(images=False))
    assert scores["kind"] == (26, 26)
    assert scores["names_a_client"] == (26, 26)
    for name in ("title", "provider", "approvals", "hours", "start", "end", "format"):
        assert _share(scores, name) >= 0.95, (name, scores[name])
    for name in ("hours_by_board", "ceus", "certificate_number"):
        assert _share(scores, name) >= 0.9, (name, scores[name])


def test_text_pdfs_of_the_held_out_set_read_field_by_field():
    scores = score(held_out(images=False))
    assert scores["kind"] == (12, 12)
    assert _share(scores, "names_a_client") >= 0.9
    for name in ("title", "provider", "approvals", "hours", "hours_by_board", "end", "format"):
        assert _share(scores, name) >= 0.9, (name, scores[name])


def test_text_pdfs_of_the_second_tuning_set_read_field_by_field():
    scores = score(tuning_real(images=False))
    assert scores["kind"] == (12, 12)
    assert scores["names_a_client"] == (12, 12)
    for name in ("title", "provider", "approvals", "hours", "hours_by_board", "start", "format"):
        assert _share(scores, name) >= 0.9, (name, scores[name])


def test_the_fresh_held_out_set_is_checked_in_and_unchanged_in_shape():
    samples = list(fresh())
    assert len(samples) == 25
    assert sum(s.ocr for s in samples) == 8
    assert sum(len(s.data) for s in samples) < 3_000_000
    kinds = sorted(s.kind for s in samples)
    assert kinds.count("transcript") == 2
    assert {"registration", "receipt", "unrelated"} <= set(kinds)
    assert [s.name for s in samples if s.names_a_client] == ["case_consultation.pdf"]


# The fresh set's floors are what the reader scored at the end of round 6 (issue #20): a drop
# below one is a regression.


def test_text_pdfs_of_the_fresh_held_out_set_read_field_by_field():
    scores = score(fresh(images=False))
    assert scores["kind"] == (17, 17)
    assert scores["names_a_client"] == (17, 17)
    floors = {
        "title": 19,
        "provider": 19,
        "approvals": 22,
        "hours": 23,
        "hours_by_board": 24,
        "ceus": 24,
        "start": 24,
        "end": 23,
        "format": 23,
        "certificate_number": 23,
    }  # of 24 courses, as measured at the end of round 6 (issue #20)
    for name, floor in floors.items():
        assert scores[name][1] == 24, (name, scores[name])
        assert scores[name][0] >= floor, (name, scores[name])


@needs_ocr
def test_scans_and_photos_of_the_fresh_held_out_set():
    scores = score([s for s in fresh() if s.ocr])
    assert scores["kind"] == (8, 8)
    assert scores["names_a_client"] == (8, 8)
    floors = {"title": 5, "provider": 6, "approvals": 7, "hours": 7, "start": 7, "format": 7}
    for name, floor in floors.items():  # of 8 courses, as measured at the end of round 6
        assert scores[name][0] >= floor, (name, scores[name])


@needs_ocr
def test_ocr_reads_scans_and_photos():
    samples = [s for s in tuning() if s.name in ("scan_0.pdf", "scan_2.pdf", "photo_0.jpg")]
    assert len(samples) == 3
    scores = score(samples)
    assert scores["kind"] == (3, 3)
    for name in ("title", "provider", "hours", "end"):
        assert scores[name][0] >= 2, (name, scores[name])


# ---------------------------------------------------------------- fields worked by hand


def test_a_per_board_line_gives_each_board_its_hours_and_no_plain_figure():
    reading = read_text(
        "Certificate of Completion\nThis certifies that\nAda Park\nhas successfully completed\n"
        "Ethics in Telehealth\nDate: March 3, 2025\n"
        "ASWB 3.0 CE / NBCC 2.5 clock hours / APA 3.0 credits",
        today=TODAY,
    )
    course = reading.courses[0]
    assert course.hours_by_board == (
        BoardHours("ASWB ACE", 3.0),
        BoardHours("NBCC ACEP", 2.5),
        BoardHours("APA", 3.0),
    )
    assert course.hours is None


def test_a_total_of_minutes_is_the_course_length_but_a_transcript_total_is_not():
    memo = read_text("Jo Park completed the course, for a total of 75 minutes.", today=TODAY)
    assert memo.courses[0].hours == 1.25  # 75 / 60
    totals = read_text("Certificate of Completion\nTotal hours: 9.0", today=TODAY)
    assert totals.courses[0].hours is None


def test_minutes_become_hours_and_a_bare_ceu_figure_stays_ceus():
    minutes = read_text("Certificate of Completion\nDuration: 135 minutes", today=TODAY)
    assert minutes.courses[0].hours == 2.25  # 135 / 60
    ceus = read_text("Certificate of Completion\n0.6 CEUs awarded", today=TODAY)
    assert (ceus.courses[0].hours, ceus.courses[0].ceus) == (None, 0.6)


def test_a_date_range_within_a_month_and_across_months():
    same = read_text("Certificate of Attendance\nDates: March 3-5, 2025", today=TODAY)
    assert (same.courses[0].start, same.courses[0].end) == (date(2025, 3, 3), date(2025, 3, 5))
    across = read_text("Certificate of Attendance\nDate(s): 01/30/2025 - 02/01/2025", today=TODAY)
    assert (across.courses[0].start, across.courses[0].end) == (
        date(2025, 1, 30),
        date(2025, 2, 1),
    )


def test_an_approval_period_is_not_the_course_date():
    reading = read_text(
        "Certificate of Completion\nCompleted on April 9, 2025\nAcme Institute, provider #1234, "
        "is approved as an ACE provider by the Association of Social Work Boards (ASWB). "
        "Approval period: 01/01/2024 - 01/01/2027.",
        today=TODAY,
    )
    course = reading.courses[0]
    assert (course.start, course.end) == (date(2025, 4, 9), date(2025, 4, 9))
    assert course.approvals == (Approval("ASWB ACE", "1234"),)
    assert course.provider == "Acme Institute"


def test_nysed_and_state_board_numbers():
    reading = read_text(
        "Certificate of Completion\nHarbor Training Center is recognized by the New York State "
        "Education Department's State Board for Mental Health Practitioners as an approved "
        "provider of continuing education for licensed mental health counselors #MHC-0157. "
        "Harbor Training Center is approved by the Texas State Board of Social Worker Examiners, "
        "provider number 7742.",
        today=TODAY,
    )
    assert reading.courses[0].approvals == (
        Approval("NYSED", "MHC-0157"),
        Approval("Texas State Board of Social Worker Examiners", "7742"),
    )


def test_unstated_format_stays_unknown():
    reading = read_text(
        "Certificate of Completion\nThis certifies that\nAda Park\nhas completed\nGrief Work",
        today=TODAY,
    )
    assert reading.courses[0].format is None
    assert reading.courses[0].title == "Grief Work"


def test_the_attendee_is_no_client_but_a_described_client_is():
    plain = read_text(
        "This certifies that\nMaria Lopez\nhas completed\nTrauma Treatment Basics", today=TODAY
    )
    assert plain.names_a_client is False
    said = read_text("To whom it may concern:\nMorgan Blake completed Grief Work", today=TODAY)
    assert said.names_a_client is False  # the attendee, before "completed"
    form = read_text(
        "Case consultation attendance\nAttendee: Maria Lopez\nCase: client J.D., a 52-year-old "
        "man with schizophrenia; discussed medication adherence.",
        today=TODAY,
    )
    assert form.names_a_client is True
    named = read_text("Grand rounds\nDiscussed my client Kevin Brown and his relapse", today=TODAY)
    assert named.names_a_client is True
    assert read_text(
        "Grand rounds\nDiscussed my client Kevin Brown and his relapse",
        today=TODAY,
        known_names=["Kevin Brown"],
    ).names_a_client  # "my client …" describes a client whoever is named


def test_a_future_course_is_a_registration_not_a_completion():
    reading = read_text(
        "Thank you for registering! You are registered for Ethics Update on July 10, 2025.",
        today=TODAY,
    )
    assert reading.kind == "registration"


def test_the_text_is_not_returned():
    reading = read_text("Certificate of Completion\nCE Hours: 2", today=TODAY)
    assert reading.text_chars == len("Certificate of Completion\nCE Hours: 2")
    assert not any("Completion" in str(v) for v in vars(reading).values() if isinstance(v, str))


# ---------------------------------------------------------------- hostile files


def _pdf(pages: int = 1, text: str = "Certificate of Completion") -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for n in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"{text} page {n + 1}")
    return bytes(pdf.output())


def _unreadable(data: bytes, problem: str, **kw) -> None:
    reading = read_certificate(data, today=TODAY, **kw)
    assert reading.kind == "unreadable"
    assert reading.problem == problem
    assert reading.courses == ()


def test_not_a_pdf_though_named_one():
    _unreadable(b"<html>hello</html>", problems.not_a_certificate("c.pdf", ""), name="c.pdf")
    assert "named like a PDF" in problems.not_a_certificate("c.pdf", "")


def test_empty_and_oversized_files():
    _unreadable(b"", problems.EMPTY)
    _unreadable(b"%PDF-1.4\n" + b"0" * (15 * 1024 * 1024), problems.TOO_BIG)


def test_an_encrypted_pdf_is_password_protected():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf())))
    writer.encrypt(user_password="s3cret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    _unreadable(out.getvalue(), problems.ENCRYPTED)


def test_an_owner_password_only_pdf_still_reads():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf(text="This certifies completion"))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    assert read_certificate(out.getvalue(), today=TODAY).kind != "unreadable"


def test_malformed_and_truncated_pdfs():
    _unreadable(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage", problems.MALFORMED)
    whole = _pdf()
    _unreadable(whole[: len(whole) // 3], problems.MALFORMED)


def test_a_decompression_bomb_pdf_is_refused():
    squeeze = zlib.compressobj(9)
    chunk = b"0" * (1 << 20)
    stream = b"".join(squeeze.compress(chunk) for _ in range(100)) + squeeze.flush()  # 100 MB
    assert len(stream) < 200_000
    body = [
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj",
        b"4 0 obj << /Length %d /Filter /FlateDecode >> stream\n" % len(stream)
        + stream
        + b"\nendstream endobj",
    ]
    data = b"%PDF-1.7\n" + b"\n".join(body) + b"\ntrailer << /Root 1 0 R >>\n%%EOF"
    reading = read_certificate(data, today=TODAY)
    assert reading.kind == "unreadable"  # past pypdf's 75 MB output limit: no text, nothing read
    assert reading.problem in (problems.MALFORMED, problems.NO_TEXT)


def test_a_200_page_pdf_reads_only_its_first_pages():
    reading = read_certificate(_pdf(200), today=TODAY)
    assert reading.pages == PAGES_AT_MOST
    assert reading.text_chars < 200 * len("Certificate of Completion page 1")


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 1000)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_a_20000_pixel_square_image_is_refused_before_decoding():
    assert MAX_PIXELS < 20_000 * 20_000
    _unreadable(_png_header(20_000, 20_000), problems.IMAGE_TOO_LARGE, name="cert.jpg")


# HEIC photos: test_heic_and_turned.py (read with pi-heif; "send another format" without it).


def test_a_pdf_named_as_a_photo_is_read_as_the_pdf_it_is():
    sample = next(s for s in tuning(images=False) if s.name == "award_0.pdf")
    reading = read_certificate(sample.data, name="IMG_2231.jpg", mime="image/jpeg", today=TODAY)
    assert reading.kind == "completion"
    assert reading.source == "text"
    assert reading.courses[0].title == sample.courses[0].title


def _photo() -> bytes:
    img = Image.new("L", (900, 300), 255)
    ImageDraw.Draw(img).text((20, 120), "Certificate of Completion", fill=0)
    out = io.BytesIO()
    img.save(out, "JPEG")
    return out.getvalue()


def test_a_truncated_image_is_damaged_not_too_large():
    _unreadable(_png_header(800, 600), problems.IMAGE_BROKEN)


def test_without_tesseract_an_image_is_unreadable_kindly(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # tesseract is looked up on PATH
    _unreadable(_photo(), problems.NO_OCR)
    assert "OCR isn't installed" in problems.NO_OCR


@needs_ocr
def test_ocr_past_its_time_limit_is_unreadable_kindly():
    _unreadable(_photo(), problems.OCR_FAILED, ocr_timeout=0.001)


# ------------------------------------------------- shapes the fresh held-out set brought up


def test_a_range_whose_first_day_has_no_year_takes_the_last_days_year():
    reading = read_text("Certificate of Attendance\nSessions: June 3 - June 7, 2024", today=TODAY)
    assert (reading.courses[0].start, reading.courses[0].end) == (
        date(2024, 6, 3),
        date(2024, 6, 7),
    )


def test_a_statement_wrapped_in_a_narrow_column_is_read_whole():
    reading = read_text(
        "Certificate of Attendance\nfor attending the program\nSleep and Mood\n"
        "HARBOR LIGHT\nTRAINING GROUP\nHarbor Light Training\nGroup is approved by the\n"
        "Ohio Counselor, Social Worker\nand Marriage and Family\nTherapist Board, provider\n"
        "RCS 090117.",
        today=TODAY,
    )
    course = reading.courses[0]
    assert course.approvals == (
        Approval(
            "Ohio Counselor, Social Worker and Marriage and Family Therapist Board", "RCS 090117"
        ),
    )
    assert course.provider == "Harbor Light Training Group"
    assert course.title == "Sleep and Mood"


def test_a_credits_table_gives_each_board_its_row():
    reading = read_text(
        "Continuing Education Credit Record\nTitle: Sleep and Mood\nDate: May 2, 2025\n"
        "Approved by Credit type Credits\nASWB ACE (provider #1302) Social work CE 2.5\n"
        "NBCC ACEP No. 4410 Clock hours 2.0",
        today=TODAY,
    )
    course = reading.courses[0]
    assert reading.kind == "completion"
    assert course.hours_by_board == (BoardHours("ASWB ACE", 2.5), BoardHours("NBCC ACEP", 2.0))
    assert course.approvals == (Approval("ASWB ACE", "1302"), Approval("NBCC ACEP", "4410"))
    assert course.hours is None


def test_ceus_beside_hours_keep_both_and_spoken_credits_are_hours():
    both = read_text("Certificate of Completion\n1.2 CEUs (12 contact hours)", today=TODAY)
    assert (both.courses[0].hours, both.courses[0].ceus) == (12.0, 1.2)
    letter = read_text(
        "Dear Dr. Park,\nThis letter confirms your participation in Grief Work, held on "
        "May 2, 2025. You earned 3 continuing education credits.",
        today=TODAY,
    )
    assert (letter.courses[0].title, letter.courses[0].hours) == ("Grief Work", 3.0)


def test_a_transcript_row_keeps_its_format_and_number_across_wrapped_cells_and_pages():
    reading = read_text(
        "Acme Training Institute\nStatement of Credits\nDate Course Delivery Credits Cert. no.\n"
        "08/15/2024 Sleep and Mood Live webinar 3.0 AC-3301\n"
        "10/02/2024 Supervising Pre-licensed Counselors in Community\nSettings\n"
        "Self-study 6.0 AC-3388\n"
        "Acme Training Institute\nDate Course Delivery Credits Cert. no.\n"
        "01/19/2025 Grief Work In person 2.0 AC-3472\nTotal: 11.0",
        today=TODAY,
    )
    assert reading.kind == "transcript"
    rows = [(c.title, c.end, c.hours, c.format, c.certificate_number) for c in reading.courses]
    assert rows == [
        ("Sleep and Mood", date(2024, 8, 15), 3.0, "live interactive webinar", "AC-3301"),
        (
            "Supervising Pre-licensed Counselors in Community Settings",
            date(2024, 10, 2),
            6.0,
            "on-demand",
            "AC-3388",
        ),
        ("Grief Work", date(2025, 1, 19), 2.0, "in person", "AC-3472"),
    ]


def test_a_course_code_column_is_no_certificate_number():
    reading = read_text(
        "Transcript\nCode Course title Credit hours Completed on\n"
        "C-17 Sleep and Mood 2 Feb 2, 2024\nC-22 Grief Work 1.5 Mar 14, 2024",
        today=TODAY,
    )
    assert [(c.title, c.certificate_number) for c in reading.courses] == [
        ("Sleep and Mood", None),
        ("Grief Work", None),
    ]


def test_signing_up_is_a_registration():
    reading = read_text(
        "Your registration is complete\nThanks for signing up for Sleep and Mood on July 17, "
        "2025. This live webinar awards 3.0 CE credits.",
        today=TODAY,
    )
    assert reading.kind == "registration"
