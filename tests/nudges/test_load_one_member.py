"""One member's nudge facts ("why no nudge?" in a turn) read by the one-member statements
give what the sweep's chunked reads give, and see the turn's own writes not yet flushed.

Worked by hand from nudges/people.py: both members joined 1 Jan 2026 00:00 UTC, which is
Wed 31 Dec 2025 in New York; Ada holds a CA LCSW renewing 31 Mar 2027, logged 6 h of law
and ethics done 1 Dec 2025 but logged on 1 Jan 2026 (UTC, its last progress), plans "Ethics
webinar" for 15 Jan 2027, nudged 08:00-16:00 (480-960 minutes); Ben renews 30 Jun 2027 and
has logged nothing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.nudges.load import load_members
from nudges.people import add_member
from store.db import new_session
from store.models import Completion


def _members(engine) -> tuple[int, int]:
    ada = add_member(
        engine,
        user="U-ADA",
        renewal=date(2027, 3, 31),
        hours_done=6.0,
        steps=[("Ethics webinar", date(2027, 1, 15))],
        prefs={"window_start": 480, "window_end": 960},
    )
    ben = add_member(engine, user="U-BEN", renewal=date(2027, 6, 30))
    return ada, ben


def test_one_members_facts_are_what_the_sweep_reads_for_them(engine):
    ada, ben = _members(engine)
    with new_session(engine) as session:
        [one] = load_members(session, member_ids=[ada])
        both = {m.member_id: m for m in load_members(session, member_ids=[ada, ben])}
        [ben_alone] = load_members(session, member_ids=[ben])
    assert one == both[ada]
    assert ben_alone == both[ben]
    assert one.joined_on == date(2025, 12, 31)
    assert [lic.facts.renewal_date for lic in one.licenses] == [date(2027, 3, 31)]
    assert [(c.hours, c.completed_on) for c in one.completions] == [(6.0, date(2025, 12, 1))]
    assert [(s.title, s.due_date) for s in one.steps] == [("Ethics webinar", date(2027, 1, 15))]
    assert (one.prefs.window_start, one.prefs.window_end) == (480, 960)
    assert one.last_progress_on == date(2026, 1, 1)  # the day it was logged counts
    assert ben_alone.completions == () and ben_alone.steps == ()
    assert [lic.facts.renewal_date for lic in ben_alone.licenses] == [date(2027, 6, 30)]


def _log_unflushed(session, member_id: int) -> None:
    session.add(
        Completion(
            member_id=member_id,
            title="Telehealth basics",
            hours=3.0,
            completed_on=date(2026, 2, 2),
            topics=[],
            created_at=datetime(2026, 2, 2, tzinfo=UTC),
        )
    )


def test_one_members_read_sees_the_turns_writes_not_yet_flushed(engine):
    ada, _ben = _members(engine)
    with new_session(engine) as session:
        _log_unflushed(session, ada)
        [one] = load_members(session, member_ids=[ada])
    assert sorted(c.hours for c in one.completions) == [3.0, 6.0]
    assert one.last_progress_on == date(2026, 2, 2)


def test_without_autoflush_the_read_leaves_pending_writes_alone(engine):
    ada, _ben = _members(engine)
    with new_session(engine) as session, session.no_autoflush:
        _log_unflushed(session, ada)
        [one] = load_members(session, member_ids=[ada])
        assert session.new  # still pending: nothing was flushed for the read
    assert [c.hours for c in one.completions] == [6.0]
