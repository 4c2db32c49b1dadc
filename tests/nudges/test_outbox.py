"""Plan into the outbox and drain it against a real database: de-dup, merge, staleness."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

from sqlmodel import select

from handlers.delivery import Senders
from handlers.nudges.drain import OutboxDrain
from handlers.nudges.kinds import plan_outbox
from nudges.people import RecordingSender, add_member, text_of
from store.db import new_session
from store.models import Completion, License
from store.queries.outbox import outbox_rows

# Tuesday 3 Nov 2026, 10:00 in New York (EST): 58 days before a 31 Dec renewal.
TUESDAY_10AM = datetime(2026, 11, 3, 15, 0, tzinfo=UTC)


def _drain(engine, rule_sets, sender):
    senders = Senders()
    senders.add(sender)
    return OutboxDrain(engine, rule_sets, senders, clock=lambda: sender.clock[0])


def test_planning_twice_inserts_nothing_and_one_merged_message_goes_out(engine, rule_sets):
    member = add_member(engine, user="U1", hours_done=7, topics=["hiv_aids"])
    with new_session(engine) as session:  # each plan commits, as the scheduler's does
        first = plan_outbox(session, rule_sets, TUESDAY_10AM)
        session.commit()
        again = plan_outbox(session, rule_sets, TUESDAY_10AM + timedelta(minutes=5))
        session.commit()
    assert first == 3 and again == 0  # 60-day deadline, check-in, 30 days without progress
    sender = RecordingSender(clock=[TUESDAY_10AM])
    outcome = asyncio.run(_drain(engine, rule_sets, sender).run_once(TUESDAY_10AM))
    assert outcome["sent"] == 1 and len(sender.sent) == 1
    who, _, replies = sender.sent[0]
    words = text_of(replies)
    assert who == member
    # CA LCSW, 7 of 36 h (HIV/AIDS done): 29 h of the total left, 6 of them law & ethics
    # (inside the total). Suicide prevention (6 h) and telehealth (3 h) are due once and
    # the board leaves open whether they count toward the 36, so 29 to 29 + 9 = 38 h.
    # 29 h / (58 / 7 weeks) = 3.5 h a week; 38 h -> 4.59, rounded up to 4.6.
    assert (
        "you need 29–38 more hours, including 6 law and ethics, 6 suicide risk assessment "
        "and intervention and 3 telehealth incl law and ethics, in 58 days — about 3.5–4.6 h "
        "a week." in words
    )
    assert "[Snooze 1 week]" in words and "Check-in time" in words and "No CE logged" in words
    # Later the same day nothing more goes out, even with something new due.
    later = TUESDAY_10AM + timedelta(hours=3)
    sender.clock[0] = later
    asyncio.run(_drain(engine, rule_sets, sender).run_once(later))
    assert len(sender.sent) == 1
    with new_session(engine) as session:
        assert {row.status for row in outbox_rows(session) if row.kind != "day"} == {"sent"}


def test_rows_that_no_longer_apply_are_skipped_not_sent(engine, rule_sets):
    member = add_member(engine, user="U1", prefs={"checkin_every": "off"})
    with new_session(engine) as session:
        assert plan_outbox(session, rule_sets, TUESDAY_10AM) == 2  # deadline and inactivity
        # Before the drain runs, the member logs a course and the renewal moves a year out.
        session.add(
            Completion(
                member_id=member,
                title="Ethics",
                hours=3,
                completed_on=date(2026, 11, 2),
                topics=["ethics"],
                format="live",
                created_at=TUESDAY_10AM,
            )
        )
        license = session.exec(select(License).where(License.member_id == member)).one()
        license.renewal_date = date(2027, 12, 31)
        session.commit()
    sender = RecordingSender(clock=[TUESDAY_10AM])
    asyncio.run(_drain(engine, rule_sets, sender).drain(TUESDAY_10AM))
    with new_session(engine) as session:
        assert [row.status for row in outbox_rows(session)] == ["skipped", "skipped"]
    assert sender.sent == []


def test_nothing_is_planned_outside_the_window(engine, rule_sets):
    add_member(engine, user="U1", zone="Asia/Kolkata")
    with new_session(engine) as session:
        # 15:00 UTC is 20:30 in Kolkata.
        assert plan_outbox(session, rule_sets, TUESDAY_10AM) == 0
