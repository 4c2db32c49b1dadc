"""The calendar: an .ics file that parses back, and a private feed URL over real HTTP."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import aiohttp
from icalendar import Calendar
from records_dates import RENEWAL, TODAY
from servers import running
from sqlmodel import select

from bot.records.calendar import calendar_ics
from bot.records.feed import issue_feed_token, token_hash
from bot.records.gather import member_records
from bot.settings import Settings
from handlers import calendar as calendar_handler
from handlers.runtime import Runtime
from handlers.web import build_web_app
from store.db import new_session
from store.models import CalendarFeed, Member
from store.queries.records import revoke_calendar_feeds

NOW = datetime(2026, 11, 27, 20, tzinfo=UTC)


def _ics(engine, member_id, rule_sets) -> bytes:
    with new_session(engine) as session:
        member = session.get(Member, member_id)
        return calendar_ics(member_records(session, member, rule_sets, TODAY), NOW)


def test_ics_has_all_day_deadline_and_plan_step_with_a_reminder(engine, clinician, rule_sets):
    calendar = Calendar.from_ical(_ics(engine, clinician.member_id, rule_sets))
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"CA LCSW license renewal deadline", "CE: HIV/AIDS update (7 h)"}
    deadline = events["CA LCSW license renewal deadline"]
    assert deadline.decoded("dtstart") == RENEWAL  # a date, not a datetime: all day
    assert deadline.decoded("dtend") == RENEWAL + timedelta(days=1)
    assert "13 of 36 h counted" in str(deadline["description"])
    assert events["CE: HIV/AIDS update (7 h)"].decoded("dtstart") == date(2027, 1, 15)
    for event in events.values():
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("trigger") == -timedelta(days=7)


def test_uids_are_stable_between_exports(engine, clinician, rule_sets):
    first = Calendar.from_ical(_ics(engine, clinician.member_id, rule_sets))
    again = Calendar.from_ical(_ics(engine, clinician.member_id, rule_sets))
    uids = [str(e["uid"]) for e in first.walk("VEVENT")]
    assert uids == [str(e["uid"]) for e in again.walk("VEVENT")]
    assert len(set(uids)) == 2 and all(uid.endswith("@ce-mentor") for uid in uids)


def test_only_a_hash_of_the_token_is_stored(engine, clinician):
    with new_session(engine) as session:
        token = issue_feed_token(session, member_id=clinician.member_id, now=NOW)
        session.commit()
        (feed,) = session.exec(select(CalendarFeed)).all()
    assert feed.token_hash == token_hash(token) and token not in feed.token_hash
    assert len(token) >= 40


async def test_feed_url_answers_only_the_right_token_and_stops_after_revocation(
    engine, clinician, mentor
):
    with new_session(engine) as session:
        token = issue_feed_token(session, member_id=clinician.member_id, now=NOW)
        session.commit()
    runtime = Runtime(settings=Settings(), engine=engine, mentor=mentor)
    app = build_web_app(runtime, [calendar_handler.register])
    async with running(app) as url, aiohttp.ClientSession() as http:
        async with http.get(f"{url}/calendar/{token}.ics") as response:
            assert response.status == 200
            assert response.content_type == "text/calendar"
            body = await response.read()
        assert "CA LCSW license renewal deadline" in body.decode()
        wrong = token[:-1] + ("A" if token[-1] != "A" else "B")
        async with http.get(f"{url}/calendar/{wrong}.ics") as response:
            assert response.status == 404
        with new_session(engine) as session:
            assert revoke_calendar_feeds(session, member_id=clinician.member_id, now=NOW) == 1
            session.commit()
        async with http.get(f"{url}/calendar/{token}.ics") as response:
            assert response.status == 404
