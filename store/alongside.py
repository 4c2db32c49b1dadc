"""A long read on a second connection while the caller goes on with other work.

Both drivers let other Python threads run while the database works (sqlite3 around each
step, psycopg while it waits on the server), so a sweep can build its members in Python
while its biggest aggregate runs. The read sees the database as committed when it starts,
like any other statement under READ COMMITTED; callers must not depend on writes of their
own session that are not committed yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TypeGuard, TypeVar

from sqlalchemy import Connection, Engine
from sqlmodel import Session

T = TypeVar("T")


@contextmanager
def read_alongside(session: Session, read: Callable[[Session], T]) -> Iterator[Callable[[], T]]:
    """Start `read(session_of_its_own)` now; the yielded function returns its result (or
    raises its error). On leaving, the read is waited for (a statement can't be recalled).

    Where a second connection would not see the same database (the session is bound to one
    connection, or to SQLite in memory), the read runs on the caller's session when asked.
    """
    bind = session.get_bind()
    if not _opens_connections(bind):
        yield lambda: read(session)
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="read-alongside") as pool:
        future = pool.submit(_read_on_own_session, bind, read)
        yield future.result


def read_apart(session: Session, read: Callable[[Session], T]) -> T:
    """`read(session_of_its_own)` in this thread: whatever the read writes for itself (SQLite
    temporary tables) ends with its session, and the caller's transaction starts no earlier
    than the caller's own first statement (a SQLite transaction that read before another
    connection committed can no longer write). Falls back as `read_alongside` does."""
    bind = session.get_bind()
    return _read_on_own_session(bind, read) if _opens_connections(bind) else read(session)


def _opens_connections(bind: Engine | Connection) -> TypeGuard[Engine]:
    """Whether a second connection to `bind` sees the same database as the session's."""
    return isinstance(bind, Engine) and bind.url.database not in (None, "", ":memory:")


def _read_on_own_session(engine: Engine, read: Callable[[Session], T]) -> T:
    with Session(engine) as own:
        return read(own)
