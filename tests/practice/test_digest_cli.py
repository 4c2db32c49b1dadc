"""The team, digest and admin commands as real subprocesses: import errors name the line,
nothing half-imported, the digest preview prints exact counts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlmodel import func, select

from practice.team_fixtures import SECRET_COURSE, make_practice
from store.db import new_session
from store.models import Member

ROOT = Path(__file__).resolve().parents[2]
HEADER = "platform,workspace,manager,manager_name,member,member_name\n"


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


def members(engine) -> dict[str, tuple[str, str, int | None]]:
    """platform user id -> (name, role, manager's platform user id)."""
    with new_session(engine) as session:
        everyone = {m.id: m for m in session.exec(select(Member))}
        return {
            m.platform_user_id: (
                m.display_name,
                m.role,
                everyone[m.manager_id].platform_user_id if m.manager_id else None,
            )
            for m in everyone.values()
        }


def test_help_lists_the_team_digest_and_admin_commands(tmp_path, database_url):
    result = run_app("--help", cwd=tmp_path, database_url=database_url)
    assert all(word in result.stdout for word in ("team", "digest", "admin"))
    preview = run_app("digest", "preview", "--help", cwd=tmp_path, database_url=database_url)
    assert "--manager" in preview.stdout


def test_team_import_is_all_or_nothing_and_names_the_lines(tmp_path, database_url, engine):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER + "slack,T1,U0BOSS,Mia Chen,U0ANA,Ana Ruiz\n"
        "slack,T1,U0BOSS,,,\n"
        "skype,T1,U0BOSS,,U0BEN,\n"
        "slack,T1,U0OTHER,,U0ANA,\n"
        "slack,T1,U0CARA,,U0CARA,\n"
        "slack,T1,U0ANA,,U0BOSS,\n"
    )
    result = run_app("team", "import", str(bad), cwd=tmp_path, database_url=database_url)
    assert result.returncode == 1 and "Nothing was imported" in result.stderr
    for expected in (
        "line 3: empty member",
        "line 4: platform 'skype'",
        "line 5: U0ANA already reports to U0BOSS (line 2)",
        "line 6: U0CARA can't report to themself",
        "line 2: U0ANA would end up reporting to themself",
    ):
        assert expected in result.stderr, result.stderr
    assert members(engine) == {}
    header = tmp_path / "header.csv"
    header.write_text("platform,workspace,boss,member\n")
    result = run_app("team", "import", str(header), cwd=tmp_path, database_url=database_url)
    assert "line 1: missing required column 'manager'" in result.stderr
    assert "line 1: unknown column 'boss'" in result.stderr


def test_team_import_places_everyone_and_can_run_again(tmp_path, database_url, engine):
    good = tmp_path / "team.csv"
    good.write_text(
        HEADER + "slack,T1,U0BOSS,Mia Chen,U0ANA,Ana Ruiz\n"
        "slack,T1,U0BOSS,Mia Chen,U0BEN,\n"
        "slack,T1,U0ANA,,U0CARA,Cara Diaz\n"
    )
    for _ in range(2):
        result = run_app("team", "import", str(good), cwd=tmp_path, database_url=database_url)
        assert result.returncode == 0, result.stderr
        assert "3 people placed under 2 manager(s)" in result.stdout
    assert members(engine) == {
        "U0BOSS": ("Mia Chen", "manager", None),
        "U0ANA": ("Ana Ruiz", "manager", "U0BOSS"),
        "U0BEN": ("", "clinician", "U0BOSS"),
        "U0CARA": ("Cara Diaz", "clinician", "U0ANA"),
    }
    with new_session(engine) as session:
        assert session.exec(select(func.count()).select_from(Member)).one() == 4


def test_digest_preview_prints_the_managers_digest(tmp_path, database_url, engine):
    practice = make_practice(engine)
    friday = "2026-11-27T20:00:00+00:00"
    for key in (str(practice.ids["Mia"]), "UMGR"):
        result = run_app(
            "digest",
            "preview",
            "--manager",
            key,
            "--at",
            friday,
            cwd=tmp_path,
            database_url=database_url,
        )
        assert result.returncode == 0, result.stderr
        out = result.stdout
        assert "7 people, Nov 21–Nov 27" in out
        for row in (
            "✅ complete: 1",
            "on track: 2",
            "⚠️ at risk: 1",
            "❗ overdue: 1",
            "❔ can't confirm complete: 1",
            "not set up yet: 1",
        ):
            assert f"  {row}\n" in out
        assert "Cara — NY" in out and "24 h short" in out and "8 h by 3 people" in out
        assert "Zed" not in out and SECRET_COURSE not in out
        assert "*Renewals" not in out and "Renewals in the next 90 days" in out  # plain text
    missing = run_app(
        "digest", "preview", "--manager", "UNOBODY", cwd=tmp_path, database_url=database_url
    )
    assert missing.returncode == 1 and "no member matches 'UNOBODY'" in missing.stderr


def test_admin_grant_makes_the_first_admin(tmp_path, database_url, engine):
    result = run_app(
        "admin", "grant", "U0OWNER", "--workspace", "T1", cwd=tmp_path, database_url=database_url
    )
    assert result.returncode == 0, result.stderr
    assert members(engine) == {"U0OWNER": ("", "admin", None)}
    run_app(
        "admin", "revoke", "U0OWNER", "--workspace", "T1", cwd=tmp_path, database_url=database_url
    )
    assert members(engine) == {"U0OWNER": ("", "clinician", None)}
    wrong = run_app(
        "admin",
        "grant",
        "U0X",
        "--workspace",
        "T1",
        "--platform",
        "skype",
        cwd=tmp_path,
        database_url=database_url,
    )
    assert wrong.returncode != 0 and members(engine) == {"U0OWNER": ("", "clinician", None)}
