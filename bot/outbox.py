"""What the drain does with claimed outbox rows, and how a kind of outbox message plugs in.

Nudges are one kind; manager digests and learning-circle posts are others. Each kind plans
its own rows (with a de-dup key per period) and prepares its own sends; the drain claims,
sends and marks them all the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.messages import Reply


@dataclass
class Delivery:
    """What to do with one member's claimed rows: send some as one message, skip or defer others."""

    member_id: int
    address: tuple[str, str, str] | None  # platform, workspace external id, platform user id
    replies: list[Reply] = field(default_factory=list)
    send_ids: list[int] = field(default_factory=list)
    skip_ids: list[int] = field(default_factory=list)
    defer_ids: list[int] = field(default_factory=list)
    defer_until: datetime | None = None
    reason: str = ""
    day: date | None = None  # the member's local date the message belongs to
    channel: str = (
        ""  # post in this channel instead of the member's DM (a circle, a private channel)
    )
    daily_limit: bool = True  # counts as the member's one nudge of the day (digests do not)
    # Platform user ids of others to include: one group DM with them (study buddies, mentors).
    together_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutboxKind:
    """A kind of proactive message other than a nudge.

    Attributes:
        kinds: the outbox `kind` values it owns.
        plan: (session, now) -> rows due now for `insert_if_absent` (each with a per-period
            `dedup_key`).
        prepare: (session, claimed rows of its kinds, now) -> deliveries, re-checked against
            fresh data.
        with_rules: plan and prepare also get `rule_sets=` (the boards' rule sets by id), for
            kinds that need members' progress.
    """

    kinds: tuple[str, ...]
    plan: Callable[..., list[dict]]
    prepare: Callable[..., list[Delivery]]
    with_rules: bool = False

    def rules(self, rule_sets: Mapping[str, object]) -> dict:
        """The extra keyword arguments plan and prepare take."""
        return {"rule_sets": rule_sets} if self.with_rules else {}


def outbox_row(
    *, workspace_id: int, member_id: int, kind: str, due_at: datetime, key: str, payload: dict
) -> dict:
    """One outbox row ready for `insert_if_absent`."""
    return {"workspace_id": workspace_id, "member_id": member_id, "kind": kind, "due_at": due_at,
            "dedup_key": key, "payload": payload, "status": "pending", "attempts": 0,
            "last_error": ""}  # fmt: skip
