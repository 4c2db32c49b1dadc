"""Planning into the outbox and preparing claimed rows for sending, for every registered kind.

Each kind plans and prepares its own rows; what a kind declares is applied here, the same
for all: the member's window (`windowed`) and the one message a day (`one_a_day`). A dry
run (`preview`) plans and prepares exactly as the plan job and the drain would.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.outbox.kinds import Delivery, OutboxKind
from bot.outbox.policy import to_window
from bot.outbox.registry import OutboxKinds
from bot.outbox.window import DeliveryWindow, MemberWindow
from bot.rules import RuleSet
from store.queries.outbox import ClaimedRow, delivery_windows, insert_if_absent, live_keys

UNKNOWN_KIND = "no registered kind"


def planned_rows(
    session: Session, rule_sets: Mapping[str, RuleSet], now: datetime, *, kinds: OutboxKinds
) -> list[dict]:
    """Every kind's rows due at `now` (each kind's plan may record what it decided)."""
    return [row for kind in kinds for row in kind.plan(session, now, **kind.rules(rule_sets))]


def plan_outbox(
    session: Session, rule_sets: Mapping[str, RuleSet], now: datetime, *, kinds: OutboxKinds
) -> int:
    """Plan every kind's due rows into the outbox; returns how many are new."""
    return insert_if_absent(session, rows=planned_rows(session, rule_sets, now, kinds=kinds))


def prepare(
    session: Session,
    claimed: Sequence[ClaimedRow],
    rule_sets: Mapping[str, RuleSet],
    now: datetime,
    *,
    kinds: OutboxKinds,
) -> list[Delivery]:
    """Each claimed row prepared by the kind that owns it, re-checked against fresh data."""
    return [delivery for _, delivery in _prepared(session, claimed, rule_sets, now, kinds)]


@dataclass(frozen=True)
class Preview:
    """One message a dry run shows, and the kind it is."""

    kind: str
    delivery: Delivery


def preview(
    session: Session, rule_sets: Mapping[str, RuleSet], now: datetime, *, kinds: OutboxKinds
) -> list[Preview]:
    """The messages of every kind that planning at `now` would newly put in the outbox and
    the drain then send at once, prepared as the drain would prepare them.

    Kinds may record what they plan (a study-buddy pairing): the caller rolls the session
    back, so a dry run leaves no trace.
    """
    rows = [r for r in planned_rows(session, rule_sets, now, kinds=kinds) if r["due_at"] <= now]
    taken = live_keys(session, keys={row["dedup_key"] for row in rows})
    claimed: list[ClaimedRow] = []
    for row in rows:  # as `insert_if_absent` would: keys not held yet, each once
        if row["dedup_key"] not in taken:
            taken.add(row["dedup_key"])
            claimed.append(_as_claimed(-1 - len(claimed), row))
    return [
        Preview(label, delivery)
        for label, delivery in _prepared(session, claimed, rule_sets, now, kinds)
        if delivery.send_ids
    ]


def _as_claimed(row_id: int, row: dict) -> ClaimedRow:
    """A planned row as the drain would claim it (an id no stored row has)."""
    return ClaimedRow(
        row_id,
        row["member_id"],
        row["workspace_id"],
        row["kind"],
        row["dedup_key"],
        row["payload"],
        row["attempts"] + 1,
    )


def _prepared(
    session: Session,
    claimed: Sequence[ClaimedRow],
    rule_sets: Mapping[str, RuleSet],
    now: datetime,
    kinds: OutboxKinds,
) -> list[tuple[str, Delivery]]:
    by_kind: dict[OutboxKind, list[ClaimedRow]] = defaultdict(list)
    unknown: list[ClaimedRow] = []
    for row in claimed:
        kind = kinds.kind_of(row.kind)
        if kind is None:
            unknown.append(row)
        else:
            by_kind[kind].append(row)
    result: list[tuple[str, Delivery]] = []
    for kind, rows in by_kind.items():
        deliveries = kind.prepare(session, rows, now, **kind.rules(rule_sets))
        for delivery in deliveries:
            delivery.daily_limit = kind.one_a_day
        if kind.windowed:
            windows = _windows(session, {d.member_id for d in deliveries if d.send_ids})
            deliveries = [to_window(d, windows.get(d.member_id), now) for d in deliveries]
        result.extend((kind.label, delivery) for delivery in deliveries)
    if unknown:  # a kind this process does not run (removed, or renamed): never sent
        result.extend(
            (row.kind, Delivery(row.member_id, None, skip_ids=[row.id], reason=UNKNOWN_KIND))
            for row in unknown
        )
    return result


def _windows(session: Session, member_ids: set[int]) -> dict[int, MemberWindow]:
    """The members' delivery windows (the default one where they set none)."""
    if not member_ids:
        return {}
    default = DeliveryWindow()
    found = {}
    for mid, zone, start, end, days, quiet_start, quiet_end in delivery_windows(
        session, member_ids=member_ids
    ):
        window = (
            default
            if start is None
            else DeliveryWindow(start, end, tuple(days), quiet_start, quiet_end)
        )
        found[mid] = MemberWindow(zone or "", window)
    return found
