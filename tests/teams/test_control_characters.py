"""Control characters in a Teams payload (tracker issue 15): stripped at the edge, over HTTP.

PostgreSQL text cannot hold a NUL byte: a display name with one made every turn of that
member fail, so they were never answered. Run with TEST_DATABASE_URL set to see it there.
"""

from __future__ import annotations

import aiohttp
from botbuilder.schema import Activity
from servers import running
from sqlmodel import select

from handlers.teams.inbound import to_inbound
from store.db import new_session
from store.models import Member, ReplyAddress
from teams.client import TeamsMember

NAME = "Megan\x00 Bo\x1bwen\x7f"


async def test_a_nul_in_the_display_name_is_stripped_and_the_member_answered(
    build_app, stub, engine
):
    app, _ = build_app()
    async with running(app) as server, aiohttp.ClientSession() as http:
        megan = TeamsMember(http, server, stub)
        sender = {**megan.template["from"], "name": NAME}
        assert "Which license do you hold" in await megan.send(
            text="h\x00i\x07", **{"from": sender}
        )
        assert await megan.send(text="help", **{"from": sender})  # and every turn after
    with new_session(engine) as session:
        [member] = session.exec(select(Member)).all()
        [stored] = session.exec(select(ReplyAddress)).all()
    assert member.display_name == "Megan Bowen"
    assert stored.address["user"]["name"] == "Megan Bowen"


def test_every_string_reaching_the_mentor_is_free_of_control_characters():
    activity = Activity().deserialize(
        {
            "type": "message",
            "id": "m\x001",
            "text": "line one\nline\ttwo\x00\x1f",
            "from": {"id": "29:a\x00b", "name": NAME},
            "recipient": {"id": "28:bot"},
            "conversation": {"id": "a:c\x00d", "conversationType": "personal"},
            "channelData": {"tenant": {"id": "t\x001"}},
            "locale": "en\x00-US",
            "localTimezone": "America/Los_Angeles\x00",
            "value": {"ce_action": "goals\x00.start", "ce_value": "v\x00", "why": "x\x00y"},
        }
    )
    inbound = to_inbound(activity)
    assert inbound is not None
    assert inbound.text == "line one\nline\ttwo"  # newlines and tabs are kept
    assert (inbound.user_id, inbound.display_name, inbound.workspace_id) == (
        "29:ab",
        "Megan Bowen",
        "t1",
    )
    assert inbound.channel_id == "a:cd" and inbound.locale == "en-US"
    assert inbound.timezone_hint == "America/Los_Angeles"
    assert inbound.action is not None and inbound.action.id == "goals.start"
    assert inbound.action.value == "v" and inbound.form_values == {"why": "xy"}
