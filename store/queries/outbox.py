"""The outbox of every kind: insert-if-absent by de-dup key, atomic claim with a lease, and marking.

Claimed rows are leased: a process that dies between claim and mark leaves rows whose lease
runs out, and the next drain claims them again (delivery is at least once).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import (
    JSON,
    DateTime,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    cast,
    delete,
    func,
    or_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Session, col, select

from store.db import table_of
from store.models import Member, NudgePreferences, OutboxMessage, Workspace
from store.queries.bulk import select_columns
from store.types import UTCDateTime

TABLE = table_of(OutboxMessage)
CLAIM_LOCK = 0x6F7574626F78  # PostgreSQL advisory lock key: "outbox"


@dataclass(frozen=True)
class ClaimedRow:
    """One claimed outbox row of any kind (a nudge, a digest, an answer …), as the drain needs it."""

    id: int
    member_id: int
    workspace_id: int
    kind: str
    dedup_key: str
    payload: dict
    attempts: int


def insert_if_absent(session: Session, *, rows: Sequence[dict]) -> int:
    """Insert outbox rows unless their de-dup key exists (ON CONFLICT); returns how many are new.

    One statement for every row: SQLAlchemy compiles it once and sends the rows in batches
    of multi-row VALUES (a statement built per batch of rows compiled every value anew: 40 s
    for 200k rows, the first plan job of a new deployment).
    """
    if not rows:
        return 0
    # By member, then key: replicas planning at once lock the same keys in the same order, so
    # one waits for the other instead of both holding some of a member's rows (a deadlock,
    # or a member's rows committed by two transactions); and a member's rows sit together,
    # as a claim takes them (by member, then id).
    rows = sorted(rows, key=itemgetter("member_id", "dedup_key"))
    statement, parameters = _insert(session, rows)
    # A row skipped as stale comes back when its reason holds again (an undone completion).
    statement = statement.on_conflict_do_update(
        index_elements=["dedup_key"],
        set_={"status": "pending", "due_at": statement.excluded.due_at, "attempts": 0},
        where=TABLE.c.status == "skipped",
    )
    # RETURNING counts what was new on both dialects (rowcount is unreliable here).
    return len(session.execute(statement.returning(TABLE.c.id), parameters).all())


# The columns a planned row gives, with their types as PostgreSQL arrays.
COLUMN_TYPES: dict[str, Any] = {
    "workspace_id": Integer,
    "member_id": Integer,
    "kind": String,
    "due_at": DateTime(timezone=True),
    "dedup_key": String,
    "status": String,
    "payload": String,
    "attempts": Integer,
    "last_error": String,
}


def _insert(
    session: Session, rows: Sequence[dict]
) -> tuple[postgresql.Insert | sqlite.Insert, list[dict] | None]:
    """An insert of these outbox rows, and the parameters to execute it with.

    psycopg parses every placeholder of a multi-row VALUES in Python (17 s for 200k rows), so
    on PostgreSQL the rows travel as one array per column instead.
    """
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(TABLE).from_select(list(COLUMN_TYPES), _unnested(rows)), None
    return sqlite.insert(TABLE), list(rows)


def _unnested(rows: Sequence[dict]) -> Select:
    """The rows as a select of parallel unnest()s, one array parameter per column."""
    utc, dialect = UTCDateTime(), postgresql.dialect()
    columns = []
    for name, type_ in COLUMN_TYPES.items():
        if name == "payload":
            values = [json.dumps(row[name]) for row in rows]
        elif name == "due_at":  # the column's own checks: aware, then UTC
            values = [utc.process_bind_param(row[name], dialect) for row in rows]
        else:
            values = [row[name] for row in rows]
        column = func.unnest(bindparam(None, values, type_=ARRAY(type_)))
        columns.append(cast(column, JSON) if name == "payload" else column)
    return select(*columns)


def live_keys(session: Session, *, keys: Collection[str]) -> set[str]:
    """The de-dup keys among `keys` already in the outbox and not skipped (planning them is a no-op)."""
    found: set[str] = set()
    wanted = sorted(set(keys))
    for i in range(0, len(wanted), 1000):
        query = select(TABLE.c.dedup_key).where(
            TABLE.c.dedup_key.in_(wanted[i : i + 1000]), TABLE.c.status != "skipped"
        )
        found.update(session.execute(query).scalars())
    return found


def claim(session: Session, *, now: datetime, lease: timedelta, limit: int) -> list[ClaimedRow]:
    """Atomically lease up to `limit` due rows (pending, or sending with an expired lease).

    PostgreSQL: FOR UPDATE SKIP LOCKED, so concurrent drains never get the same row, and
    claims take turns on an advisory lock, so they never split a member's rows.
    SQLite: one UPDATE … RETURNING statement holds the database's single write lock.
    """
    due = or_(
        and_(TABLE.c.status == "pending", TABLE.c.due_at <= now),
        and_(TABLE.c.status == "sending", TABLE.c.lease_until < now),
    )
    # member_id first, so a member's due rows tend to be claimed together and merged.
    picked = select(TABLE.c.id).where(due).order_by(TABLE.c.member_id, TABLE.c.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        picked = picked.with_for_update(skip_locked=True)
        # Claims take turns (until commit): with two at once, each skipping rows the other
        # has just locked, one could take part of a member's rows and the next member's,
        # and the member's other rows then wait a day ("already nudged today").
        session.execute(select(func.pg_advisory_xact_lock(CLAIM_LOCK)))
    statement = (
        update(TABLE)
        .where(TABLE.c.id.in_(picked.scalar_subquery()))
        .values(status="sending", lease_until=now + lease, attempts=TABLE.c.attempts + 1)
        .returning(
            TABLE.c.id,
            TABLE.c.member_id,
            TABLE.c.workspace_id,
            TABLE.c.kind,
            TABLE.c.dedup_key,
            TABLE.c.payload,
            TABLE.c.attempts,
        )
    )
    claimed: Iterable[Sequence[Any]] = session.execute(statement)
    return [ClaimedRow(*row) for row in claimed]


def mark_sent(session: Session, *, ids: Collection[int], now: datetime) -> None:
    """The rows went out (merged into one message); an answer's row is deleted instead."""
    forget_replies(session, ids=ids)
    _set(session, ids, status="sent", sent_at=now, lease_until=None, last_error="")


def mark_skipped(session: Session, *, ids: Collection[int], reason: str) -> None:
    """The rows no longer apply (the member caught up, the plan changed …): never send them."""
    _set(session, ids, status="skipped", lease_until=None, last_error=reason[:500])


def reschedule(
    session: Session, *, ids: Collection[int], due_at: datetime, error: str = ""
) -> None:
    """Back to pending, due again at `due_at` (a retry with backoff, or the next window)."""
    _set(session, ids, status="pending", due_at=due_at, lease_until=None, last_error=error[:500])


def give_up(session: Session, *, ids: Collection[int], error: str) -> None:
    """Too many failed attempts: stop retrying these rows (an answer's row is deleted)."""
    forget_replies(session, ids=ids)
    _set(session, ids, status="failed", lease_until=None, last_error=error[:500])


# An answer to a member's message waits here only when it could not be sent at once.
REPLY = "reply"
# Statements of every turn, built once: building one costs more than running it.
KEEP_REPLY = {
    dialect.__name__.rsplit(".", 1)[-1]: dialect.insert(TABLE)
    .on_conflict_do_nothing(index_elements=["dedup_key"])
    .returning(TABLE.c.id)
    for dialect in (sqlite, postgresql)
}
REPLY_ID = select(TABLE.c.id).where(TABLE.c.dedup_key == bindparam("key"))
FORGET_REPLIES = delete(TABLE).where(
    TABLE.c.id.in_(bindparam("ids", expanding=True)), TABLE.c.kind == REPLY
)


def keep_reply(
    session: Session,
    *,
    workspace_id: int,
    member_id: int,
    key: str,
    payload: dict,
    now: datetime,
    held_for: timedelta | None,
) -> int:
    """Keep a turn's answer until it is sent; its row id.

    `held_for`: the replica that ran the turn sends it itself and holds the row that long
    (status "sending" with a lease: a drain takes it over only if that replica dies).
    None: any drain sends it now (an answer to a message taken over from the inbox).
    """
    row = {
        "workspace_id": workspace_id,
        "member_id": member_id,
        "kind": REPLY,
        "due_at": now,
        "dedup_key": key,
        "payload": payload,
        "attempts": 0,
        "status": "sending" if held_for else "pending",
        "lease_until": now + held_for if held_for else None,
        "last_error": "",
    }
    dialect = "postgresql" if session.get_bind().dialect.name == "postgresql" else "sqlite"
    connection = session.connection()
    found = connection.execute(KEEP_REPLY[dialect], row).first()
    if found is not None:
        return found[0]
    return connection.execute(REPLY_ID, {"key": key}).scalar_one()


def forget_replies(session: Session, *, ids: Collection[int]) -> None:
    """Delete answers' rows among `ids`: what was said is not kept once it is delivered."""
    if ids:
        session.connection().execute(FORGET_REPLIES, {"ids": list(ids)})


def mark_unreachable(session: Session, *, member_id: int, error: str) -> None:
    """A permanent failure: the member is unreachable; their unsent rows stop here."""
    session.execute(
        update(table_of(Member)).where(col(Member.id) == member_id).values(reachable=False)
    )
    session.execute(delete(TABLE).where(TABLE.c.member_id == member_id, TABLE.c.kind == REPLY))
    session.execute(
        update(TABLE)
        .where(TABLE.c.member_id == member_id, TABLE.c.status.in_(("pending", "sending")))
        .values(status="unreachable", lease_until=None, last_error=error[:500])
    )


def recipients(session: Session, *, member_ids: Collection[int]) -> dict[int, tuple[str, str, str]]:
    """(platform, workspace external id, platform user id) per member."""
    query = (
        select_columns(
            Member.id, Workspace.platform, Workspace.external_id, Member.platform_user_id
        )
        .join(Workspace, col(Workspace.id) == col(Member.workspace_id))
        .where(col(Member.id).in_(list(member_ids)))
    )
    rows: Iterable[Sequence[Any]] = session.execute(query)
    return {
        int(member_id): (str(platform), str(team), str(user))
        for member_id, platform, team, user in rows
    }


def delivery_windows(session: Session, *, member_ids: Collection[int]) -> list[tuple]:
    """(member id, time zone, window start, window end, working days, quiet start, quiet end)
    per member; the window's columns are None for a member without nudge settings."""
    prefs = table_of(NudgePreferences).c
    query = (
        select_columns(
            Member.id,
            Member.timezone,
            prefs.window_start,
            prefs.window_end,
            prefs.working_days,
            prefs.quiet_start,
            prefs.quiet_end,
        )
        .outerjoin(NudgePreferences, prefs.member_id == col(Member.id))
        .where(col(Member.id).in_(list(member_ids)))
    )
    return [tuple(row) for row in session.exec(query)]


def outbox_rows(session: Session, *, member_id: int | None = None) -> list[OutboxMessage]:
    """Outbox rows (all, or one member's), oldest first: for tests, dry runs and explanations."""
    query = select(OutboxMessage).order_by(col(OutboxMessage.id))
    if member_id is not None:
        query = query.where(OutboxMessage.member_id == member_id)
    return list(session.exec(query))


def _set(session: Session, ids: Collection[int], **values) -> None:
    if ids:
        session.execute(update(TABLE).where(TABLE.c.id.in_(list(ids))).values(**values))


def attempts_of(session: Session, *, ids: Collection[int]) -> int:
    """The most delivery attempts among the rows."""
    query = select(func.max(TABLE.c.attempts)).where(TABLE.c.id.in_(list(ids)))
    return session.execute(query).scalar_one() or 0


def existing_keys(session: Session, *, keys: Collection[str]) -> set[str]:
    """Which of these de-dup keys already have an outbox row."""
    found: set[str] = set()
    wanted = list(keys)
    for i in range(0, len(wanted), 1000):
        query = select(TABLE.c.dedup_key).where(TABLE.c.dedup_key.in_(wanted[i : i + 1000]))
        found.update(session.execute(query).scalars())
    return found


class DayWanted(NamedTuple):
    """A delivery that needs its member's one message of `day` (the member's local date)."""

    member_id: int
    workspace_id: int
    day: str
    row_ids: Collection[int]


def reserve_days(session: Session, *, wanted: Sequence[DayWanted]) -> list[bool]:
    """Take each member's one message of its day for these rows, in the order given; for each,
    whether it has the day (False: another message has it).

    A reservation is a 'day' row keyed by member and local date, so two replicas that claimed
    different rows of one member cannot both send that day. Re-claiming the same rows after a
    crash finds its own reservation and may send (at least once). One insert for the batch,
    in the order given (every replica's is member order: they never wait on each other's
    keys in opposite orders), and one read of the reservations that were already held.
    """
    first: dict[str, DayWanted] = {}  # each day key's first asker in the batch
    for w in wanted:
        first.setdefault(_day_key(w), w)
    if not first:
        return []
    now = datetime.now(UTC)
    rows = [
        {
            "workspace_id": w.workspace_id,
            "member_id": w.member_id,
            "kind": "day",
            "due_at": now,
            "dedup_key": key,
            "payload": {"rows": sorted(w.row_ids)},
            "status": "reserved",
            "attempts": 0,
            "last_error": "",
        }
        for key, w in first.items()
    ]
    statement, parameters = _insert(session, rows)
    statement = statement.on_conflict_do_nothing(index_elements=["dedup_key"])
    returned = session.execute(statement.returning(TABLE.c.dedup_key), parameters)
    taken: set[str] = set(returned.scalars())
    holds = {key: set(w.row_ids) for key, w in first.items() if key in taken}
    before = [key for key in first if key not in taken]
    for i in range(0, len(before), 1000):
        query = select(TABLE.c.dedup_key, TABLE.c.payload).where(
            TABLE.c.dedup_key.in_(before[i : i + 1000])
        )
        for key, payload in session.execute(query).all():
            holds[str(key)] = _held_rows(payload)
    return [set(w.row_ids) <= holds.get(_day_key(w), set()) for w in wanted]


def _held_rows(payload: Any) -> set[int]:
    return set((payload or {}).get("rows", []))


def _day_key(wanted: DayWanted) -> str:
    return f"day:{wanted.member_id}:{wanted.day}"
