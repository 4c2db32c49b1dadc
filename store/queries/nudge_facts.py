"""Set-based reads for the nudge planner: one query per table for all members, plain rows.

Plain column tuples, not ORM objects: the sweep reads every member's licenses and
completions, and building ORM objects would cost more than the planning itself.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy import Row, func
from sqlmodel import Session, col, select

from store.models import Completion, License, Member, NudgePreferences, OutboxMessage, PlanStep

CHUNK = 1000


def member_rows(session: Session, *, member_ids: Collection[int] | None = None) -> list[Row]:
    """(id, workspace_id, timezone, created_at, onboarded, reachable, practice_facts)."""
    query = select(
        Member.id, Member.workspace_id, Member.timezone, Member.created_at,
        Member.onboarded, Member.reachable, Member.practice_facts,
    )  # fmt: skip
    return _all(session, query, col(Member.id), member_ids)


def preference_rows(session: Session, *, member_ids: Collection[int] | None = None) -> list[Row]:
    """Every stored NudgePreferences row, as plain tuples in column order."""
    columns = [c for c in NudgePreferences.__table__.columns if c.name != "updated_at"]
    return _all(session, select(*columns), col(NudgePreferences.member_id), member_ids)


def license_rows(session: Session, *, member_ids: Collection[int] | None = None) -> list[Row]:
    """(id, member_id, license_type, jurisdiction, renewal_date, cycle_start, rule_set_id, first_renewal)."""
    query = select(
        License.id, License.member_id, License.license_type, License.jurisdiction,
        License.renewal_date, License.cycle_start, License.rule_set_id, License.first_renewal,
    ).order_by(col(License.member_id), col(License.renewal_date), col(License.id))  # fmt: skip
    return _all(session, query, col(License.member_id), member_ids)


def completion_rows(session: Session, *, member_ids: Collection[int] | None = None) -> list[Row]:
    """(id, member_id, title, hours, completed_on, format, topics, approval_body, created_at)."""
    query = select(
        Completion.id, Completion.member_id, Completion.title, Completion.hours,
        Completion.completed_on, Completion.format, Completion.topics,
        Completion.approval_body, Completion.created_at,
    )  # fmt: skip
    return _all(session, query, col(Completion.member_id), member_ids)


def planned_step_rows(session: Session, *, member_ids: Collection[int] | None = None) -> list[Row]:
    """(id, member_id, title, due_date, hours) of steps still planned."""
    query = select(
        PlanStep.id, PlanStep.member_id, PlanStep.title, PlanStep.due_date, PlanStep.hours
    ).where(PlanStep.status == "planned")
    return _all(session, query, col(PlanStep.member_id), member_ids)


def last_sent_rows(session: Session, *, member_ids: Collection[int] | None = None) -> list[Row]:
    """(member_id, when the last nudge message was sent), for members ever nudged."""
    query = (
        select(OutboxMessage.member_id, func.max(OutboxMessage.sent_at))
        .where(OutboxMessage.status == "sent")
        .group_by(col(OutboxMessage.member_id))
    )
    return _all(session, query, col(OutboxMessage.member_id), member_ids)


def _all(
    session: Session, query: Any, member_col: Any, member_ids: Collection[int] | None
) -> list[Row]:
    return [row for rows in _chunks(session, query, member_col, member_ids) for row in rows]


def _chunks(
    session: Session, query: Any, member_col: Any, member_ids: Collection[int] | None
) -> Iterator[list[Row]]:
    """One round trip for a sweep; one per CHUNK of ids when ids are given."""
    if member_ids is None:
        yield list(session.exec(query))
        return
    ids = sorted(set(member_ids))
    for i in range(0, len(ids), CHUNK):
        yield list(session.exec(query.where(member_col.in_(ids[i : i + CHUNK]))))
