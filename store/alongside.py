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
from typing import TypeVar

from sqlalchemy import Engine
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
    if not isinstance(bind, Engine) or bind.url.database in (None, "", ":memory:"):
        yield lambda: read(session)
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="read-alongside") as pool:
        future = pool.submit(_read_on_own_session, bind, read)
        yield future.result


def _read_on_own_session(engine: Engine, read: Callable[[Session], T]) -> T:
    with Session(engine) as own:
        return read(own)
