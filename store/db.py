"""Engine creation and schema migration."""

from __future__ import annotations

import ast
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Engine, Table, create_engine, event, false, inspect, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, SQLModel

import store.guard  # noqa: F401  (registers the client-details backstop in every process)
from store.models import ConversationState
from store.sqlite_writer import writer_queue

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_DATABASE_URL = "sqlite:///ce_mentor.db"
BUSY_TIMEOUT = 30.0  # seconds a SQLite writer waits for another to finish
NO_OP_WRITE = (  # the health check's write: refused where writes are, matches no row
    update(ConversationState).where(false()).values(version=ConversationState.version)
)


def make_engine(url: str = DEFAULT_DATABASE_URL) -> Engine:
    """An engine for `url`; SQLite files get WAL mode, enforced foreign keys, queued writers.

    `hide_parameters`: a statement's values (a member's goal, a token's hash) stay out of its
    errors' text and the engine's echo, so out of logged tracebacks. (PostgreSQL's own
    message may still quote a key's value, as in "Key (id)=(7) is not present".)
    """
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        connect_args = {
            "check_same_thread": False,
            "timeout": BUSY_TIMEOUT,
            "factory": writer_queue(BUSY_TIMEOUT),  # concurrent writers queue, never poll
        }
        engine = create_engine(url, connect_args=connect_args, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    """An Alembic config that runs our migrations on `engine` (no alembic.ini needed)."""
    from alembic.config import Config  # Alembic loads when migrating, not with every engine

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def ours(obj, name, type_, reflected, compare_to) -> bool:
    """Autogenerate compares our tables only (slack_sdk's stores keep their own schema)."""
    table = obj if type_ == "table" else getattr(obj, "table", None)
    return not (table is not None and table.name.startswith("slack_"))


def migrate(engine: Engine) -> None:
    """Bring the schema up to date (every migration branch); safe to run on every start.

    A database already at every head is left as it is without loading Alembic, which costs
    about a tenth of a second of each start (bench/startup_bench.py).
    """
    if stamped_revisions(engine) == head_revisions():
        log.info("database schema is up to date", extra={"dialect": engine.dialect.name})
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "heads")
    log.info("database schema is up to date", extra={"dialect": engine.dialect.name})


_REVISION = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+)$", re.M)


def head_revisions(versions: Path = MIGRATIONS / "versions") -> frozenset[str]:
    """The migrations no other migration follows, read from the files' own `revision` and
    `down_revision` lines (tests/test_store_schema.py checks this against Alembic's heads)."""
    revisions: set[str] = set()
    followed: set[str] = set()
    for path in versions.glob("*.py"):
        fields = {
            name: ast.literal_eval(value) for name, value in _REVISION.findall(path.read_text())
        }
        revisions.add(fields["revision"])
        down = fields.get("down_revision")
        followed.update((down,) if isinstance(down, str) else down or ())
    return frozenset(revisions - followed)


def stamped_revisions(engine: Engine) -> frozenset[str]:
    """The revisions this database says it is at (none when it was never migrated)."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version"))
            return frozenset(row[0] for row in rows)
    except SQLAlchemyError:  # no alembic_version table yet: a new database
        return frozenset()


def turn_threads(engine: Engine) -> int:
    """How many threads should run mentor turns at once on this database.

    SQLite turns are CPU-bound (they write only at their end, briefly), so threads beyond two
    only contend for the GIL: four measured no better on the Slack bench. PostgreSQL turns wait
    on the network and commit in parallel, so more of them overlap — but not eight: with
    40,000-character messages mixed in, eight CPU-bound turns starved the event loop of the GIL
    and Slack's acks went past 1 s (bench/slack_bench.py --long-messages); four kept every ack
    under 0.4 s.
    """
    return 2 if engine.dialect.name == "sqlite" else 4


class Saved(Protocol):
    """A table row: its id is None until the row is flushed."""

    @property
    def id(self) -> int | None: ...


def saved_id(row: Saved) -> int:
    """The id of a row already flushed to the database (a row never flushed has none)."""
    if row.id is None:
        raise ValueError(f"this {type(row).__name__} has no id: it was never flushed")
    return row.id


def table_of(model: type[SQLModel]) -> Table:
    """The table a model class maps, for Core statements (sqlmodel declares no `__table__`)."""
    table = inspect(model).local_table
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} maps no single table")
    return table


def new_session(engine: Engine) -> Session:
    """A session whose objects stay readable after commit (replies are built from them)."""
    return Session(engine, expire_on_commit=False)


def ping(engine: Engine) -> bool:
    """True when the database takes a write now (for /healthz); the reason goes to the log.

    A read would pass on a read-only SQLite file or mount, a PostgreSQL standby left behind
    by a failover, or a database set read-only, where turns then fail. So this runs a write
    that matches no row, on the conversation states turns save, and rolls it back: each of
    those refuses it (as does a role without the right, or a schema not migrated), and it
    locks no row. On SQLite it queues with this process's writers, as a turn's save would.
    A full disk shows only at commit and is not caught here.
    """
    try:
        with engine.connect() as connection:
            connection.execute(NO_OP_WRITE)
            connection.rollback()
        return True
    except Exception as error:  # any failure means "not healthy"; one line says why
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        log.warning("database write check failed: %s", reason)
        return False
