"""The inbox keeper: answers every acknowledged message nobody answered.

Two kinds wait: messages held in this process while the database was down (saved to the
inbox once it is back), and inbox rows whose replica died or lost the database before the
turn committed (their lease ran out). Each is answered by an ordinary turn; its answer goes
through the outbox, so the drain delivers it to the member's DM with the usual retries.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from aiohttp import web

from bot.message_json import inbound_to_json
from handlers.runtime import Runtime, Ticket
from store.db import new_session
from store.outage import unreachable
from store.queries import inbox

log = logging.getLogger(__name__)
EVERY_S = 5.0  # how often the keeper looks
BATCH = 50
GIVE_UP_AFTER = 5  # turns attempted for one message before it is dropped (with a log line)
TAKE_NOW = timedelta(seconds=-1)  # the lease of a held message: over as soon as it is saved


class InboxKeeper:
    """Saves held messages and answers left-behind ones; safe on several replicas at once."""

    def __init__(self, runtime: Runtime, prepare: Callable[[], None] | None = None) -> None:
        self.runtime = runtime
        # What the database still needs before the first turn (a server started without it).
        self.prepare = prepare

    async def once(self, now: datetime | None = None) -> int:
        """One look; how many messages were answered. Quiet while the database is down."""
        answered = 0
        try:
            if self.prepare is not None:
                await self.runtime.in_turn_thread(self.prepare)
                self.prepare = None
            await self.runtime.in_turn_thread(self._save_held)
            while waiting := await self.runtime.in_turn_thread(self._take_over, now):
                for row in waiting:
                    ticket = Ticket.from_inbox(row.inbound, inbox_id=row.id)
                    if (await self.runtime.respond(ticket, send_here=False)).offline:
                        return answered  # down again: the row waits for the next look
                    answered += 1
        except Exception as error:
            if not unreachable(error):
                raise
            log.info("inbox keeper waiting for the database")
        finally:
            if answered:
                log.info("acknowledged messages answered late", extra={"count": answered})
                self.runtime.drain_soon(0)
        return answered

    def _save_held(self) -> None:
        held = self.runtime.held
        while held:
            inbound = held[0]
            with new_session(self.runtime.engine) as session:
                inbox.record(
                    session,
                    platform=inbound.platform,
                    event_id=inbound.event_id,
                    inbound=inbound_to_json(inbound),
                    now=datetime.now(UTC),
                    lease=TAKE_NOW,
                )
                session.commit()
            held.popleft()  # only once it is in the database

    def _take_over(self, now: datetime | None) -> list[inbox.Waiting]:
        with new_session(self.runtime.engine) as session:
            rows = inbox.take_over(
                session, now=now or datetime.now(UTC), lease=self.runtime.inbox_lease, limit=BATCH
            )
            given_up = [row.id for row in rows if row.attempts > GIVE_UP_AFTER]
            if given_up:
                log.error(
                    "acknowledged messages dropped after failed turns",
                    extra={"count": len(given_up)},
                )
                inbox.drop(session, ids=given_up)
            session.commit()
        return [row for row in rows if row.attempts <= GIVE_UP_AFTER]


def attach_inbox_keeper(app: web.Application, keeper: InboxKeeper, every: float = EVERY_S) -> None:
    """Run the keeper in the server's loop: once at start, then every `every` seconds."""
    tasks: list[asyncio.Task] = []

    async def loop() -> None:
        while True:
            try:
                await keeper.once()
            except Exception:  # a bug must not stop the keeper; the next look tries again
                log.exception("inbox keeper failed")
            await asyncio.sleep(every)

    async def start(_app: web.Application) -> None:
        tasks.append(asyncio.create_task(loop()))

    async def stop(_app: web.Application) -> None:
        for task in tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app.on_startup.append(start)
    app.on_cleanup.append(stop)
