""" "Make a plan" through the chat: the solver's plan with totals, saved on confirm."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from store.db import new_session
from store.models import PlanStep


def planned(engine) -> list[PlanStep]:
    with new_session(engine) as session:
        return list(session.exec(select(PlanStep).order_by(PlanStep.due_date)))


def test_make_a_plan_shows_totals_and_saves_on_confirm(chat, engine):
    chat.onboard()  # CA LCSW renewing 3/31/2027, 2 h a week, $300 budget
    answer = chat.say("make a plan")
    # The real catalog's courses for everyone (or California) with known hours and cost that
    # the CA board may accept: free ones of 8, 7, 7, 5 and 1 h (28 h); paid 2 h $12, 3 h $18,
    # 6 h $59, 12 h $360. (The CA-ACEs listing names an approval CA's closed list refuses.)
    # 2 h a week from Nov 27 is about 35.4 h before Mar 31, so the plan takes exactly the
    # 36 h total: 28 free + 8 paid, the cheapest 8 being 2 h + 6 h = $71. No HIV/AIDS course
    # has known hours and cost, and the only telehealth one is 1 h: both are said plainly.
    assert "here is the closest one" in answer
    assert "At 2 h a week you have about 35.4 h before Mar 31, 2027" in answer
    assert "No course I can plan with counts toward HIV/AIDS for your CA LCSW" in answer
    assert "cover only 1 h of Telehealth; you need 3 h" in answer
    assert "Totals\nCourses: 7\nHours: 36 h\nCost: $71" in answer
    assert " only)" not in answer  # no course made only for another state's licensees
    assert "over your $300 budget" not in answer
    assert planned(engine) == []  # nothing is saved before the member confirms
    assert "Saved 7 steps" in chat.press("Save this plan")
    steps = planned(engine)
    assert len(steps) == 7 and sum(s.hours for s in steps) == 36
    assert all(chat.now.date() < s.due_date <= date(2027, 3, 31) for s in steps)
    assert "7. by" in chat.say("plan")
    # Asking again counts what is already planned instead of proposing it twice.
    again = chat.say("plan my renewal")
    assert "Steps" not in again and "Save this plan" not in again
    assert "cover only 1 h of Telehealth" in again


def test_with_a_later_renewal_time_no_longer_blocks_the_plan(chat):
    chat.onboard(renewal="11/30/2027")  # a year at 2 h a week is plenty for 36 h
    answer = chat.say("plan my renewal")
    assert "At 2 h a week" not in answer
    assert "cover only 1 h of Telehealth" in answer  # the catalog still falls short there
    # Time is no limit now, so cheapest first: the 28 free hours, then at least 8 paid:
    # 2 h + 6 h = $71 (8 h exactly) beats 3 h + 6 h = $77 and 2 + 3 + 6 h = $89.
    assert "Hours: 36 h\nCost: $71" in answer
