"""Proactive messages (nudges) from stored references: after a restart, and when Teams refuses."""

from __future__ import annotations

import aiohttp
from servers import running
from sqlmodel import select

from bot.messages import Text
from handlers.delivery import Recipient
from store.db import new_session
from store.models import Member, ReplyAddress
from teams.client import TeamsMember, fixture


async def first_contact(build_app, stub, activity: dict | None = None) -> Recipient:
    """A member writes to the bot once, on a server that is then shut down."""
    app, runtime = build_app()
    async with running(app) as server, aiohttp.ClientSession() as http:
        member = TeamsMember(http, server, stub)
        await member.post(activity or {**member.template, "text": "hi"})
    with new_session(runtime.engine) as session:
        member = session.exec(select(Member)).one()
    stub.clear()
    return Recipient(member.id, "teams", "tenant", member.platform_user_id)


async def test_a_nudge_reaches_the_member_after_a_restart(build_app, stub):
    recipient = await first_contact(build_app, stub)
    app, runtime = build_app()  # a new server process: same database, nothing in memory
    async with running(app):
        sender = runtime.senders.for_platform("teams")
        result = await sender.send(recipient, [Text("Your *CA LCSW* renewal is in 30 days.")])
    assert result.status == "sent"
    [posted] = stub.posted
    conversation = fixture("message_personal", "")["conversation"]["id"]
    assert posted.path == f"/v3/conversations/{conversation}/activities"
    assert posted.body["text"] == "Your **CA LCSW** renewal is in 30 days."


async def test_rate_limited_send_is_retried_after_retry_after(build_app, stub):
    recipient = await first_contact(build_app, stub)
    _, runtime = build_app()
    stub.fail_next(429, {"Retry-After": "7"})
    result = await runtime.senders.for_platform("teams").send(recipient, [Text("nudge")])
    assert result.status == "retry" and result.retry_after == 7


async def test_blocked_bot_marks_the_member_unreachable(build_app, stub, engine):
    recipient = await first_contact(build_app, stub)
    _, runtime = build_app()
    stub.fail_next(403)
    result = await runtime.senders.for_platform("teams").send(recipient, [Text("nudge")])
    assert result.status == "unreachable"
    with new_session(engine) as session:
        assert session.get(Member, recipient.member_id).reachable is False


async def test_a_member_known_only_from_a_channel_is_nudged_privately(build_app, stub, engine):
    mention = fixture("message_channel_mention", stub.url + "/")
    recipient = await first_contact(build_app, stub, mention)
    _, runtime = build_app()
    result = await runtime.senders.for_platform("teams").send(recipient, [Text("nudge")])
    assert result.status == "sent"
    create, message = stub.posted
    assert create.path == "/v3/conversations"
    assert create.body["members"] == [{"id": mention["from"]["id"]}]
    assert message.path.startswith("/v3/conversations/a:created-")
    assert mention["conversation"]["id"] not in message.path  # never into the channel
    with new_session(engine) as session:
        assert session.exec(select(ReplyAddress)).one().personal


async def test_a_changed_reference_is_stored_at_once(build_app, stub, engine):
    app, _ = build_app()
    async with running(app) as server, aiohttp.ClientSession() as http:
        member = TeamsMember(http, server, stub)
        await member.say("hi")
        moved = {**member.template, "id": "m-moved", "text": "help"}
        moved["serviceUrl"] = stub.url + "/emea/"  # Teams moved the member's region
        await member.post(moved)
        assert member.last  # answered through the new serviceUrl
    with new_session(engine) as session:
        stored = session.exec(select(ReplyAddress)).one()
    assert stored.platform == "teams"
    assert stored.address["serviceUrl"] == stub.url + "/emea/"
