"""Stopping the process while a job runs ('quit' mid-sweep) is no failure: nothing at ERROR."""

from __future__ import annotations

import asyncio
import logging
import threading

import pytest

from handlers.nudges.scheduler import build_scheduler


class _SlowDrain:
    """Stands in for OutboxDrain: each job's work blocks until released."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def plan(self) -> None:
        self.started.set()
        self.release.wait(5)

    async def drain(self) -> None:
        self.started.set()
        await asyncio.sleep(5)


@pytest.mark.parametrize("job_id", ["nudges.plan", "nudges.drain"])
def test_a_job_cancelled_at_shutdown_logs_no_error(job_id, caplog):
    drain = _SlowDrain()
    job = build_scheduler(drain).get_job(job_id)

    async def stop_mid_job() -> None:
        task = asyncio.create_task(job.func())
        await asyncio.to_thread(drain.started.wait, 5)
        task.cancel()  # what asyncio.run does to pending tasks when the chat quits
        await task  # the job ends quietly instead of raising CancelledError
        drain.release.set()

    with caplog.at_level(logging.DEBUG, logger="handlers.nudges.scheduler"):
        asyncio.run(stop_mid_job())
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("stopped with the process" in r.getMessage() for r in caplog.records)
