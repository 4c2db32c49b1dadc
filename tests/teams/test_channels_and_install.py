"""Install welcome, team channels (answer only when @mentioned), and card invokes."""

from __future__ import annotations

import aiohttp
from servers import running
from sqlmodel import select

from store.db import new_session
from store.models import Member, ProcessedEvent, ReplyAddress
from teams.client import TeamsMember, fixture


async def test_install_welcomes_once_and_starts_onboarding(build_app, stub):
    app, _ = build_app()
    async with running(app) as server, aiohttp.ClientSession() as http:
        member = TeamsMember(http, server, stub)
        install = fixture("installation_update_add", stub.url + "/")
        assert (await member.post(install)).status == 201
        assert "Let's set you up" in member.text and "Which license" in member.text
        [reply] = member.last
        assert reply["conversation"]["id"] == install["conversation"]["id"]
        # Teams also sends conversationUpdate for the same install: no second welcome.
        added = fixture("conversation_update_bot_added_to_team", stub.url + "/")
        added["conversation"]["id"], added["timestamp"] = (
            install["conversation"]["id"],
            install["timestamp"],
        )
        assert (await member.post(added)).status == 201
        assert member.last == []


async def test_personal_install_welcome_uses_the_local_time_zone(build_app, stub, engine):
    app, _ = build_app()
    async with running(app) as server, aiohttp.ClientSession() as http:
        member = TeamsMember(http, server, stub)
        added = {**member.template, "type": "conversationUpdate", "id": "f:1"}
        added.pop("text")
        added["membersAdded"] = [{"id": added["recipient"]["id"]}]
        added["localTimezone"] = "America/Chicago"
        await member.post(added)
        assert "Which license" in member.text
    with new_session(engine) as session:
        assert session.exec(select(Member)).one().timezone == "America/Chicago"


async def test_channel_answers_only_when_mentioned(build_app, stub, engine):
    app, _ = build_app()
    async with running(app) as server, aiohttp.ClientSession() as http:
        member = TeamsMember(http, server, stub)
        chatter = fixture("message_channel_mention", stub.url + "/")
        chatter.update(id="c1", text="lunch anyone?", entities=chatter["entities"][1:])
        assert (await member.post(chatter)).status == 201
        assert member.last == []
        mention = fixture("message_channel_mention", stub.url + "/")
        mention["text"] = "<at>ridotest</at> help"
        await member.post(mention)
        assert "what I can do" in member.text and "<at>" not in member.text
        [reply] = member.last
        assert reply["conversation"]["id"] == mention["conversation"]["id"]
        assert reply["replyToId"] == mention["id"]
    with new_session(engine) as session:
        [stored] = session.exec(select(ReplyAddress)).all()
    assert not stored.personal  # known from a channel only: nudges must open a 1:1 chat


async def test_invokes_get_a_proper_invoke_response(build_app, stub, engine):
    app, _ = build_app()
    async with running(app) as server, aiohttp.ClientSession() as http:
        member = TeamsMember(http, server, stub)
        execute = fixture("invoke_adaptive_card_action", stub.url + "/")
        execute["value"]["action"]["data"] = {"ce_action": "help.start"}
        response = await member.post(execute)
        assert response.status == 200
        body = await response.json()
        assert body["statusCode"] == 200 and body["type"].endswith("activity.message")
        assert "what I can do" in member.text
        legacy = await member.post(fixture("invoke_card_action_legacy", stub.url + "/"))
        assert legacy.status == 200 and member.last == []  # not our card: acknowledged, silent
    with new_session(engine) as session:
        assert len(session.exec(select(ProcessedEvent)).all()) == 1
