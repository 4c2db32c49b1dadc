"""One turn of a member at a time: a lock per member, held until the turn's transaction ends.

Turns of one member that run at once each read the same conversation state; all but one
would find it saved over and have to run again (or ask the member to say it again). Taking
the member's lock first makes them run one after another instead, each on what the last
one saved. On PostgreSQL the lock is a transaction-level advisory lock, so every replica
honours it and commit or rollback releases it (a turn whose connection dies cannot keep
it). On SQLite only this process writes, so locks in memory are enough: a fixed array of
them, each shared by the members whose key falls on it, so memory stays bounded however
many members write.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import BigInteger, bindparam, func, select
from sqlmodel import Session

log = logging.getLogger(__name__)

# Shared by every mentor in this process, as the database file is. Re-entrant, so a turn
# that (unusually) runs another turn inside it, on a member of the same stripe, goes on.
STRIPES = 64
_stripes = tuple(threading.RLock() for _ in range(STRIPES))
# After this long a SQLite turn goes ahead unlocked; the state's version check then decides.
WAIT_AT_MOST = 30.0
ADVISORY_LOCK = select(func.pg_advisory_xact_lock(bindparam("key", type_=BigInteger)))


def member_key(*, platform: str, workspace_external_id: str, user_id: str) -> int:
    """A signed 64-bit key for the member, the same in every process and on every run."""
    identity = "\x1f".join((platform, workspace_external_id, user_id)).encode()
    digest = hashlib.blake2b(identity, digest_size=8, person=b"member-turn").digest()
    return int.from_bytes(digest, "big", signed=True)


@contextmanager
def member_turn(
    session: Session, *, platform: str, workspace_external_id: str, user_id: str
) -> Iterator[None]:
    """Wait until no other turn of this member runs, then hold its lock for this turn.

    Enter before the turn's first statement and commit inside the block. On PostgreSQL the
    lock belongs to the session's transaction and ends with it; on SQLite it is held until
    the block is left.
    """
    key = member_key(
        platform=platform, workspace_external_id=workspace_external_id, user_id=user_id
    )
    if session.get_bind().dialect.name == "postgresql":
        session.execute(ADVISORY_LOCK, {"key": key})
        yield
        return
    stripe = _stripes[key % STRIPES]
    locked = stripe.acquire(timeout=WAIT_AT_MOST)
    if not locked:
        log.warning("member turn lock not free in time: turn goes ahead")
    try:
        yield
    finally:
        if locked:
            stripe.release()
