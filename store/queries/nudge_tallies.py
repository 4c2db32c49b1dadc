"""Each license's row of the sweep's completions aggregate, kept across processes: a new
process (a restart, another replica) reads the kept rows that still hold instead of
aggregating every completion again, and aggregates only the members whose rows moved on.

A kept row holds while its member's records version (moved by a trigger on every change to
their licenses and completions, migration 0009) and its window start (the cycle's, which a
rule set's cycle length moves) are those the candidate licenses have now. A row written from
an older read only fails to match; it never stands for newer records.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import UTC, date
from typing import Any

from sqlalchemy import Date, Float, Integer, String, bindparam, cast, func, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Session

from store.db import table_of
from store.models.nudges import NudgeLicenseTally
from store.queries.bulk import select_columns
from store.queries.nudge_facts import cycle_lower
from store.queries.nudge_sweep import SEPARATOR, _candidate_licenses, _day, _instant, _raw

TABLE = table_of(NudgeLicenseTally)
COLUMNS = {
    "license_id": Integer,
    "records_version": Integer,
    "window_start": Date,
    "window_hours": Float,
    "last_progress_on": Date,
    "count": Integer,
    "top_id": Integer,
    "logged": String,
    "hours": Float,
}


def kept_license_rows(
    session: Session,
    *,
    open_zones: Collection[str],
    latest_day: date,
    cycle_months: Mapping[str, int],
    default_months: int,
) -> tuple[list[tuple], set[int]]:
    """The rows `candidate_license_rows` would give for the licenses whose kept tally still
    holds, and the members with a candidate license whose tally does not (or has none)."""
    lower = _raw(cycle_lower(session, cycle_months, default_months)).label("lower")
    lic = _candidate_licenses(open_zones, latest_day, lower).subquery()
    kept = TABLE.c
    # The window starts are compared here: in the join, PostgreSQL probed the table's index
    # once per license to filter on the start's CASE, instead of hashing it.
    holds = (kept.license_id == lic.c.id) & (kept.records_version == lic.c.records_version)
    query = select_columns(
        *(lic.c[name] for name in LICENSE_COLUMNS),
        _raw(kept.window_start),
        _raw(kept.window_hours),
        _raw(kept.last_progress_on),
        kept.count,
        kept.top_id,
        kept.logged,
        _raw(kept.hours),
    ).outerjoin(TABLE, holds)
    rows: Iterable[Sequence[Any]] = session.connection().execute(query)
    # The latest logging instant as the aggregate hands it back: SQLite's text, else an instant.
    instant = _keep if session.get_bind().dialect.name == "sqlite" else _instant
    held: list[tuple] = []
    missing: set[int] = set()
    for lid, mid, kind, state, renewal, start, rule_set, first, version, low, *tally in rows:
        kept_start, hours, last, count, top, logged, total = tally
        low = _day(low)
        if kept_start is None or _day(kept_start) != low:
            missing.add(mid)
            continue
        held.append(
            (
                lid,
                mid,
                kind,
                state,
                _day(renewal),
                _day(start),
                rule_set,
                bool(first),
                version,
                float(hours),
                _day(last),
                (count, top, instant(logged), total),
                low,
            )
        )
    return held, missing


def _keep(value: Any) -> Any:
    return value


LICENSE_COLUMNS = (
    "id",
    "member_id",
    "license_type",
    "jurisdiction",
    "renewal_date",
    "cycle_start",
    "rule_set_id",
    "first_renewal",
    "records_version",
    "lower",
)


def keep_tallies(session: Session, *, rows: Sequence[tuple]) -> None:
    """Keep these rows of `candidate_license_rows`, replacing each license's earlier one.

    In license order, so two replicas writing the same licenses take their row locks in the
    same order (as `keep_standings` does, and before it in a sweep). A new deployment's first
    sweep writes every license's: PostgreSQL gets each column as ONE text (psycopg dumps an
    array of 100k values one by one), SQLite plain tuples (no per-value processing).
    """
    if not rows:
        return
    by_license = {row[0]: row for row in rows}
    values = [_values(by_license[lid]) for lid in sorted(by_license)]
    names = list(COLUMNS)
    if session.get_bind().dialect.name != "postgresql":
        placeholders = ", ".join("?" for _ in names)
        updates = ", ".join(f"{name} = excluded.{name}" for name in names[1:])
        session.connection().exec_driver_sql(
            f"INSERT INTO {TABLE.name} ({', '.join(names)}) VALUES ({placeholders}) "
            f"ON CONFLICT (license_id) DO UPDATE SET {updates}",
            values,
        )
        return
    arrays = [
        func.unnest(
            cast(
                func.string_to_array(bindparam(None, _text(column), type_=String), SEPARATOR, ""),
                ARRAY(type_),
            )
        )
        for column, type_ in zip(zip(*values, strict=True), COLUMNS.values(), strict=True)
    ]
    statement = postgresql.insert(TABLE).from_select(names, select(*arrays))
    statement = statement.on_conflict_do_update(
        index_elements=["license_id"],
        set_={name: statement.excluded[name] for name in names[1:]},
    )
    session.execute(statement)


def _values(row: tuple) -> tuple[Any, ...]:
    """A row of `candidate_license_rows` as the table's columns, dates as ISO text and the
    latest logging instant as UTC ISO text (SQLite's stored text as it is), which
    `completion_mark` reads alike."""
    lid, _, _, _, _, _, _, _, version, hours, last, tally, lower = row
    count, top, logged, total = tally
    if logged is not None and not isinstance(logged, str):
        instant = _instant(logged)
        logged = instant.astimezone(UTC).isoformat() if instant else None
    return (
        lid,
        version,
        lower.isoformat(),
        float(hours),
        last.isoformat() if last else None,
        count,
        top,
        logged,
        None if total is None else float(total),
    )


def _text(column: Iterable[Any]) -> str:
    """A column's values as one text for `string_to_array(…, SEPARATOR, '')` ("" is none)."""
    return SEPARATOR.join("" if value is None else str(value) for value in column)
