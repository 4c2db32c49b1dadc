"""The planning sweep computes progress only where it decides a nudge, and misses none."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, update

from bot.nudges.completeness import SweepMemory
from bot.nudges.load import load_members
from bot.nudges.planner import plan
from bot.nudges.sweep import sweep
from handlers.nudges.kinds import plan_outbox
from nudges.people import add_member
from store.db import new_session
from store.models import Completion, NudgePreferences, OutboxMessage, PlanStep
from store.queries.outbox import outbox_rows

# Tuesday 3 Nov 2026, 10:00 in New York: 58 days before a 31 Dec renewal (the 60-day bucket).
TUESDAY_10AM = datetime(2026, 11, 3, 15, 0, tzinfo=UTC)


def _add_finished_member(engine, rule_sets, renewal=date(2027, 12, 31)) -> int:
    """A CA psychologist (no condition questions) with every topic done live: complete."""
    member = add_member(engine, user="DONE", rule_set="CA-PSYCHOLOGIST", renewal=renewal)
    finish_everything(engine, rule_sets, member)
    return member


def finish_everything(engine, rule_sets, member: int) -> None:
    """The CA psychologist `member` finishes every topic live: 60 h on June 1, 2026."""
    topics = [rule.key for rule in rule_sets["CA-PSYCHOLOGIST"].topics]
    with new_session(engine) as session:
        session.add(
            Completion(
                member_id=member,
                title="Everything",
                hours=60,
                completed_on=date(2026, 6, 1),
                topics=topics,
                format="in_person",
                created_at=TUESDAY_10AM,
            )
        )
        session.commit()


def _sweep(engine, rule_sets, now=TUESDAY_10AM, memory=None):
    with new_session(engine) as session:
        return sweep(session, rule_sets, now, memory=memory)


def test_a_short_member_is_planned_without_the_rules_engine(engine, rule_sets):
    member = add_member(engine, user="U1", prefs={"checkin_every": "off"})
    result = _sweep(engine, rule_sets)
    assert {(n.member_id, n.dedup_key) for n in result.due} >= {
        (member, f"deadline:{_license_id(engine, member)}:2026-12-31:60")
    }
    assert result.progress_computed == 0  # no hours at all: short without computing


def test_a_finished_member_is_computed_once_then_left_alone(engine, rule_sets):
    member = _add_finished_member(engine, rule_sets)
    first = _sweep(engine, rule_sets)
    assert [n.kind for n in first.due if n.kind in ("complete", "deadline")] == ["complete"]
    assert first.progress_computed == 1
    with new_session(engine) as session:
        plan_outbox(session, rule_sets, TUESDAY_10AM)
        session.commit()
    later = _sweep(engine, rule_sets, TUESDAY_10AM + timedelta(minutes=5))
    # Its "complete" key is planned and no deadline bucket is open: nothing to decide.
    assert later.due == [] and later.progress_computed == 0
    # A skipped row is planned again while its reason holds: the sweep must not drop it.
    with new_session(engine) as session:
        session.exec(
            update(OutboxMessage).where(OutboxMessage.kind == "complete").values(status="skipped")
        )
        session.commit()
    again = _sweep(engine, rule_sets, TUESDAY_10AM + timedelta(minutes=10))
    assert [(n.member_id, n.kind) for n in again.due] == [(member, "complete")]


def test_a_planned_complete_is_trusted_until_a_completion_changes(engine, rule_sets):
    """In a deadline bucket a complete license must be re-proved each sweep; the proof stored
    with its "complete" nudge does it while the completions and answers are unchanged."""
    member = _add_finished_member(engine, rule_sets, renewal=date(2026, 12, 31))
    with new_session(engine) as session:
        plan_outbox(session, rule_sets, TUESDAY_10AM)
        session.commit()
    # No memory of earlier sweeps (as in a new process): only the stored proof is left.
    later = _sweep(engine, rule_sets, TUESDAY_10AM + timedelta(minutes=5))
    assert [n for n in later.due if n.kind == "deadline"] == []
    assert later.progress_computed == 0  # proved by the stored proof, not the engine
    with new_session(engine) as session:  # a new course: the engine decides again
        session.add(
            Completion(
                member_id=member,
                title="More",
                hours=1,
                format="online",
                completed_on=date(2026, 10, 1),
                topics=["ethics"],
                created_at=TUESDAY_10AM + timedelta(minutes=6),
            )
        )
        session.commit()
    again = _sweep(engine, rule_sets, TUESDAY_10AM + timedelta(minutes=10))
    assert again.progress_computed == 1 and not [n for n in again.due if n.kind == "deadline"]
    with new_session(engine) as session:  # the big one undone: short, the reminder is due
        session.exec(delete(Completion).where(Completion.title == "Everything"))  # type: ignore[call-overload]
        session.commit()
    undone = _sweep(engine, rule_sets, TUESDAY_10AM + timedelta(minutes=15))
    assert [n.kind for n in undone.due if n.member_id == member] == ["deadline"]


def test_a_process_remembers_a_standing_until_the_member_logs_a_course(engine, rule_sets):
    """Complete, but opted out of the "complete" message: no row carries a proof, so each sweep
    in a deadline bucket must know it is complete; the process remembers it by its digest."""
    member = _add_finished_member(engine, rule_sets, renewal=date(2026, 12, 31))
    with new_session(engine) as session:
        session.add(NudgePreferences(member_id=member, opted_out=["complete"]))
        session.commit()
    memory = SweepMemory()  # the drain's: what this process decided before
    assert _sweep(engine, rule_sets, memory=memory).progress_computed == 1
    later = _sweep(engine, rule_sets, TUESDAY_10AM + timedelta(minutes=5), memory)
    assert later.progress_computed == 0 and not [n for n in later.due if n.kind == "deadline"]
    fresh = _sweep(engine, rule_sets, TUESDAY_10AM + timedelta(minutes=5))  # a new process
    assert fresh.progress_computed == 1 and not [n for n in fresh.due if n.kind == "deadline"]
    with new_session(engine) as session:
        session.add(
            Completion(
                member_id=member,
                title="More",
                hours=1,
                format="online",
                completed_on=date(2026, 10, 1),
                topics=["ethics"],
                created_at=TUESDAY_10AM + timedelta(minutes=6),
            )
        )
        session.commit()
    assert (
        _sweep(engine, rule_sets, TUESDAY_10AM + timedelta(minutes=10), memory).progress_computed
        == 1
    )


def test_the_sweep_plans_exactly_what_the_full_planner_would_insert(engine, rule_sets):
    _add_finished_member(engine, rule_sets, renewal=date(2026, 12, 31))
    add_member(engine, user="SHORT")
    add_member(engine, user="HALF", hours_done=20, topics=("ethics", "supervision"))
    add_member(engine, user="SOON", renewal=date(2026, 11, 10), hours_done=36)
    add_member(engine, user="FAR", renewal=date(2028, 6, 30), hours_done=40)
    add_member(engine, user="STEPS", steps=[("Ethics webinar", date(2026, 11, 5))])
    for days in (0, 1, 7, 30, 61, 120):
        now = TUESDAY_10AM + timedelta(days=days)
        with new_session(engine) as session:
            full = plan(load_members(session), rule_sets, now)
            present = {row.dedup_key for row in outbox_rows(session) if row.status != "skipped"}
            expected = sorted(n.dedup_key for n in full if n.dedup_key not in present)
            assert sorted(n.dedup_key for n in sweep(session, rule_sets, now).due) == expected
            plan_outbox(session, rule_sets, now)
            session.commit()


def _license_id(engine, member: int) -> int:
    with new_session(engine) as session:
        return load_members(session, member_ids=[member])[0].licenses[0].license_id


def test_a_monday_renewal_is_reminded_the_friday_before(engine, rule_sets):
    member = add_member(
        engine, user="MON", renewal=date(2026, 11, 16), prefs={"checkin_every": "off"}
    )
    friday_10am = datetime(2026, 11, 13, 15, 0, tzinfo=UTC)
    keys = {n.dedup_key for n in _sweep(engine, rule_sets, friday_10am).due}
    assert f"deadline:{_license_id(engine, member)}:2026-11-16:1" in keys


ZONES = ("America/New_York", "America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney", "")
PREFS = (
    None,
    {"window_start": 7 * 60, "window_end": 22 * 60, "working_days": [0, 1, 2, 3, 4, 5, 6]},
    {"snoozed_until": date(2026, 11, 6)},
    {"opted_out": ["deadline", "checkin"]},
    {"quiet_start": 11 * 60, "quiet_end": 14 * 60, "checkin_every": "weekly"},
    {"opted_out": ["complete"], "checkin_every": "monthly"},
)


def test_the_sweep_matches_the_full_planner_across_zones_and_settings(engine, rule_sets):
    """Zones whose window is shut, members with their own window, snoozes, opt-outs: the
    set-based filters must keep exactly the members the planner would nudge."""
    _add_finished_member(engine, rule_sets, renewal=date(2026, 12, 31))
    for i in range(30):
        add_member(
            engine,
            user=f"Z{i}",
            zone=ZONES[i % len(ZONES)],
            prefs=PREFS[i % len(PREFS)],
            renewal=date(2026, 11, 9) + timedelta(days=11 * i),
            hours_done=(0, 12, 40)[i % 3],
            topics=("ethics", "law")[: 1 + i % 2],
            steps=[("Ethics webinar", date(2026, 11, 5) + timedelta(days=i % 9))],
        )
    planned = 0
    for hours in range(0, 24 * 9, 5):  # every local hour somewhere, weekends included
        now = TUESDAY_10AM + timedelta(hours=hours)
        with new_session(engine) as session:
            full = plan(load_members(session), rule_sets, now)
            present = {row.dedup_key for row in outbox_rows(session) if row.status != "skipped"}
            expected = sorted(
                (n.dedup_key, n.kind, sorted(n.payload.items()))
                for n in full
                if n.dedup_key not in present
            )
            found = sweep(session, rule_sets, now).due
            assert sorted((n.dedup_key, n.kind, sorted(n.payload.items())) for n in found) == (
                expected
            ), now
            planned += len(found)
            plan_outbox(session, rule_sets, now)
            # Half the members get their message now: "already nudged today" for the rest of
            # their local day.
            session.exec(
                update(OutboxMessage)
                .where(OutboxMessage.status == "pending", OutboxMessage.member_id % 2 == 0)
                .values(status="sent", sent_at=now)
            )
            # A new reason the same day (a step added for tomorrow) must wait for tomorrow.
            for member in (2, 4, 6):
                session.add(
                    PlanStep(
                        member_id=member,
                        title="New step",
                        created_at=now,
                        due_date=now.date() + timedelta(days=1),
                    )
                )
            session.commit()
    assert planned > 100  # the sweeps above had plenty to agree on
