"""Outbox retention over a generated year (and two) of history: what stays is bounded, de-dup
still holds, "why no nudge?" still answers, and pruning twice or from two threads is safe.

Today is Tue 3 Nov 2026, 10:00 in New York. Every member joined Tue 1 Oct 2024 (763 days ago),
has logged nothing, and holds one CA LCSW license renewing Wed 23 Dec 2026 (50 days away), so:
  check-in    biweekly periods from 1 Oct 2024: the current one began Tue 27 Oct (7 days ago)
  inactivity  idle 763 days: the 25th 30-day stretch began day 750, Wed 21 Oct (13 days ago)
  deadline    50 days left: the 60-day reminder, open since 24 Oct (10 days ago); the 180-
              and 90-day ones were sent in June and September
  step        one due Thu 5 Nov: "soon" since Mon 2 Nov
Each of those keys was sent and can be planned again today: pruning must keep all four.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import event, func, insert, update
from sqlmodel import select
from typer.testing import CliRunner

from bench.population import HistoryMember, outbox_history
from bot.nudges.explain import REASONS, explain
from bot.nudges.facts import CHECKIN_CADENCES, DEADLINE_DAYS, INACTIVE_DAYS, STEP_AHEAD_DAYS
from bot.nudges.load import load_members
from bot.nudges.sweep import sweep
from handlers.delivery import Senders
from handlers.nudges.cli import build_nudges_cli
from handlers.nudges.drain import OutboxDrain
from handlers.nudges.kinds import every_kind
from handlers.nudges.scheduler import build_scheduler
from nudges.people import add_member
from store.db import new_session
from store.models import License, Member, OutboxMessage, PlanStep
from store.queries.nudge_prefs import sent_keys_of
from store.queries.retention import MARGIN_DAYS, RULES, prunable, prunable_counts, prune_outbox

NOW = datetime(2026, 11, 3, 15, 0, tzinfo=UTC)
JOINED = date(2024, 10, 1)
RENEWAL = date(2026, 12, 23)
STEP_DUE = date(2026, 11, 5)
TABLE = OutboxMessage.__table__


def _recurring(member_id: int, license_id: int, step_id: int) -> set[str]:
    """The keys worked out above, which planning at NOW produces again."""
    return {
        f"checkin:{member_id}:2026-10-27",
        f"inactivity:{member_id}:2024-10-01:25",
        f"deadline:{license_id}:2026-12-23:60",
        f"step:{step_id}:2026-11-05:soon",
    }


def _setup(engine, years_by_member: tuple[int, ...]) -> list[tuple[int, int, int]]:
    """Members with `years` of history each (a manager and circle starter among them), plus
    rows of kinds the history generator leaves out; (member, license, step) ids."""
    people = []
    for i, years in enumerate(years_by_member):
        mid = add_member(engine, user=f"U{i}", renewal=RENEWAL, steps=[("Ethics course", STEP_DUE)])
        with new_session(engine) as session:
            session.execute(
                update(Member)
                .where(Member.id == mid)
                .values(created_at=datetime(2024, 10, 1, 14, tzinfo=UTC))
            )
            lid = session.exec(select(License.id).where(License.member_id == mid)).one()
            sid = session.exec(select(PlanStep.id).where(PlanStep.member_id == mid)).one()
            session.commit()
            workspace_id = session.get(Member, mid).workspace_id
        people.append((mid, lid, sid))
        who = HistoryMember(
            mid,
            workspace_id,
            JOINED,
            licenses=((lid, RENEWAL),),
            steps=((sid, STEP_DUE),),
            manager=i == 0,
            circle=7 if i == 0 else None,
        )
        rows = list(
            outbox_history(
                [who], NOW.date() - timedelta(days=365 * years), NOW.date() - timedelta(days=1)
            )
        )
        with engine.begin() as conn:
            conn.execute(insert(TABLE), rows)
    mid = people[0][0]
    old, recent = NOW - timedelta(days=400), NOW - timedelta(days=300)
    extra = [  # (kind, key, due_at, status)
        ("complete", "complete:901:2027-09-30", recent, "sent"),  # renewal ahead: kept
        ("complete", "complete:902:2025-12-31", old, "sent"),  # renewal passed: pruned
        ("circle_share", "share:completion:55:7", old, "sent"),  # may be shared again: kept
        ("circle_share", f"share:review:66:{old.date()}", old, "sent"),  # that day only
        ("mentor_offer", "mentor_offer:12", old, "sent"),
        ("reply", "reply:slack:Ev1", old, "skipped"),
        ("reply", "reply:slack:Ev2", old, "pending"),  # not finished: kept
        ("checkin", f"checkin:{mid}:2025-01-01", old, "pending"),  # not finished: kept
        ("newkind", "newkind:1", old, "sent"),  # a kind retention does not know: kept
    ]
    with engine.begin() as conn:
        conn.execute(
            insert(TABLE),
            [
                {
                    "workspace_id": workspace_id,
                    "member_id": mid,
                    "kind": kind,
                    "due_at": due,
                    "dedup_key": key,
                    "status": status,
                    "payload": {},
                    "attempts": 1,
                    "last_error": "",
                    "sent_at": due if status == "sent" else None,
                }
                for kind, key, due, status in extra
            ],
        )
    return people


def _keys(engine, member_id: int | None = None) -> dict[str, str]:
    """Outbox keys -> kind (all, or one member's)."""
    query = select(TABLE.c.dedup_key, TABLE.c.kind)
    if member_id is not None:
        query = query.where(TABLE.c.member_id == member_id)
    with engine.connect() as conn:
        return dict(conn.execute(query).all())


def _finished_by_kind(engine, member_id: int) -> dict[str, int]:
    query = (
        select(TABLE.c.kind, func.count())
        .where(TABLE.c.member_id == member_id, TABLE.c.status != "pending")
        .group_by(TABLE.c.kind)
    )
    with engine.connect() as conn:
        return dict(conn.execute(query).all())


def _planned_keys(engine, rule_sets) -> set[str]:
    with new_session(engine) as session:
        return {n.dedup_key for n in sweep(session, rule_sets, NOW).due}


def _why(engine, rule_sets, member_id: int) -> list[str]:
    with new_session(engine) as session:
        member = load_members(session, member_ids=[member_id])[0]
        return explain(member, rule_sets, NOW, sent_keys_of(session, member_id=member_id))


# What stays per member and kind, worked out from each kind's window (RULES + MARGIN_DAYS)
# and the history's cadence: check-ins every 14 days in 38 → 3; inactivity every 30 in 37 → 2;
# deadlines: this renewal's 180/90/60-day ones (planned 130, 40, 10 days ago) → 3; the step's
# "soon" → 1; digests and circle prompts weekly in 38 days → 6; a buddy introduction every
# 4 weeks in 7 days → 1; a day reservation on each of the last 7 days' weekdays → 5.
AT_MOST = {
    "checkin": 3,
    "inactivity": 2,
    "deadline": 3,
    "step": 1,
    "digest": 6,
    "circle_prompt": 6,
    "buddy_intro": 1,
    "day": 5,
}


def test_a_year_or_two_of_history_prunes_to_the_same_bound_and_keeps_what_recurs(engine, rule_sets):
    people = _setup(engine, (1, 2, 1, 2))
    before = {mid: len(_keys(engine, mid)) for mid, _, _ in people}
    why_before = {mid: _why(engine, rule_sets, mid) for mid, _, _ in people}
    planned_before = _planned_keys(engine, rule_sets)
    history = _keys(engine)
    assert before[people[3][0]] > 1.8 * before[people[2][0]]  # two years hold about twice

    deleted = prune_outbox(engine, now=NOW)

    left = _keys(engine)
    assert sum(deleted.values()) == len(history) - len(left)
    for mid, lid, sid in people:
        by_kind = _finished_by_kind(engine, mid)
        for kind, most in AT_MOST.items():
            assert by_kind.get(kind, 0) <= most, (mid, kind, by_kind)
        assert _recurring(mid, lid, sid) <= set(_keys(engine, mid))
    one_year, two_years = people[2][0], people[3][0]  # same cadences, twice the history
    assert len(_keys(engine, two_years)) == len(_keys(engine, one_year))
    # Planning again now plans just what it did before; "why no nudge?" says the same.
    assert _planned_keys(engine, rule_sets) == planned_before
    assert not any(_recurring(*person) & planned_before for person in people)  # all sent
    assert {mid: _why(engine, rule_sets, mid) for mid, _, _ in people} == why_before
    assert "complete:901:2027-09-30" in left and "complete:902:2025-12-31" not in left
    assert "share:completion:55:7" in left and not any(k.startswith("share:review") for k in left)
    assert {"reply:slack:Ev2", "newkind:1", f"checkin:{people[0][0]}:2025-01-01"} <= set(left)
    assert "reply:slack:Ev1" not in left and "mentor_offer:12" not in left

    # The test can fail: drop every finished row and the kept keys are planned again.
    with engine.begin() as conn:
        conn.execute(TABLE.delete().where(TABLE.c.status != "pending"))
    again = _planned_keys(engine, rule_sets)
    for mid, lid, sid in people:
        assert _recurring(mid, lid, sid) <= again


def test_today_s_nudge_is_still_known_after_pruning(engine, rule_sets):
    ((mid, _, _),) = _setup(engine, (1,))
    with engine.begin() as conn:
        # A kind kept only the margin: "already nudged today" must outlive it.
        conn.execute(
            insert(TABLE),
            [
                {
                    "workspace_id": 1,
                    "member_id": mid,
                    "kind": "mentor_offer",
                    "due_at": NOW - timedelta(hours=1),
                    "dedup_key": "mentor_offer:today",
                    "status": "sent",
                    "payload": {},
                    "attempts": 1,
                    "last_error": "",
                    "sent_at": NOW - timedelta(hours=1),
                }
            ],
        )
    prune_outbox(engine, now=NOW)
    assert "You've already had today's nudge." in _why(engine, rule_sets, mid)


def test_pruning_twice_or_from_two_threads_at_once_deletes_each_row_once(engine):
    _setup(engine, (2, 2, 2))
    expected = prunable_counts(engine, now=NOW)
    assert sum(expected.values()) > 500
    results: list[dict[str, int]] = []
    errors: list[BaseException] = []

    def prune() -> None:
        try:
            results.append(prune_outbox(engine, now=NOW, batch=40))
        except BaseException as error:  # reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=prune) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    total = {kind: sum(r.get(kind, 0) for r in results) for kind in expected}
    assert total == expected
    assert prunable_counts(engine, now=NOW) == {}
    assert prune_outbox(engine, now=NOW) == {}


def test_a_run_stops_after_at_most_rows_and_the_next_goes_on(engine):
    _setup(engine, (1,))
    expected = sum(prunable_counts(engine, now=NOW).values())
    first = sum(prune_outbox(engine, now=NOW, batch=30, at_most=100).values())
    assert first == 100
    assert sum(prune_outbox(engine, now=NOW, at_most=None).values()) == expected - 100


def test_every_outbox_kind_has_a_window_at_least_as_long_as_its_key_can_recur():
    registered = every_kind().names()
    assert set(REASONS) <= registered  # the nudges are one registered kind among the others
    assert registered | {"day"} == set(RULES)
    assert RULES["deadline"].days >= max(DEADLINE_DAYS) and RULES["step"].days >= STEP_AHEAD_DAYS
    assert RULES["inactivity"].days >= INACTIVE_DAYS
    assert RULES["checkin"].days >= max(31, *CHECKIN_CADENCES.values())
    assert RULES["complete"].until_key_date and MARGIN_DAYS >= 2  # "sent today" reads 2 days


def test_a_run_with_nothing_to_delete_reads_the_kind_due_index(engine):
    query = select(TABLE.c.id).where(prunable("checkin", RULES["checkin"], NOW)).limit(10)
    explain = "EXPLAIN " if engine.dialect.name == "postgresql" else "EXPLAIN QUERY PLAN "
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":  # an empty table: a scan would cost nothing
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")

        @event.listens_for(conn, "before_cursor_execute", retval=True)
        def explained(conn, cursor, statement, parameters, context, executemany):
            return explain + statement, parameters

        plan = " ".join(str(row[-1]) for row in conn.execute(query))
    assert "ix_outboxmessage_kind_due" in plan, plan


def test_the_scheduler_prunes_every_hour_and_the_cli_on_demand(engine, rule_sets):
    _setup(engine, (1,))
    expected = prunable_counts(engine, now=NOW)
    cli = build_nudges_cli(lambda: SimpleNamespace(engine=engine))
    at = ["--at", NOW.isoformat()]
    shown = CliRunner().invoke(cli, ["prune", "--dry-run", *at])
    assert f": {sum(expected.values())} finished row(s) would be deleted (" in shown.output
    assert f"checkin {expected['checkin']}," in shown.output
    assert prunable_counts(engine, now=NOW) == expected  # a dry run deletes nothing

    drain = OutboxDrain(engine, rule_sets, Senders(), clock=lambda: NOW)
    job = build_scheduler(drain).get_job("nudges.prune")
    assert job.trigger.interval == timedelta(hours=1) and job.coalesce and job.max_instances == 1
    asyncio.run(job.func())
    assert prunable_counts(engine, now=NOW) == {}
    done = CliRunner().invoke(cli, ["prune", *at])
    assert done.exit_code == 0 and ": 0 finished row(s) deleted." in done.output
