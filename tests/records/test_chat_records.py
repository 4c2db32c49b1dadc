"""Records through the chat: transcript, audit packet, calendar file and link, revocation."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar
from sqlmodel import select

from bot.intents import classify
from bot.messages import File
from bot.records.feed import feed_calendar
from store.db import new_session
from store.models import CalendarFeed, License


def files(chat) -> dict[str, File]:
    return {
        reply.name.rsplit(".", 1)[1]: reply for reply in chat.replies if isinstance(reply, File)
    }


def test_export_transcript_returns_pdf_and_csv(chat, clinician):
    chat.say("export transcript")
    got = files(chat)
    assert set(got) == {"pdf", "csv"}
    assert got["pdf"].content.startswith(b"%PDF") and got["pdf"].mime == "application/pdf"
    rows = list(csv.reader(io.StringIO(got["csv"].content.decode("utf-8-sig"))))
    assert (
        ["Total hours", "10", "36"] in rows
    )  # 6 + 4 certain; the 3 h suicide course counts toward the 36 only if the board's rule says so (unknown)
    assert "3 courses" in chat.text


def test_transcript_asks_which_license_when_there_are_several(chat, clinician, engine):
    with new_session(engine) as session:
        session.add(
            License(
                member_id=clinician.member_id,
                license_type="LPC",
                jurisdiction="TX",
                renewal_date=date(2027, 6, 30),
                rule_set_id="TX-LPC",
            )
        )
        session.commit()
    chat.say("export my transcript as csv")
    assert "Which license?" in chat.text and not files(chat)
    chat.press("TX LPC")
    assert set(files(chat)) == {"csv"}  # the format asked for first is remembered
    assert files(chat)["csv"].name.startswith("ce-transcript-TX-")


def test_export_my_data_is_still_the_privacy_export(chat, clinician):
    chat.say("export my data")
    assert set(files(chat)) == {"json"}


def test_audit_packet_zip_lists_certificates(chat, clinician):
    chat.say("audit packet")
    with zipfile.ZipFile(io.BytesIO(files(chat)["zip"].content)) as packet:
        listing = packet.read("certificates.txt").decode()
    assert "ethics.pdf (reference: F123)" in listing
    assert "Suicide Risk Assessment" in listing and "no certificate on file" in listing
    assert "2 courses have no certificate" in chat.text


def test_calendar_gives_the_file_and_a_private_link_that_can_be_revoked(
    chat, clinician, engine, rule_sets
):
    chat.say("calendar")
    ics = Calendar.from_ical(files(chat)["ics"].content)
    assert len(list(ics.walk("VEVENT"))) == 2
    (token,) = re.findall(r"http://localhost:3978/calendar/([\w-]+)\.ics", chat.text)
    now = datetime(2026, 12, 1, tzinfo=UTC)
    with new_session(engine) as session:
        assert feed_calendar(session, token, rule_sets, now) is not None
    chat.say("calendar")
    assert "can't show it again" in chat.text and token not in chat.text
    chat.press("New link")
    (fresh,) = re.findall(r"/calendar/([\w-]+)\.ics", chat.text)
    with new_session(engine) as session:
        assert feed_calendar(session, token, rule_sets, now) is None  # replaced
        assert feed_calendar(session, fresh, rule_sets, now) is not None
    chat.say("revoke my calendar link")
    assert "no longer works" in chat.text
    with new_session(engine) as session:
        assert feed_calendar(session, fresh, rule_sets, now) is None
    chat.say("revoke my calendar link")
    assert "no active calendar link" in chat.text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("export transcript", "transcript"),
        ("transcript", "transcript"),
        ("audit", "audit"),
        ("calendar", "calendar"),
        ("add my deadlines to my calendar", "calendar"),
        ("revoke my calendar link", "calendar_revoke"),
        ("export my data", "export"),
    ],
)
def test_records_intents(text, intent):
    assert classify(text).name == intent


def test_a_completion_about_audits_is_not_an_audit_request():
    intent = classify("finished the 3h audit readiness course yesterday")
    assert intent is None or intent.name != "audit"


def test_delete_my_data_also_deletes_calendar_links(chat, clinician, engine, rule_sets):
    chat.say("calendar")
    (token,) = re.findall(r"/calendar/([\w-]+)\.ics", chat.text)
    chat.say("delete my data")
    chat.say("delete")
    assert "everything I held about you is deleted" in chat.text
    with new_session(engine) as session:
        assert feed_calendar(session, token, rule_sets, datetime(2026, 12, 1, tzinfo=UTC)) is None
        assert session.exec(select(CalendarFeed)).all() == []


def test_calendar_links_use_the_configured_public_address(engine, rule_sets, clinician):
    from conversation import Conversation

    from bot.mentor import Mentor

    mentor = Mentor(engine, rule_sets, public_base_url="https://ce.example-practice.org")
    chat = Conversation(mentor)
    chat.say("calendar")
    assert re.search(r"https://ce\.example-practice\.org/calendar/[\w-]+\.ics", chat.text), (
        chat.text
    )
