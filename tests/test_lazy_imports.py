"""The terminal chat imports no platform SDK, no chart library and no migration tool on a
database that is up to date: each loads only when used.

`app.py chat` runs as a real process (a scripted `help` exchange); on exit it writes which
of the watched packages are in sys.modules. The same harness with Slack or Teams configured
must see that platform's SDK loaded, so an empty answer means "not imported", not "not looked".
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
WATCHED = (
    "slack_bolt",
    "slack_sdk",
    "botbuilder",
    "botframework",
    "msrest",
    "matplotlib",
    "fpdf",
    "scipy",
    "pypdf",
    "alembic",
    "numpy",
    "icalendar",
)
# Runs app.py as `python app.py chat` does; at exit, the WATCHED packages that were imported.
HARNESS = """
import atexit, json, runpy, sys
REPORT = sys.argv[1]
def report():
    with open(REPORT, "w") as out:
        json.dump(sorted({m.split(".")[0] for m in sys.modules} & set(WATCHED)), out)
atexit.register(report)
sys.argv = ["app.py", "chat"]
sys.path.insert(0, ROOT)
runpy.run_path(ROOT + "/app.py", run_name="__main__")
"""


def chat_imports(tmp_path: Path, database_url: str, **env: str) -> list[str]:
    """The WATCHED packages a `help` + `quit` terminal chat imported."""
    report = tmp_path / "modules.json"
    code = f"WATCHED = {WATCHED!r}\nROOT = {str(ROOT)!r}\n" + HARNESS
    result = subprocess.run(
        [sys.executable, "-c", code, str(report)],
        input="help\nquit\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=180,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DATABASE_URL": database_url, **env},
    )
    assert result.returncode == 0, result.stderr
    assert "Bye — your progress is saved." in result.stdout  # the chat really ran to the end
    return json.loads(report.read_text())


def test_terminal_chat_imports_no_platform_sdk_or_chart_library(tmp_path, database_url):
    loaded = chat_imports(tmp_path, database_url)
    assert "slack_bolt" not in loaded and "slack_sdk" not in loaded  # not even by a migration
    assert "scipy" not in loaded  # the plan solver loads it when a plan is asked for
    assert "botbuilder" not in loaded and "botframework" not in loaded and "msrest" not in loaded
    assert "matplotlib" not in loaded and "fpdf" not in loaded
    assert "pypdf" not in loaded  # the certificate reader loads with the first certificate
    assert "alembic" not in loaded  # the database is at every head already: nothing to run
    assert "numpy" not in loaded  # with the first suggestion or plan
    assert "icalendar" not in loaded  # with the first calendar file


def test_the_certificate_reader_loads_when_first_asked_for():
    code = (
        "import sys, bot.flows.certificate, bot.certificates as c\n"
        "assert 'pypdf' not in sys.modules and 'bot.certificates.reader' not in sys.modules\n"
        "assert callable(c.read_certificate) and 'pypdf' in sys.modules\n"
        "assert c.MAX_BYTES == 15 * 1024 * 1024\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_configured_slack_is_imported_and_teams_still_is_not(tmp_path, database_url):
    loaded = chat_imports(tmp_path, database_url, SLACK_BOT_TOKEN="xoxb-test")
    assert "slack_bolt" in loaded and "slack_sdk" in loaded
    assert "botbuilder" not in loaded


def test_a_configured_teams_is_imported_and_slack_bolt_still_is_not(tmp_path, database_url):
    loaded = chat_imports(tmp_path, database_url, TEAMS_LOCAL_UNAUTHENTICATED="true")
    assert "botbuilder" in loaded
    assert "slack_bolt" not in loaded


@pytest.mark.parametrize(
    ("fields", "slack", "teams"),
    [
        ({}, False, False),
        ({"slack_bot_token": "xoxb-1"}, True, False),
        ({"slack_client_id": "123.456"}, True, False),
        ({"slack_app_token": "xapp-1"}, True, False),
        ({"slack_signing_secret": "s3cret"}, False, False),  # a secret alone hosts nothing
        ({"microsoft_app_id": "00000000-aaaa"}, False, True),
        ({"teams_local_unauthenticated": True}, False, True),
        ({"microsoft_app_id": "00000000-aaaa", "teams_local_unauthenticated": True}, False, True),
        ({"microsoft_app_password": "pw"}, False, False),  # a password without an id: not Teams
    ],
)
def test_configured_without_the_sdk_agrees_with_each_platform(fields, slack, teams):
    import handlers
    from handlers import slack as slack_adapter
    from handlers import teams as teams_adapter

    settings = Settings(_env_file=None, **fields)
    assert handlers.slack_configured(settings) is slack
    assert handlers.teams_configured(settings) is teams
    assert slack_adapter.slack_configured(settings) is slack  # the platform's own answer
    assert teams_adapter.teams_configured(settings) is teams
