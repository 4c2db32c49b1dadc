"""A simulated year: 50 members in 10 time zones (DST included), the clock stepped 7 h at a time.

Seven-hour steps land at every local hour over a week, so every member's window is visited
each working day and most steps fall outside some member's window.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.delivery import Senders
from handlers.nudges.drain import OutboxDrain
from nudges.people import RecordingSender, add_member
from store.db import new_session
from store.queries.outbox import outbox_rows

ZONES = [
    "America/New_York",
    "America/Los_Angeles",
    "America/Phoenix",
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Sydney",
    "America/Chicago",
    "Europe/Berlin",
    "Pacific/Auckland",
    "America/St_Johns",
]
START = datetime(2026, 1, 5, 0, 0, tzinfo=UTC)
DAYS = 365
STEP = timedelta(hours=7)
THRESHOLDS = (180, 90, 60, 30, 14, 7, 1)
SNOOZED_UNTIL = date(2026, 4, 1)
CUSTOM = {"window_start": 10 * 60, "window_end": 18 * 60, "working_days": [1, 2, 3, 4, 5]}


def _prefs(i: int) -> dict:
    if i % 10 == 5:
        return {"snoozed_until": SNOOZED_UNTIL}
    if i % 10 == 7:
        return {"opted_out": ["deadline"]}
    if i % 10 == 9:
        return CUSTOM
    if i % 10 == 3:
        return {"quiet_start": 12 * 60, "quiet_end": 13 * 60, "checkin_every": "weekly"}
    return {}


def _open(prefs: dict, local: datetime) -> bool:
    """The test's own reading of a window (independent of bot.outbox.window)."""
    days = prefs.get("working_days", [0, 1, 2, 3, 4])
    start, end = prefs.get("window_start", 540), prefs.get("window_end", 1020)
    minute = local.hour * 60 + local.minute
    quiet = prefs.get("quiet_start", -1) <= minute < prefs.get("quiet_end", -1)
    return local.weekday() in days and start <= minute < end and not quiet


def test_a_year_of_nudges_respects_windows_once_each_and_misses_nothing(engine, rule_sets):
    people = {}
    for i in range(50):
        renewal = (START + timedelta(days=40 + i * 6)).date()
        member = add_member(
            engine, user=f"U{i}", zone=ZONES[i % 10], renewal=renewal, prefs=_prefs(i)
        )
        people[member] = (ZoneInfo(ZONES[i % 10]), renewal, _prefs(i))
    sender = RecordingSender(clock=[START])
    senders = Senders()
    senders.add(sender)
    drain = OutboxDrain(engine, rule_sets, senders, clock=lambda: sender.clock[0])
    steps = [START + STEP * n for n in range(DAYS * 24 // 7)]
    for now in steps:
        sender.clock[0] = now
        asyncio.run(drain.run_once(now))

    per_day = Counter()
    for member, when, _ in sender.sent:
        zone, _, prefs = people[member]
        local = when.astimezone(zone)
        assert _open(prefs, local), f"member {member} nudged at {local:%a %H:%M} local"
        assert "snoozed_until" not in prefs or local.date() >= SNOOZED_UNTIL
        per_day[(member, local.date())] += 1
    assert max(per_day.values()) == 1, "a member got two messages on one day"

    with new_session(engine) as session:
        rows = outbox_rows(session)
    sent_keys = [row.dedup_key for row in rows if row.status == "sent"]
    assert len(sent_keys) == len(set(sent_keys))
    assert not [row for row in rows if row.status in ("pending", "sending", "failed")]
    for member, (zone, renewal, prefs) in people.items():
        kinds = {row.kind for row in rows if row.member_id == member and row.status == "sent"}
        if "deadline" in prefs.get("opted_out", []):
            assert "deadline" not in kinds
            continue
        for days, lower in zip(THRESHOLDS, (*THRESHOLDS[1:], 0), strict=True):
            bucket = [renewal - timedelta(days=d) for d in range(lower + 1, days + 1)]
            chances = [
                now
                for now in steps
                if now.astimezone(zone).date() in bucket
                and _open(prefs, now.astimezone(zone))
                and now.astimezone(zone).date() >= prefs.get("snoozed_until", date.min)
            ]
            key = f"deadline:{_license_of(rows, member)}:{renewal.isoformat()}:{days}"
            if chances and bucket[-1] >= START.date():
                assert key in sent_keys, f"missing {key}"


def _license_of(rows, member: int) -> str:
    keys = [r.dedup_key for r in rows if r.member_id == member and r.kind == "deadline"]
    return keys[0].split(":")[1] if keys else "?"
