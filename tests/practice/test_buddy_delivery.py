"""Buddy introductions on Teams through the outbox: bots cannot start group chats, so two 1:1 notes.

The Slack group DM is tested beside the Slack stub: tests/slack/test_slack_buddy_intro.py.
"""

from __future__ import annotations

import copy

import aiohttp
from servers import running
from sqlmodel import select
from teams.client import TeamsMember

from practice.peer_fixtures import NO_NUDGES, NOW, drain_with, seat
from store.db import new_session
from store.models import Member, NudgePreferences


async def test_teams_sends_each_member_a_note_naming_the_other(engine, rule_sets, build_app, stub):

    app, runtime = build_app()
    async with running(app) as server, aiohttp.ClientSession() as http:
        for n, name in ((1, "Dana Reyes"), (2, "Sam Lee")):
            member = TeamsMember(http, server, stub)
            member.template = copy.deepcopy(member.template)
            member.template["from"] = {"id": f"29:user-{n}", "name": name}
            member.template["conversation"] = {"conversationType": "personal", "id": f"a:chat-{n}"}
            await member.say("hi")
    with new_session(engine) as session:
        members = list(session.exec(select(Member).order_by(Member.id)))
        for member in members:
            member.onboarded, member.interests, member.timezone = (
                True,
                ["trauma"],
                "America/Los_Angeles",
            )
            session.add(member)
            session.add(NudgePreferences(member_id=member.id, **NO_NUDGES))
        session.commit()
        ids = [m.id for m in members]
    seat(engine, ids, wants=True)
    stub.clear()
    outcome = await drain_with(engine, rule_sets, runtime.senders.for_platform("teams")).run_once(
        NOW
    )
    assert outcome == {"sent": 2}
    notes = {p.path: p.body["text"] for p in stub.posted if "/activities" in p.path}
    assert set(notes) == {
        "/v3/conversations/a:chat-1/activities",
        "/v3/conversations/a:chat-2/activities",
    }
    assert "Sam Lee" in notes["/v3/conversations/a:chat-1/activities"]
    assert "Dana Reyes" in notes["/v3/conversations/a:chat-2/activities"]
    assert all("Trauma-informed care" in text for text in notes.values())
