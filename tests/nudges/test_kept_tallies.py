"""Each license's completions aggregate is kept at its member's records version: a restarted
sweep plans what the sweep before the restart planned without aggregating the completions
again, and aggregates again only the members whose records changed since."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import delete, func, select, text

import bot.nudges.candidates as candidates_module
from bot.nudges.completeness import SweepMemory
from bot.nudges.sweep import sweep
from nudges.people import add_member
from nudges.test_sweep import TUESDAY_10AM, _add_finished_member, finish_everything
from store.db import new_session
from store.models import Completion, License, Member
from store.models.nudges import NudgeLicenseTally
from store.queries.nudge_sweep import candidate_license_rows
from store.queries.nudge_tallies import kept_license_rows
from store.queries.privacy import delete_member_data

SCOPE = {
    "open_zones": ["America/New_York"],
    "latest_day": date(2026, 11, 3),
    "cycle_months": {"CA-PSYCHOLOGIST": 24},
    "default_months": 24,
}


def _record_aggregates(monkeypatch) -> list:
    """The member ids each completions aggregate was asked for (None: every member's)."""
    asked: list = []
    real = candidates_module.candidate_license_rows

    def recording(session, **kwargs):
        asked.append(None if (ids := kwargs.get("member_ids")) is None else set(ids))
        return real(session, **kwargs)

    monkeypatch.setattr(candidates_module, "candidate_license_rows", recording)
    return asked


def _committed_sweep(engine, rule_sets, minutes: int, memory: SweepMemory | None):
    """A sweep committed as the plan job commits; `memory` None: a process of its own."""
    with new_session(engine) as session:
        result = sweep(session, rule_sets, TUESDAY_10AM + timedelta(minutes=minutes), memory=memory)
        session.commit()
        return result


def _due(result) -> list[tuple[int, str, str]]:
    return sorted((n.member_id, n.kind, n.dedup_key) for n in result.due)


def _three_members(engine, rule_sets) -> tuple[int, int, int]:
    """SHORT (no course, renewing in 58 days), PART (10 of CA's 36 hours), DONE (every topic,
    60 hours)."""
    short = add_member(
        engine,
        user="SHORT",
        rule_set="CA-PSYCHOLOGIST",
        renewal=date(2026, 12, 31),
        prefs={"checkin_every": "off"},
    )
    part = add_member(engine, user="PART", rule_set="CA-PSYCHOLOGIST", renewal=date(2027, 12, 31))
    with new_session(engine) as session:
        session.add(
            Completion(
                member_id=part,
                title="Ethics",
                hours=10,
                format="online",
                completed_on=date(2026, 9, 1),
                topics=["ethics"],
                created_at=TUESDAY_10AM - timedelta(days=60),
            )
        )
        session.commit()
    return short, part, _add_finished_member(engine, rule_sets)


def test_kept_rows_are_the_rows_the_aggregate_reads(engine, rule_sets):
    short, part, done = _three_members(engine, rule_sets)
    _committed_sweep(engine, rule_sets, 0, None)
    with new_session(engine) as session:
        fresh = sorted(candidate_license_rows(session, **SCOPE))
        kept, missing = kept_license_rows(session, **SCOPE)
    assert missing == set()
    assert {row[1] for row in fresh} == {short, part, done}
    assert sorted(kept) == fresh  # every field, the completions' mark among them
    assert [row[9] for row in sorted(kept, key=lambda r: r[1])] == [0.0, 10.0, 60.0]


def test_a_restarted_sweep_plans_the_same_without_reading_completions(
    engine, rule_sets, monkeypatch
):
    short, _, done = _three_members(engine, rule_sets)
    asked = _record_aggregates(monkeypatch)
    before = _committed_sweep(engine, rule_sets, 0, SweepMemory())
    assert asked == [None]  # a new deployment: every member's completions
    assert {(m, kind) for m, kind, _ in _due(before)} >= {(short, "deadline"), (done, "complete")}
    restarted = _committed_sweep(engine, rule_sets, 0, SweepMemory())
    assert asked == [None]  # the kept tallies: no completion read again
    assert _due(restarted) == _due(before)
    assert restarted.progress_computed == 0  # and the kept standings
    # SHORT finishes everything after the restart, logged at a SQL prompt (the trigger still
    # moves the records version): only SHORT is read again, and found complete.
    finish_everything(engine, rule_sets, short)
    later = _committed_sweep(engine, rule_sets, 5, None)
    assert asked == [None, {short}]
    assert (short, "complete") in {(m, kind) for m, kind, _ in _due(later)}
    assert (short, "deadline") not in {(m, kind) for m, kind, _ in _due(later)}
    with new_session(engine) as session:  # nothing kept: as a new deployment finds
        session.execute(delete(NudgeLicenseTally))
        session.commit()
    assert _due(_committed_sweep(engine, rule_sets, 5, None)) == _due(later)


def test_a_completion_changed_by_hand_reads_that_member_again(engine, rule_sets, monkeypatch):
    _, part, _ = _three_members(engine, rule_sets)
    _committed_sweep(engine, rule_sets, 0, None)
    with engine.begin() as conn:  # PART's 10 hours become 40: enough for the total
        conn.execute(text("UPDATE completion SET hours = 40 WHERE member_id = :m"), {"m": part})
    asked = _record_aggregates(monkeypatch)
    _committed_sweep(engine, rule_sets, 5, None)
    assert asked == [{part}]
    with new_session(engine) as session:
        kept, missing = kept_license_rows(session, **SCOPE)
    assert missing == set()
    assert {row[1]: row[9] for row in kept}[part] == 40.0


def test_a_kept_tally_goes_with_its_license(engine, rule_sets):
    _add_finished_member(engine, rule_sets)
    _committed_sweep(engine, rule_sets, 0, None)
    with new_session(engine) as session:
        count = select(func.count()).select_from(NudgeLicenseTally)
        assert session.execute(count).scalar() == 1
        session.execute(delete(Completion))
        session.execute(delete(License))
        session.commit()
        assert session.execute(count).scalar() == 0


def test_deleting_a_members_data_takes_their_tallies_and_no_one_elses(engine, rule_sets):
    short, part, done = _three_members(engine, rule_sets)
    _committed_sweep(engine, rule_sets, 0, None)
    kept = select(NudgeLicenseTally.license_id)
    with new_session(engine) as session:
        licenses = dict(session.execute(select(License.member_id, License.id)).all())
        assert set(session.execute(kept).scalars()) == set(licenses.values())
        delete_member_data(session, member=session.get(Member, part))
        session.commit()
        assert set(session.execute(kept).scalars()) == {licenses[short], licenses[done]}
