"""Outbox kind "circle_prompt": planned when a circle's local slot comes, composed at send time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from sqlmodel import Session

from bot.nudges.content import FreeCourse
from bot.nudges.load import load_members
from bot.outbox.kinds import Delivery, OutboxKind, outbox_row
from bot.practice.circles.content import (
    circle_prompt,
    renewing_within,
    shared_needs,
)
from bot.practice.circles.schedule import circle_zone, due_slot, period_key
from bot.rules import Progress, RuleSet, compute_progress
from bot.rules.jurisdiction import course_states
from store.catalog.records import split_topics
from store.db import saved_id
from store.queries.outbox import ClaimedRow, existing_keys, recipients
from store.queries.practice.circles import (
    circles_by_id,
    free_course_rows,
    scheduled_circles,
    seats_by_circle,
)

KIND = "circle_prompt"


def plan(session: Session, now: datetime, *, rule_sets: Mapping[str, RuleSet]) -> list[dict]:
    """One row per circle whose slot has come this period (none twice: keyed per period)."""
    due = []
    for circle in scheduled_circles(session):
        slot = due_slot(circle, now)
        if slot is not None:
            due.append((circle, slot, period_key(circle, slot.date())))
    # Any existing row counts, even a skipped one: a prompt skipped this period stays skipped.
    taken = existing_keys(session, keys=[key for _, _, key in due])
    due = [entry for entry in due if entry[2] not in taken]
    seats = seats_by_circle(session, circle_ids=[saved_id(circle) for circle, _, _ in due])
    rows = []
    for circle, slot, key in due:
        # The starter speaks for the circle; if they have gone, whoever sits in it longest.
        member_id = circle.started_by or next(iter(seats[saved_id(circle)]), None)
        if member_id is not None:
            rows.append(
                outbox_row(
                    workspace_id=circle.workspace_id,
                    member_id=member_id,
                    kind=KIND,
                    due_at=slot.astimezone(UTC),
                    key=key,
                    payload={"circle_id": circle.id},
                )
            )
    return rows


def prepare(
    session: Session,
    claimed: Sequence[ClaimedRow],
    now: datetime,
    *,
    rule_sets: Mapping[str, RuleSet],
) -> list[Delivery]:
    """Each claimed prompt, written from the members' situation as it is now."""
    circles = circles_by_id(session, circle_ids={row.payload["circle_id"] for row in claimed})
    seats = seats_by_circle(session, circle_ids=list(circles))
    members = {m for ids in seats.values() for m in ids}
    facts = {m.member_id: m for m in load_members(session, member_ids=members)} if members else {}
    free = []
    for title, provider, hours, stored in free_course_rows(session):
        topics, states = split_topics(stored)
        free.append(FreeCourse(0, title, hours, topics, provider=provider, jurisdictions=states))
    addresses = recipients(session, member_ids={row.member_id for row in claimed})
    deliveries = []
    for row in claimed:
        circle = circles.get(row.payload["circle_id"])
        delivery = Delivery(row.member_id, addresses.get(row.member_id), daily_limit=False)
        deliveries.append(delivery)
        seated = seats.get(saved_id(circle)) if circle is not None else None
        if circle is None or circle.cadence == "off" or not seated:
            delivery.skip_ids, delivery.reason = [row.id], "circle stopped, paused or empty"
            continue
        today = now.astimezone(circle_zone(circle)).date()
        progress = {
            member_id: _progress(facts[member_id], rule_sets, today)
            for member_id in seated
            if member_id in facts
        }
        delivery.channel, delivery.send_ids = circle.channel_id, [row.id]
        their_states = {
            lic.facts.jurisdiction for m in seated if m in facts for lic in facts[m].licenses
        }
        delivery.replies = circle_prompt(
            shared_needs(progress, today),
            [course for course in free if for_everyone_in(course, their_states)],
            focus=circle.focus,
            renewing_soon=renewing_within(progress, today),
            period=today.isocalendar()[1],
        )
    return deliveries


def _progress(member, rule_sets, today) -> list[Progress]:
    return [
        compute_progress(rule_sets[lic.rule_set_id], lic.facts, member.completions, today)
        for lic in member.licenses
        if lic.rule_set_id in rule_sets
    ]


CIRCLE_PROMPT = OutboxKind(kinds=(KIND,), plan=plan, prepare=prepare, with_rules=True)


def for_everyone_in(course: FreeCourse, states: set[str]) -> bool:
    """A course a whole circle can take: meant for every state, or for each member's state."""
    made_for = course_states(course.topics, course.jurisdictions)
    return not made_for or states <= set(made_for)
