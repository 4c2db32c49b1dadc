"""Correcting a logged course by saying so: confirmed first, changed in place, never duplicated."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from store.db import new_session
from store.models import Completion


def logged(engine) -> list[Completion]:
    with new_session(engine) as session:
        return list(session.exec(select(Completion).order_by(Completion.id)))


def test_a_correction_edits_the_logged_course_after_a_yes(chat, engine):
    chat.onboard()
    assert "Logged" in chat.say("finished a 3 hour boundaries course on Nov 20")
    answer = chat.say("the boundaries course I logged was 2 h, not 3")
    assert "Change the logged course" in answer and "Hours: 2" in answer
    [before] = logged(engine)
    assert before.hours == 3  # nothing changes before the yes
    answer = chat.press("Yes, change it")
    assert "Changed" in answer and "2 h" in answer
    [done] = logged(engine)  # the same row, not a new course
    assert (done.id, done.hours, done.completed_on) == (before.id, 2, date(2026, 11, 20))


def test_the_course_named_is_the_one_changed(chat, engine):
    chat.onboard()
    chat.say("finished a 3 hour ethics course on Nov 20")
    chat.say("finished a 2 hour trauma webinar on Nov 21, live")
    chat.say("the ethics one was on the 4th")
    chat.press("Yes, change it")
    ethics, trauma = logged(engine)
    assert (ethics.completed_on, trauma.completed_on) == (date(2026, 11, 4), date(2026, 11, 21))


def test_no_leaves_the_course_as_it_was(chat, engine):
    chat.onboard()
    chat.say("finished a 3 hour ethics course on Nov 20")
    chat.say("change the ethics course to 4 hours")
    assert "left it as it was" in chat.press("No, leave it")
    [done] = logged(engine)
    assert done.hours == 3


def test_a_correction_naming_no_logged_course_asks_which(chat, engine):
    chat.onboard()
    chat.say("finished a 3 hour ethics course on Nov 20")
    answer = chat.say("the hoarding workshop I logged was 2 h, not 3")
    assert "couldn't tell which logged course" in answer
    [done] = logged(engine)
    assert done.hours == 3


def test_the_format_status_asks_for_is_told_as_a_correction(chat, engine):
    """Status asks "tell me the format" of a webinar logged without one; saying it changes
    that course's format, nothing else, and no new course is added."""
    chat.onboard("LCSW in Texas", "5/31/2027")  # TX caps self-study hours
    chat.say("finished a 2 hour webinar on suicide assessment on Nov 20")
    chat.say("finished a 3 hour ethics course on Nov 21, in person")
    hint = "like _the webinar on suicide assessment was live_ or _… was on-demand_"
    assert hint in chat.say("status")
    answer = chat.say("the webinar on suicide assessment was live")
    assert "Change the logged course" in answer and "Format: live webinar" in answer
    chat.press("Yes, change it")
    suicide, ethics = logged(engine)
    assert (suicide.format, suicide.hours, suicide.completed_on) == (
        "live_online",
        2,
        date(2026, 11, 20),
    )
    assert ethics.format == "in_person"


def test_a_remark_about_a_course_is_no_correction(chat, engine):
    chat.onboard()
    chat.say("finished a 2 hour webinar on suicide assessment on Nov 20")
    answer = chat.say("the suicide assessment webinar was great")
    assert "Change the logged course" not in answer
    [done] = logged(engine)
    assert done.format in ("", None)
