"""The audit packet ZIP: transcript files, downloaded certificates, references for the rest."""

from __future__ import annotations

import io
import zipfile

import pypdf
import pytest
from records_dates import TODAY

from bot.records.audit import audit_packet
from bot.records.gather import member_records
from store.db import new_session
from store.models import Member


@pytest.fixture
def transcript(engine, clinician, rule_sets):
    with new_session(engine) as session:
        member = session.get(Member, clinician.member_id)
        return member_records(session, member, rule_sets, TODAY).transcript(None, TODAY)


def test_downloadable_certificates_go_into_the_zip(transcript):
    asked: list[str] = []

    def fetch(ref: str) -> bytes | None:
        asked.append(ref)
        return b"%PDF-1.4 certificate" if ref == "F123" else None

    with zipfile.ZipFile(io.BytesIO(audit_packet(transcript, fetch))) as packet:
        names = set(packet.namelist())
        assert packet.read("certificates/01-ethics.pdf") == b"%PDF-1.4 certificate"
        listing = packet.read("certificates.txt").decode()
        pdf_name = next(name for name in names if name.endswith(".pdf") and "/" not in name)
        text = pypdf.PdfReader(io.BytesIO(packet.read(pdf_name))).pages[0].extract_text()
    assert asked == ["F123"]  # only certificates with a reference are fetched
    assert names == {
        "ce-transcript-CA-LCSW-2027-03-31.pdf",
        "ce-transcript-CA-LCSW-2027-03-31.csv",
        "certificates/01-ethics.pdf",
        "certificates.txt",
    }
    assert "included as certificates/01-ethics.pdf" in listing
    assert listing.count("no certificate on file") == 2
    assert (
        "Total hours 10 36" in " ".join(text.split())
    )  # 6 + 4 certain; the 3 h suicide course counts toward the 36 only if the board's rule says so (unknown)


def test_without_a_downloader_the_packet_lists_references(transcript):
    with zipfile.ZipFile(io.BytesIO(audit_packet(transcript, None))) as packet:
        assert not [name for name in packet.namelist() if name.startswith("certificates/")]
        listing = packet.read("certificates.txt").decode()
    assert "ethics.pdf (reference: F123) — not downloaded" in listing
