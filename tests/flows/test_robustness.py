"""Anything not understood gets a kind answer; a crash saves nothing and says so."""

from __future__ import annotations

from sqlmodel import select

from bot.flows.base import Flow
from bot.messages import Action
from store.db import new_session
from store.models import Completion, Member


def test_gibberish_gets_a_friendly_answer(chat):
    chat.onboard()
    answer = chat.say("asdf qwer")
    assert "didn't understand" in answer and "help" in answer


def test_typos_in_commands_are_forgiven(chat):
    chat.onboard()
    assert "CA LCSW" in chat.say("stauts")
    assert "top picks" in chat.say("sugest")


def test_help_lists_what_the_mentor_does(chat):
    chat.onboard()
    answer = chat.say("help")
    for word in ("status", "suggest", "plan", "goals", "assess", "delete my data"):
        assert word in answer


def test_an_old_button_is_answered_kindly(chat, engine):
    chat.onboard()
    chat.say("delete my data")
    chat.say("no")
    stale = chat._inbound(action=Action("delete.confirm", "delete"))  # pressed again, later
    assert "already been answered" in chat.send(stale)
    with new_session(engine) as session:
        assert session.exec(select(Member)).one().onboarded


class Exploding(Flow):
    name = "status"

    def start(self, turn):
        turn.session.add(
            Completion(
                member_id=turn.member.id, title="half-written", hours=1, completed_on=turn.today
            )
        )
        turn.session.flush()
        raise RuntimeError("boom")


def test_a_crash_mid_turn_saves_nothing(chat, mentor, engine):
    chat.onboard()
    mentor.flows = mentor.flows.replacing(Exploding())
    assert "nothing from that message was saved" in chat.say("status")
    with new_session(engine) as session:
        assert session.exec(select(Completion)).all() == []
    chat.say("status")  # the same member can carry on; the retry is not taken for a duplicate
    assert "nothing from that message was saved" in chat.text


def test_writing_again_makes_a_member_reachable(chat, engine):
    chat.onboard()
    with new_session(engine) as session:
        session.exec(select(Member)).one().reachable = False  # e.g. a nudge bounced
        session.commit()
    chat.say("status")
    with new_session(engine) as session:
        assert session.exec(select(Member)).one().reachable


def test_help_names_records_plans_and_nudges(chat):
    chat.onboard()
    answer = chat.say("help")
    for words in ("make a plan", "export transcript", "calendar", "snooze", "why no nudge"):
        assert words in answer
