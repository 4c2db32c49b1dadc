"""The drain: claim due outbox rows -> ask the policy -> send per platform -> mark.

Every kind goes the same way: the service prepares the claimed rows (bot/outbox/service.py)
and the policy (bot/outbox/policy.py) says which wait, which are skipped and how a send's
outcome is marked; the drain only does the reading, sending and writing.

At least once: a process killed between a send and its mark leaves the rows leased; when the
lease runs out another drain sends them again. Chat platforms take no idempotency key, so
that window (a send and the write that marks it) can duplicate a message; it can never lose
one.

Round trips are per batch, not per message: a batch's day reservations are one insert, the
outcomes of sends that finish while a write runs are marked together in the next write, and
the next batch is claimed and prepared while one is sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session

from bot.outbox import policy
from bot.outbox.kinds import Delivery
from bot.outbox.registry import OutboxKinds
from bot.outbox.service import plan_outbox, prepare
from bot.rules import RuleSet
from handlers.delivery import DeliveryResult, Recipient, Senders
from handlers.nudges.kinds import every_kind
from store.db import new_session
from store.queries import outbox

log = logging.getLogger(__name__)


class OutboxDrain:
    """Plans and delivers every outbox kind for one process; safe in several processes at once.

    `kinds`: the registry the composition root built (default: every kind, with a sweep
    memory of this drain's own). One registry per process and database.
    """

    def __init__(
        self,
        engine: Engine,
        rule_sets: Mapping[str, RuleSet],
        senders: Senders,
        *,
        kinds: OutboxKinds | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        lease: timedelta = timedelta(minutes=5),
        batch: int = 200,
        max_attempts: int = 8,
        per_platform: int = 4,
    ) -> None:
        self.engine, self.rule_sets, self.senders, self.clock = engine, rule_sets, senders, clock
        self.kinds = kinds if kinds is not None else every_kind()
        self.lease, self.batch, self.max_attempts = lease, batch, max_attempts
        self.per_platform = per_platform

    def plan(self, now: datetime | None = None) -> int:
        """Plan what is due into the outbox (synchronous: run it in a thread)."""
        now = now or self.clock()
        with new_session(self.engine) as session:
            inserted = plan_outbox(session, self.rule_sets, now, kinds=self.kinds)
            session.commit()
        log.info("outbox planned", extra={"new_rows": inserted})
        return inserted

    async def run_once(self, now: datetime | None = None) -> Counter[str]:
        """Plan, then drain until nothing due is left."""
        await asyncio.to_thread(self.plan, now)
        return await self.drain(now)

    async def drain(self, now: datetime | None = None) -> Counter[str]:
        """Claim and deliver batches until none is left; returns counts by outcome.

        The next batch is claimed and prepared while one is sent (its rows leased as any
        claim's). A claim made meanwhile that finds nothing is made again once the batch is
        marked: a send retried at once is due again only then.
        """
        totals: Counter[str] = Counter()
        claiming = asyncio.ensure_future(self._claim_soon(now))
        sent_meanwhile = False
        try:
            while True:
                deliveries = await claiming
                if deliveries is None and sent_meanwhile:
                    deliveries = await self._claim_soon(now)
                if deliveries is None:
                    return totals
                claiming = asyncio.ensure_future(self._claim_soon(now))
                sent_meanwhile = True
                totals.update(await self.deliver(deliveries, now))
        finally:
            if not claiming.done():  # stopped mid-batch: that claim's rows wait for their lease
                claiming.add_done_callback(_retrieve)

    async def _claim_soon(self, now: datetime | None) -> list[Delivery] | None:
        return await asyncio.to_thread(self.claim, now or self.clock())

    def claim(self, now: datetime) -> list[Delivery] | None:
        """Lease a batch, prepare it and settle what waits; None when nothing is due."""
        with new_session(self.engine) as session:
            claimed = outbox.claim(session, now=now, lease=self.lease, limit=self.batch)
            session.commit()
            if not claimed:
                return None
            deliveries = prepare(session, claimed, self.rule_sets, now, kinds=self.kinds)
            workspaces = {row.member_id: row.workspace_id for row in claimed}
            order = policy.reservation_order(deliveries)
            wanted = [
                outbox.DayWanted(
                    deliveries[i].member_id,
                    workspaces[deliveries[i].member_id],
                    str(deliveries[i].day),
                    deliveries[i].send_ids,
                )
                for i in order
            ]
            for i, has_day in zip(order, outbox.reserve_days(session, wanted=wanted), strict=True):
                if not has_day:
                    deliveries[i] = policy.day_taken(deliveries[i], now)
            for d in sorted(deliveries, key=lambda d: d.member_id):
                outbox.mark_skipped(session, ids=d.skip_ids, reason=d.reason)
                if d.defer_ids and d.defer_until is not None:
                    outbox.reschedule(
                        session, ids=d.defer_ids, due_at=d.defer_until, error=d.reason
                    )
            session.commit()
        return [d for d in deliveries if d.send_ids]

    async def deliver(self, deliveries: list[Delivery], now: datetime | None) -> Counter[str]:
        """Send each member's message, a few at a time per platform; outcomes are marked
        together (those that finish while one write runs go in the next)."""
        gates: dict[str, asyncio.Semaphore] = {}
        outcomes: Counter[str] = Counter()
        marks = _Marks(lambda done: self._mark_all(done, now or self.clock()))

        async def one(delivery: Delivery) -> None:
            platform = delivery.address[0] if delivery.address else ""
            gate = gates.setdefault(platform, asyncio.Semaphore(self.per_platform))
            async with gate:
                result = await self._send(delivery)
            await marks.add(delivery, result)
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
        recipient = Recipient(
            delivery.member_id,
            platform,
            workspace,
            user,
            delivery.channel,
            together_with=delivery.together_with,
        )
        try:
            return await sender.send(recipient, delivery.replies)
        except Exception as error:  # a sender bug must not stop the drain
            log.exception("sender failed", extra={"member_id": delivery.member_id})
            return DeliveryResult("retry", error=type(error).__name__)

    def _mark_all(self, done: list[tuple[Delivery, DeliveryResult]], now: datetime) -> None:
        """Mark these sends' rows in one transaction: every sent row in one statement."""
        with new_session(self.engine) as session:
            sent = [row for d, result in done if result.status == "sent" for row in d.send_ids]
            outbox.mark_sent(session, ids=sent, now=now)
            for delivery, result in done:
                if result.status != "sent":
                    self._mark_failed(session, delivery, result, now)
            session.commit()
        for delivery, result in done:
            log.info(
                "outbox delivery",
                extra={
                    "member_id": delivery.member_id,
                    "status": result.status,
                    "rows": len(delivery.send_ids),
                },
            )

    def _mark_failed(
        self, session: Session, delivery: Delivery, result: DeliveryResult, now: datetime
    ) -> None:
        ids = delivery.send_ids
        attempts = outbox.attempts_of(session, ids=ids) if result.status == "retry" else 0
        then = policy.after_send(
            result.status,
            retry_after=result.retry_after,
            attempts=attempts,
            max_attempts=self.max_attempts,
            to_others=bool(delivery.channel or delivery.together_with),
            now=now,
        )
        if then.mark == "sent":
            outbox.mark_sent(session, ids=ids, now=now)
        elif then.mark == "unreachable":
            outbox.mark_unreachable(session, member_id=delivery.member_id, error=result.error)
        elif then.mark == "give_up" or then.due_at is None:
            outbox.give_up(session, ids=ids, error=result.error)
        else:
            outbox.reschedule(session, ids=ids, due_at=then.due_at, error=result.error)


class _Marks:
    """Group commit for the outcomes of sends: while one write runs, the outcomes that come in
    wait and go together in the next. `add` returns once its outcome is written.

    A process that dies first leaves those rows leased, to be sent again after the lease
    (at least once: the window is a send and a write, as with one write per send).
    """

    def __init__(self, write: Callable[[list[tuple[Delivery, DeliveryResult]]], None]) -> None:
        self.write = write
        self.waiting: list[tuple[Delivery, DeliveryResult]] = []
        self.writing = asyncio.Lock()

    async def add(self, delivery: Delivery, result: DeliveryResult) -> None:
        self.waiting.append((delivery, result))
        async with self.writing:
            if self.waiting:  # else the write before took this outcome with its own
                done, self.waiting = self.waiting, []
                await asyncio.to_thread(self.write, done)


def _retrieve(task: asyncio.Future) -> None:
    """A claim's outcome nobody waits for any more: its rows wait for their lease."""
    if not task.cancelled() and task.exception() is not None:
        log.warning("outbox claim failed after the drain stopped", exc_info=task.exception())
