"""The clock: one AsyncIOScheduler per process, static jobs that plan, drain and prune the outbox.

The job store is in memory and the job ids are stable: a restart replaces the jobs, and
no store is ever shared between processes (that is what makes APScheduler send twice).
What to send lives in the database; the scheduler only says when to look.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from handlers.nudges.drain import OutboxDrain
from handlers.runtime import Runtime
from store.queries.retention import prune_outbox

if TYPE_CHECKING:  # the web server's own import: the terminal chat does not load aiohttp
    from aiohttp import web

log = logging.getLogger(__name__)
PLAN_EVERY_S = 300
DRAIN_EVERY_S = 30
PRUNE_EVERY_S = 3600
PRUNE_FIRST_AFTER = timedelta(minutes=10)  # not in the same minute as a start's first plan


def build_scheduler(
    drain: OutboxDrain,
    *,
    plan_every: float = PLAN_EVERY_S,
    drain_every: float = DRAIN_EVERY_S,
    prune_every: float = PRUNE_EVERY_S,
) -> AsyncIOScheduler:
    """A scheduler with the plan, drain and prune jobs (start it inside the running event loop)."""
    scheduler = AsyncIOScheduler(timezone=UTC)

    async def plan() -> None:
        try:
            await asyncio.to_thread(drain.plan)
        except asyncio.CancelledError:  # the process is stopping ('quit' mid-sweep): not a failure
            log.debug("outbox planning stopped with the process")
        except Exception:  # a failed sweep is retried by the next run; never kill the job
            log.exception("outbox planning failed")

    async def deliver() -> None:
        try:
            await drain.drain()
        except asyncio.CancelledError:  # claimed rows stay leased: the next process sends them
            log.debug("outbox drain stopped with the process")
        except Exception:
            log.exception("outbox drain failed")

    async def prune() -> None:
        try:
            deleted = await asyncio.to_thread(prune_outbox, drain.engine, now=drain.clock())
        except asyncio.CancelledError:
            log.debug("outbox pruning stopped with the process")
            return
        except Exception:  # the next run goes on where this one stopped
            log.exception("outbox pruning failed")
            return
        if deleted:
            log.info("outbox pruned", extra={"deleted": sum(deleted.values()), "by_kind": deleted})

    now = datetime.now(UTC)
    # coalesce: after a pause run once, not once per missed tick; the grace lets a busy loop
    # run a late tick instead of dropping it (the default grace is 1 s).
    common = {"coalesce": True, "max_instances": 1, "replace_existing": True, "next_run_time": now}
    # The ids keep their first names: a restart replaces jobs by id.
    scheduler.add_job(
        plan,
        "interval",
        seconds=plan_every,
        id="nudges.plan",
        misfire_grace_time=int(plan_every),
        **common,
    )
    scheduler.add_job(
        deliver,
        "interval",
        seconds=drain_every,
        id="nudges.drain",
        misfire_grace_time=int(drain_every),
        **common,
    )
    # Safe on every replica at once (see store/queries/retention.py): no leader needed.
    scheduler.add_job(
        prune,
        "interval",
        seconds=prune_every,
        id="nudges.prune",
        misfire_grace_time=int(prune_every),
        **{**common, "next_run_time": now + PRUNE_FIRST_AFTER},
    )
    return scheduler


def drain_sooner(scheduler: AsyncIOScheduler) -> Callable[[float], None]:
    """A function that moves the drain's next run to within `seconds` (never later).

    An answer refused with a Retry-After waits that long, not for the next 30-second tick.
    """

    def soon(seconds: float) -> None:
        job = scheduler.get_job("nudges.drain")
        if job is None:
            return
        when = datetime.now(UTC) + timedelta(seconds=max(seconds, 0))
        if job.next_run_time is None or when < job.next_run_time:
            job.modify(next_run_time=when)

    return soon


def attach_scheduler(app: web.Application, drain: OutboxDrain, runtime: Runtime) -> None:
    """Run the scheduler inside the web server's event loop, from startup to cleanup."""
    running: list[AsyncIOScheduler] = []

    async def start(app: web.Application) -> None:
        scheduler = build_scheduler(drain)  # built and started inside the server's own loop
        scheduler.start()
        running.append(scheduler)
        runtime.drain_soon = drain_sooner(scheduler)

    async def stop(app: web.Application) -> None:
        for scheduler in running:
            scheduler.shutdown(wait=False)

    app.on_startup.append(start)
    app.on_cleanup.append(stop)


async def with_scheduler(drain: OutboxDrain, main: Awaitable[None], runtime: Runtime) -> None:
    """Await `main` (e.g. the terminal chat) with the scheduler running beside it."""
    scheduler = build_scheduler(drain)
    scheduler.start()
    runtime.drain_soon = drain_sooner(scheduler)
    try:
        await main
    finally:
        scheduler.shutdown(wait=False)
