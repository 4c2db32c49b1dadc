"""Delivery through the real SlackSender to a local Slack stub: 429 Retry-After, a gone member."""

from __future__ import annotations

from datetime import timedelta

import pytest
from servers import running
from sqlmodel import select

from handlers.delivery import Senders
from handlers.nudges.drain import OutboxDrain
from handlers.slack.sender import SlackSender
from nudges.chat_stub import ChatStub
from nudges.people import add_member
from nudges.test_outbox import TUESDAY_10AM
from store.db import new_session
from store.models import Member
from store.queries.outbox import outbox_rows


@pytest.fixture
async def stub():
    fake = ChatStub()
    async with running(fake.app()) as url:
        fake.url = url
        yield fake


def _drain(engine, rule_sets, stub: ChatStub) -> OutboxDrain:
    async def token(_workspace: str) -> str:
        return "xoxb-test"

    senders = Senders()
    senders.add(SlackSender(stub.api_url, token))
    return OutboxDrain(engine, rule_sets, senders)


async def test_retry_after_is_honoured_and_a_gone_member_is_marked_unreachable(
    engine, rule_sets, stub
):
    ok, limited, gone = (add_member(engine, user=u, platform="slack") for u in ("U1", "U2", "U3"))
    stub.rate_limited_once["U2"] = 120
    stub.gone.add("U3")
    drain = _drain(engine, rule_sets, stub)
    outcome = await drain.run_once(TUESDAY_10AM)
    assert outcome == {"sent": 1, "retry": 1, "unreachable": 1}
    assert stub.posts == {"DU1": 1}
    with new_session(engine) as session:
        rows = [r for r in outbox_rows(session) if r.kind != "day"]
        waiting = {r.due_at for r in rows if r.member_id == limited}
        assert waiting == {TUESDAY_10AM + timedelta(seconds=120)}
        assert {r.status for r in rows if r.member_id == gone} == {"unreachable"}
        assert session.exec(select(Member.reachable).where(Member.id == gone)).one() is False
    await drain.run_once(TUESDAY_10AM + timedelta(seconds=60))
    assert stub.posts == {"DU1": 1}  # still inside Retry-After
    await drain.run_once(TUESDAY_10AM + timedelta(seconds=121))
    assert stub.posts == {"DU1": 1, "DU2": 1}
    await drain.run_once(TUESDAY_10AM + timedelta(hours=2))
    assert stub.posts == {"DU1": 1, "DU2": 1}  # nobody twice, the gone member never
    with new_session(engine) as session:
        statuses = {r.status for r in outbox_rows(session) if r.member_id in (ok, limited)}
    assert statuses == {"sent", "reserved"}
