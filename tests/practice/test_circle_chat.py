"""Learning circles in chat: start, settings, join/leave, stop — said in the circle's channel."""

from __future__ import annotations

from conversation import as_text
from sqlmodel import select

from handlers.delivery import Senders
from handlers.nudges.drain import OutboxDrain
from practice.circle_fixtures import Colleague
from store.db import new_session
from store.models import CircleSeat, LearningCircle, Member


def circles(engine) -> list[LearningCircle]:
    with new_session(engine) as session:
        return list(session.exec(select(LearningCircle)))


def seats(engine) -> int:
    with new_session(engine) as session:
        return len(session.exec(select(CircleSeat)).all())


def test_starting_a_circle_with_a_schedule_and_a_focus(mentor, engine):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    answer = dana.in_channel("circle start weekly thursday 12:30 focus ethics")
    assert "This channel is now a learning circle, focused on *ethics / law & ethics*" in answer
    assert "every Thursday at 12:30 (America/Los_Angeles)" in answer
    assert "the next one is Thu Dec 3 at 12:30" in answer  # today is Fri 27 Nov
    assert "never who needs what" in answer
    [circle] = circles(engine)
    assert (circle.channel_id, circle.cadence, circle.weekday, circle.local_minutes) == (
        "C1",
        "weekly",
        3,
        12 * 60 + 30,
    )
    assert (circle.focus, circle.timezone) == ("ethics", "America/Los_Angeles")
    assert seats(engine) == 1  # the starter sits in it
    assert "already a learning circle" in Colleague(mentor, "Sam").in_channel("circle start")
    assert len(circles(engine)) == 1


def test_the_whole_channel_hears_that_the_circle_started_once(mentor, engine, rule_sets):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    assert "announce it in the channel" in dana.in_channel("circle start")
    dana.in_channel("circle start")  # said twice: still one announcement
    drain = OutboxDrain(engine, rule_sets, Senders())
    [welcome] = drain.claim(dana.now)
    assert welcome.channel == "C1" and not welcome.daily_limit
    assert "This channel is now a learning circle" in as_text(welcome.replies[0])
    assert "circle join" in as_text(welcome.replies[0])
    assert drain.claim(dana.now) is None


def test_defaults_are_tuesday_ten_in_the_starters_zone(mentor, engine):
    sam = Colleague(mentor, "Sam", timezone="America/Chicago")
    answer = sam.in_channel("circle start")  # before onboarding: no license questions here
    assert "every Tuesday at 10:00 (America/Chicago)" in answer, answer
    assert "Which license" not in answer
    assert circles(engine)[0].focus == ""


def test_joining_leaving_and_who_is_in_it(mentor, engine):
    dana, sam = Colleague(mentor, "Dana"), Colleague(mentor, "Sam")
    assert "isn't a learning circle yet" in sam.in_channel("circle join")
    dana.in_channel("circle start")
    assert "Welcome to the circle" in sam.in_channel("circle join")
    assert "already in this circle" in sam.in_channel("join circle")
    shown = dana.in_channel("circle")
    assert "2 member(s): Dana, Sam" in shown and "every Tuesday at 10:00" in shown
    assert "left this circle" in sam.in_channel("circle leave")
    assert seats(engine) == 1
    assert "not in this circle" in sam.in_channel("leave circle")


def test_only_the_starter_or_an_admin_changes_or_stops_it(mentor, engine):
    dana, sam, ada = (Colleague(mentor, n) for n in ("Dana", "Sam", "Ada"))
    dana.in_channel("circle start")
    sam.in_channel("circle join")
    assert "Only the person who started this circle" in sam.in_channel("circle settings monthly")
    assert "Only the person who started this circle" in sam.in_channel("circle stop")
    ada.in_channel("circle")
    with new_session(engine) as session:
        admin = session.exec(select(Member).where(Member.display_name == "Ada")).one()
        admin.role = "admin"
        session.commit()
    answer = ada.in_channel("circle settings biweekly fri 9am focus trauma-informed care")
    assert "every other Friday at 09:00" in answer and "trauma-informed care" in answer
    answer = dana.in_channel("circle settings monthly")
    assert "the first Friday of each month at 09:00" in answer
    [circle] = circles(engine)
    assert (circle.cadence, circle.weekday, circle.local_minutes, circle.focus) == (
        "monthly",
        4,
        9 * 60,
        "trauma",
    )
    assert "no longer a learning circle" in dana.in_channel("circle stop")
    assert circles(engine) == [] and seats(engine) == 0


def test_settings_mistakes_get_a_kind_answer(mentor, engine):
    dana = Colleague(mentor, "Dana")
    dana.in_channel("circle start")
    assert "doesn't look right" in dana.in_channel("circle settings thursday 25:00")
    assert "I don't know the focus “basket weaving”" in dana.in_channel(
        "circle settings focus basket weaving"
    )
    assert "Tell me what to change" in dana.in_channel("circle settings")
    assert circles(engine)[0].weekday == 1  # nothing changed


def test_in_a_dm_circle_commands_explain_where_to_say_them(mentor, engine):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    answer = dana.say("circle start")
    assert "Learning circles live in a channel" in answer and "circle start" in answer
    assert circles(engine) == []
    assert "not in a learning circle yet" in dana.say("circle")
    dana.in_channel("circle start focus ethics")
    assert "Ethics / law & ethics circle: prompts every Tuesday at 10:00" in dana.say("circles")


def test_a_long_circle_command_in_a_channel_is_never_taken_as_a_dm_answer(mentor, engine):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    dana.in_channel("circle start")
    dana.say("goals")  # now in the middle of the goals conversation in the DM
    answer = dana.in_channel("circle settings biweekly friday 12:30 focus ethics")
    assert "every other Friday at 12:30" in answer, answer
    assert circles(engine)[0].cadence == "biweekly"
