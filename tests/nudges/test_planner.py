"""The planner, pure: deadline buckets, windows across DST, snooze, opt-out, check-ins."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.nudges.facts import LicenseNudgeFacts, MemberNudgeFacts, Preferences, StepFacts
from bot.nudges.planner import (
    checkin_period,
    deadline_bucket,
    due_bucket,
    due_nudges,
    reasons_on,
)
from bot.outbox.window import is_open, next_opening
from bot.rules import LicenseFacts

NY = ZoneInfo("America/New_York")


def test_deadline_buckets_follow_the_thresholds():
    assert deadline_bucket(180) == 180
    assert deadline_bucket(179) == 180
    assert deadline_bucket(58) == 60
    assert deadline_bucket(1) == 1
    assert deadline_bucket(181) is None
    assert deadline_bucket(0) is None


def test_window_is_local_and_dst_correct():
    prefs = Preferences()
    # 13:30 UTC is 09:30 in New York in summer (EDT) but 08:30 in winter (EST).
    assert is_open(prefs, datetime(2026, 7, 1, 13, 30, tzinfo=UTC).astimezone(NY))
    assert not is_open(prefs, datetime(2026, 1, 7, 13, 30, tzinfo=UTC).astimezone(NY))
    # Saturday is not a working day by default.
    assert not is_open(prefs, datetime(2026, 7, 4, 15, 0, tzinfo=UTC).astimezone(NY))


def test_next_opening_skips_quiet_hours_and_weekends():
    prefs = Preferences(quiet_start=12 * 60, quiet_end=13 * 60)
    friday_noon = datetime(2026, 7, 3, 12, 10, tzinfo=NY)
    assert next_opening(prefs, NY, friday_noon) == datetime(2026, 7, 3, 13, 0, tzinfo=NY)
    friday_evening = datetime(2026, 7, 3, 18, 0, tzinfo=NY)
    assert next_opening(prefs, NY, friday_evening) == datetime(2026, 7, 6, 9, 0, tzinfo=NY)


def _member(**changes) -> MemberNudgeFacts:
    base = dict(
        member_id=7, workspace_id=1, timezone="America/New_York", joined_on=date(2026, 1, 1)
    )
    return MemberNudgeFacts(**{**base, **changes})


def test_snoozed_member_gets_nothing_until_the_snooze_ends():
    steps = (StepFacts(3, "Ethics course", date(2026, 7, 8)),)
    snoozed = _member(steps=steps, prefs=Preferences(snoozed_until=date(2026, 7, 9)))
    tuesday = datetime(2026, 7, 7, 14, 0, tzinfo=UTC)
    assert due_nudges(snoozed, {}, tuesday) == []
    assert [n.kind for n in due_nudges(_member(steps=steps), {}, tuesday)] == ["step", "checkin"]


def test_opted_out_kinds_are_never_planned():
    steps = (StepFacts(3, "Ethics course", date(2026, 7, 8)),)
    member = _member(steps=steps, prefs=Preferences(opted_out=frozenset({"step"})))
    assert [n.kind for n in reasons_on(member, {}, date(2026, 7, 7))] == ["checkin"]


def test_step_nudges_three_days_ahead_and_on_the_day():
    member = _member(steps=(StepFacts(3, "Ethics", date(2026, 7, 10)),))
    keys = lambda day: [n.dedup_key for n in reasons_on(member, {}, day) if n.kind == "step"]  # noqa: E731
    assert keys(date(2026, 7, 6)) == []
    assert keys(date(2026, 7, 7)) == keys(date(2026, 7, 9)) == ["step:3:2026-07-10:soon"]
    assert keys(date(2026, 7, 10)) == ["step:3:2026-07-10:today"]


def test_checkin_cadences():
    joined = date(2026, 1, 1)
    weekly = _member(prefs=Preferences(checkin_every="weekly"))
    assert checkin_period(weekly, date(2026, 1, 7)) is None
    assert checkin_period(weekly, date(2026, 1, 8)) == "2026-01-08"
    assert checkin_period(_member(), date(2026, 1, 20)) == "2026-01-15"
    monthly = _member(prefs=Preferences(checkin_every="monthly"), joined_on=joined)
    assert checkin_period(monthly, date(2026, 1, 30)) is None
    assert checkin_period(monthly, date(2026, 2, 2)) == "2026-02"
    assert checkin_period(_member(prefs=Preferences(checkin_every="off")), date(2026, 5, 1)) is None


def test_the_one_day_reminder_moves_to_the_last_working_day_before_the_renewal():
    weekdays = (0, 1, 2, 3, 4)
    monday = date(2026, 11, 16)
    # The day before a Monday renewal is a Sunday: the 1-day reminder goes out on Friday.
    assert due_bucket(monday, date(2026, 11, 13), weekdays) == 1
    assert due_bucket(monday, date(2026, 11, 12), weekdays) == 7  # Thursday: a working day follows
    assert due_bucket(monday, date(2026, 11, 15), weekdays) == 1  # Sunday itself, as before
    # A Wednesday renewal: Tuesday is a working day, so nothing moves.
    assert due_bucket(date(2026, 11, 18), date(2026, 11, 16), weekdays) == 7
    assert due_bucket(date(2026, 11, 18), date(2026, 11, 17), weekdays) == 1
    # Someone who works Tuesday to Saturday gets it on Saturday, the day before.
    assert due_bucket(monday, date(2026, 11, 13), (1, 2, 3, 4, 5)) == 7
    assert due_bucket(monday, date(2026, 11, 14), (1, 2, 3, 4, 5)) == 1
    # Further out the buckets are the plain thresholds.
    assert due_bucket(monday, date(2026, 11, 6), weekdays) == 14


def test_a_monday_renewal_gets_its_one_day_reminder_on_friday():
    license = LicenseNudgeFacts(5, "CA-LCSW", LicenseFacts("LCSW", "CA", date(2026, 11, 16)))
    member = _member(
        licenses=(license,),
        prefs=Preferences(checkin_every="off"),
        last_progress_on=date(2026, 11, 1),
    )
    short = {5: _Short(days_left=3)}
    friday = date(2026, 11, 13)
    keys = [n.dedup_key for n in reasons_on(member, short, friday)]
    assert keys == ["deadline:5:2026-11-16:1"]
    thursday = date(2026, 11, 12)
    assert [n.dedup_key for n in reasons_on(member, short, thursday)] == ["deadline:5:2026-11-16:7"]


class _Short:
    """The two Progress fields the planner reads, for a license that is short."""

    def __init__(self, days_left: int) -> None:
        self.status, self.days_left, self.total_counted = "at_risk", days_left, 0.0
