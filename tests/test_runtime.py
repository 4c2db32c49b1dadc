"""Mentor turns run off the event loop, in the runtime's own threads sized for the database."""

from __future__ import annotations

import asyncio
import contextvars
import threading

from bot.settings import Settings
from handlers.runtime import Runtime
from store.db import make_engine, turn_threads

REQUEST = contextvars.ContextVar("request", default="")


async def test_turn_work_runs_in_the_turn_threads_and_sees_the_callers_context(mentor, engine):
    runtime = Runtime(settings=Settings(), engine=engine, mentor=mentor)
    REQUEST.set("ev-1")

    def where(extra: str) -> tuple[str, str, str]:
        return threading.current_thread().name, REQUEST.get(), extra

    name, request, extra = await runtime.in_turn_thread(where, "x")
    assert name.startswith("turn") and name != threading.current_thread().name
    assert (request, extra) == ("ev-1", "x")


async def test_sqlite_turns_share_two_threads(mentor, engine):
    runtime = Runtime(settings=Settings(), engine=engine, mentor=mentor)
    release, names = threading.Event(), set()

    def held() -> None:
        names.add(threading.current_thread().name)
        release.wait(10)

    turns = [asyncio.ensure_future(runtime.in_turn_thread(held)) for _ in range(4)]
    for _ in range(1000):  # until two have started (bounded)
        if len(names) >= 2:
            break
        await asyncio.sleep(0.01)
    release.set()
    await asyncio.gather(*turns)
    assert len(names) == (2 if engine.dialect.name == "sqlite" else 4)


def test_postgresql_turns_get_more_threads_than_sqlite():
    postgres = make_engine("postgresql+psycopg://postgres@127.0.0.1:1/nowhere")
    sqlite = make_engine("sqlite://")
    assert turn_threads(postgres) > turn_threads(sqlite) == 2


async def test_a_message_is_kept_before_its_ack_even_while_every_turn_thread_is_busy(
    mentor, engine
):
    # Slack waits 3 s for the ack, and the ack waits for the inbox write: it must never queue
    # behind turns (a 40,000-character message's turn holds its thread for a while).
    from bot.messages import Inbound

    runtime = Runtime(settings=Settings(), engine=engine, mentor=mentor)
    release, started = threading.Event(), []

    def busy() -> None:
        started.append(1)
        release.wait(30)

    turns = [asyncio.ensure_future(runtime.in_turn_thread(busy)) for _ in range(16)]
    for _ in range(1000):  # until every turn thread is taken (bounded)
        if len(started) >= turn_threads(engine):
            break
        await asyncio.sleep(0.01)
    try:
        kept = await asyncio.wait_for(
            runtime.accept(Inbound("slack", "T1", "U1", "hi", event_id="Ev-busy")), 10
        )
    finally:
        release.set()
        await asyncio.gather(*turns)
    assert kept.inbox_id is not None and not kept.duplicate
