"""bench/explain.py: the plan of every SELECT run in its block, on PostgreSQL; none elsewhere."""

from __future__ import annotations

from sqlalchemy import text

from bench.explain import explained, report

THREE = "SELECT n FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) AS t"


def test_each_select_in_the_block_is_explained_and_its_result_kept(engine) -> None:
    with explained(engine) as plans, engine.connect() as conn:
        rows = conn.execute(text(THREE + " WHERE n > :low"), {"low": 1}).all()
        conn.execute(text("CREATE TEMPORARY TABLE scratch (n integer)"))  # not a SELECT
    assert [n for (n,) in rows] == [2, 3]  # the statement's own result, not the plan's
    if engine.dialect.name != "postgresql":
        assert plans == []
        return
    [plan] = report(plans)
    assert plan["statement"].startswith(THREE)
    assert any("actual time=" in line for line in plan["plan"])
    assert plan["execution_ms"] >= 0.0 and "Execution Time" in plans[0].lines[-1]
