"""Deadline nudges tell the whole work still needed, and the weekly pace it takes.

Worked by hand from CA-LCSW.yaml: 36 h a cycle; law & ethics 6 h (inside the 36);
HIV/AIDS 7 h once (inside); suicide prevention 6 h and telehealth 3 h once, whether they
count toward the 36 left open by the board; supervision 6 h only for supervisors. Pace is
hours ÷ (days ÷ 7), rounded *up* to the next 0.1 h so it never promises too little.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from bot.nudges.content import NudgeItem, compose
from bot.nudges.load import load_members
from bot.nudges.planner import progress_of
from bot.nudges.preview import preview
from nudges.people import add_member, text_of
from store.db import new_session
from store.models import Completion, Member

RENEWAL = date(2027, 3, 31)
DAYS_117 = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)  # Fri 10:00 in New York, 117 days left
DAYS_58 = datetime(2027, 2, 1, 15, 0, tzinfo=UTC)  # Mon 10:00, 58 days left
ONE_TIME_DONE = {
    "completed_once_hiv_aids": True,
    "completed_once_suicide_prevention": True,
    "completed_once_telehealth": True,
    "supervisor": False,
}


def member_with(engine, *, facts: dict | None = None, general_hours: float = 0.0) -> int:
    member_id = add_member(engine, user="U1", renewal=RENEWAL)
    with new_session(engine) as session:
        if facts:
            member = session.get(Member, member_id)
            member.practice_facts = dict(facts)
            session.add(member)
        if general_hours:
            session.add(
                Completion(
                    member_id=member_id,
                    title="Motivational interviewing",
                    hours=general_hours,
                    completed_on=date(2026, 11, 1),
                    topics=[],
                    approval_body="ASWB",
                )
            )
        session.commit()
    return member_id


def nudge_text(engine, rule_sets, now: datetime) -> str:
    with new_session(engine) as session:
        [delivery] = preview(session, rule_sets, now)
    return text_of(delivery.replies)


def test_the_pace_counts_the_whole_total_not_the_biggest_topic(engine, rule_sets):
    member_with(engine, facts=ONE_TIME_DONE)
    # 0 of 36 h; only law & ethics is open, inside the total: 36 h in all.
    # 36 / (117 / 7) = 2.154 h a week -> 2.2.
    assert (
        "you need 36 more hours, including 6 law and ethics, in 117 days — about 2.2 h a week."
        in nudge_text(engine, rule_sets, DAYS_117)
    )


def test_later_the_pace_follows_what_is_still_short(engine, rule_sets):
    member_with(engine, facts=ONE_TIME_DONE, general_hours=20)
    # 20 general hours count toward the 36: 16 left, the 6 law & ethics among them.
    # 16 / (58 / 7) = 1.93 h a week -> 2.
    assert (
        "you need 16 more hours, including 6 law and ethics, in 58 days — about 2 h a week."
        in nudge_text(engine, rule_sets, DAYS_58)
    )


def test_topics_that_may_not_count_toward_the_total_give_a_range(engine, rule_sets):
    member_with(engine)  # nothing answered: the one-time topics are due now
    text = nudge_text(engine, rule_sets, DAYS_117)
    # Inside the 36: law & ethics 6 + HIV/AIDS 7. Maybe outside: suicide 6 + telehealth 3.
    # Fewest: max(36, 6 + 7 + 9) = 36; most: max(36, 13) + 9 = 45.
    # 36 -> 2.2 h a week; 45 / (117 / 7) = 2.69 -> 2.7.
    assert (
        "you need 36–45 more hours, including 6 law and ethics, 7 HIV/AIDS assessment and "
        "treatment, 6 suicide risk assessment and intervention and 3 telehealth incl law and "
        "ethics, in 117 days — about 2.2–2.7 h a week." in text
    )
    assert "May also apply to you: clinical supervision" in text  # not yet answered


def test_an_unknown_total_gives_no_made_up_pace(engine, rule_sets):
    member_id = member_with(engine, facts=ONE_TIME_DONE)
    with new_session(engine) as session:
        [member] = load_members(session, member_ids=[member_id])
        license_id = member.licenses[0].license_id
        progress = progress_of(member, rule_sets, DAYS_117.date())
        unknown = {license_id: replace(progress[license_id], total_remaining=None)}
        item = NudgeItem("deadline", {"license_id": license_id})
        text = text_of(compose(member, [item], unknown, [], DAYS_117.date(), rule_sets))
    assert "Still open: 6 law and ethics hours." in text
    assert "in total is unknown to us, so I can't give a weekly pace" in text
    assert "h a week" not in text
