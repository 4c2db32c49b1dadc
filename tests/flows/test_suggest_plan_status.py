"""Status, suggestions and the plan, as a member uses them together."""

from __future__ import annotations

import re
from datetime import date

from sqlmodel import select

from store.db import new_session
from store.models import ConversationState, Course, PlanStep


def steps(engine) -> list[PlanStep]:
    with new_session(engine) as session:
        return list(session.exec(select(PlanStep).where(PlanStep.status != "removed")))


def test_status_shows_each_requirement_and_the_source(chat):
    chat.onboard()
    answer = chat.say("status")
    assert "CA LCSW" in answer and "124 days left" in answer
    assert "Total hours 0/36" in answer
    assert "Law and ethics 0/6" in answer
    assert "Guidance only" in answer and "sources in *status details*" in answer
    assert "justia.com" in chat.say("status details")


def test_a_condition_question_is_answered_by_button(chat, engine):
    chat.onboard()
    answer = chat.say("status")
    assert "supervise" in answer and "Clinical supervision" not in answer.split("supervise")[0]
    chat.press("No")
    answer = chat.text
    assert "Thanks, noted" in answer


def test_suggestions_carry_reasons_and_respect_the_budget(chat):
    chat.onboard()  # budget $300
    answer = chat.say("suggest")
    assert answer.count("[Add to plan]") == 5
    assert "CA LCSW" in answer  # each reason names the license whose gap it closes
    for line in answer.splitlines():
        if line.startswith("$"):
            assert float(line[1:].split(";")[0]) <= 300


def test_add_to_plan_list_move_and_remove(chat, engine):
    chat.onboard()
    chat.say("suggest")
    added = re.search(r"Added \*(.+?)\* to your plan", chat.press("Add to plan"))
    assert added is not None
    assert added[1] not in chat.say("suggest")  # a planned course is not suggested again
    chat.say("plan")
    assert "1. by" in chat.text
    [step] = steps(engine)
    assert chat.now.date() < step.due_date < date(2027, 3, 31)
    assert "Moved" in chat.say("move 1 to March 1 2027")
    assert steps(engine)[0].due_date == date(2027, 3, 1)
    chat.say("plan")
    assert "Removed" in chat.say("remove 1")
    assert steps(engine) == []
    assert "Put *" in chat.press("Undo") and "back in your plan, due Mon Mar 1, 2027" in chat.text
    assert [s.due_date for s in steps(engine)] == [date(2027, 3, 1)]


def test_marking_a_step_done_logs_the_course(chat, engine):
    chat.onboard()
    chat.say("suggest")
    chat.say("add 1")
    chat.say("plan")
    answer = chat.press("Done")
    assert "Logged" in answer
    with new_session(engine) as session:
        step = session.exec(select(PlanStep)).one()
    assert step.status == "done" and step.completion_id is not None


def test_an_empty_plan_says_how_to_fill_it(chat):
    chat.onboard()
    assert "Your plan is empty" in chat.say("plan")


def test_something_cheaper_filters_to_low_cost(chat):
    chat.onboard()
    chat.say("suggest")
    cheaper = chat.say("cheaper")
    assert "[Add to plan]" in cheaper


def test_suggestions_for_a_topic_show_that_topic_first(chat, engine):
    chat.onboard()
    answer = chat.say("looking for a suicide prevention training")
    assert "Here are my top picks of courses on Suicide assessment & prevention:" in answer
    with new_session(engine) as session:
        state = session.exec(select(ConversationState)).one()
        shown = [session.get(Course, course_id) for course_id in state.data["ids"]]
    assert shown and all("suicide_prevention" in course.topics for course in shown)


def test_thanks_gets_a_kind_answer(chat):
    chat.onboard()
    answer = chat.say("thanks!")
    assert "You're welcome!" in answer and "didn't understand" not in answer


def test_free_courses_asked_for_are_free(chat, engine):
    chat.onboard()
    answer = chat.say("I need a free ethics course")
    assert "Here are my top picks of free courses on Ethics / law & ethics:" in answer
    with new_session(engine) as session:
        state = session.exec(select(ConversationState)).one()
        shown = [session.get(Course, course_id) for course_id in state.data["ids"]]
    assert shown and all(c.cost_usd == 0 and "ethics" in c.topics for c in shown)
