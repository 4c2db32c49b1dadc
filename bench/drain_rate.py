"""Drain throughput for the nudge bench: claim -> send -> mark through a paced stub sender."""

from __future__ import annotations

import asyncio
import time

from sqlalchemy import text

from bot.messages import Text
from handlers.delivery import DeliveryResult, Senders
from handlers.nudges.drain import OutboxDrain
from store.db import new_session
from store.queries.outbox import insert_if_absent


class PacedStub:
    """A sender that takes `latency` seconds per message (a stand-in for a chat API)."""

    platform = "bench"

    def __init__(self, latency: float) -> None:
        self.latency, self.sent = latency, 0

    async def send(self, recipient, replies) -> DeliveryResult:
        await asyncio.sleep(self.latency)
        self.sent += 1
        return DeliveryResult("sent")


def drain_throughput(
    engine, rule_sets, now, messages: int, latency: float, per_platform: int
) -> float:
    """Messages per second through claim -> send -> mark, with `per_platform` sends at once."""
    with new_session(engine) as session:
        ids = [
            m
            for (m,) in session.execute(
                text("SELECT id FROM member ORDER BY id LIMIT :n"), {"n": messages}
            )
        ]
        session.execute(text("UPDATE workspace SET platform = 'bench'"))
        rows = [
            {
                "workspace_id": 1,
                "member_id": m,
                "kind": "checkin",
                "due_at": now,
                "dedup_key": f"bench:{m}",
                "payload": {},
                "status": "pending",
                "attempts": 0,
                "last_error": "",
            }
            for m in ids
        ]
        insert_if_absent(session, rows=rows)
        session.commit()
    stub = PacedStub(latency)
    senders = Senders()
    senders.add(stub)
    drain = OutboxDrain(engine, rule_sets, senders, per_platform=per_platform)
    # Checkin rows re-check against the planner; send them as they are for a pure drain figure.
    import bot.nudges.service as service

    service.reasons_on = lambda member, progress, today: [  # type: ignore[assignment]
        type("Due", (), {"dedup_key": f"bench:{member.member_id}"})()
    ]
    service.compose = lambda *a: [Text("bench")]  # type: ignore[assignment]
    started = time.perf_counter()
    asyncio.run(drain.drain(now))
    return stub.sent / (time.perf_counter() - started)
