"""The drain: claim due outbox rows -> re-check and merge -> send per platform -> mark.

At least once: a process killed between a send and its mark leaves the rows leased; when the
lease runs out another drain sends them again. Chat platforms take no idempotency key, so
that window (one send's duration) can duplicate a message; it can never lose one.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from bot.nudges.completeness import SweepMemory
from bot.nudges.service import plan_outbox, prepare
from bot.outbox import Delivery
from bot.rules import RuleSet
from handlers.delivery import DeliveryResult, Recipient, Senders
from store.db import new_session
from store.queries import outbox

log = logging.getLogger(__name__)


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min … capped at an hour."""
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


class NudgeDrain:
    """Plans and delivers nudges for one process; safe to run in several processes at once."""

    def __init__(
        self,
        engine: Engine,
        rule_sets: Mapping[str, RuleSet],
        senders: Senders,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        lease: timedelta = timedelta(minutes=5),
        batch: int = 200,
        max_attempts: int = 8,
        per_platform: int = 4,
    ) -> None:
        self.engine, self.rule_sets, self.senders, self.clock = engine, rule_sets, senders, clock
        self.lease, self.batch, self.max_attempts = lease, batch, max_attempts
        self.per_platform = per_platform
        # What earlier plan runs of this process decided (standings by digest), so later runs
        # skip the rules engine where nothing changed. One drain per process and database.
        self.memory = SweepMemory()

    def plan(self, now: datetime | None = None) -> int:
        """Plan what is due into the outbox (synchronous: run it in a thread)."""
        now = now or self.clock()
        with new_session(self.engine) as session:
            inserted = plan_outbox(session, self.rule_sets, now, memory=self.memory)
            session.commit()
        log.info("nudges planned", extra={"new_rows": inserted})
        return inserted

    async def run_once(self, now: datetime | None = None) -> Counter[str]:
        """Plan, then drain until nothing due is left."""
        await asyncio.to_thread(self.plan, now)
        return await self.drain(now)

    async def drain(self, now: datetime | None = None) -> Counter[str]:
        """Claim and deliver batches until none is left; returns counts by outcome."""
        totals: Counter[str] = Counter()
        while True:
            deliveries = await asyncio.to_thread(self.claim, now or self.clock())
            if deliveries is None:
                return totals
            totals.update(await self.deliver(deliveries, now))

    def claim(self, now: datetime) -> list[Delivery] | None:
        """Lease a batch and prepare it; None when nothing is due."""
        with new_session(self.engine) as session:
            claimed = outbox.claim(session, now=now, lease=self.lease, limit=self.batch)
            session.commit()
            if not claimed:
                return None
            deliveries = prepare(session, claimed, self.rule_sets, now)
            # Day reservations insert unique keys: take them in member order, the same in every
            # replica, so two drains can never wait on each other's keys (a deadlock on PostgreSQL).
            for d in sorted(deliveries, key=lambda d: d.member_id):
                if d.send_ids and d.daily_limit and not self._reserve(session, d, claimed):
                    d.defer_ids, d.send_ids = d.defer_ids + d.send_ids, []
                    d.defer_until, d.reason = (
                        d.defer_until or now + timedelta(hours=12),
                        "day taken",
                    )
                outbox.mark_skipped(session, ids=d.skip_ids, reason=d.reason)
                if d.defer_ids and d.defer_until is not None:
                    outbox.reschedule(
                        session, ids=d.defer_ids, due_at=d.defer_until, error=d.reason
                    )
            session.commit()
        return [d for d in deliveries if d.send_ids]

    async def deliver(self, deliveries: list[Delivery], now: datetime | None) -> Counter[str]:
        """Send each member's message, a few at a time per platform."""
        gates: dict[str, asyncio.Semaphore] = {}
        outcomes: Counter[str] = Counter()

        async def one(delivery: Delivery) -> None:
            platform = delivery.address[0] if delivery.address else ""
            gate = gates.setdefault(platform, asyncio.Semaphore(self.per_platform))
            async with gate:
                result = await self._send(delivery)
            await asyncio.to_thread(self._mark, delivery, result, now or self.clock())
            outcomes[result.status] += 1

        await asyncio.gather(*(one(d) for d in deliveries))
        return outcomes

    async def _send(self, delivery: Delivery) -> DeliveryResult:
        if delivery.address is None:
            return DeliveryResult("unreachable", error="member gone")
        platform, workspace, user = delivery.address
        sender = self.senders.for_platform(platform)
        if sender is None:  # that platform is not configured in this process: try later
            return DeliveryResult("retry", retry_after=300, error=f"no sender for {platform}")
        try:
            recipient = Recipient(
                delivery.member_id, platform, workspace, user, delivery.channel,
                together_with=delivery.together_with,
            )  # fmt: skip
            return await sender.send(recipient, delivery.replies)
        except Exception as error:  # a sender bug must not stop the drain
            log.exception("sender failed", extra={"member_id": delivery.member_id})
            return DeliveryResult("retry", error=type(error).__name__)

    def _mark(self, delivery: Delivery, result: DeliveryResult, now: datetime) -> None:
        ids = delivery.send_ids
        with new_session(self.engine) as session:
            if result.status == "sent":
                outbox.mark_sent(session, ids=ids, now=now)
            elif result.status == "unreachable" and (delivery.channel or delivery.together_with):
                # A channel the bot was removed from, or a group DM with someone who left:
                # the post fails, the member is fine.
                outbox.give_up(session, ids=ids, error=result.error)
            elif result.status == "unreachable":
                outbox.mark_unreachable(session, member_id=delivery.member_id, error=result.error)
            elif self._attempts(session, ids) >= self.max_attempts:
                outbox.give_up(session, ids=ids, error=result.error)
            else:
                wait = (
                    timedelta(seconds=result.retry_after)
                    if result.retry_after is not None
                    else backoff(self._attempts(session, ids))
                )
                outbox.reschedule(session, ids=ids, due_at=now + wait, error=result.error)
            session.commit()
        log.info("nudge delivery", extra={"member_id": delivery.member_id, "status": result.status,
                                          "rows": len(ids)})  # fmt: skip

    @staticmethod
    def _reserve(session, delivery: Delivery, claimed: list[outbox.ClaimedNudge]) -> bool:
        """At most one message per member per local day, across every replica."""
        workspace = next(c.workspace_id for c in claimed if c.member_id == delivery.member_id)
        return outbox.reserve_day(
            session, member_id=delivery.member_id, workspace_id=workspace,
            day=str(delivery.day), row_ids=delivery.send_ids,
        )  # fmt: skip

    @staticmethod
    def _attempts(session, ids: list[int]) -> int:
        return outbox.attempts_of(session, ids=ids)
