"""One workspace by token (tracker issue 15): requests from any other team are not read.

Slack signs every workspace's requests with the app's one signing secret; with only
SLACK_BOT_TOKEN set, the installed team is the one auth.test names for that token.
"""

from __future__ import annotations

import logging

from slack_member import USER, SlackMember
from slack_rig import fixture
from sqlmodel import Session, select

from store.models import Member, ProcessedEvent

INSTALLED, OTHER = "T1", "T2OTHER"
IGNORED = "slack request from another workspace ignored"


def stored(engine) -> tuple[int, int]:
    with Session(engine) as session:
        members = len(session.exec(select(Member)).all())
        return members, len(session.exec(select(ProcessedEvent)).all())


def dm_from(team: str) -> dict:
    payload = fixture("message_im.json")
    payload["team_id"], payload["event_id"] = team, f"Ev{team}1"
    payload["authorizations"][0]["team_id"] = team
    payload["event"].update(text="hi", user=USER)
    return payload


async def test_another_teams_requests_are_acknowledged_but_never_processed(
    server, stub, engine, caplog
):
    stub.tokens["xoxb-test"] = INSTALLED  # what auth.test answers for the configured token
    caplog.set_level(logging.WARNING, logger="handlers.slack.listeners")
    command = {
        "team_id": OTHER,
        "channel_id": "D0OTHER01",
        "user_id": USER,
        "command": "/ce",
        "text": "status",
        "trigger_id": "trigger.other",
        "api_app_id": "A1",
        "response_url": "http://127.0.0.1:9/unused",
    }
    assert (await server.event(dm_from(OTHER))).status == 200  # a 200: Slack does not retry
    assert (await server.form(command)).status == 200
    await stub.settle("chat.postMessage")
    assert stored(engine) == (0, 0)  # no member, not even the event id
    assert not stub.called("chat.postMessage") and not stub.called("users.info")
    assert [r.getMessage() for r in caplog.records].count(IGNORED) == 2

    # The installed team's member is still answered: the check is no wall for everyone.
    assert "Which license" in await SlackMember(server, stub, team=INSTALLED).say("hi")
    assert stored(engine) == (1, 1)
