"""Manager digests through the outbox to the Teams stub stub: into the manager's chat.

Teams shows no chart (it would be drawn only to be replaced by text), and digests stay in the
manager's 1:1 chat. The Slack side is tested beside its stub: tests/slack/test_slack_digest.py.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import aiohttp
from servers import running
from teams.client import TeamsMember

from handlers.delivery import Senders
from handlers.nudges.drain import OutboxDrain
from practice.team_fixtures import SECRET_COURSE, make_practice

TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"  # message_personal.json's tenant
MONDAY_9AM_LA = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


async def test_a_teams_manager_gets_the_digest_in_their_chat_once(
    engine, rule_sets, build_app, stub
):

    make_practice(engine, platform="teams", workspace=TENANT, quiet=True)
    app, runtime = build_app()
    async with (
        running(app) as server,
        aiohttp.ClientSession() as http,
    ):
        mia = TeamsMember(http, server, stub)
        mia.template["from"] = {"id": "UMGR", "name": "Mia"}
        await mia.say("hi")  # Teams needs one message first to know where her chat is
    chat = mia.template["conversation"]["id"]
    stub.clear()
    senders = Senders()
    senders.add(runtime.senders.for_platform("teams"))
    drain = OutboxDrain(engine, rule_sets, senders)
    await drain.run_once(MONDAY_9AM_LA)
    to_mia = [p for p in stub.posted if p.path == f"/v3/conversations/{chat}/activities"]
    assert len(to_mia) == 1
    body = str(to_mia[0].body)
    assert "Your team" in body and "Cara" in body and "24 h short" in body
    assert "Zed" not in body and SECRET_COURSE not in body
    assert "image/png" not in body  # no chart drawn for Teams
    await drain.run_once(MONDAY_9AM_LA + timedelta(hours=1))
    assert len([p for p in stub.posted if p.path.endswith(f"{chat}/activities")]) == 1
