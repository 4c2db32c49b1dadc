"""Talking to the mentor about nudges: snooze, opt-out, 'why no nudge?', and the check-in."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from bot.messages import Action
from store.db import new_session
from store.models import Member, NudgePreferences, PlanStep


def _member_id(engine) -> int:
    with new_session(engine) as session:
        return session.exec(select(Member.id)).one()


def _prefs(engine) -> NudgePreferences | None:
    with new_session(engine) as session:
        return session.get(NudgePreferences, _member_id(engine))


def test_snooze_then_why_no_nudge_says_so(chat, engine):
    chat.onboard()
    assert "no nudges until" in chat.say("snooze 2 weeks")
    assert _prefs(engine).snoozed_until == (chat.now + timedelta(days=14)).date()
    answer = chat.say("why no nudge?")
    assert "You've snoozed me until" in answer and "Next nudge:" in answer
    assert "Nudges are back on" in chat.say("resume nudges")
    assert _prefs(engine).snoozed_until is None


def test_stop_deadline_reminders_is_an_opt_out_not_a_cancel(chat, engine):
    chat.onboard()
    assert "no more deadline reminders" in chat.say("stop deadline reminders")
    assert _prefs(engine).opted_out == ["deadline"]
    assert "You turned off: deadline" in chat.say("why no nudge?")
    assert "deadline reminders are on" in chat.say("turn on deadline reminders")
    assert _prefs(engine).opted_out == []


def test_why_no_nudge_names_the_next_one_and_its_reason(chat):
    chat.onboard(renewal="3/31/2027")  # about 130 days away: inside the 180-day reminder
    answer = chat.say("why no nudge?")
    assert "Mon, Tue, Wed, Thu, Fri, 09:00–17:00 (America/Los_Angeles)" in answer
    assert "Next nudge:" in answer and "renewal reminder (180 days before" in answer


def test_check_in_behind_pushes_plan_steps_two_weeks_but_not_past_renewal(chat, engine):
    chat.onboard(renewal="3/31/2027")
    today = chat.now.date()
    with new_session(engine) as session:
        member = _member_id(engine)
        session.add(PlanStep(member_id=member, title="Ethics", due_date=today + timedelta(days=10)))
        late = today.replace(year=2027, month=3, day=25)
        session.add(PlanStep(member_id=member, title="Telehealth", due_date=late))
        session.commit()
    chat.say("check in")
    assert "how is your CE going" in chat.text
    answer = chat.press("Behind")
    assert "moved 2 plan steps two weeks later" in answer
    with new_session(engine) as session:
        dates = sorted(s.due_date for s in session.exec(select(PlanStep)))
    assert dates == [today + timedelta(days=24), late.replace(day=30)]


def test_nudge_buttons_work_outside_any_flow(chat, engine):
    chat.onboard()
    chat.send(chat._inbound(action=Action("checkin.answer", "on_track")))
    assert "Great — keep going" in chat.text
    chat.send(chat._inbound(action=Action("nudges.snooze", "7")))
    assert _prefs(engine).snoozed_until == (chat.now + timedelta(days=7)).date()


def test_not_now_changes_nothing_and_says_when_the_next_nudge_comes(chat, engine):
    chat.onboard(renewal="3/31/2027")
    chat.say("check in")
    assert "[Not now]" in chat.text and "[Open my plan]" in chat.text  # under the nudge
    answer = chat.press("Not now")
    assert "No problem — I'll leave it for now." in answer
    assert "Next nudge:" in answer and "snooze 1 week" in answer
    prefs = _prefs(engine)
    assert prefs is None or prefs.snoozed_until is None  # not a snooze
    assert "Your plan" in chat.send(chat._inbound(action=Action("plan.start")))
