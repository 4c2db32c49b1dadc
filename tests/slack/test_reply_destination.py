"""Where Slack answers go (tracker issue 15, item 6), over signed HTTP and the Web API stub.

`/ce status` typed in a DM between two people was answered in that DM: one clinician's
record shown to a colleague. Commands, buttons and form submits are answered in the member's
own DM with the bot (what conversations.open gives), never in a conversation the payload or
private_metadata names; a circle started in a channel still posts in that channel.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from slack_member import USER, SlackMember
from sqlmodel import select

from bot.practice.circles.schedule import next_slot
from handlers.delivery import Senders
from handlers.nudges.drain import OutboxDrain
from handlers.slack.sender import SlackSender
from store.db import new_session
from store.models import LearningCircle

OWN_DM = "D" + USER.lstrip("U")  # the stub's conversations.open answer for USER
TWO_PEOPLE = "D0TWOPEOP1"  # a DM between Dana and a colleague; the bot is not in it
# Where `/ce` may be typed that is not the bot's DM: Slack's channel_id and channel_name.
ELSEWHERE = {
    "a DM between two people": (TWO_PEOPLE, "directmessage"),
    "a group DM": ("G0MPIM0001", "mpdm-dana--sam--lee-1"),
    "a channel": ("C0CHANNEL1", "general"),
}


@pytest.fixture
async def dana(server, stub) -> SlackMember:
    """An onboarded member of the workspace the token belongs to."""
    member = SlackMember(server, stub, team=stub.tokens["xoxb-test"])
    await member.onboard()
    return member


def command(dana: SlackMember, text: str, channel: str, channel_name: str) -> dict:
    return {
        "team_id": dana.team,
        "channel_id": channel,
        "channel_name": channel_name,
        "user_id": USER,
        "command": "/ce",
        "text": text,
        "trigger_id": f"trigger.{text[:8]}",
        "api_app_id": "A1",
        "response_url": "http://127.0.0.1:9/unused",
    }


def channels(dana: SlackMember) -> set[str]:
    return {call.data["channel"] for call in dana.last}


@pytest.mark.parametrize("where", ELSEWHERE)
async def test_status_typed_anywhere_is_answered_in_the_members_own_dm(dana, stub, server, where):
    channel, name = ELSEWHERE[where]
    answer = await dana._answered(lambda: server.form(command(dana, "status", channel, name)))
    assert "LCSW" in answer  # the clinician's own record ...
    assert channels(dana) == {OWN_DM}  # ... only in their DM with the bot
    assert stub.called("conversations.open")[-1].data["users"] == USER
    everywhere = {call.data.get("channel") for call in stub.calls}
    assert channel not in everywhere and not stub.called("chat.postEphemeral")
    (chart,) = await stub.wait_for("files.completeUploadExternal")  # the chart follows it
    assert chart.data["channel_id"] == OWN_DM


async def test_a_button_pressed_in_another_dm_is_answered_in_the_members_own_dm(dana, server):
    payload = dana.action_payload({"action_id": "status.start#0", "value": ""})
    payload["channel"] = {"id": TWO_PEOPLE, "name": "directmessage"}
    assert "LCSW" in await dana._answered(lambda: server.interaction(payload))
    assert channels(dana) == {OWN_DM}


@pytest.mark.parametrize("named", [TWO_PEOPLE, "C0CHANNEL1"])
async def test_a_form_is_answered_in_the_members_own_dm_whatever_its_metadata_names(
    dana, stub, named
):
    await dana.say("assess")
    view = await dana.open_form()
    metadata = json.loads(view["private_metadata"])
    view["private_metadata"] = json.dumps({**metadata, "channel": named})
    ratings = {block["block_id"]: "3" for block in view["blocks"] if block["type"] == "input"}
    assert await dana.submit(view, ratings) == {}
    await stub.settle("chat.postMessage")
    assert "Saved" in dana.text
    assert channels(dana) == {OWN_DM}
    assert named not in {call.data.get("channel") for call in stub.calls}


async def test_a_circle_started_in_a_channel_still_posts_in_that_channel(
    dana, stub, server, engine, rule_sets
):
    channel = "C0CIRCLE01"
    fields = command(dana, "circle start weekly thursday 12:30", channel, "peer-learning")
    assert "now a learning circle" in await dana._answered(lambda: server.form(fields))
    assert channels(dana) == {OWN_DM}  # the answer to the command is private ...
    with new_session(engine) as session:
        circle = session.exec(select(LearningCircle)).one()
    assert circle.channel_id == channel

    async def token(_team: str) -> str:
        return "xoxb-test"

    senders = Senders()
    senders.add(SlackSender(stub.api_url, token))
    before = len(stub.called("chat.postMessage"))
    await OutboxDrain(engine, rule_sets, senders).run_once(next_slot(circle, datetime.now(UTC)))
    posted = {call.data["channel"] for call in stub.called("chat.postMessage")[before:]}
    assert channel in posted  # ... and the circle's own posts go to its channel
