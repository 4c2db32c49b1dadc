"""A learning circle over Slack: /ce circle start signed in a channel, the prompt posted there."""

from __future__ import annotations

from datetime import UTC, datetime

from slack_member import USER, SlackMember, block_text
from sqlmodel import select

from bot.practice.circles.schedule import next_slot
from handlers.delivery import Senders
from handlers.nudges.drain import OutboxDrain
from handlers.slack.sender import SlackSender
from store.db import new_session
from store.models import CircleSeat, LearningCircle
from store.queries.outbox import outbox_rows

CHANNEL = "C0CIRCLE1"


async def test_circle_started_by_slash_command_gets_its_prompt_in_the_channel(
    server, stub, engine, rule_sets
):
    dana = SlackMember(server, stub)
    fields = {
        "team_id": dana.team,
        "channel_id": CHANNEL,
        "channel_name": "peer-learning",
        "user_id": USER,
        "command": "/ce",
        "text": "circle start weekly thursday 12:30",
        "trigger_id": "trigger.circle",
        "api_app_id": "A1",
        "response_url": "http://127.0.0.1:9/unused",
    }
    answer = await dana._answered(lambda: server.form(fields))
    assert "This channel is now a learning circle" in answer
    assert "every Thursday at 12:30 (America/Los_Angeles)" in answer  # Slack's profile zone
    assert dana.last[0].data["channel"] == "D" + USER.lstrip("U")  # /ce answers privately
    with new_session(engine) as session:
        circle = session.exec(select(LearningCircle)).one()
        assert circle.channel_id == CHANNEL
        assert len(session.exec(select(CircleSeat)).all()) == 1

    async def token(_team: str) -> str:
        return "xoxb-test"

    senders = Senders()
    senders.add(SlackSender(stub.api_url, token))
    drain = OutboxDrain(engine, rule_sets, senders)
    slot = next_slot(circle, datetime.now(UTC))
    before = len(stub.called("chat.postMessage"))
    outcome = await drain.run_once(slot)
    assert outcome["sent"] >= 1
    posts = [c for c in stub.called("chat.postMessage")[before:] if c.data["channel"] == CHANNEL]
    texts = sorted(block_text(post.data["blocks"]) for post in posts)
    [prompt] = [t for t in texts if "Learning circle prompt" in t]
    [welcome] = [t for t in texts if "now a learning circle" in t]  # the whole channel hears it
    assert "circle join" in welcome and len(texts) == 2
    assert "never who needs what" in prompt
    await drain.run_once(slot)  # planning again in the same period posts nothing new
    assert len([c for c in stub.called("chat.postMessage") if c.data["channel"] == CHANNEL]) == 2
    with new_session(engine) as session:
        [row] = [r for r in outbox_rows(session) if r.kind == "circle_prompt"]
    assert row.status == "sent"

    # Pressing the prompt's buddy button in the channel answers privately, never in the channel.
    [post] = [c for c in posts if "Learning circle prompt" in block_text(c.data["blocks"])]
    dana.last = [post]
    payload = dana.action_payload(dana.button("Find me a study buddy"))
    payload["channel"] = {"id": CHANNEL, "name": "peer-learning"}
    answer = await dana._answered(lambda: server.interaction(payload))
    assert "You're in!" in answer
    assert dana.last[0].data["channel"] == "D" + USER.lstrip("U")
    with new_session(engine) as session:
        assert session.exec(select(CircleSeat)).one().wants_buddy is True
