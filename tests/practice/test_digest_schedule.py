"""When digests are planned: the manager's local slot (DST-correct), once per period."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.practice.digests.outbox import plan_digests
from bot.practice.digests.schedule import current_slot
from practice.team_fixtures import make_practice
from store.db import new_session
from store.models import DigestPreferences, Member
from store.queries.outbox import insert_if_absent, outbox_rows

NEW_YORK = ZoneInfo("America/New_York")
# US daylight saving time ends on Sunday 1 Nov 2026: 09:00 in New York is 13:00 UTC the
# Monday before and 14:00 UTC the Monday after.
MONDAY_EDT = datetime(2026, 10, 26, 13, 0, tzinfo=UTC)
MONDAY_EST = datetime(2026, 11, 2, 14, 0, tzinfo=UTC)
MONDAY_LA = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)  # 09:00 in Los Angeles (PST)


def test_monday_nine_oclock_local_on_both_sides_of_the_dst_change():
    for monday in (MONDAY_EDT, MONDAY_EST):
        assert current_slot("weekly", 0, 540, NEW_YORK, monday - timedelta(minutes=1)) is None
        slot = current_slot("weekly", 0, 540, NEW_YORK, monday)
        assert slot is not None and slot.due_at == monday
    assert current_slot("weekly", 0, 540, NEW_YORK, MONDAY_EST).key == "2026-W45"
    assert current_slot("weekly", 0, 540, NEW_YORK, MONDAY_EST + timedelta(hours=23)) is not None
    assert current_slot("weekly", 0, 540, NEW_YORK, MONDAY_EST + timedelta(days=1)) is None


def test_cadences():
    weeks = [MONDAY_EST + timedelta(weeks=n) for n in range(5)]  # Nov 2, 9, 16, 23, 30
    biweekly = [current_slot("biweekly", 0, 540, NEW_YORK, t) is not None for t in weeks]
    assert biweekly in ([True, False, True, False, True], [False, True, False, True, False])
    monthly = [current_slot("monthly", 0, 540, NEW_YORK, t) for t in weeks]
    assert [s.key if s else None for s in monthly] == ["2026-11", None, None, None, None]
    assert current_slot("off", 0, 540, NEW_YORK, MONDAY_EST) is None
    friday = current_slot(
        "weekly", 4, 16 * 60 + 30, NEW_YORK, datetime(2026, 11, 6, 21, 30, tzinfo=UTC)
    )
    assert friday is not None and (
        friday.period.start.isoformat(),
        friday.period.end.isoformat(),
    ) == (
        "2026-10-30",
        "2026-11-06",
    )


def test_planned_once_per_period_when_the_local_slot_comes(engine):
    practice = make_practice(engine)  # Mia and Mo live in Los Angeles; Monday 09:00 default
    mia, mo = practice.ids["Mia"], practice.ids["Mo"]
    with new_session(engine) as session:
        assert plan_digests(session, MONDAY_LA - timedelta(minutes=1)) == []
        rows = plan_digests(session, MONDAY_LA)
        assert sorted(r["dedup_key"] for r in rows) == [
            f"digest:{mia}:2026-W49",
            f"digest:{mo}:2026-W49",
        ]
        assert {r["due_at"] for r in rows} == {MONDAY_LA}
        assert insert_if_absent(session, rows=rows) == 2
        assert (
            insert_if_absent(session, rows=plan_digests(session, MONDAY_LA + timedelta(hours=3)))
            == 0
        )
        session.add(DigestPreferences(manager_id=mo, cadence="off"))
        session.add(DigestPreferences(manager_id=mia, weekday=2, local_minutes=8 * 60))
        session.commit()
        wednesday = datetime(2026, 12, 2, 16, 0, tzinfo=UTC)  # 08:00 in Los Angeles
        rows = plan_digests(session, wednesday)  # Mo: off; Mia: already had this week's
        assert [r["dedup_key"] for r in rows] == [f"digest:{mia}:2026-W49"]
        assert insert_if_absent(session, rows=rows) == 0
        next_wednesday = wednesday + timedelta(weeks=1)
        [row] = plan_digests(session, next_wednesday)
        assert (row["member_id"], row["due_at"]) == (mia, next_wednesday)
        assert len(outbox_rows(session)) == 2


def test_a_manager_who_cannot_be_reached_is_not_planned_unless_a_channel_is_set(engine):
    practice = make_practice(engine)
    with new_session(engine) as session:
        session.get(Member, practice.ids["Mo"]).reachable = False
        session.commit()
        assert [r["member_id"] for r in plan_digests(session, MONDAY_LA)] == [practice.ids["Mia"]]
        session.add(DigestPreferences(manager_id=practice.ids["Mo"], channel_id="G0PRIVATE"))
        session.commit()
        assert len(plan_digests(session, MONDAY_LA)) == 2
