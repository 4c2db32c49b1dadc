"""The database counts changes to each member's licenses and completions, and a process's
sweeps use that count to read again only the changed members' licenses and cycle hours."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text, update
from sqlmodel import select

import bot.nudges.candidates as candidates_module
from bot.nudges.completeness import SweepMemory
from bot.nudges.sweep import sweep
from handlers.nudges.kinds import plan_outbox
from nudges.people import add_member
from store.db import new_session
from store.models import Completion, License, Member
from tests.nudges.test_sweep import TUESDAY_10AM, _add_finished_member, finish_everything


def _version(engine, member_id: int) -> int:
    with new_session(engine) as session:
        return session.exec(select(Member.records_version).where(Member.id == member_id)).one()


def test_every_change_to_licenses_and_completions_moves_the_members_version(engine):
    ann, bob = add_member(engine, user="ANN"), add_member(engine, user="BOB")
    assert (_version(engine, ann), _version(engine, bob)) == (1, 1)  # a license each
    with new_session(engine) as session:
        session.add(
            Completion(
                member_id=ann,
                title="Ethics",
                hours=6,
                format="online",
                completed_on=date(2026, 10, 1),
                topics=["ethics"],
            )
        )
        session.commit()
    assert (_version(engine, ann), _version(engine, bob)) == (2, 1)
    with engine.begin() as conn:  # by hand at a SQL prompt, not through our code
        conn.execute(text("UPDATE completion SET hours = 3 WHERE member_id = :m"), {"m": ann})
    assert _version(engine, ann) == 3
    with engine.begin() as conn:  # moved to another member: both change
        conn.execute(
            text("UPDATE completion SET member_id = :b WHERE member_id = :a"), {"a": ann, "b": bob}
        )
    assert (_version(engine, ann), _version(engine, bob)) == (4, 2)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM completion WHERE member_id = :b"), {"b": bob})
    assert (_version(engine, ann), _version(engine, bob)) == (4, 3)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE license SET renewal_date = '2028-12-31' WHERE member_id = :a"), {"a": ann}
        )
        conn.execute(text("DELETE FROM license WHERE member_id = :b"), {"b": bob})
    assert (_version(engine, ann), _version(engine, bob)) == (5, 4)


def _record_aggregates(monkeypatch) -> list:
    """The member ids each completions aggregate of the sweep was asked for (None: all)."""
    asked: list = []
    real = candidates_module.candidate_license_rows

    def recording(session, **kwargs):
        asked.append(None if (ids := kwargs.get("member_ids")) is None else set(ids))
        return real(session, **kwargs)

    monkeypatch.setattr(candidates_module, "candidate_license_rows", recording)
    return asked


def _sweep(engine, rule_sets, minutes: int, memory: SweepMemory | None):
    with new_session(engine) as session:
        return sweep(session, rule_sets, TUESDAY_10AM + timedelta(minutes=minutes), memory=memory)


def test_a_process_reads_again_only_the_members_whose_records_changed(
    engine, rule_sets, monkeypatch
):
    short = add_member(
        engine,
        user="SHORT",
        rule_set="CA-PSYCHOLOGIST",
        renewal=date(2027, 12, 31),
        prefs={"checkin_every": "off"},
    )
    done = _add_finished_member(engine, rule_sets)
    asked = _record_aggregates(monkeypatch)
    memory = SweepMemory()
    first = _sweep(engine, rule_sets, 0, memory)
    assert asked == [None]  # nothing remembered: every member's hours
    assert {n.member_id for n in first.due if n.kind == "complete"} == {done}
    with new_session(engine) as session:
        plan_outbox(session, rule_sets, TUESDAY_10AM, memory=memory)
        session.commit()
    again = _sweep(engine, rule_sets, 5, memory)
    assert again.due == [] and again.progress_computed == 0
    assert asked == [None]  # nothing changed: no completions read at all
    finish_everything(engine, rule_sets, short)  # SHORT finishes everything
    later = _sweep(engine, rule_sets, 10, memory)
    assert asked == [None, {short}]
    assert [(n.member_id, n.kind) for n in later.due] == [(short, "complete")]
    assert later.due == _sweep(engine, rule_sets, 10, None).due  # as a new process finds


def test_a_changed_renewal_date_reads_that_license_again(engine, rule_sets, monkeypatch):
    """The cycle window moves with the renewal date though no completion changed."""
    member = _add_finished_member(engine, rule_sets)
    asked = _record_aggregates(monkeypatch)
    memory = SweepMemory()
    _sweep(engine, rule_sets, 0, memory)
    with new_session(engine) as session:  # the cycle now starts after the big course
        session.exec(
            update(License)
            .where(License.member_id == member)
            .values(renewal_date=date(2029, 12, 31))
        )
        session.commit()
    later = _sweep(engine, rule_sets, 5, memory)
    assert asked == [None, {member}]
    assert later.due == _sweep(engine, rule_sets, 5, None).due
    assert not [n for n in later.due if n.kind == "complete"]  # its hours fell out of the cycle


def test_a_later_plan_still_writes_when_a_turn_commits_during_its_sweep(
    engine, rule_sets, monkeypatch
):
    """SQLite: had the sweep's own reads (and temporary table) opened the plan's transaction,
    its insert after another connection's commit would fail ("database is locked")."""
    member = _add_finished_member(engine, rule_sets)
    memory = SweepMemory()
    _sweep(engine, rule_sets, 0, memory)
    with new_session(engine) as session:  # the member logs a course: read again next sweep
        session.add(
            Completion(
                member_id=member,
                title="More",
                hours=1,
                format="online",
                completed_on=date(2026, 10, 1),
                topics=["ethics"],
                created_at=TUESDAY_10AM,
            )
        )
        session.commit()
    real = candidates_module.candidate_license_rows

    def read_then_a_turn_commits(session, **kwargs):
        rows = real(session, **kwargs)
        with new_session(engine) as turn:  # a chat turn elsewhere saves its state
            turn.exec(update(Member).where(Member.id == member).values(display_name="Ann"))
            turn.commit()
        return rows

    monkeypatch.setattr(candidates_module, "candidate_license_rows", read_then_a_turn_commits)
    with new_session(engine) as session:
        assert (
            plan_outbox(session, rule_sets, TUESDAY_10AM + timedelta(minutes=5), memory=memory) > 0
        )
        session.commit()
