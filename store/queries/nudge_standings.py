"""The rules engine's last decision per license, kept so that a restarted sweep need not
decide again what nothing has changed (bot/nudges/completeness.py says when one still holds)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Boolean, Float, Integer, String, bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Session, col

from store.db import table_of
from store.models import NudgeStanding
from store.queries.nudge_sweep import one_of

TABLE = table_of(NudgeStanding)


class KeptStanding(NamedTuple):
    """A license's standing as the engine decided it, and the digest it decided from."""

    license_id: int
    proof: str
    complete: bool
    total_counted: float


def kept_standings(session: Session, *, license_ids: Collection[int]) -> dict[int, KeptStanding]:
    """The kept standings of these licenses (those that have one)."""
    if not license_ids:
        return {}
    query = select(TABLE.c.license_id, TABLE.c.proof, TABLE.c.complete, TABLE.c.total_counted)
    query = query.where(one_of(session, col(NudgeStanding.license_id), license_ids))
    rows: Iterable[Sequence[Any]] = session.connection().execute(query)
    return {
        int(lid): KeptStanding(int(lid), str(proof), bool(complete), float(total))
        for lid, proof, complete, total in rows
    }


COLUMNS = {"license_id": Integer, "proof": String, "complete": Boolean, "total_counted": Float}


def keep_standings(session: Session, *, standings: Sequence[KeptStanding]) -> None:
    """Keep these standings, replacing each license's earlier one.

    In license order, so sweeps in two replicas writing the same licenses take their row
    locks in the same order (one waits for the other instead of a deadlock). PostgreSQL gets
    one array per column (psycopg would parse every placeholder of a multi-row VALUES).
    """
    if not standings:
        return
    # Totals come as int or float from the engine; one PostgreSQL array takes one type.
    rows = sorted(
        {s.license_id: s._replace(total_counted=float(s.total_counted)) for s in standings}.values()
    )
    statement: postgresql.Insert | sqlite.Insert
    if session.get_bind().dialect.name == "postgresql":
        arrays = [
            func.unnest(bindparam(None, [getattr(s, name) for s in rows], type_=ARRAY(type_)))
            for name, type_ in COLUMNS.items()
        ]
        statement = postgresql.insert(TABLE).from_select(list(COLUMNS), select(*arrays))
        parameters = None
    else:
        statement, parameters = sqlite.insert(TABLE), [s._asdict() for s in rows]
    statement = statement.on_conflict_do_update(
        index_elements=["license_id"],
        set_={name: statement.excluded[name] for name in ("proof", "complete", "total_counted")},
    )
    session.execute(statement, parameters)
