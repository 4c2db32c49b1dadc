"""The outbox kind protocol: what a kind of proactive message gives the outbox, and gets back.

Nudges are one kind; manager digests, learning-circle posts, introductions and delayed
answers are others. Each kind plans its own rows (one de-dup key per period) and prepares
its own sends from fresh data; the service applies what the kind declares (the member's
window, the one-a-day limit) and the drain claims, sends and marks every kind alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.messages import Reply

Address = tuple[str, str, str]  # platform, workspace external id, platform user id


@dataclass
class Delivery:
    """What to do with one member's claimed rows: send some as one message, skip or defer others."""

    member_id: int
    address: Address | None
    replies: list[Reply] = field(default_factory=list)
    send_ids: list[int] = field(default_factory=list)
    skip_ids: list[int] = field(default_factory=list)
    defer_ids: list[int] = field(default_factory=list)
    defer_until: datetime | None = None
    reason: str = ""
    day: date | None = None  # the member's local date the message belongs to
    # Post in this channel instead of the member's DM (a circle, a private channel).
    channel: str = ""
    # The member's one message of the day: set by the service from the kind's `one_a_day`.
    daily_limit: bool = True
    # Platform user ids of others to include: one group DM with them (study buddies, mentors).
    together_with: tuple[str, ...] = ()


# (session, now[, rule_sets=]) -> rows due now for `insert_if_absent` (see `outbox_row`).
Plan = Callable[..., list[dict]]
# (session, claimed rows of the kind, now[, rule_sets=]) -> deliveries, re-checked.
Prepare = Callable[..., list[Delivery]]


@dataclass(frozen=True)
class OutboxKind:
    """A kind of proactive message.

    Attributes:
        kinds: the outbox `kind` values it owns (no two kinds of one registry share one).
        plan: rows due now, each with a per-period `dedup_key` (planning twice is harmless).
        prepare: deliveries for claimed rows of its kinds, re-checked against fresh data.
        with_rules: plan and prepare also get `rule_sets=` (the boards' rule sets by id),
            for kinds that need members' progress.
        windowed: held to the member's delivery window (their hours, days, quiet hours):
            a send due while it is closed waits for its next opening.
        one_a_day: counts as the member's one message of their local day (`Delivery.day`).
        name: how a dry run and the logs name it (default: its first outbox kind).
    """

    kinds: tuple[str, ...]
    plan: Plan
    prepare: Prepare
    with_rules: bool = False
    windowed: bool = False
    one_a_day: bool = False
    name: str = ""

    @property
    def label(self) -> str:
        """Its name, or its first outbox kind."""
        return self.name or self.kinds[0]

    def rules(self, rule_sets: Mapping[str, object]) -> dict:
        """The extra keyword arguments plan and prepare take."""
        return {"rule_sets": rule_sets} if self.with_rules else {}


def outbox_row(
    *, workspace_id: int, member_id: int, kind: str, due_at: datetime, key: str, payload: dict
) -> dict:
    """One outbox row ready for `insert_if_absent`."""
    return {
        "workspace_id": workspace_id,
        "member_id": member_id,
        "kind": kind,
        "due_at": due_at,
        "dedup_key": key,
        "payload": payload,
        "status": "pending",
        "attempts": 0,
        "last_error": "",
    }
