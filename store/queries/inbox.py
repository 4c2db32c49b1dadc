"""The inbox: record a message at ack time, finish it with its turn, take over the left-behind.

A row exists from the moment a platform is told "got it" until the transaction that commits
the message's turn (or finds the message handled before). The replica recording it holds a
lease; a row whose lease ran out belongs to a replica that died or lost its database, and
any replica may take it over and answer it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, func, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from store.db import table_of
from store.models import InboundEvent
from store.queries.conversation import already_seen

TABLE = table_of(InboundEvent)
RECORD = {
    dialect.__name__.rsplit(".", 1)[-1]: dialect.insert(InboundEvent)
    .on_conflict_do_nothing()
    .returning(TABLE.c.id)
    for dialect in (sqlite, postgresql)
}
FINISH = delete(TABLE).where(TABLE.c.id == bindparam("inbox_id"))  # built once: every turn runs it


@dataclass(frozen=True)
class Waiting:
    """One inbox row taken over."""

    id: int
    platform: str
    event_id: str
    inbound: dict
    attempts: int


def record(
    session: Session,
    *,
    platform: str,
    event_id: str,
    inbound: dict,
    now: datetime,
    lease: timedelta,
) -> int | None:
    """Keep an acknowledged message; its row id, or None when it was seen before.

    Seen before: a platform's retry of a message already in the inbox (its first delivery
    is being answered) or already answered.
    """
    if already_seen(session, platform=platform, event_id=event_id):
        return None
    row: dict[str, Any] = {
        "platform": platform,
        "event_id": event_id,
        "inbound": inbound,
        "received_at": now,
        "lease_until": now + lease,
        "attempts": 0,
    }
    statement = RECORD.get(session.get_bind().dialect.name)
    if statement is not None:
        found = session.connection().execute(statement, row).first()
        return found[0] if found else None
    try:
        with session.begin_nested():
            event = InboundEvent(**row)
            session.add(event)
    except IntegrityError:
        return None
    return event.id


def finish(session: Session, *, inbox_id: int) -> None:
    """The message's turn is committing (or it was handled before): it waits no more."""
    session.connection().execute(FINISH, {"inbox_id": inbox_id})


def take_over(session: Session, *, now: datetime, lease: timedelta, limit: int) -> list[Waiting]:
    """Lease up to `limit` rows whose lease ran out, oldest first (one replica each)."""
    picked = (
        select(TABLE.c.id)
        .where(TABLE.c.lease_until < now)
        .order_by(TABLE.c.received_at, TABLE.c.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        picked = picked.with_for_update(skip_locked=True)
    statement = (
        update(TABLE)
        .where(TABLE.c.id.in_(picked.scalar_subquery()))
        .values(lease_until=now + lease, attempts=TABLE.c.attempts + 1)
        .returning(
            TABLE.c.id,
            TABLE.c.platform,
            TABLE.c.event_id,
            TABLE.c.inbound,
            TABLE.c.attempts,
        )
    )
    taken: Iterable[Sequence[Any]] = session.connection().execute(statement)
    rows = [Waiting(*row) for row in taken]
    return sorted(rows, key=lambda w: w.id)


def waiting_count(session: Session) -> int:
    """How many acknowledged messages are not answered yet (for /healthz and metrics)."""
    return session.connection().execute(select(func.count()).select_from(TABLE)).scalar_one()


def drop(session: Session, *, ids: Sequence[int]) -> None:
    """Give up on rows (a message that failed its turn too many times)."""
    if ids:
        session.connection().execute(delete(InboundEvent).where(TABLE.c.id.in_(list(ids))))
