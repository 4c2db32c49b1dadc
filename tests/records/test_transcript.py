"""Transcript CSV and PDF: parse them back and check what an auditor would check."""

from __future__ import annotations

import csv
import io

import pypdf
import pytest
from records_dates import TODAY

from bot.records.gather import member_records
from bot.records.transcript_csv import transcript_csv
from bot.records.transcript_pdf import transcript_pdf
from store.db import new_session
from store.models import Member


@pytest.fixture
def transcript(engine, clinician, rule_sets):
    with new_session(engine) as session:
        member = session.get(Member, clinician.member_id)
        return member_records(session, member, rule_sets, TODAY).transcript(None, TODAY)


def test_csv_groups_courses_by_the_boards_categories_with_totals(transcript):
    text = transcript_csv(transcript).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    courses = rows[1 : rows.index([])]
    by_title = {row[1]: row for row in courses}
    assert set(by_title) == {
        "Law & Ethics — California’s 2026 update",
        "Suicide Risk Assessment",
        "Trauma-Informed CBT",
    }  # the 2024 course belongs to the previous cycle
    ethics = by_title["Law & Ethics — California’s 2026 update"]
    assert ethics[0] == "Law and ethics"
    assert ethics[2:9] == ["CAMFT", "CAMFT", "live webinar", "6", "2026-02-10", "on file", "yes"]
    assert by_title["Suicide Risk Assessment"][7] == "missing"
    assert by_title["Trauma-Informed CBT"][0].startswith("General hours")
    # categories follow the board's order: law and ethics before suicide prevention before general
    assert [row[0] for row in courses] == [
        "Law and ethics",
        "Suicide risk assessment and intervention",
        "General hours (no board topic)",
    ]
    totals = {row[0]: row[1:] for row in rows if len(row) == 3}
    assert (
        totals["Total hours"] == ["10", "36"]
    )  # 6 + 4 certain; the 3 h suicide course counts toward the 36 only if the board's rule says so (unknown)
    assert totals["Total hours if all of unknown standing count: 13"] == ["13", "unknown"]
    assert totals["Law and ethics"] == ["6", "6"]
    facts = {row[0]: row[1] for row in rows if len(row) == 2}
    assert facts["license"] == "CA LCSW"
    assert "bbs.ca.gov" in facts["rule source"] or facts["rule source"].startswith("http")
    assert facts["rules checked"]
    assert facts["cycle"] == "2025-04-01 to 2027-03-31"  # the day after the last renewal, 24 months


def test_pdf_text_shows_courses_totals_and_source(transcript):
    reader = pypdf.PdfReader(io.BytesIO(transcript_pdf(transcript)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "CE transcript — CA LCSW" in text
    assert "California’s 2026 update" in text  # a non-Latin-1 quote prints, not crashes
    assert "Dana Reyes" in text
    assert (
        "Total hours 10 36" in " ".join(text.split())
    )  # 6 + 4 certain; the 3 h suicide course counts toward the 36 only if the board's rule says so (unknown)
    assert "Law and ethics — 6 h" in text
    assert "Rule source:" in text and "justia.com" in text
    assert "Rules checked: not yet re-checked" in text
    assert "the board's word is final" in text


def test_a_license_without_a_rule_set_still_exports(engine, clinician, rule_sets):
    with new_session(engine) as session:
        member = session.get(Member, clinician.member_id)
        records = member_records(session, member, {}, TODAY)
        transcript = records.transcript(clinician.license_id, TODAY)
    assert transcript.status == "unknown"
    assert transcript.requirements[0].required is None
    assert b"unknown" in transcript_csv(transcript)
    assert transcript_pdf(transcript).startswith(b"%PDF")
