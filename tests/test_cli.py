"""The app.py commands a new user or admin runs, as real subprocesses on a fresh database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import inspect
from sqlmodel import func, select

from store.db import make_engine, new_session
from store.models import Course

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def run_app(*args: str, cwd: Path, database_url: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, str(ROOT / "app.py"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=180,
    )


def course_count(url: str) -> int:
    engine = make_engine(url)
    with new_session(engine) as session:
        count = session.exec(select(func.count()).select_from(Course)).one()
    engine.dispose()
    return count


def test_help_lists_the_commands(tmp_path):
    result = run_app("--help", cwd=tmp_path, database_url=f"sqlite:///{tmp_path}/x.db")
    assert result.returncode == 0
    for command in ("chat", "serve", "migrate", "catalog"):
        assert command in result.stdout


def test_migrate_creates_the_schema(tmp_path):
    url = f"sqlite:///{tmp_path}/fresh.db"
    result = run_app("migrate", cwd=tmp_path, database_url=url)
    assert result.returncode == 0, result.stderr
    assert {"member", "license", "completion", "outboxmessage"} <= set(
        inspect(make_engine(url)).get_table_names()
    )


def test_catalog_import_is_all_or_nothing_and_names_the_lines(tmp_path):
    url = f"sqlite:///{tmp_path}/catalog.db"
    seeded = run_app("migrate", cwd=tmp_path, database_url=url)
    assert seeded.returncode == 0
    before = course_count(url)
    bad = run_app(
        "catalog", "import", str(DATA / "catalog_bad.csv"), cwd=tmp_path, database_url=url
    )
    assert bad.returncode == 1
    assert "Nothing was imported" in bad.stderr
    assert "line 3" in bad.stderr and "hours" in bad.stderr
    assert "line 5" in bad.stderr and "title" in bad.stderr
    assert course_count(url) == before
    good = run_app(
        "catalog", "import", str(DATA / "catalog_ok.csv"), cwd=tmp_path, database_url=url
    )
    assert good.returncode == 0, good.stderr
    after = course_count(url)
    assert after > before
    again = run_app(
        "catalog", "import", str(DATA / "catalog_ok.csv"), cwd=tmp_path, database_url=url
    )
    assert (
        again.returncode == 0 and course_count(url) == after
    )  # re-import updates, never duplicates
