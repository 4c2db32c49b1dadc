"""What every adapter is handed by app.py: settings, database, mentor, metrics, senders."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, Counter, Histogram
from sqlalchemy import Engine

from bot.mentor import Mentor
from bot.messages import Inbound, Reply
from bot.settings import Settings
from handlers.delivery import Senders


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

    async def answer(self, inbound: Inbound) -> list[Reply]:
        """Run one mentor turn off the event loop, with metrics."""
        started = time.perf_counter()
        try:
            replies = await asyncio.to_thread(self.mentor.handle, inbound, datetime.now(UTC))
        except Exception:
            self.metrics.errors.labels(inbound.platform).inc()
            raise
        self.metrics.events.labels(inbound.platform).inc()
        self.metrics.latency.labels(inbound.platform).observe(time.perf_counter() - started)
        return replies
