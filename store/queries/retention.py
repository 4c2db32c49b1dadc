"""Outbox retention: delete finished rows once their de-dup key can never be planned again.

A finished row (sent, skipped, failed, unreachable; a "day" reservation) matters only while
planning could produce its key again: then it is what stops a second nudge. Once the key's
period is over it is dead weight every sweep's key lookup walks past. So each kind keeps its
finished rows for `days` after they were planned (`due_at`, and `sent_at` when later), plus
MARGIN_DAYS, then they are deleted — deleting rather than moving: nothing reads them again
(the sweep, the drain and "why no nudge?" only ask about keys that can still recur), and
what an audit asks of a nudge's reason (the license, the completions) lives in its own tables.

How each kind's key is built, and why its window is enough (`due_at` is never earlier than
the first time the key was planned: the planner stamps `now`, a retry only moves it later):

- deadline `deadline:<license>:<renewal>:<bucket>`: planned only within `bucket` days of the
  renewal (the 1-day bucket within 7), the largest bucket 180 days: 180 days.
- complete `complete:<license>:<renewal>`: planned on any day up to the renewal, which may be
  years away: kept until the renewal date in its key has passed (it also holds the proof the
  sweep reuses while the license stays complete).
- step `step:<step>:<due date>:<today|soon>`: planned only in the 3 days before the date: 3.
- checkin `checkin:<member>:<period>`: a period of 7 or 14 days from the start date in the
  key, or a calendar month: 31 days.
- inactivity `inactivity:<member>:<since>:<n>`: planned while the member has been idle
  30n to 30n + 29 days since `since`, so for 30 days from its first planning: 30.
- digest `digest:<manager>:<2026-W48 | 2026-11>` and circle_prompt `circle:<circle>:<period>`:
  a week or a calendar month, planned only for a slot within it: 31 days.
- buddy_intro `buddy:<pairing>:…` and mentor_offer / mentor_ask / mentor_intro
  `<kind>:<introduction>…`: one per pairing or introduction, queued once when it is made
  (a button answers an introduction once): never planned again, so the margin only.
- circle_share: `share:review:<review>:<date>` recurs only on that date (the margin only);
  `share:completion:<completion>:<circle>` and `share:start:<circle>` have no period — a
  member may share that completion again any day — so they are kept (one per item shared
  per circle: bounded by what members choose to share, not by the clock).
- reply `reply:<platform>:<event>`: sent, failed and unreachable answers are deleted when
  delivered; a skipped one keeps the margin (the inbox de-duplicates re-delivered events).
- day `day:<member>:<local date>`: re-read only when a drain re-claims that day's rows after
  a crash: the margin only.

MARGIN_DAYS (7) covers the day a local date differs from UTC, the two days of sent rows the
sweep and "why no nudge?" read for "already nudged today", and leaves a week of recent sends
to look at. A kind not listed here is never pruned. Pending and sending rows never are.
So what stays is bounded by members × kinds (each kind's window holds a fixed number of its
periods), not by how long the deployment has run.

Several replicas may prune at once: each batch is one short transaction that deletes rows by
id, and on PostgreSQL the batch is picked FOR UPDATE SKIP LOCKED, so two replicas take
different rows and never wait on each other (a planner reviving a skipped row keeps it too).
The (kind, due_at) index (migration 0012) makes a run with nothing to delete a few empty
index range scans.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Engine, and_, delete, func, or_, select

from store.db import new_session, table_of
from store.models import OutboxMessage

TABLE = table_of(OutboxMessage)
MARGIN_DAYS = 7
FINISHED = ("sent", "skipped", "failed", "unreachable", "reserved")


@dataclass(frozen=True)
class Keep:
    """How long a kind's finished rows stay after they were planned.

    Attributes:
        days: beyond MARGIN_DAYS after `due_at` (and `sent_at`).
        until_key_date: also until the ISO date that ends the key has passed (complete).
        only_keys: prune only keys LIKE this pattern (the others of the kind are kept).
    """

    days: int
    until_key_date: bool = False
    only_keys: str | None = None


RULES: dict[str, Keep] = {
    "deadline": Keep(180),
    "complete": Keep(0, until_key_date=True),
    "step": Keep(3),
    "checkin": Keep(31),
    "inactivity": Keep(30),
    "digest": Keep(31),
    "circle_prompt": Keep(31),
    "buddy_intro": Keep(0),
    "mentor_offer": Keep(0),
    "mentor_ask": Keep(0),
    "mentor_intro": Keep(0),
    "circle_share": Keep(0, only_keys="share:review:%"),
    "reply": Keep(0),
    "day": Keep(0),
}


def prunable(kind: str, keep: Keep, now: datetime) -> ColumnElement[bool]:
    """The condition on a kind's rows whose keys can no longer recur at `now`."""
    cutoff = now - timedelta(days=keep.days + MARGIN_DAYS)
    conditions = [
        TABLE.c.kind == kind,
        TABLE.c.due_at < cutoff,
        TABLE.c.status.in_(FINISHED),
        or_(TABLE.c.sent_at.is_(None), TABLE.c.sent_at < cutoff),
    ]
    if keep.until_key_date:
        key = TABLE.c.dedup_key
        ends = func.substr(key, func.length(key) - 9, 10)  # the key's last 10 characters
        conditions.append(ends < (now - timedelta(days=MARGIN_DAYS)).date().isoformat())
    if keep.only_keys is not None:
        conditions.append(TABLE.c.dedup_key.like(keep.only_keys))
    return and_(*conditions)


def prune_outbox(
    engine: Engine, *, now: datetime, batch: int = 1000, at_most: int | None = 100_000
) -> dict[str, int]:
    """Delete finished rows no de-dup or explanation needs at `now`; rows deleted per kind.

    Each batch of up to `batch` rows is its own transaction; a run stops after `at_most` rows
    (None: until nothing is left), and the next run goes on where it stopped.
    """
    deleted: dict[str, int] = {}
    left = at_most
    for kind, keep in RULES.items():
        while left is None or left > 0:
            size = batch if left is None else min(batch, left)
            with new_session(engine) as session:
                picked = select(TABLE.c.id).where(prunable(kind, keep, now)).limit(size)
                if session.get_bind().dialect.name == "postgresql":
                    picked = picked.with_for_update(skip_locked=True)
                statement = delete(TABLE).where(TABLE.c.id.in_(picked.scalar_subquery()))
                gone = len(session.execute(statement.returning(TABLE.c.id)).all())
                session.commit()
            if gone:
                deleted[kind] = deleted.get(kind, 0) + gone
            if left is not None:
                left -= gone
            if gone < size:
                break
    return deleted


def prunable_counts(engine: Engine, *, now: datetime) -> dict[str, int]:
    """What `prune_outbox` would delete at `now`, per kind (for a dry run)."""
    with new_session(engine) as session:
        counts: dict[str, int] = {
            kind: session.execute(
                select(func.count()).select_from(TABLE).where(prunable(kind, keep, now))
            ).scalar_one()
            for kind, keep in RULES.items()
        }
    return {kind: n for kind, n in counts.items() if n}
