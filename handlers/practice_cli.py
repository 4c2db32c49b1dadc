"""`python app.py team …`, `digest …` and `admin …`: teams, digests and admins from the shell.

Shell access to the server is the trust anchor: the first admin of a workspace is made here
(`admin grant`), and admins then set up teams in chat; `team import` does it from a file.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import typer

from bot.outbox.window import zone_of
from bot.practice.digests.build import build_digest
from bot.practice.digests.schedule import period_for
from bot.practice.digests.view import digest_replies
from bot.practice.team_file import PLATFORMS, TeamFileError, read_team_file
from handlers.nudges.cli import printer
from handlers.runtime import Runtime
from store.db import new_session, saved_id
from store.queries.practice.team import (
    digest_preferences_of,
    find_members,
    import_team,
    set_role,
)

PLATFORM = typer.Option("slack", "--platform", help="slack, teams or terminal.")
WORKSPACE = typer.Option(..., "--workspace", help="Slack team id, Teams tenant id, or 'local'.")


def build_practice_cli(runtime: Callable[[], Runtime]) -> dict[str, typer.Typer]:
    """The `team`, `digest` and `admin` command groups, by name."""
    team = typer.Typer(help="Who reports to whom.", no_args_is_help=True)
    digest = typer.Typer(help="Managers' team digests.", no_args_is_help=True)
    admin = typer.Typer(help="Who may set up teams in chat.", no_args_is_help=True)

    @team.command("import")
    def team_import(file: Path) -> None:
        """Import who reports to whom from a CSV file — all or nothing; errors name the line."""
        try:
            lines = read_team_file(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            typer.echo(f"Nothing was imported: cannot read {file}: {error}", err=True)
            raise typer.Exit(1) from None
        except TeamFileError as error:
            typer.echo(f"Nothing was imported: {len(error.errors)} problem(s) in {file}:", err=True)
            for problem in error.errors:
                typer.echo(f"  {problem}", err=True)
            raise typer.Exit(1) from None
        with new_session(runtime().engine) as session:
            people, managers = import_team(session, lines=lines)
            session.commit()
        typer.echo(f"Imported {file}: {people} people placed under {managers} manager(s).")

    @digest.command("preview")
    def preview(
        manager: str = typer.Option(..., "--manager", help="Member id or platform user id."),
        at: str = typer.Option(None, "--at", help="ISO-8601 instant (default: now)."),
    ) -> None:
        """Print a manager's digest as it would be sent now (or at --at)."""
        built = runtime()
        now = datetime.fromisoformat(at) if at else datetime.now(UTC)
        with new_session(built.engine) as session:
            found = find_members(session, key=manager)
            if len(found) != 1:
                why = "no member" if not found else f"{len(found)} members (use the member id)"
                typer.echo(f"{why} matches '{manager}'.", err=True)
                raise typer.Exit(1)
            [boss] = found
            boss_id = saved_id(boss)
            prefs = digest_preferences_of(session, manager_id=boss_id, create=False)
            today = (now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(
                zone_of(boss.timezone)
            )
            period = period_for(prefs.cadence, today.date())
            result = build_digest(session, built.mentor.services.rule_sets, boss_id, period)
        terminal = printer(sys.stdout)  # the terminal chat's plain-text rendering
        for reply in digest_replies(result):
            terminal.render(reply)

    @admin.command("grant")
    def grant(user: str, platform: str = PLATFORM, workspace: str = WORKSPACE) -> None:
        """Make a platform user an admin of their workspace (they may then set up teams)."""
        _set_role(runtime, user, platform, workspace, "admin")

    @admin.command("revoke")
    def revoke(user: str, platform: str = PLATFORM, workspace: str = WORKSPACE) -> None:
        """Take admin rights away again (the person stays a clinician)."""
        _set_role(runtime, user, platform, workspace, "clinician")

    return {"team": team, "digest": digest, "admin": admin}


def _set_role(runtime, user: str, platform: str, workspace: str, role: str) -> None:
    if platform not in PLATFORMS:
        raise typer.BadParameter(" or ".join(PLATFORMS), param_hint="--platform")
    with new_session(runtime().engine) as session:
        member = set_role(
            session, platform=platform, workspace=workspace, platform_user_id=user, role=role
        )
        session.commit()
        typer.echo(f"{user} (member {member.id}) is now {'an admin' if role == 'admin' else role}.")
