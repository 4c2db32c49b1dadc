"""Test fixtures: a real, migrated database per test (SQLite file, or PostgreSQL if configured)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, inspect, text

import store.models  # noqa: F401
from store.db import make_engine, migrate

PG_URL = os.environ.get("TEST_DATABASE_URL", "")


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory) -> Iterator[str]:
    """Migrate once per run: a template SQLite file, or a fresh PostgreSQL database."""
    if not PG_URL:
        path = tmp_path_factory.mktemp("template") / "template.db"
        engine = make_engine(f"sqlite:///{path}")
        migrate(engine)
        engine.dispose()
        yield str(path)
        return
    name = f"cementor_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def database_url(_migrated_template: str, tmp_path: Path) -> str:
    """A URL of a migrated, empty database for this test alone."""
    if not PG_URL:
        path = tmp_path / "ce_mentor.db"
        shutil.copy(_migrated_template, path)
        return f"sqlite:///{path}"
    engine = make_engine(_migrated_template)
    names = set(inspect(engine).get_table_names()) - {"alembic_version"}  # slack_sdk's too
    tables = ", ".join(f'"{name}"' for name in sorted(names))
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return _migrated_template


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on this test's own migrated database."""
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def pytest_collection_modifyitems(config, items):
    """On the PostgreSQL pass, run the tests that use a database; the others (the rules engine,
    the parsers, the certificate reader on its corpus) read none, so they ran on the SQLite pass
    and would only run again the same way."""
    if not PG_URL:
        return
    kept = [item for item in items if "database_url" in getattr(item, "fixturenames", ())]
    config.hook.pytest_deselected(items=[item for item in items if item not in kept])
    items[:] = kept


def pytest_sessionfinish(session, exitstatus):
    """In CI with PostgreSQL configured, a skipped PostgreSQL test is a failure, not a pass."""
    if os.environ.get("CI") != "true" or not PG_URL:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    pg_skips = [r for r in skipped if "postgres" in str(r.longrepr).lower()]
    if pg_skips:
        reporter.write_line(f"CI: {len(pg_skips)} PostgreSQL test(s) were skipped", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def rule_sets():
    """The shipped rule sets, credentials beside a license included (as app.py loads them), once."""
    from bot.rules import load_rule_sets
    from store.rulesets import RULESETS_DIR

    return load_rule_sets(RULESETS_DIR, with_credentials=True)


@pytest.fixture
def mentor(engine, rule_sets):
    """The real mentor on this test's database, with the seed catalog imported."""
    from datetime import UTC, datetime

    from bot.mentor import Mentor
    from store.catalog import seed_catalog
    from store.db import new_session

    with new_session(engine) as session:
        seed_catalog(session, now=datetime(2026, 11, 1, tzinfo=UTC))
        session.commit()
    return Mentor(engine, rule_sets)


@pytest.fixture
def chat(mentor):
    """A conversation with the mentor as one member."""
    from conversation import Conversation

    return Conversation(mentor)
