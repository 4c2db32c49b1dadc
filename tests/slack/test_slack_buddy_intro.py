"""A study-buddy introduction through the outbox on the Slack stub: one group DM with both."""

from __future__ import annotations

import pytest
from practice.peer_fixtures import NOW, add_peer, drain_with, seat
from servers import running
from slack_stub import SlackStub

from handlers.slack.sender import SlackSender
from store.db import new_session
from store.models import Member
from store.queries.outbox import outbox_rows


@pytest.fixture
async def slack_api():
    stub = SlackStub()
    async with running(stub.app()) as url:
        stub.url = url
        yield stub


def slack_pair(
    engine, licenses: tuple[str | None, str | None], goals: tuple[str, ...] = ()
) -> tuple[int, int]:
    """Dana and Sam, two trauma-minded members of one Slack workspace, seated as wanting a buddy."""
    dana = add_peer(
        engine,
        user="U1",
        name="Dana Reyes",
        platform="slack",
        workspace="T1",
        interests=["trauma"],
        goals=goals,
        license=licenses[0],
    )
    sam = add_peer(
        engine,
        user="U2",
        name="Sam Lee",
        platform="slack",
        workspace="T1",
        interests=["trauma"],
        license=licenses[1],
    )
    seat(engine, [dana, sam], wants=True)
    return dana, sam


async def token(_team: str) -> str:
    return "xoxb-test"


async def test_slack_introduces_both_in_one_group_dm(engine, rule_sets, slack_api):
    slack_pair(engine, ("CA-LCSW", "TX-LPC"), goals=("Run a trauma group for teens",))
    outcome = await drain_with(engine, rule_sets, SlackSender(slack_api.api_url, token)).run_once(
        NOW
    )
    assert outcome == {"sent": 1}
    [opened] = slack_api.called("conversations.open")
    assert opened.data["users"] == "U1,U2"
    [posted] = slack_api.called("chat.postMessage")
    assert posted.data["channel"] == "G12"
    text = str(posted.data["blocks"]) + posted.data["text"]
    assert "Dana Reyes" in text and "Sam Lee" in text and "Trauma-informed care" in text
    assert "teens" not in text


async def test_a_group_dm_with_someone_who_left_does_not_mark_the_member_unreachable(
    engine, rule_sets, slack_api
):
    dana, sam = slack_pair(engine, (None, None))
    slack_api.fail_next("conversations.open", 200, {"ok": False, "error": "user_not_found"})
    outcome = await drain_with(engine, rule_sets, SlackSender(slack_api.api_url, token)).run_once(
        NOW
    )
    assert outcome == {"unreachable": 1}
    with new_session(engine) as session:
        assert session.get(Member, dana).reachable and session.get(Member, sam).reachable
        [row] = [r for r in outbox_rows(session) if r.kind == "buddy_intro"]
    assert row.status == "failed"
