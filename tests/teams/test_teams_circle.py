"""A learning circle in a Teams channel: "@CE Mentor circle start", the prompt posted there."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import aiohttp
from servers import running
from sqlmodel import select

from bot.messages import Text
from bot.practice.circles.schedule import next_slot
from handlers.delivery import Recipient
from handlers.nudges.drain import OutboxDrain
from store.db import new_session
from store.models import LearningCircle, Member, ReplyAddress
from teams.client import TeamsMember, fixture


async def test_channel_mention_starts_a_circle_and_its_prompt_is_posted_there(
    build_app, stub, engine, rule_sets
):
    app, runtime = build_app()
    mention = fixture("message_channel_mention", stub.url + "/")
    channel = mention["channelData"]["channel"]["id"]
    async with running(app) as server, aiohttp.ClientSession() as http:
        member = TeamsMember(http, server, stub)
        mention["text"] = "<at>ridotest</at> circle start weekly thursday 12:30"
        await member.post(mention)
        assert "This channel is now a learning circle" in member.text
        assert "(America/Los_Angeles)" in member.text  # the zone Teams sent
        [reply] = member.last
        assert reply["conversation"]["id"] == mention["conversation"]["id"]  # in the thread
    with new_session(engine) as session:
        circle = session.exec(select(LearningCircle)).one()
        starter = session.exec(select(Member)).one()
        personal = session.exec(select(ReplyAddress)).one().personal
    assert circle.channel_id == channel  # the channel, not the thread the mention opened
    assert circle.reference["conversation"]["id"] == channel
    assert circle.reference["serviceUrl"] == stub.url + "/"
    assert circle.started_by == starter.id and not personal

    stub.clear()
    app, runtime = build_app()  # a new process: only the database remembers the channel
    async with running(app):
        drain = OutboxDrain(engine, rule_sets, runtime.senders)
        outcome = await drain.run_once(next_slot(circle, datetime.now(UTC)))
    assert outcome["sent"] >= 1
    posted = [p for p in stub.posted if "/activities" in p.path]
    in_channel = [p for p in posted if channel in p.path]
    [prompt] = [p for p in in_channel if "Learning circle prompt" in json.dumps(p.body)]
    [welcome] = [p for p in in_channel if "now a learning circle" in json.dumps(p.body)]
    assert welcome.path == prompt.path and len(in_channel) == 2
    assert prompt.path == f"/v3/conversations/{channel}/activities"
    assert "Find me a study buddy" in json.dumps(prompt.body)  # a card with the opt-in button
    assert "replyToId" not in prompt.body or not prompt.body["replyToId"]  # a new post
    assert not any(mention["conversation"]["id"] in p.path for p in posted)  # not the thread


async def test_a_refused_channel_post_leaves_the_member_reachable(build_app, stub, engine):
    app, runtime = build_app()
    mention = fixture("message_channel_mention", stub.url + "/")
    mention["text"] = "<at>ridotest</at> circle start"
    async with running(app) as server, aiohttp.ClientSession() as http:
        await TeamsMember(http, server, stub).post(mention)
    with new_session(engine) as session:
        circle = session.exec(select(LearningCircle)).one()
        member = session.exec(select(Member)).one()
    tenant = mention["channelData"]["tenant"]["id"]
    recipient = Recipient(member.id, "teams", tenant, member.platform_user_id, circle.channel_id)
    sender = runtime.senders.for_platform("teams")
    stub.fail_next(403)  # the bot was removed from the team
    result = await sender.send(recipient, [Text("prompt")])
    assert result.status == "unreachable"
    with new_session(engine) as session:
        assert session.get(Member, member.id).reachable is True
    unknown = Recipient(member.id, "teams", tenant, member.platform_user_id, "19:other@thread")
    assert (await sender.send(unknown, [Text("prompt")])).status == "unreachable"
