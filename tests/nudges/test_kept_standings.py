"""What the rules engine decided is kept with its digest: a new process (a restart, another
replica) reuses it while nothing it was decided from has changed, and decides afresh after."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import delete, func, select

from bot.nudges.sweep import sweep
from nudges.test_sweep import TUESDAY_10AM, _add_finished_member
from store.db import new_session
from store.models import Completion, License, NudgePreferences, NudgeStanding


def _committed_sweep(engine, rule_sets, now):
    """A sweep in a process of its own (no memory), committed as the plan job commits."""
    with new_session(engine) as session:
        result = sweep(session, rule_sets, now)
        session.commit()
        return result


def _kept(engine) -> list[tuple]:
    with new_session(engine) as session:
        query = select(NudgeStanding.license_id, NudgeStanding.complete, NudgeStanding.proof)
        rows = session.execute(query)
        return [tuple(row) for row in rows]


def test_a_restarted_sweep_reuses_the_standing_until_a_course_is_logged(engine, rule_sets):
    # Complete but opted out of the "complete" message: no outbox row carries a proof, so in
    # the 60-day bucket every sweep must know the license is complete to skip its reminder.
    member = _add_finished_member(engine, rule_sets, renewal=date(2026, 12, 31))
    with new_session(engine) as session:
        session.add(NudgePreferences(member_id=member, opted_out=["complete"]))
        session.commit()
        license_id = session.execute(select(License.id)).scalar_one()
    first = _committed_sweep(engine, rule_sets, TUESDAY_10AM)
    assert first.progress_computed == 1 and not [n for n in first.due if n.kind == "deadline"]
    [(kept_license, complete, proof)] = _kept(engine)
    assert (kept_license, complete) == (license_id, True)
    restarted = _committed_sweep(engine, rule_sets, TUESDAY_10AM + timedelta(minutes=5))
    assert restarted.progress_computed == 0  # the kept standing, not the engine
    assert not [n for n in restarted.due if n.kind == "deadline"]
    with new_session(engine) as session:  # a new course moves the digest: decided afresh
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
    again = _committed_sweep(engine, rule_sets, TUESDAY_10AM + timedelta(minutes=10))
    assert again.progress_computed == 1 and not [n for n in again.due if n.kind == "deadline"]
    [(_, complete, newer)] = _kept(engine)  # one row per license: the latest decision
    assert complete and newer != proof
    with new_session(engine) as session:  # the big course undone: short, the reminder is due
        session.execute(delete(Completion).where(Completion.title == "Everything"))
        session.commit()
    undone = _committed_sweep(engine, rule_sets, TUESDAY_10AM + timedelta(minutes=15))
    assert [n.kind for n in undone.due if n.kind in ("complete", "deadline")] == ["deadline"]


def test_a_kept_standing_goes_with_its_license(engine, rule_sets):
    _add_finished_member(engine, rule_sets)
    _committed_sweep(engine, rule_sets, TUESDAY_10AM)
    assert len(_kept(engine)) == 1
    with new_session(engine) as session:
        session.execute(delete(Completion))
        session.execute(delete(License))
        session.commit()
        assert session.execute(select(func.count()).select_from(NudgeStanding)).scalar() == 0
