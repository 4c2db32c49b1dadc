"""Onboarding as a new user would try it: typos, wrong answers, several licenses."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from store.db import new_session
from store.models import License, Member

TRANSCRIPT = [
    ("hello", "Which license do you hold"),
    ("I'm a therapist", "didn't catch the license type"),
    ("lcsw", "In which state"),
    ("California", "When does your CA LCSW license next renew"),
    ("someday", "couldn't read that date"),
    ("3/31/2025", "has already passed"),
    ("March 31, 2027", "first renewal"),
    ("maybe", "answer *yes* or *no*"),
    ("no", "36 hours"),
    ("yes", "Which license do you hold"),
    ("LPC, Texas", "When does your TX LPC"),
    ("2027-06-30", "first renewal"),
    ("yes", "Do you hold another license"),
    ("no", "how much can you spend"),
    ("a lot", "amount in dollars"),
    ("$250", "hours a week"),
    ("90 minutes", "Which formats"),
    ("cheap ones please", "Say *online*"),
    ("live or in person", "role"),
    ("I supervise associates", "All set"),  # the answer also asks the one-time trainings
    # then what was done already: CA's one-time trainings (not a first renewal), hours so far
    ("maybe later", "earned CE hours this renewal cycle"),
    ("none yet", "starting from zero"),
]


def test_onboarding_transcript(chat, engine):
    for says, answer in TRANSCRIPT:
        assert answer in chat.say(says), f"after {says!r}: {chat.text}"
    with new_session(engine) as session:
        member = session.exec(select(Member)).one()
        licenses = session.exec(select(License).order_by(License.renewal_date)).all()
    assert [(lic.jurisdiction, lic.license_type, lic.renewal_date) for lic in licenses] == [
        ("CA", "LCSW", date(2027, 3, 31)),
        ("TX", "LPC", date(2027, 6, 30)),
    ]
    assert [lic.first_renewal for lic in licenses] == [False, True]
    assert member.onboarded and member.budget_per_year == 250
    assert member.hours_per_week == 1.5
    assert member.preferred_formats == ["live_online", "in_person"]
    assert member.practice_facts == {"supervisor": True}
    assert member.timezone == "America/Los_Angeles"  # from the platform, so never asked


def test_time_zone_is_asked_when_the_platform_does_not_know(mentor):
    from conversation import Conversation

    chat = Conversation(mentor, timezone="")
    for says in ("hi", "LMFT in New York", "1/31/2028", "no", "no"):
        chat.say(says)
    assert "time zone" in chat.text
    assert "don't know that time zone" in chat.say("Mars")
    assert "how much can you spend" in chat.say("Eastern")


def test_buttons_work_like_typing(chat):
    chat.say("hi")
    chat.say("psychologist in Illinois")
    chat.say("9/30/2028")
    assert "36" in chat.press("No") or "Saved" in chat.text
    assert "how much" in chat.press("That's all")


def test_a_new_member_is_onboarded_before_anything_else(chat):
    assert "Which license do you hold" in chat.say("status")


def test_a_command_mid_setup_keeps_the_answers_so_far(chat):
    chat.say("hi")
    assert "In which state" in chat.say("lcsw")
    answer = chat.say("suggest")
    assert "once you're set up" in answer and "In which state" in answer
    assert "Hi " not in answer  # no second welcome, no starting over
    assert "When does your CA LCSW license next renew" in chat.say("California")


def test_cancel_leaves_onboarding(chat):
    chat.say("hi")
    assert "stopped" in chat.say("cancel")


def test_starting_again_keeps_what_was_set_up(chat, engine):
    chat.onboard()
    answer = chat.press_action("onboarding.start")  # e.g. the app installed again in Teams
    assert "Welcome back" in answer and "CA LCSW" in answer
    with new_session(engine) as session:
        assert len(session.exec(select(License)).all()) == 1


def test_a_title_we_do_not_track_is_told_plainly_and_another_is_asked(chat):
    answer = chat.say("hi")
    answer = chat.say("LMSW in New York")
    assert "LMSW" in answer and "can't check your hours" in answer
    assert "Which license should I track?" in answer
    assert "When does your NY LCSW license next renew" in chat.say("LCSW in New York")
