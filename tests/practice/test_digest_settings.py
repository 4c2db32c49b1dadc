"""Digest settings in chat: day, time, cadence, and DM or a private channel (never a public one)."""

from __future__ import annotations

from conversation import Conversation

from practice.team_fixtures import make_practice
from store.db import new_session
from store.models import DigestPreferences


def settings(engine, manager_id: int) -> tuple:
    with new_session(engine) as session:
        prefs = session.get(DigestPreferences, manager_id)
        return (
            None
            if prefs is None
            else (prefs.cadence, prefs.weekday, prefs.local_minutes, prefs.channel_id)
        )


def test_day_time_and_cadence(mentor, engine):
    mia = make_practice(engine).ids["Mia"]
    chat = Conversation(mentor, user="UMGR", workspace="W1")
    assert "weekly, Monday at 09:00 your time, in our DM" in chat.say("digest settings")
    assert settings(engine, mia) is None  # looking changes nothing
    assert "Thursday at 16:30" in chat.say("digest thursday 4:30pm")
    assert "comes monthly, the first Thursday at 16:30" in chat.say("digest monthly")
    assert "didn't catch that time" in chat.say("digest friday 25:00")
    assert settings(engine, mia) == ("monthly", 3, 16 * 60 + 30, "")
    assert "digest is off" in chat.say("digest off")
    assert settings(engine, mia)[0] == "off"


def test_only_a_private_channel_may_receive_it(mentor, engine):
    mia = make_practice(engine).ids["Mia"]
    chat = Conversation(mentor, user="UMGR", workspace="W1")
    answer = chat.say("digest here", channel_id="C0PUBLIC", channel_kind="channel")
    assert "only in a DM or a *private* channel" in answer
    assert settings(engine, mia) is None
    answer = chat.say("digest here", channel_id="G0PRIVATE", channel_private=True)
    assert "posted in this private channel" in answer
    assert settings(engine, mia)[3] == "G0PRIVATE"
    assert "in your private channel" in chat.say("digest settings")
    assert "direct messages" in chat.say("digest dm")
    assert settings(engine, mia)[3] == ""
