"""The whole plan job (`plan_outbox`) timed per outbox kind: the nudge sweep, each other kind's
`plan`, and the one insert of every row, through the real function with timers around its parts."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from datetime import datetime

import bot.outbox.service as service
from bot.outbox.registry import OutboxKinds
from handlers.nudges.kinds import every_kind
from store.db import new_session


def _timed(name: str, fn: Callable, seconds: dict[str, float]) -> Callable:
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - started

    return wrapper


def plan_by_kind(engine, rule_sets, now: datetime, memory=None) -> dict[str, float | int]:
    """One `plan_outbox` run at `now`, committed: seconds per part, the total, rows inserted.
    `memory`: the planning process's SweepMemory (as its drain keeps one)."""
    seconds: dict[str, float] = {}
    kinds = OutboxKinds(
        dataclasses.replace(kind, plan=_timed(kind.label, kind.plan, seconds))
        for kind in every_kind(memory=memory)
    )
    saved = service.insert_if_absent  # the one insert of every kind's rows
    service.insert_if_absent = _timed("insert", saved, seconds)
    try:
        started = time.perf_counter()
        with new_session(engine) as session:
            inserted = service.plan_outbox(session, rule_sets, now, kinds=kinds)
            session.commit()
        total = time.perf_counter() - started
    finally:
        service.insert_if_absent = saved
    timings = {part: round(spent, 3) for part, spent in seconds.items()}
    return {**timings, "total": round(total, 3), "inserted": inserted}
