"""A read alongside: on its own connection and thread, its result or its error handed back."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlmodel import Session

from store.alongside import read_alongside
from store.db import make_engine, new_session


def _count_workspaces(session: Session) -> tuple[int, str, Session]:
    count = session.connection().execute(text("SELECT count(*) FROM workspace")).scalar_one()
    return count, threading.current_thread().name, session


def test_the_read_runs_on_its_own_session_while_the_caller_goes_on(engine):
    with new_session(engine) as session, read_alongside(session, _count_workspaces) as result:
        mine = _count_workspaces(session)
        theirs = result()
    assert theirs[0] == mine[0] == 0
    assert theirs[1].startswith("read-alongside") and theirs[2] is not session


def test_the_reads_error_reaches_the_caller(engine):
    def broken(session: Session) -> None:
        session.connection().execute(text("SELECT * FROM no_such_table"))

    with (
        new_session(engine) as session,
        pytest.raises(Exception, match="no_such_table"),
        read_alongside(session, broken) as result,
    ):
        result()


def test_an_in_memory_database_is_read_on_the_callers_session():
    """A second connection to SQLite in memory would open another, empty database."""
    engine = make_engine("sqlite://")
    with new_session(engine) as session:
        session.connection().execute(text("CREATE TABLE workspace (id INTEGER)"))
        with read_alongside(session, _count_workspaces) as result:
            count, thread, used = result()
    assert (count, thread, used) == (0, threading.current_thread().name, session)
