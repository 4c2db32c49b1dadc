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

from sqlalchemy import Date, Float, Integer, String, bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Session

from store.db import table_of
from store.models.nudges import NudgeLicenseTally
from store.queries.bulk import select_columns
from store.queries.nudge_facts import cycle_lower
from store.queries.nudge_sweep import _candidate_licenses, _day, _instant, _raw

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
    holds = (
        (kept.license_id == lic.c.id)
        & (kept.records_version == lic.c.records_version)
        & (kept.window_start == lic.c.lower)
    )
    query = select_columns(
        *(lic.c[name] for name in LICENSE_COLUMNS),
        kept.license_id,
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
        found, hours, last, count, top, logged, total = tally
        if found is None:
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
                _day(low),
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
    same order (as `keep_standings` does, and before it in a sweep). PostgreSQL gets one array
    per column.
    """
    if not rows:
        return
    by_license = {row[0]: row for row in rows}
    values = [_values(by_license[lid]) for lid in sorted(by_license)]
    statement: postgresql.Insert | sqlite.Insert
    if session.get_bind().dialect.name == "postgresql":
        arrays = [
            func.unnest(bindparam(None, [v[name] for v in values], type_=ARRAY(type_)))
            for name, type_ in COLUMNS.items()
        ]
        statement = postgresql.insert(TABLE).from_select(list(COLUMNS), select(*arrays))
        parameters = None
    else:
        statement, parameters = sqlite.insert(TABLE), values
    statement = statement.on_conflict_do_update(
        index_elements=["license_id"],
        set_={name: statement.excluded[name] for name in list(COLUMNS)[1:]},
    )
    session.execute(statement, parameters)


def _values(row: tuple) -> dict[str, Any]:
    """A row of `candidate_license_rows` as the table's columns; the latest logging instant
    as UTC ISO text (SQLite's stored text as it is), which `completion_mark` reads alike."""
    lid, _, _, _, _, _, _, _, version, hours, last, tally, lower = row
    count, top, logged, total = tally
    if logged is not None and not isinstance(logged, str):
        instant = _instant(logged)
        logged = instant.astimezone(UTC).isoformat() if instant else None
    return {
        "license_id": lid,
        "records_version": version,
        "window_start": lower,
        "window_hours": float(hours),
        "last_progress_on": last,
        "count": count,
        "top_id": top,
        "logged": logged,
        "hours": None if total is None else float(total),
    }
