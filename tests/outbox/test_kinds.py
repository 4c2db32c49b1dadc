"""What a kind declares is applied to it whatever it is: the window, the one message a day, and
every kind in a dry run. Real database, the real drain, a recording sender."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime
from types import SimpleNamespace

from nudges.people import RecordingSender, add_member
from practice.team_fixtures import make_practice

from bot.messages import Text
from bot.outbox.kinds import Delivery, OutboxKind, outbox_row
from bot.outbox.registry import OutboxKinds
from handlers.delivery import Senders
from handlers.nudges.cli import run_nudges
from handlers.nudges.drain import OutboxDrain
from handlers.nudges.kinds import every_kind
from store.db import new_session
from store.models import Member
from store.queries.outbox import outbox_rows, recipients

TUESDAY_6PM_NY = datetime(2026, 11, 3, 23, 0, tzinfo=UTC)
WEDNESDAY_9AM_NY = datetime(2026, 11, 4, 14, 0, tzinfo=UTC)
MONDAY_9AM_LA = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


def memo_kind(name: str, member_id: int, **declared) -> OutboxKind:
    """A kind with one row for the member, due at once, that always has something to say."""

    def plan(session, now):
        workspace = session.get(Member, member_id).workspace_id
        return [
            outbox_row(
                workspace_id=workspace,
                member_id=member_id,
                kind=name,
                due_at=now,
                key=f"{name}:{member_id}",
                payload={},
            )
        ]

    def prepare(session, claimed, now):
        where = recipients(session, member_ids={row.member_id for row in claimed})
        day = now.date()
        return [
            Delivery(
                row.member_id,
                where.get(row.member_id),
                replies=[Text(name)],
                send_ids=[row.id],
                day=day,
            )
            for row in claimed
        ]

    return OutboxKind(kinds=(name,), plan=plan, prepare=prepare, **declared)


def _run(engine, kinds: OutboxKinds, at: datetime) -> RecordingSender:
    sender = RecordingSender(clock=[at])
    senders = Senders()
    senders.add(sender)
    asyncio.run(OutboxDrain(engine, {}, senders, kinds=kinds, clock=lambda: at).run_once(at))
    return sender


def test_a_windowed_kind_waits_for_the_members_window_an_unwindowed_one_does_not(engine):
    member = add_member(engine, user="U1")  # New York, default window: weekdays 09:00-17:00
    kinds = OutboxKinds(
        [memo_kind("memo", member, windowed=True), memo_kind("notice", member, windowed=False)]
    )
    sender = _run(engine, kinds, TUESDAY_6PM_NY)  # 18:00 in New York
    assert [replies[0].text for _, _, replies in sender.sent] == ["notice"]
    with new_session(engine) as session:
        memo = next(row for row in outbox_rows(session) if row.kind == "memo")
    assert memo.status == "pending" and memo.last_error == "outside window"
    assert memo.due_at == WEDNESDAY_9AM_NY
    later = _run(engine, kinds, WEDNESDAY_9AM_NY)
    assert [replies[0].text for _, _, replies in later.sent] == ["memo"]


def test_two_one_a_day_kinds_share_the_members_one_message_of_the_day(engine):
    member = add_member(engine, user="U1")
    kinds = OutboxKinds(
        [memo_kind("memo", member, one_a_day=True), memo_kind("notice", member, one_a_day=True)]
    )
    sender = _run(engine, kinds, datetime(2026, 11, 3, 15, 0, tzinfo=UTC))
    assert len(sender.sent) == 1
    with new_session(engine) as session:
        statuses = sorted((r.status, r.last_error) for r in outbox_rows(session) if r.kind != "day")
    assert statuses == [("pending", "day taken"), ("sent", "")]


def test_a_kind_owned_twice_is_refused():
    one = memo_kind("memo", 1)
    try:
        OutboxKinds([one, memo_kind("memo", 2)])
    except ValueError as error:
        assert "memo" in str(error)
    else:
        raise AssertionError("two kinds owning 'memo' were accepted")


def test_the_dry_run_previews_every_kind_and_writes_nothing(engine, rule_sets):
    practice = make_practice(engine)
    runtime = SimpleNamespace(
        engine=engine, mentor=SimpleNamespace(services=SimpleNamespace(rule_sets=rule_sets))
    )
    out = io.StringIO()
    shown = run_nudges(runtime, MONDAY_9AM_LA, dry_run=True, out=out, kinds=every_kind())
    text = out.getvalue()
    mia, mo = practice.ids["Mia"], practice.ids["Mo"]
    # Monday 09:00 in Los Angeles: both managers' weekly digest slot (the default), and a
    # check-in for each of the 8 members set up and reachable (not Eve, not Finn).
    assert f"— digest to member {mia} (test user UMGR):" in text
    assert f"— digest to member {mo} (test user UMO):" in text
    assert f"— nudge to member {mia} (test user UMGR):" in text
    assert text.count("Check-in time") == 8
    assert shown == 10 and text.rstrip().endswith("(digest 2, nudge 8).")
    with new_session(engine) as session:
        assert outbox_rows(session) == []
