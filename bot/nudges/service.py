"""Planning into the outbox, and preparing claimed rows for sending (re-checked at send time)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime, time, timedelta

from sqlmodel import Session

from bot.nudges.completeness import SweepMemory
from bot.nudges.content import FreeCourse, NudgeItem, compose
from bot.nudges.load import load_members
from bot.nudges.planner import blocked_reason, progress_of, reasons_on
from bot.nudges.sweep import sweep
from bot.nudges.window import next_opening, zone_of
from bot.outbox import Delivery
from bot.outbox_kinds import KINDS, kind_of
from bot.rules import RuleSet
from store.catalog import course_topics, list_courses
from store.queries.outbox import ClaimedNudge, insert_if_absent, recipients


def plan_outbox(
    session: Session,
    rule_sets: Mapping[str, RuleSet],
    now: datetime,
    *,
    memory: SweepMemory | None = None,
) -> int:
    """Plan every member's due nudges (and other kinds) into the outbox; returns new rows.

    `memory`: what earlier sweeps in this process decided (the drain keeps one).
    """
    due = sweep(session, rule_sets, now, memory=memory).due
    rows = [
        {"workspace_id": n.workspace_id, "member_id": n.member_id, "kind": n.kind,
         "due_at": now, "dedup_key": n.dedup_key, "status": "pending",
         "payload": {**n.payload, "proof": n.proof} if n.proof else n.payload,
         "attempts": 0, "last_error": ""}
        for n in due
    ]  # fmt: skip
    for kind in KINDS:
        rows.extend(kind.plan(session, now, **kind.rules(rule_sets)))
    return insert_if_absent(session, rows=rows)


def prepare(
    session: Session,
    claimed: Sequence[ClaimedNudge],
    rule_sets: Mapping[str, RuleSet],
    now: datetime,
) -> list[Delivery]:
    """Group claimed rows by member and re-check each against fresh facts: nothing stale goes.

    Rows of other kinds (digests, circle posts) are prepared by the kind that owns them.
    """
    by_member: dict[int, list[ClaimedNudge]] = defaultdict(list)
    others: dict[object, list[ClaimedNudge]] = defaultdict(list)
    for row in claimed:
        kind = kind_of(row.kind)
        if kind is None:
            by_member[row.member_id].append(row)
        else:
            others[kind].append(row)
    result = [
        d
        for kind, rows in others.items()
        for d in kind.prepare(session, rows, now, **kind.rules(rule_sets))
    ]
    if not by_member:
        return result
    members = {m.member_id: m for m in load_members(session, member_ids=list(by_member))}
    addresses = recipients(session, member_ids=list(by_member))
    free = free_courses(session)
    for member_id, rows in by_member.items():
        delivery = Delivery(member_id, addresses.get(member_id))
        member = members.get(member_id)
        blocked = blocked_reason(member, now) if member else "member gone"
        if blocked in ("outside window", "already nudged today", "snoozed"):
            # Not stale, just not now: wait for the member's next window.
            delivery.defer_ids = [row.id for row in rows]
            after = now if blocked == "outside window" else _next_day(member, now)
            delivery.defer_until = next_opening(member.prefs, zone_of(member.timezone), after)
            delivery.reason = blocked
            if delivery.defer_until is None:
                delivery.skip_ids, delivery.defer_ids = delivery.defer_ids, []
        elif blocked:
            delivery.skip_ids, delivery.reason = [row.id for row in rows], blocked
        else:
            _fill(delivery, member, rows, rule_sets, free, now)
        result.append(delivery)
    return result


def _fill(delivery, member, rows, rule_sets, free, now) -> None:
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


def _next_day(member, now: datetime) -> datetime:
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
