"""The planning sweep's reads: only members whose window may be open, one row per license.

Set-based, one statement each. Lists of ids or keys travel as ONE array parameter
(PostgreSQL `= ANY(:values)`, SQLite `IN (SELECT value FROM json_each(:values))`) rather than
IN lists of thousands of literals split into chunks.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Column,
    ColumnClause,
    Date,
    Integer,
    MetaData,
    Row,
    String,
    Table,
    any_,
    bindparam,
    cast,
    func,
    insert,
    literal_column,
    or_,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import NullType
from sqlmodel import Session, col, select

from store.models import Completion, License, Member, NudgePreferences, OutboxMessage, PlanStep
from store.queries.bulk import select_columns
from store.queries.nudge_facts import cycle_lower

PREFS = NudgePreferences
SEPARATOR = "\x1f"  # ASCII unit separator: in no key (keys are ids, kinds, dates and words)


def _raw(column: Any) -> Any:
    """The column as the driver hands it back: at 100k rows, SQLAlchemy's per-value result
    processing costs more than the query, so `_day` / `_instant` convert where needed."""
    return type_coerce(column, NullType())


def _day(value: Any) -> date | None:
    """SQLite hands back ISO text, PostgreSQL a date."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _instant(value: Any) -> datetime | None:
    """SQLite hands back naive UTC text, PostgreSQL an aware datetime."""
    if isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return value


def one_of(session: Session, column: Any, values: Collection[Any], *, text: bool = False) -> Any:
    """`column` is one of `values`, as a single bound parameter on either dialect."""
    if session.get_bind().dialect.name == "postgresql":
        if text:  # one joined string: psycopg quotes an array of 200k strings one by one
            joined = bindparam(None, SEPARATOR.join(values), type_=String)
            return column == any_(func.string_to_array(joined, SEPARATOR))
        array = bindparam(None, list(values), type_=ARRAY(Integer))
        return column == any_(array)
    # Sorted, so SQLite walks the index in order (see live_keys_among).
    value: ColumnClause[Any] = literal_column("value")
    listed = select(value).select_from(
        func.json_each(bindparam(None, json.dumps(sorted(values)), type_=String))
    )
    return column.in_(listed.scalar_subquery())


def member_zones(session: Session) -> list[str]:
    """The distinct time zones of members who can be nudged at all."""
    query = select(Member.timezone).where(Member.onboarded, Member.reachable).distinct()
    return list(session.connection().execute(query).scalars())


def _may_be_open(open_zones: Collection[str], latest_day: date) -> Any:
    """Onboarded, reachable, not snoozed past every zone's today, and in an open zone unless
    the member set their own window (then Python decides)."""
    return (
        col(Member.onboarded)
        & col(Member.reachable)
        & or_(col(PREFS.member_id).is_not(None), col(Member.timezone).in_(list(open_zones)))
        & or_(col(PREFS.snoozed_until).is_(None), col(PREFS.snoozed_until) <= latest_day)
    )


def candidate_rows(
    session: Session, *, open_zones: Collection[str], latest_day: date, sent_since: datetime
) -> list[tuple]:
    """(id, workspace_id, timezone, created_at, last nudge sent since `sent_since`, whether
    the member has a preferences row, records_version) of the members `_may_be_open` keeps."""
    sent = (
        select(OutboxMessage.member_id, func.max(OutboxMessage.sent_at).label("sent_at"))
        .where(OutboxMessage.status == "sent", col(OutboxMessage.sent_at) >= sent_since)
        .group_by(col(OutboxMessage.member_id))
        .subquery()
    )
    query = (
        select_columns(
            Member.id,
            Member.workspace_id,
            Member.timezone,
            _raw(Member.created_at),
            _raw(sent.c.sent_at),
            PREFS.member_id,
            Member.records_version,
        )
        .outerjoin(PREFS, col(PREFS.member_id) == col(Member.id))
        .outerjoin(sent, sent.c.member_id == col(Member.id))
        .where(_may_be_open(open_zones, latest_day))
    )
    rows = session.connection().execute(query).all()
    return [
        (
            mid,
            workspace_id,
            zone,
            _instant(created),
            _instant(sent_at),
            has_prefs is not None,
            version,
        )
        for mid, workspace_id, zone, created, sent_at, has_prefs, version in rows
    ]


def candidate_license_rows(
    session: Session,
    *,
    open_zones: Collection[str],
    latest_day: date,
    cycle_months: Mapping[str, int],
    default_months: int,
    member_ids: Collection[int] | None = None,
) -> list[tuple]:
    """Per license of those members (of `member_ids` only, when given): (id, member_id,
    license_type, jurisdiction, renewal_date, cycle_start, rule_set_id, first_renewal, the
    member's records_version as this statement saw it, the hours completed from (a few days
    before) the cycle start to renewal — an upper bound —, the member's last progress (the
    latest completed_on or UTC logging date), and the tally of all the member's completions
    that marks them for proofs: (count, highest id, latest logging instant, hours)), and the
    hours' window start as a date (what store/queries/nudge_tallies.py keeps)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    licenses = _candidate_licenses(
        open_zones, latest_day, cycle_lower(session, cycle_months, default_months).label("lower")
    )
    if member_ids is not None:
        licenses = licenses.where(one_of(session, col(License.member_id), member_ids))
    # Materialised, so each window start is computed once, not per completion row: on
    # PostgreSQL a CTE; on SQLite a temporary table whose id order it groups in (its planner
    # would flatten a subquery, or sort a million rows to group a CTE).
    if postgres:
        lic = licenses.cte("candidate_license").prefix_with("MATERIALIZED").c
    else:
        lic = _temporary(session, CANDIDATE_LICENSE, licenses).c
    in_window = col(Completion.completed_on).between(lic.lower, lic.renewal_date)
    columns = [
        lic.id,
        lic.member_id,
        lic.license_type,
        lic.jurisdiction,
        lic.renewal_date,
        lic.cycle_start,
        lic.rule_set_id,
        lic.first_renewal,
        lic.records_version,
        lic.lower,
    ]
    query = (
        select_columns(
            *columns,
            _raw(func.sum(Completion.hours).filter(in_window)),
            _raw(_last_progress(session)),
            func.count(col(Completion.id)),
            func.max(Completion.id),
            _raw(func.max(Completion.created_at)),
            _raw(func.sum(Completion.hours)),
        )
        .outerjoin(Completion, col(Completion.member_id) == lic.member_id)
        .group_by(*(columns if postgres else [lic.id]))
    )
    if not postgres:  # sorted apart from the grouping: SQLite aggregates every row in the
        query = query.order_by(lic.member_id)  # first step, with other threads running
    rows: Sequence[Sequence[Any]] = session.connection().execute(query).all()
    if not postgres:
        CANDIDATE_LICENSE.drop(session.connection())
    if postgres:
        return [
            (*row[:9], float(row[10] or 0.0), row[11], tuple(row[12:16]), row[9]) for row in rows
        ]
    day = date.fromisoformat
    return [
        (
            lid,
            mid,
            kind,
            state,
            day(renewal),
            start and day(start),
            rule_set,
            first == 1,
            version,
            hours or 0.0,
            last and day(last),
            (count, top, logged, total),
            day(lower),
        )
        for (
            lid,
            mid,
            kind,
            state,
            renewal,
            start,
            rule_set,
            first,
            version,
            lower,
            hours,
            last,
            count,
            top,
            logged,
            total,
        ) in rows
    ]


# SQLite: the candidate licenses with their window start (the connection's own table).
CANDIDATE_LICENSE = Table(
    "candidate_license",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("member_id", Integer),
    Column("license_type", String),
    Column("jurisdiction", String),
    Column("renewal_date", String),
    Column("cycle_start", String),
    Column("rule_set_id", String),
    Column("first_renewal", Integer),
    Column("records_version", Integer),
    Column("lower", String),
    schema="temp",
)


def _temporary(session: Session, table: Table, rows: Any) -> Table:
    """`table` (in SQLite's temp schema) filled from the select `rows`, made afresh."""
    connection = session.connection()
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{table.name}")
    table.create(connection)
    connection.execute(insert(table).from_select([c.name for c in table.columns], rows))
    return table


def _candidate_licenses(open_zones: Collection[str], latest_day: date, *extra: Any) -> Any:
    """The licenses of the members `_may_be_open` keeps, with their member's records version
    (see migration 0009), and any `extra` columns."""
    return (
        select_columns(
            License.id,
            License.member_id,
            License.license_type,
            License.jurisdiction,
            _raw(License.renewal_date).label("renewal_date"),
            _raw(License.cycle_start).label("cycle_start"),
            License.rule_set_id,
            _raw(License.first_renewal).label("first_renewal"),
            Member.records_version,
            *extra,
        )
        .join(Member, col(Member.id) == col(License.member_id))
        .outerjoin(PREFS, col(PREFS.member_id) == col(License.member_id))
        .where(_may_be_open(open_zones, latest_day))
    )


def _last_progress(session: Session) -> Any:
    """The later of the latest completed_on and the latest logging date (UTC), per group."""
    done = func.max(Completion.completed_on)
    if session.get_bind().dialect.name == "postgresql":
        logged_day = cast(func.timezone("UTC", func.max(Completion.created_at)), Date)
        return func.greatest(done, logged_day)
    # Stored as 'YYYY-MM-DD HH:MM:SS…' UTC text: the latest text is the latest instant.
    logged = func.coalesce(func.date(func.max(Completion.created_at)), done)
    return func.max(done, logged)


def steps_due_rows(session: Session, *, first_day: date, last_day: date) -> Sequence[Row]:
    """(id, member_id, due_date) of planned steps due between the two days."""
    query = select_columns(PlanStep.id, PlanStep.member_id, PlanStep.due_date).where(
        PlanStep.status == "planned",
        col(PlanStep.due_date) >= first_day,
        col(PlanStep.due_date) <= last_day,
    )
    return session.connection().execute(query).all()


def live_keys_among(session: Session, *, keys: Collection[str]) -> set[str]:
    """Which of `keys` the outbox holds and not as skipped (planning them again is a no-op).

    The database answers with the keys it does NOT hold: on every sweep after the first
    that is a handful, where the held ones are every member's check-in and more."""
    if not keys:
        return set()
    if session.get_bind().dialect.name == "postgresql":
        joined = bindparam(None, SEPARATOR.join(keys), type_=String)
        given = (
            func.unnest(func.string_to_array(joined, SEPARATOR))
            .table_valued("value")
            .render_derived()
        )
    else:
        # Sorted: SQLite probes the key index in this order, page after page (random order
        # thrashed its page cache: 0.5 s for 200k keys instead of 0.13 s).
        listed = json.dumps(sorted(keys))
        given = func.json_each(bindparam(None, listed, type_=String)).table_valued("value")
    held = select(OutboxMessage.id).where(
        col(OutboxMessage.dedup_key) == given.c.value, OutboxMessage.status != "skipped"
    )
    query = select(given.c.value).where(~held.exists())
    missing: set[str] = set(session.connection().execute(query).scalars().all())
    return set(keys) - missing


def practice_rows(session: Session, *, member_ids: Collection[int]) -> Sequence[Row]:
    """(member id, practice facts as stored JSON text) for these members: the same answers
    give the same text, so callers decode each distinct text once."""
    if not member_ids:
        return []
    query = select(Member.id, cast(Member.practice_facts, String)).where(
        one_of(session, col(Member.id), member_ids)
    )
    return session.connection().execute(query).all()


def completion_fact_rows(session: Session, *, member_ids: Collection[int]) -> list[tuple]:
    """(member_id, id, title, hours, completed_on, format, topics, approval_body) of members."""
    if not member_ids:
        return []
    query = select_columns(
        Completion.member_id,
        Completion.id,
        Completion.title,
        Completion.hours,
        _raw(Completion.completed_on),
        Completion.format,
        cast(Completion.topics, String),
        Completion.approval_body,
    ).where(one_of(session, col(Completion.member_id), member_ids))
    rows = (
        session.connection()
        .execute(query.order_by(col(Completion.member_id), col(Completion.id)))
        .all()
    )
    # Topics arrive as JSON text and are decoded in one call, not one json.loads per row.
    topics = json.loads("[" + ",".join(row[6] for row in rows) + "]")
    return [
        (mid, cid, title, hours, _day(done), fmt, listed, body)
        for (mid, cid, title, hours, done, fmt, _, body), listed in zip(rows, topics, strict=True)
    ]
