"""Teams: an answer the connector refuses (429 with Retry-After) waits in the outbox and is
sent again by the drain, through the stored conversation reference; nothing is kept after."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import aiohttp
from servers import running
from sqlmodel import Session, select

from handlers.nudges.drain import OutboxDrain
from store.models import OutboxMessage
from teams.client import TeamsMember


def waiting_answers(engine) -> list[OutboxMessage]:
    with Session(engine) as session:
        return list(session.exec(select(OutboxMessage).where(OutboxMessage.kind == "reply")))


async def test_a_refused_answer_is_sent_again_after_retry_after(build_app, stub, engine, rule_sets):
    app, runtime = build_app()
    async with running(app) as server, aiohttp.ClientSession() as http:
        dana = TeamsMember(http, server, stub)
        await dana.say("hi")  # first contact: her conversation reference is stored
        stub.clear()
        stub.fail_next(429, {"Retry-After": "12"})
        before = datetime.now(UTC)
        await dana.say("help")
        [refused] = stub.replies()  # the stub answered it 429
        (row,) = waiting_answers(engine)
        assert row.status == "pending"
        assert before + timedelta(seconds=12) <= row.due_at
        assert row.due_at <= datetime.now(UTC) + timedelta(seconds=12)
        drain = OutboxDrain(engine, rule_sets, runtime.senders)
        assert (await drain.drain(row.due_at + timedelta(seconds=1)))["sent"] == 1
        _, resent = stub.replies()
        assert (resent["text"], resent.get("attachments")) == (
            refused["text"],
            refused.get("attachments"),
        )
        assert "status" in resent["text"].lower()
    assert waiting_answers(engine) == []
