"""Every outbox kind a process sends, as one registry: nudges and every kind beside them.

The composition root builds it once per process (one SweepMemory per process and database)
and passes it to the drain; adding a kind means adding it here. `plan_outbox` and `prepare`
run every kind, for callers without a registry of their own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlmodel import Session

from bot.nudges.completeness import SweepMemory
from bot.nudges.service import nudge_kind
from bot.outbox import service
from bot.outbox.kinds import Delivery
from bot.outbox.registry import OutboxKinds
from bot.outbox.replies import REPLIES
from bot.practice.circles.prompt import CIRCLE_PROMPT
from bot.practice.circles.sharing import CIRCLE_SHARE
from bot.practice.digests.outbox import DIGESTS
from bot.practice.peers.buddy_sweep import BUDDY_INTRODUCTIONS
from bot.practice.peers.mentor_sweep import MENTORING
from bot.rules import RuleSet
from store.queries.outbox import ClaimedRow


def every_kind(*, memory: SweepMemory | None = None) -> OutboxKinds:
    """The registry of every kind; `memory`: what this process's nudge sweeps decided."""
    return OutboxKinds(
        (
            nudge_kind(memory),
            CIRCLE_PROMPT,
            CIRCLE_SHARE,
            BUDDY_INTRODUCTIONS,
            MENTORING,
            DIGESTS,
            REPLIES,
        )
    )


def plan_outbox(
    session: Session,
    rule_sets: Mapping[str, RuleSet],
    now: datetime,
    *,
    memory: SweepMemory | None = None,
) -> int:
    """Plan every kind's due rows into the outbox; returns new rows."""
    return service.plan_outbox(session, rule_sets, now, kinds=every_kind(memory=memory))


def prepare(
    session: Session,
    claimed: Sequence[ClaimedRow],
    rule_sets: Mapping[str, RuleSet],
    now: datetime,
) -> list[Delivery]:
    """Prepare claimed rows of every kind for sending."""
    return service.prepare(session, claimed, rule_sets, now, kinds=every_kind())
