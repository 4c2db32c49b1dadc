"""The drain works in batches: reservations and marks written together, the next batch
claimed while one is sent, and nothing it used to send left behind."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from sqlalchemy import event

from handlers.delivery import DeliveryResult, Recipient, Senders
from handlers.nudges.drain import OutboxDrain
from nudges.people import add_member
from nudges.test_outbox import TUESDAY_10AM
from store.db import new_session
from store.queries.outbox import DayWanted, outbox_rows, reserve_days


@dataclass
class TogetherSender:
    """Holds every send until `together` are in flight, then lets them all finish at once."""

    together: int
    platform: str = "terminal"
    sent: list[int] = field(default_factory=list)
    in_flight: int = 0
    all_in: asyncio.Event = field(default_factory=asyncio.Event)

    async def send(self, recipient: Recipient, replies) -> DeliveryResult:
        self.in_flight += 1
        if self.in_flight == self.together:
            self.all_in.set()
        await self.all_in.wait()
        self.sent.append(recipient.member_id)
        return DeliveryResult("sent")


def _drain(engine, rule_sets, sender, **options) -> OutboxDrain:
    senders = Senders()
    senders.add(sender)
    return OutboxDrain(engine, rule_sets, senders, clock=lambda: TUESDAY_10AM, **options)


def _sent_marks(engine) -> list[str]:
    """Collects the statements that mark rows sent (the only UPDATE that sets sent_at)."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("UPDATE") and "sent_at" in statement:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    return seen


def test_sends_that_finish_together_are_marked_in_one_write_not_one_each(engine, rule_sets):
    members = [add_member(engine, user=f"U{i}") for i in range(12)]
    sender = TogetherSender(together=12)
    drain = _drain(engine, rule_sets, sender, per_platform=12)
    marks = _sent_marks(engine)
    outcome = asyncio.run(drain.run_once(TUESDAY_10AM))
    assert outcome == {"sent": 12} and sorted(sender.sent) == members
    # The first to finish is written alone; the 11 that finish meanwhile go in the next write.
    assert len(marks) == 2
    with new_session(engine) as session:
        rows = [r for r in outbox_rows(session) if r.kind != "day"]
    assert len(rows) == 36 and {r.status for r in rows} == {"sent"}
    assert {r.sent_at for r in rows} == {TUESDAY_10AM}


@dataclass
class LookingSender:
    """On the first send, looks (bounded) whether the next member's rows are claimed yet."""

    engine: object
    next_member: int
    platform: str = "terminal"
    sent: list[int] = field(default_factory=list)
    next_was_claimed: bool | None = None

    async def send(self, recipient: Recipient, replies) -> DeliveryResult:
        if self.next_was_claimed is None:
            self.next_was_claimed = await asyncio.to_thread(self._wait_for_next_claim)
        self.sent.append(recipient.member_id)
        return DeliveryResult("sent")

    def _wait_for_next_claim(self) -> bool:
        for _ in range(500):  # at most ~5 s: on a drain that claims only after sending, never
            with new_session(self.engine) as session:
                rows = outbox_rows(session, member_id=self.next_member)
            if {r.status for r in rows if r.kind != "day"} == {"sending"}:
                return True
            time.sleep(0.01)
        return False


def test_the_next_batch_is_claimed_while_one_is_being_sent(engine, rule_sets):
    first, second = add_member(engine, user="U1"), add_member(engine, user="U2")
    sender = LookingSender(engine, next_member=second)
    drain = _drain(engine, rule_sets, sender, batch=3)  # each member has 3 rows due
    outcome = asyncio.run(drain.run_once(TUESDAY_10AM))
    assert sender.next_was_claimed is True
    assert outcome == {"sent": 2} and sender.sent == [first, second]


@dataclass
class RetryOnceSender:
    """Asks for a retry at once the first time, then sends."""

    platform: str = "terminal"
    calls: int = 0

    async def send(self, recipient: Recipient, replies) -> DeliveryResult:
        self.calls += 1
        if self.calls == 1:
            return DeliveryResult("retry", retry_after=0, error="ratelimited")
        return DeliveryResult("sent")


def test_a_send_retried_at_once_goes_again_in_the_same_drain(engine, rule_sets):
    # The claim made while the first send ran found nothing due; the retry is due only once
    # that send is marked, so the drain claims again before it stops.
    add_member(engine, user="U1")
    sender = RetryOnceSender()
    outcome = asyncio.run(_drain(engine, rule_sets, sender).run_once(TUESDAY_10AM))
    assert outcome == {"retry": 1, "sent": 1} and sender.calls == 2
    with new_session(engine) as session:
        rows = [r for r in outbox_rows(session) if r.kind != "day"]
    assert {r.status for r in rows} == {"sent"} and {r.attempts for r in rows} == {2}


def test_one_batch_of_reservations_gives_each_member_day_once(engine):
    add_member(engine, user="U1")
    add_member(engine, user="U2")
    day = "2026-11-03"
    with new_session(engine) as session:
        taken = reserve_days(
            session,
            wanted=[
                DayWanted(1, 1, day, [11, 12]),
                DayWanted(1, 1, day, [13]),  # the same member's day, asked second: taken
                DayWanted(2, 1, day, [21]),
                DayWanted(2, 1, "2026-11-04", [22]),  # another day of theirs: free
            ],
        )
        session.commit()
    assert taken == [True, False, True, True]
    with new_session(engine) as session:
        again = reserve_days(
            session,
            wanted=[
                DayWanted(1, 1, day, [12, 11]),  # re-claimed after a crash: still its own
                DayWanted(1, 1, day, [11, 13]),  # partly other rows: not its day
                DayWanted(2, 1, day, [21]),
                DayWanted(1, 1, "2026-11-05", [14]),
            ],
        )
        session.commit()
    assert again == [True, False, True, True]
    with new_session(engine) as session:
        days = {r.dedup_key: r.payload for r in outbox_rows(session) if r.kind == "day"}
    assert days == {
        "day:1:2026-11-03": {"rows": [11, 12]},
        "day:2:2026-11-03": {"rows": [21]},
        "day:2:2026-11-04": {"rows": [22]},
        "day:1:2026-11-05": {"rows": [14]},
    }
