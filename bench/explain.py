"""EXPLAIN (ANALYZE, BUFFERS) of every SELECT a piece of work runs on PostgreSQL.

`with explained(engine) as plans: work()`: each SELECT the engine runs inside the block is
explained right after it ran, on a second cursor of the same connection (so temporary tables
and the transaction's snapshot are the ones the statement saw). The work's own timing is not
the figure here: each explained SELECT runs twice. `report(plans)` gives each statement's
first line, its execution time and the plan's costliest lines, slowest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import event
from sqlalchemy.engine import Engine

PLAN_LINES = 8  # of each plan, the top lines (the root node and what feeds it)
LINE_AT_MOST = 200  # characters of a plan line (an IN list's literal runs to megabytes)


@dataclass
class Plan:
    statement: str
    execution_ms: float
    lines: list[str]


@contextmanager
def explained(engine: Engine) -> Iterator[list[Plan]]:
    """Collect the plans of the SELECTs run in the block (PostgreSQL only; else none)."""
    plans: list[Plan] = []
    if engine.dialect.name != "postgresql":
        yield plans
        return

    def after(conn, cursor, statement, parameters, context, executemany) -> None:
        if executemany or not statement.lstrip().upper().startswith(("SELECT", "WITH")):
            return
        with cursor.connection.cursor() as second:
            second.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
            lines = [row[0] for row in second.fetchall()]
        ms = next(
            (
                float(m.group(1))
                for line in lines
                if (m := re.search(r"Execution Time: ([\d.]+)", line))
            ),
            0.0,
        )
        plans.append(Plan(" ".join(statement.split())[:160], ms, lines))

    event.listen(engine, "after_cursor_execute", after)
    try:
        yield plans
    finally:
        event.remove(engine, "after_cursor_execute", after)


def report(plans: list[Plan]) -> list[dict]:
    """The plans, slowest first: statement head, execution time, the plan's top lines."""
    return [
        {
            "statement": plan.statement,
            "execution_ms": round(plan.execution_ms, 1),
            "plan": [line[:LINE_AT_MOST] for line in plan.lines[:PLAN_LINES]],
        }
        for plan in sorted(plans, key=lambda p: -p.execution_ms)
    ]
