"""SQLite connections that queue for the one write lock in this process instead of polling.

SQLite lets one connection write at a time. A connection that finds the lock taken sleeps in
SQLite's busy handler (1, 2, 5, 10 … ms) and tries again, so under concurrent turns the lock
often sits free while writers sleep. Here a writer first takes a per-database Python lock,
held for as long as SQLite's own write transaction, so the next writer starts the moment the
previous one commits. Reads never take it. Other processes still meet the busy timeout.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from typing import cast

# Statements that neither write nor open a write transaction.
READS = ("SELECT", "PRAGMA")
# Statements on the connection's own temporary tables: they write no shared file.
TEMP_ONLY = re.compile(
    r"\s*(CREATE TABLE|DROP TABLE( IF EXISTS)?|INSERT INTO|DELETE FROM) \"?temp\"?\.", re.IGNORECASE
)


def writer_queue(timeout: float) -> type[sqlite3.Connection]:
    """A connection class whose writers share one queue (one per engine: one per database)."""
    lock = threading.Lock()

    class QueuedWriterCursor(sqlite3.Cursor):
        def execute(self, sql, parameters=()):
            writer = cast("QueuedWriterConnection", self.connection)  # its cursor factory
            writer.queue_for_write(sql)
            try:
                return super().execute(sql, parameters)
            finally:
                writer.done_if_idle()

        def executemany(self, sql, seq_of_parameters):
            writer = cast("QueuedWriterConnection", self.connection)
            writer.queue_for_write(sql)
            try:
                return super().executemany(sql, seq_of_parameters)
            finally:
                writer.done_if_idle()

    class QueuedWriterConnection(sqlite3.Connection):
        writing = False

        def cursor(self, factory=QueuedWriterCursor):
            return super().cursor(factory)

        # sqlite3's own shortcuts make a plain cursor; these go through the queue too.
        def execute(self, sql, parameters=()):
            return self.cursor().execute(sql, parameters)

        def executemany(self, sql, seq_of_parameters):
            return self.cursor().executemany(sql, seq_of_parameters)

        def queue_for_write(self, sql: str) -> None:
            if self.writing or TEMP_ONLY.match(sql):
                return
            if not sql.lstrip()[:6].upper().startswith(READS):
                # After `timeout` go ahead anyway: SQLite's busy timeout then decides, as before.
                self.writing = lock.acquire(timeout=timeout)

        def done_if_idle(self) -> None:
            if self.writing and not self.in_transaction:
                self.done()

        def done(self) -> None:
            if self.writing:
                self.writing = False
                lock.release()

        def commit(self) -> None:
            try:
                super().commit()
            finally:
                self.done()

        def rollback(self) -> None:
            try:
                super().rollback()
            finally:
                self.done()

        def close(self) -> None:
            try:
                super().close()
            finally:
                self.done()

    return QueuedWriterConnection
