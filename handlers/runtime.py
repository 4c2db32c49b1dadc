"""What every adapter is handed by app.py: settings, database, mentor, metrics, senders."""

from __future__ import annotations

import asyncio
import contextvars
import functools
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from prometheus_client import CollectorRegistry, Counter, Histogram
from sqlalchemy import Engine

from bot.mentor import Mentor
from bot.messages import Inbound, Reply
from bot.settings import Settings
from handlers.delivery import Senders
from store.db import turn_threads

T = TypeVar("T")


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
            "cementor_handling_seconds", "Time for the mentor to answer one event", ["platform"],
            registry=self.registry,
        )  # fmt: skip


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

    def __post_init__(self) -> None:
        self.turns = ThreadPoolExecutor(turn_threads(self.engine), thread_name_prefix="turn")

    async def in_turn_thread(self, work: Callable[..., T], *args) -> T:
        """Run database work of a turn in the turn threads (like asyncio.to_thread)."""
        call = functools.partial(contextvars.copy_context().run, work, *args)
        return await asyncio.get_running_loop().run_in_executor(self.turns, call)

    async def answer(self, inbound: Inbound) -> list[Reply]:
        """Run one mentor turn off the event loop, with metrics."""
        started = time.perf_counter()
        try:
            replies = await self.in_turn_thread(self.mentor.handle, inbound, datetime.now(UTC))
        except Exception:
            self.metrics.errors.labels(inbound.platform).inc()
            raise
        self.metrics.events.labels(inbound.platform).inc()
        self.metrics.latency.labels(inbound.platform).observe(time.perf_counter() - started)
        return replies
