"""Nudges as an outbox kind: the sweep plans them, and claimed ones are re-checked at send time.

The kind holds the process's SweepMemory (what earlier sweeps decided), so one registry
serves one process and database. Nudges are windowed and the member's one message a day;
several due on one day are merged into that message.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime, time, timedelta
from functools import partial

from sqlmodel import Session

from bot.nudges.completeness import SweepMemory
from bot.nudges.content import FreeCourse, NudgeItem, compose
from bot.nudges.facts import KINDS, MemberNudgeFacts
from bot.nudges.load import load_members
from bot.nudges.planner import blocked_reason, progress_of, reasons_on
from bot.nudges.sweep import sweep
from bot.outbox.kinds import Delivery, OutboxKind, outbox_row
from bot.outbox.window import next_opening, zone_of
from bot.rules import RuleSet
from store.catalog import course_topics, list_courses
from store.queries.outbox import ClaimedRow, recipients

# Not stale, just not now: these wait (the member's window itself is the outbox's to apply).
WAIT = ("already nudged today", "snoozed")


def plan_nudges(
    session: Session,
    now: datetime,
    *,
    rule_sets: Mapping[str, RuleSet],
    memory: SweepMemory | None = None,
) -> list[dict]:
    """Every member's new due nudges, as outbox rows (a "complete" one with its proof).

    `memory`: what earlier sweeps in this process decided.
    """
    return [
        outbox_row(
            workspace_id=n.workspace_id,
            member_id=n.member_id,
            kind=n.kind,
            due_at=now,
            key=n.dedup_key,
            payload={**n.payload, "proof": n.proof} if n.proof else n.payload,
        )
        for n in sweep(session, rule_sets, now, memory=memory).due
    ]


def prepare_nudges(
    session: Session,
    claimed: Sequence[ClaimedRow],
    now: datetime,
    *,
    rule_sets: Mapping[str, RuleSet],
) -> list[Delivery]:
    """Group claimed nudges by member and re-check each against fresh facts: nothing stale goes."""
    by_member: dict[int, list[ClaimedRow]] = defaultdict(list)
    for row in claimed:
        by_member[row.member_id].append(row)
    members = {m.member_id: m for m in load_members(session, member_ids=list(by_member))}
    addresses = recipients(session, member_ids=list(by_member))
    free = free_courses(session)
    result = []
    for member_id, rows in by_member.items():
        delivery = Delivery(member_id, addresses.get(member_id))
        member = members.get(member_id)
        blocked = blocked_reason(member, now, window=False) if member else "member gone"
        if member is not None and blocked in WAIT:
            delivery.defer_ids = [row.id for row in rows]
            delivery.defer_until = next_opening(
                member.prefs, zone_of(member.timezone), _next_day(member, now)
            )
            delivery.reason = blocked
            if delivery.defer_until is None:
                delivery.skip_ids, delivery.defer_ids = delivery.defer_ids, []
        elif blocked or member is None:  # a member gone is blocked
            delivery.skip_ids, delivery.reason = [row.id for row in rows], blocked
        else:
            _fill(delivery, member, rows, rule_sets, free, now)
        result.append(delivery)
    return result


def _fill(
    delivery: Delivery,
    member: MemberNudgeFacts,
    rows: list[ClaimedRow],
    rule_sets: Mapping[str, RuleSet],
    free: list[FreeCourse],
    now: datetime,
) -> None:
    today = now.astimezone(zone_of(member.timezone)).date()
    progress = progress_of(member, rule_sets, today)
    still = {n.dedup_key for n in reasons_on(member, progress, today)}
    fresh = [row for row in rows if row.dedup_key in still]
    delivery.skip_ids = [row.id for row in rows if row.dedup_key not in still]
    delivery.reason = "no longer applies" if delivery.skip_ids else ""
    delivery.day = today
    if fresh:
        items = [NudgeItem(row.kind, row.payload) for row in fresh]
        delivery.replies = compose(member, items, progress, free, today, rule_sets)
        delivery.send_ids = [row.id for row in fresh]


def _next_day(member: MemberNudgeFacts, now: datetime) -> datetime:
    """Local midnight after `now` (a snooze ends on a date; 'one a day' ends at midnight)."""
    zone = zone_of(member.timezone)
    local = now.astimezone(zone)
    start = local.date() + timedelta(days=1)
    if member.prefs.snoozed_until and member.prefs.snoozed_until > start:
        start = member.prefs.snoozed_until
    return datetime.combine(start, time(0), tzinfo=zone)


def free_courses(session: Session) -> list[FreeCourse]:
    """Free real catalog courses (never a demo one), for the 'A free option: …' line."""
    found = []
    for course in list_courses(session):
        if course.cost_usd == 0 and not course.sample:
            topics, states = course_topics(course)
            found.append(FreeCourse(course.id or 0, course.title, course.hours, topics, "", states))
    return found


def nudge_kind(memory: SweepMemory | None = None) -> OutboxKind:
    """Nudges as an outbox kind; `memory` is what this process's sweeps decided before."""
    return OutboxKind(
        kinds=KINDS,
        plan=partial(plan_nudges, memory=memory if memory is not None else SweepMemory()),
        prepare=prepare_nudges,
        with_rules=True,
        windowed=True,
        one_a_day=True,
        name="nudge",
    )
