"""SQLite writers in one process queue for the write lock; reads never wait for it."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import text

from store.db import make_engine
from store.sqlite_writer import writer_queue


@pytest.fixture
def connect(tmp_path):
    """Connections to one fresh SQLite file sharing one writer queue (no busy waiting)."""
    path = tmp_path / "queue.db"
    queued = writer_queue(timeout=5)
    opened: list[sqlite3.Connection] = []

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(path, timeout=0, factory=queued, check_same_thread=False)
        opened.append(connection)
        return connection

    setup = connect()
    setup.execute("PRAGMA journal_mode=WAL")
    setup.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, who TEXT UNIQUE)")
    yield connect
    for connection in opened:
        connection.close()


def test_a_writer_holds_its_place_until_commit_or_rollback(connect):
    first, second = connect(), connect()
    second.execute("SELECT count(*) FROM visit").fetchall()
    assert not second.writing  # reads never queue
    first.execute("INSERT INTO visit (who) VALUES ('ann')")
    assert first.writing and first.in_transaction
    second.execute("SELECT count(*) FROM visit").fetchall()  # reading while ann is written
    assert not second.writing
    first.rollback()
    assert not first.writing
    second.execute("INSERT INTO visit (who) VALUES ('bo')")
    with pytest.raises(sqlite3.IntegrityError):  # a failed statement keeps the transaction
        second.execute("INSERT INTO visit (who) VALUES ('bo')")
    assert second.writing
    second.commit()
    assert not second.writing
    first.execute("INSERT INTO visit (who) VALUES ('cy')")
    first.commit()
    assert [who for (who,) in first.execute("SELECT who FROM visit ORDER BY who")] == ["bo", "cy"]


def test_a_connections_own_temporary_table_never_queues(connect):
    """The nudge sweep fills a temporary table while turns write: it must not wait for them."""
    first, second = connect(), connect()
    first.execute("INSERT INTO visit (who) VALUES ('ann')")
    assert first.writing
    filled = threading.Event()

    def fill_a_temporary_table() -> None:
        second.execute("DROP TABLE IF EXISTS temp.window")
        second.execute("CREATE TABLE temp.window (id INTEGER PRIMARY KEY, starts TEXT)")
        second.execute("INSERT INTO temp.window (starts) SELECT who FROM visit")
        second.execute("DROP TABLE temp.window")
        filled.set()

    worker = threading.Thread(target=fill_a_temporary_table)
    worker.start()
    # The queue would hold it until ann commits (or its 5 s timeout): it finishes meanwhile.
    assert filled.wait(timeout=4) and first.writing and not second.writing
    worker.join()
    second.rollback()  # the sweep's session ends
    first.commit()
    second.execute("INSERT INTO visit (who) VALUES ('bo')")  # a real write still queues
    assert second.writing


def test_a_waiting_writer_starts_when_the_first_commits(connect):
    first, second = connect(), connect()
    first.execute("INSERT INTO visit (who) VALUES ('ann')")
    waiting = threading.Event()
    done: list[str] = []

    def write_second() -> None:
        waiting.set()
        second.execute("INSERT INTO visit (who) VALUES ('bo')")  # SQLite itself would fail
        done.append("bo")
        second.commit()

    writer = threading.Thread(target=write_second)
    writer.start()
    waiting.wait()
    first.commit()
    writer.join()
    assert done == ["bo"]
    assert first.execute("SELECT count(*) FROM visit").fetchone() == (2,)


def test_engines_on_sqlite_files_queue_their_writers(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'engine.db'}")
    with engine.connect() as connection:
        connection.execute(text("CREATE TABLE visit (id INTEGER PRIMARY KEY)"))
        connection.execute(text("INSERT INTO visit DEFAULT VALUES"))
        assert connection.connection.driver_connection.writing
        connection.commit()
        assert not connection.connection.driver_connection.writing
    engine.dispose()
