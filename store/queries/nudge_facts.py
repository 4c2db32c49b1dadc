"""Set-based reads for the nudge planner: one query per table for all members, plain rows.

Plain column tuples, not ORM objects: the sweep reads every member's licenses and
completions, and building ORM objects would cost more than the planning itself.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import Date, Interval, Row, case, func, inspect, literal_column
from sqlmodel import Session, col, select

from store.models import Completion, License, Member, NudgePreferences, OutboxMessage, PlanStep
from store.queries.bulk import in_chunks, select_columns


def member_rows(session: Session, *, member_ids: Collection[int] | None = None) -> list[Row]:
    """(id, workspace_id, timezone, created_at, onboarded, reachable, practice_facts)."""
    query = select_columns(
        Member.id, Member.workspace_id, Member.timezone, Member.created_at,
        Member.onboarded, Member.reachable, Member.practice_facts,
    )  # fmt: skip
    return _all(session, query, col(Member.id), member_ids)


def cycle_lower(session: Session, cycle_months: Mapping[str, int], default_months: int) -> Any:
    """A day on or before the license's cycle start: the stored start, or by its rule set."""
    by_months: dict[int, list[str]] = {}
    for rule_set_id, months in cycle_months.items():
        by_months.setdefault(months, []).append(rule_set_id)
    start = case(
        *[(col(License.rule_set_id).in_(ids), _months_before(session, m))
          for m, ids in sorted(by_months.items())],
        else_=_months_before(session, default_months),
    )  # fmt: skip
    return func.coalesce(License.cycle_start, start)


def _months_before(session: Session, months: int) -> Any:
    """The renewal date minus `months` months and 4 days, in the dialect's date arithmetic.

    The 4 days keep it on or before Python's add_months: SQLite rolls 31 Mar - 1 month over
    to 3 Mar where Python (and PostgreSQL) stop at 28/29 Feb.
    """
    if session.get_bind().dialect.name == "postgresql":
        shift = literal_column(f"interval '{int(months)} months 4 days'", Interval)
        return func.cast(col(License.renewal_date) - shift, Date)
    return func.date(License.renewal_date, f"-{int(months)} months", "-4 days")


def preference_rows(session: Session, *, member_ids: Collection[int] | None = None) -> list[Row]:
    """Every stored NudgePreferences row, as plain tuples in column order."""
    table = inspect(NudgePreferences).local_table
    columns = [c for c in table.columns if c.name != "updated_at"]
    return _all(session, select_columns(*columns), col(NudgePreferences.member_id), member_ids)


def license_rows(session: Session, *, member_ids: Collection[int] | None = None) -> list[Row]:
    """(id, member_id, license_type, jurisdiction, renewal_date, cycle_start, rule_set_id, first_renewal)."""
    query = select_columns(
        License.id, License.member_id, License.license_type, License.jurisdiction,
        License.renewal_date, License.cycle_start, License.rule_set_id, License.first_renewal,
    ).order_by(col(License.member_id), col(License.renewal_date), col(License.id))  # fmt: skip
    return _all(session, query, col(License.member_id), member_ids)


def completion_rows(session: Session, *, member_ids: Collection[int] | None = None) -> list[Row]:
    """(id, member_id, title, hours, completed_on, format, topics, approval_body, created_at)."""
    query = select_columns(
        Completion.id, Completion.member_id, Completion.title, Completion.hours,
        Completion.completed_on, Completion.format, Completion.topics,
        Completion.approval_body, Completion.created_at,
    )  # fmt: skip
    return _all(session, query, col(Completion.member_id), member_ids)


def planned_step_rows(session: Session, *, member_ids: Collection[int] | None = None) -> list[Row]:
    """(id, member_id, title, due_date, hours) of steps still planned."""
    query = select_columns(
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
    return [row for rows in in_chunks(session, query, member_col, member_ids) for row in rows]
