"""What every adapter is handed by app.py: settings, database, mentor, metrics, senders."""

from __future__ import annotations

import asyncio
import contextvars
import functools
import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from prometheus_client import CollectorRegistry, Counter, Histogram
from sqlalchemy import Engine

from bot.mentor import Mentor
from bot.message_json import inbound_from_json, inbound_to_json, replies_to_json
from bot.messages import Inbound, Reply, Text
from bot.outbox.replies import reply_key
from bot.settings import Settings
from handlers.delivery import DeliveryResult, Senders
from store.db import new_session, turn_threads
from store.outage import unreachable
from store.queries import inbox, outbox
from store.queries.practice.circles import set_circle_reference
from store.queries.reply_address import keep_reply_address

T = TypeVar("T")
log = logging.getLogger(__name__)

# What a member hears while the database is down: their message waits (in the inbox, or in
# this process until the database is back) and is answered then, in their DM.
OUTAGE = (
    "I can't reach my records right now, so I haven't read that yet. I've kept your message "
    "and I'll pick it up and answer you here as soon as I can."
)
# Said where a message cannot be kept (no event id: the terminal).
OUTAGE_NOT_KEPT = (
    "I can't reach my records right now, so nothing from that message was read or saved. "
    "Please try again in a minute."
)
LATE = "Sorry for the wait — here's my answer to the message you sent earlier:"
REPLY_HOLD = timedelta(minutes=2)  # past this, a drain sends an answer its turn's replica did not
RETRY_SOON = 30.0  # seconds before an answer refused without a Retry-After is tried again
HELD_AT_MOST = 10_000  # messages kept in memory while the database is down
ADDRESS_KEY = "reply_address"  # beside the Inbound's fields in an inbox row


@dataclass(frozen=True)
class Address:
    """Where a message's sender can be reached later, in their platform's own terms.

    Opaque here and in the store (a Teams ConversationReference); kept by the turn that
    answers the message, in its transaction, so a nudge never finds a member without one.
    """

    value: dict
    personal: bool  # their 1:1 chat with the bot (a channel's never replaces it)
    # Said in a channel: that channel's own address, kept with its learning circle if any.
    channel: dict | None = None


@dataclass(frozen=True)
class Ticket:
    """An acknowledged message: kept in the inbox, a re-delivery, or held while offline."""

    inbound: Inbound
    inbox_id: int | None = None
    duplicate: bool = False
    offline: bool = False
    late: bool = False  # answered after an outage or a replica's crash: the answer says so
    address: Address | None = None  # kept with the turn (platforms that send by reference)

    @classmethod
    def from_inbox(cls, kept: dict, inbox_id: int) -> Ticket:
        """The ticket of a message kept in the inbox (`kept_json`), to be answered late."""
        address = kept.get(ADDRESS_KEY)
        return cls(
            inbound_from_json(kept),
            inbox_id=inbox_id,
            late=True,
            address=Address(**address) if address else None,
        )


def kept_json(inbound: Inbound, address: Address | None) -> dict:
    """What the inbox keeps of a message: the Inbound, and where to reach its sender."""
    kept = inbound_to_json(inbound)
    if address is not None:
        kept[ADDRESS_KEY] = asdict(address)  # not an Inbound field: dropped there
    return kept


@dataclass
class Answer:
    """A turn's replies, and the outbox row keeping them until they are delivered."""

    replies: list[Reply]
    reply_id: int | None = None
    offline: bool = False


class Metrics:
    """Prometheus metrics of one process (its own registry: no module globals)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.events = Counter(
            "cementor_events_handled",
            "Inbound events handled",
            ["platform"],
            registry=self.registry,
        )
        self.replies = Counter(
            "cementor_replies_sent", "Reply messages sent", ["platform"], registry=self.registry
        )
        self.errors = Counter(
            "cementor_errors",
            "Errors while handling or sending",
            ["platform"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "cementor_handling_seconds",
            "Time for the mentor to answer one event",
            ["platform"],
            registry=self.registry,
        )


@dataclass
class Runtime:
    """The composed application, as adapters see it."""

    settings: Settings
    engine: Engine
    mentor: Mentor
    metrics: Metrics = field(default_factory=Metrics)
    senders: Senders = field(default_factory=Senders)
    # Mentor turns run here, off the event loop, in as many threads as the database rewards.
    turns: ThreadPoolExecutor = field(init=False, repr=False)
    # Inbox writes before an ack run here, never queued behind turns: Slack waits 3 s for the
    # ack, and a long message's turn takes its thread for a while (bench/slack_bench.py
    # --long-messages: acks over 1 s when they shared the turns' threads).
    keeper: ThreadPoolExecutor = field(init=False, repr=False)
    # Messages acknowledged while the database was down, oldest first (handlers/inbox.py).
    held: deque[Inbound] = field(default_factory=lambda: deque(maxlen=HELD_AT_MOST))
    # Asks the outbox drain to run in so many seconds (set where a drain runs: the scheduler).
    drain_soon: Callable[[float], None] = lambda _seconds: None

    def __post_init__(self) -> None:
        self.turns = ThreadPoolExecutor(turn_threads(self.engine), thread_name_prefix="turn")
        self.keeper = ThreadPoolExecutor(2, thread_name_prefix="inbox")

    @property
    def inbox_lease(self) -> timedelta:
        """How long a replica holds a message it acknowledged (then anyone may answer it)."""
        return timedelta(seconds=self.settings.inbox_lease_seconds)

    async def in_turn_thread(self, work: Callable[..., T], *args) -> T:
        """Run database work of a turn in the turn threads (like asyncio.to_thread)."""
        return await self._in(self.turns, work, *args)

    async def _in(self, pool: ThreadPoolExecutor, work: Callable[..., T], *args) -> T:
        call = functools.partial(contextvars.copy_context().run, work, *args)
        return await asyncio.get_running_loop().run_in_executor(pool, call)

    async def answer(self, inbound: Inbound) -> list[Reply]:
        """Run one mentor turn off the event loop, with metrics (nothing kept for later)."""
        return (await self.respond(Ticket(inbound))).replies

    async def accept(self, inbound: Inbound, address: Address | None = None) -> Ticket:
        """Keep a message in the inbox before its platform is told "got it".

        A re-delivery of a message kept or answered before comes back `duplicate`. With the
        database down the message is held here until it is back, and comes back `offline`.
        `address` (where to reach the sender later) is kept with the message, so a turn run
        late from the inbox keeps it too (Ticket.from_inbox).
        """
        if not inbound.event_id:
            return Ticket(inbound, address=address)
        try:
            inbox_id = await self._in(self.keeper, self._keep, inbound, address, datetime.now(UTC))
        except Exception as error:
            if not unreachable(error):
                raise
            log.warning("database unreachable: message held", extra={"platform": inbound.platform})
            self.hold(inbound)
            return Ticket(inbound, offline=True, address=address)
        if inbox_id is None:
            log.info("duplicate event ignored", extra={"platform": inbound.platform})
            return Ticket(inbound, duplicate=True, address=address)
        return Ticket(inbound, inbox_id=inbox_id, address=address)

    def _keep(self, inbound: Inbound, address: Address | None, now: datetime) -> int | None:
        with new_session(self.engine) as session:
            kept = inbox.record(
                session,
                platform=inbound.platform,
                event_id=inbound.event_id,
                inbound=kept_json(inbound, address),
                now=now,
                lease=self.inbox_lease,
            )
            session.commit()
            return kept

    def hold(self, inbound: Inbound) -> None:
        """Keep a message in memory while the database is down (the inbox keeper saves it)."""
        if len(self.held) >= HELD_AT_MOST:
            log.error("too many messages held while the database is down: oldest dropped")
        self.held.append(inbound)

    async def respond(self, ticket: Ticket, *, send_here: bool = True) -> Answer:
        """Run the ticket's turn off the event loop, with metrics.

        A kept message's inbox row goes, and its answer is kept in the outbox, in the
        transaction that commits the turn: `send_here` means this caller sends it now and
        reports with `delivered`; otherwise the drain sends it. With the database down the
        answer is OUTAGE, and the message waits for it to come back.
        """
        inbound = ticket.inbound
        started = time.perf_counter()
        try:
            answer = await self.in_turn_thread(self._turn, ticket, send_here, datetime.now(UTC))
        except Exception as error:
            self.metrics.errors.labels(inbound.platform).inc()
            if not unreachable(error):
                raise
            log.warning("database unreachable during a turn", extra={"platform": inbound.platform})
            if ticket.inbox_id is None and inbound.event_id and not ticket.offline:
                self.hold(inbound)
            kept = ticket.inbox_id is not None or bool(inbound.event_id)
            return Answer([Text(OUTAGE if kept else OUTAGE_NOT_KEPT)], offline=True)
        self.metrics.events.labels(inbound.platform).inc()
        self.metrics.latency.labels(inbound.platform).observe(time.perf_counter() - started)
        return answer

    def _turn(self, ticket: Ticket, send_here: bool, now: datetime) -> Answer:
        inbound = ticket.inbound
        committed: list[int] = []  # [True] once the turn commits, then the kept reply's row id

        def on_commit(session, member, replies: list[Reply]) -> None:
            committed.append(True)
            if member is not None and ticket.address is not None:
                _keep_address(session, inbound, member.id, ticket.address, now)
            if ticket.inbox_id is None:
                return
            inbox.finish(session, inbox_id=ticket.inbox_id)
            if member is not None and replies:
                if ticket.late:
                    replies = [Text(LATE), *replies]
                committed.append(
                    outbox.keep_reply(
                        session,
                        workspace_id=member.workspace_id,
                        member_id=member.id,
                        key=reply_key(inbound.platform, inbound.event_id),
                        payload={"replies": replies_to_json(replies)},
                        now=now,
                        held_for=REPLY_HOLD if send_here else None,
                    )
                )

        replies = self.mentor.handle(inbound, now, on_commit=on_commit)
        if not committed and ticket.inbox_id is not None:
            # The turn failed and said so ("nothing was saved, please try again"): the
            # message is answered, and must not be answered again.
            with new_session(self.engine) as session:
                inbox.finish(session, inbox_id=ticket.inbox_id)
                session.commit()
        reply_id = committed[1] if len(committed) > 1 else None
        return Answer(replies, reply_id=reply_id)

    async def delivered(self, answer: Answer, result: DeliveryResult) -> None:
        """How sending a kept answer went: sent (forgotten), retry later, or given up."""
        if answer.reply_id is None:
            return
        try:
            await self.in_turn_thread(self._settle, answer.reply_id, result, datetime.now(UTC))
        except Exception as error:  # the lease runs out and a drain sends it: at least once
            if not unreachable(error):
                raise
            log.warning("database unreachable after a send", extra={"status": result.status})
            return
        if result.status == "retry":
            self.drain_soon(result.retry_after if result.retry_after is not None else RETRY_SOON)

    def _settle(self, reply_id: int, result: DeliveryResult, now: datetime) -> None:
        with new_session(self.engine) as session:
            if result.status == "sent":
                outbox.forget_replies(session, ids=[reply_id])
            elif result.status == "retry":
                wait = timedelta(seconds=result.retry_after or RETRY_SOON)
                outbox.reschedule(session, ids=[reply_id], due_at=now + wait, error=result.error)
            else:
                outbox.give_up(session, ids=[reply_id], error=result.error)
            session.commit()


def _keep_address(
    session, inbound: Inbound, member_id: int, address: Address, now: datetime
) -> None:
    """Keep where the member (and the channel they spoke in) can be reached, with the turn."""
    keep_reply_address(
        session,
        member_id=member_id,
        platform=inbound.platform,
        address=address.value,
        personal=address.personal,
        now=now,
    )
    if address.channel is not None:  # a learning circle posts its prompts there
        set_circle_reference(
            session,
            platform=inbound.platform,
            workspace_external_id=inbound.workspace_id,
            channel_id=inbound.channel_id,
            reference=address.channel,
        )
