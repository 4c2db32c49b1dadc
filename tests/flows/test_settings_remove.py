"""Removing a license is asked first: its requirements and deadlines go with it."""

from __future__ import annotations

from sqlmodel import select

from store.db import new_session
from store.models import Completion, License


def _licenses(engine) -> list[str]:
    with new_session(engine) as session:
        return [f"{lic.jurisdiction} {lic.license_type}" for lic in session.exec(select(License))]


def test_removing_the_only_license_asks_first_and_no_keeps_it(chat, engine):
    chat.onboard("LCSW in California", "3/31/2027")
    chat.say("settings")
    answer = chat.press("Remove a license")
    assert "Remove your CA LCSW license?" in answer and "the courses you logged stay" in answer
    assert _licenses(engine) == ["CA LCSW"]  # nothing removed yet
    assert "Kept your CA LCSW license" in chat.press("No, keep it")
    assert _licenses(engine) == ["CA LCSW"]


def test_yes_removes_it_and_keeps_the_courses(chat, engine):
    chat.onboard("LCSW in California", "3/31/2027")
    assert "Logged" in chat.say("finished the 3 hour ethics webinar yesterday, live")
    chat.say("settings")
    chat.press("Remove a license")
    assert "Removed your CA LCSW license." in chat.say("yes")
    assert _licenses(engine) == []
    with new_session(engine) as session:
        assert len(session.exec(select(Completion)).all()) == 1


def test_an_unclear_answer_asks_again_with_the_choices(chat, engine):
    chat.onboard("LCSW in California", "3/31/2027")
    chat.say("settings: remove my license")
    answer = chat.say("hmm")
    assert "Please answer *Yes, remove it* or *No, keep it*." in answer
    assert "[Yes, remove it] [No, keep it]" in answer
    assert _licenses(engine) == ["CA LCSW"]


def test_with_two_licenses_the_one_picked_is_asked_about(chat, engine):
    chat.onboard("LCSW in California", "3/31/2027")
    chat.say("settings")
    chat.press("Add a license")
    for says in ("LPC in Texas", "6/30/2027", "no", "no"):
        chat.say(says)
    chat.say("settings")
    chat.press("Remove a license")
    assert "Remove your TX LPC license?" in chat.say("TX LPC")
    assert "Removed your TX LPC license." in chat.press("Yes, remove it")
    assert _licenses(engine) == ["CA LCSW"]
