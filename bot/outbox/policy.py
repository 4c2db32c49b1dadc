"""The delivery policy, as pure functions: what the drain does with each delivery and send.

The drain claims rows, asks these what to do, sends, and marks: a windowed kind waits for
the member's window (or is skipped when it never opens), at most one `one_a_day` message
goes to a member on their local day (reserved across replicas, taken in member order),
a send refused for now is retried with backoff until it has had `max_attempts`, and a
member who can no longer be reached stops the rows addressed to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Literal

from bot.outbox.kinds import Delivery
from bot.outbox.window import MemberWindow, is_open, next_opening

FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=1)
DAY_TAKEN_WAIT = timedelta(hours=12)  # another message had the member's day: try again then
OUTSIDE_WINDOW = "outside window"
DAY_TAKEN = "day taken"


def backoff(attempts: int) -> timedelta:
    """30 s after the first attempt, then 1 min, 2 min … doubling, capped at an hour."""
    seconds = FIRST_RETRY.total_seconds() * 2 ** min(max(attempts - 1, 0), 32)
    return min(timedelta(seconds=seconds), LONGEST_RETRY)


def to_window(delivery: Delivery, member: MemberWindow | None, now: datetime) -> Delivery:
    """A windowed delivery, held to the member's window: sent now only while it is open.

    Outside it, what would be sent waits for the next opening (an earlier wait the kind set
    is kept); a window that opens on none of the next LOOKAHEAD_DAYS days skips it. A member
    unknown here (deleted meanwhile) is not held: the send finds them gone.
    """
    if not delivery.send_ids or member is None:
        return delivery
    if is_open(member.window, now.astimezone(member.zone)):
        return delivery
    opening = next_opening(member.window, member.zone, now)
    held = replace(delivery, replies=[], send_ids=[], reason=OUTSIDE_WINDOW)
    if opening is None:
        return replace(held, skip_ids=[*delivery.skip_ids, *delivery.send_ids])
    until = opening if delivery.defer_until is None else min(delivery.defer_until, opening)
    return replace(held, defer_ids=[*delivery.defer_ids, *delivery.send_ids], defer_until=until)


def needs_day(delivery: Delivery) -> bool:
    """Whether sending this takes the member's one message of the day."""
    return bool(delivery.send_ids) and delivery.daily_limit


def reservation_order(deliveries: Sequence[Delivery]) -> list[int]:
    """Where the deliveries that need a day are, in member order: the same order in every
    replica, so two drains never wait on each other's day keys (a deadlock on PostgreSQL)."""
    needing = [i for i, delivery in enumerate(deliveries) if needs_day(delivery)]
    return sorted(needing, key=lambda i: deliveries[i].member_id)


def day_taken(delivery: Delivery, now: datetime) -> Delivery:
    """Another message has the member's day: what would be sent waits (12 h unless the kind
    already set a time)."""
    return replace(
        delivery,
        replies=[],
        send_ids=[],
        defer_ids=[*delivery.defer_ids, *delivery.send_ids],
        defer_until=delivery.defer_until or now + DAY_TAKEN_WAIT,
        reason=DAY_TAKEN,
    )


Mark = Literal["sent", "retry", "give_up", "unreachable"]


@dataclass(frozen=True)
class AfterSend:
    """How to mark the sent rows: `retry` is due again at `due_at`."""

    mark: Mark
    due_at: datetime | None = None


def after_send(
    status: str,
    *,
    retry_after: float | None,
    attempts: int,
    max_attempts: int,
    to_others: bool,
    now: datetime,
) -> AfterSend:
    """What a send's outcome means for its rows.

    Args:
        status: the sender's "sent", "retry" or "unreachable".
        retry_after: seconds the platform asked us to wait (a 429's Retry-After), if any.
        attempts: the most delivery attempts among the rows (a claim counts one).
        max_attempts: attempts after which a failing send is given up.
        to_others: posted in a channel or a group DM: an "unreachable" there is the channel
            or the others (the bot removed, someone left), not the member.
        now: when the send finished.
    """
    if status == "sent":
        return AfterSend("sent")
    if status == "unreachable":
        return AfterSend("give_up" if to_others else "unreachable")
    if attempts >= max_attempts:
        return AfterSend("give_up")
    wait = timedelta(seconds=retry_after) if retry_after is not None else backoff(attempts)
    return AfterSend("retry", now + wait)
