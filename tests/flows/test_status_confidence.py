"""Status and transcript say which numbers rest on a secondary source (sources read by hand)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pypdf
from sqlmodel import select

from bot.messages import File
from bot.records.gather import member_records
from bot.records.transcript import build_transcript
from bot.records.transcript_csv import transcript_csv
from bot.records.transcript_pdf import transcript_pdf
from store.db import new_session
from store.models import Member

ONE_LICENSE_LINES = 12  # the first screen's bound (tests/flows/test_status_screen.py)
HI_TOTAL = (
    "Your board's total (45 h) comes from a CE provider's or association's summary, "
    "not the rule text — check with the board."
)
CA_SUPERVISION = "The hours for Clinical supervision (6 h) come from a CE provider's"


def _lines(text: str) -> int:
    return len([line for line in text.splitlines() if line.strip()])


def test_a_secondary_total_is_one_line_on_the_first_screen(chat):
    # HI-LCSW's 45 h rests on naswhi.org, elevatece.com and socialworkerlicense.com only.
    chat.onboard("LCSW in Hawaii", "12/31/2027")
    answer = chat.say("status")
    assert HI_TOTAL in answer
    assert _lines(answer) <= ONE_LICENSE_LINES, answer
    details = chat.say("status details")
    assert HI_TOTAL in details
    assert "The hours for Ethics (3 h) come from a CE provider's" in details


def test_a_topic_doubt_waits_for_the_details(chat):
    # CA-LCSW: the 36 h total is the board's (bbs.ca.gov, high); supervision is ceutopia.com.
    chat.onboard("LCSW in California", "3/31/2027")
    answer = chat.say("status")
    assert "Your board's total" not in answer and CA_SUPERVISION not in answer
    assert CA_SUPERVISION in chat.say("status details")


def test_board_only_sources_add_no_line(chat):
    # NC-LCSW: 21 NCAC 63 .0401 (reports.oah.state.nc.us) and ncswboard.gov only, all high.
    chat.onboard("LCSW in North Carolina", "6/30/2027")
    said = chat.say("status") + chat.say("status details")
    assert "summary, not the rule text" not in said and "partly sure" not in said


def test_the_transcript_notes_carry_the_doubts(chat, engine, rule_sets):
    chat.onboard("LCSW in California", "3/31/2027")
    today = date(2026, 12, 1)
    with new_session(engine) as session:
        member = session.exec(select(Member)).one()
        records = member_records(session, member, rule_sets, today)
        standing = records.standing(None)
        plain = build_transcript("Dana", standing, (), today)
        transcript = build_transcript("Dana", standing, (), today, rule_set=rule_sets["CA-LCSW"])
    assert plain.confidence_notes == ()
    assert any(note.startswith(CA_SUPERVISION) for note in transcript.confidence_notes)
    rows = list(csv.reader(io.StringIO(transcript_csv(transcript).decode("utf-8-sig"))))
    assert any(row[0] == "note" and row[1].startswith(CA_SUPERVISION) for row in rows if row)
    reader = pypdf.PdfReader(io.BytesIO(transcript_pdf(transcript)))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Clinical supervision (6 h) come from a CE provider" in text


def test_the_exported_transcript_carries_them_too(chat):
    # What "export transcript" sends is built from the member's records with their rule sets:
    # CA LCSW's supervision hours rest on a CE provider's page (above).
    chat.onboard("LCSW in California", "3/31/2027")
    chat.say("export transcript as csv")
    files = [reply for reply in chat.replies if isinstance(reply, File)]
    assert files and CA_SUPERVISION in files[0].content.decode("utf-8-sig")
