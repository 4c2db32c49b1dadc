"""The two measurements: a status sweep over every member, and the chat's single-member path."""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine

from bot.rules import RuleSet
from bot.standing import standings
from store.db import new_session
from store.models import Member
from store.queries.bulk import completions_by_member, licenses_by_member, members_of_workspace
from store.queries.learning import completions_of
from store.queries.members import licenses_of

WARMUP = 5


@dataclass
class Sweep:
    """Seconds spent loading rows and computing progress, and the statuses found."""

    load_s: float = 0.0
    compute_s: float = 0.0
    members: int = 0
    licenses: int = 0
    statuses: Counter[str] = field(default_factory=Counter)

    @property
    def total_s(self) -> float:
        """Load plus compute."""
        return self.load_s + self.compute_s


def sweep(
    engine: Engine, rule_sets: Mapping[str, RuleSet], workspace_ids: list[int], today: date
) -> Sweep:
    """Progress of every license of every member, one workspace at a time, set-based reads."""
    result = Sweep()
    for workspace_id in workspace_ids:
        with new_session(engine) as session:
            started = time.perf_counter()
            members = members_of_workspace(session, workspace_id=workspace_id)
            ids = [m.id for m in members if m.id is not None]
            licenses = licenses_by_member(session, member_ids=ids)
            completions = completions_by_member(session, member_ids=ids)
            loaded = time.perf_counter()
            for member in members:
                assert member.id is not None
                rows = standings(
                    member, licenses[member.id], completions[member.id], rule_sets, today
                )
                result.licenses += len(rows)
                result.statuses.update(r.progress.status if r.progress else "none" for r in rows)
            result.load_s += loaded - started
            result.compute_s += time.perf_counter() - loaded
            result.members += len(members)
    return result


@dataclass(frozen=True)
class Latency:
    """Per-member milliseconds of the chat path over a sample."""

    sample: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    mean_ms: float


def chat_latency(
    engine: Engine,
    rule_sets: Mapping[str, RuleSet],
    members: int,
    today: date,
    *,
    sample: int,
    seed: int,
) -> Latency:
    """licenses_of + completions_of + standings for `sample` random members, a session each."""
    picks = random.Random(seed).sample(range(1, members + 1), min(sample, members))
    timings: list[float] = []
    for i, member_id in enumerate(picks[:WARMUP] + picks):
        with new_session(engine) as session:
            member = session.get(Member, member_id)
            assert member is not None
            started = time.perf_counter()
            licenses = licenses_of(session, member_id=member_id)
            completions = completions_of(session, member_id=member_id)
            standings(member, licenses, completions, rule_sets, today)
            elapsed = (time.perf_counter() - started) * 1000
        if i >= WARMUP:
            timings.append(elapsed)
    cuts = statistics.quantiles(timings, n=100, method="inclusive")
    return Latency(
        sample=len(timings),
        p50_ms=cuts[49],
        p95_ms=cuts[94],
        p99_ms=cuts[98],
        max_ms=max(timings),
        mean_ms=statistics.fmean(timings),
    )
