"""CE Mentor: the composition root — settings -> engine -> mentor -> adapters. Run with --help."""

from __future__ import annotations

import asyncio
import functools
import getpass
import logging
import os
import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import typer
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.mentor import Mentor
from bot.rules import RuleSet, load_rule_sets
from bot.rules.overrides import apply_overrides
from bot.settings import Settings
from handlers import PLATFORMS
from handlers.nudges.cli import build_nudges_cli, nudge_drain
from handlers.nudges.kinds import every_kind
from handlers.nudges.scheduler import with_scheduler
from handlers.nudges.terminal_sender import TerminalSender
from handlers.platforms import configured_adapters
from handlers.practice_cli import build_practice_cli
from handlers.records_cli import build_export_cli
from handlers.rules_cli import build_rules_cli
from handlers.runtime import Runtime
from handlers.terminal import TerminalChat
from handlers.web import Registrar, build_web_app, say_where_it_listens
from store.catalog import (
    CatalogError,
    has_courses,
    import_courses,
    read_catalog_file,
    seed_catalog,
)
from store.db import make_engine, migrate, new_session
from store.outage import unreachable
from store.queries.rule_overrides import rule_set_override_texts
from store.rulesets import RULESETS_DIR

log = logging.getLogger("ce_mentor")
cli = typer.Typer(
    help="CE Mentor — a continuing-education mentor for licensed clinicians.", no_args_is_help=True
)
catalog_cli = typer.Typer(help="The course catalog.", no_args_is_help=True)
cli.add_typer(catalog_cli, name="catalog")
cli.add_typer(build_export_cli(lambda: build_runtime(Settings())), name="export")
# Each process builds its outbox registry once (every kind it plans and delivers) and passes it in.
cli.add_typer(build_nudges_cli(lambda: build_runtime(Settings()), kinds=every_kind), name="nudges")
for _name, _group in build_practice_cli(lambda: build_runtime(Settings())).items():
    cli.add_typer(_group, name=_name)  # team import, digest preview, admin grant/revoke
cli.add_typer(
    build_rules_cli(lambda: load_rule_sets(RULESETS_DIR, with_credentials=True)), name="rules"
)


def open_database(settings: Settings, *, auto_migrate: bool = True, wait: bool = False):
    """The engine; SQLite migrates itself on start. An empty catalog gets the seed courses.

    `wait`: a database that cannot be reached is not fatal (`serve`): the server starts,
    /healthz says 503, messages are answered "I can't reach my records", and the inbox
    keeper prepares the database once it answers (prepare_database).
    """
    engine = make_engine(settings.database_url)
    try:
        prepare_database(engine, auto_migrate=auto_migrate, demo=settings.demo_catalog)
    except Exception as error:
        if not (wait and unreachable(error)):
            raise
        log.error("database unreachable at start: serving, unhealthy, until it answers")
    return engine


def prepare_database(engine, *, auto_migrate: bool = True, demo: bool = False) -> None:
    """Migrate (SQLite) and seed an empty catalog; safe to run again."""
    if auto_migrate and engine.dialect.name == "sqlite":
        migrate(engine)
    seed_if_empty(engine, demo=demo)


def seed_if_empty(engine, *, demo: bool = False) -> None:
    """Give a new database the seed catalog, so suggestions work from the first chat (with the
    made-up sample courses too when `demo`: DEMO_CATALOG)."""
    with new_session(engine) as session:
        if has_courses(session):
            return
        seed_catalog(session, now=datetime.now(UTC), demo=demo)
        try:
            session.commit()
        except IntegrityError:  # another replica seeded it at the same moment
            session.rollback()


def practice_rule_sets(engine) -> Mapping[str, RuleSet]:
    """The shipped rule sets with the practice's imported overrides (`rules import`) in place.

    Overrides that cannot be read (a database not reachable or not migrated yet) leave the
    shipped rule sets, said in the log; the next start reads them again.
    """
    shipped = load_rule_sets(RULESETS_DIR, with_credentials=True)
    try:
        with new_session(engine) as session:
            texts = rule_set_override_texts(session)
    except SQLAlchemyError:
        log.warning("practice rule-set overrides not read: the shipped rule sets are used")
        return shipped
    return apply_overrides(shipped, texts)


def build_runtime(settings: Settings, *, wait_for_database: bool = False) -> Runtime:
    """Settings -> engine -> mentor: what every adapter is handed."""
    engine = open_database(settings, wait=wait_for_database)
    runtime = Runtime(
        settings=settings,
        engine=engine,
        mentor=Mentor(engine, practice_rule_sets(engine), public_base_url=settings.public_base_url),
    )
    # A platform's package, and its SDK, is imported only when that platform is configured.
    for adapter in configured_adapters(PLATFORMS, settings):
        runtime.senders.add(adapter.build_sender(settings, engine))
    return runtime


def web_registrars(settings: Settings) -> list[Registrar]:
    """The endpoints to host: the calendar feed, and each configured platform's routes.

    Slack refuses HTTP mode without a signing secret; Teams is unauthenticated only with
    TEAMS_LOCAL_UNAUTHENTICATED (and then on loopback, listen_hosts).
    """
    from handlers import calendar as calendar_feed

    registrars: list[Registrar] = [calendar_feed.register]  # calendar feed: always on
    registrars += [adapter.register for adapter in configured_adapters(PLATFORMS, settings)]
    return registrars


def listen_hosts(settings: Settings) -> list[str] | None:
    """Where `serve` listens: the default, unless a configured platform keeps it to some
    interfaces (local unauthenticated Teams: loopback only)."""
    for adapter in configured_adapters(PLATFORMS, settings):
        hosts = adapter.listen_hosts(settings)
        if hosts is not None:
            return hosts
    return None


def local_zone() -> str:
    """This machine's IANA time zone, if it can tell."""
    if os.environ.get("TZ", "").count("/"):
        return os.environ["TZ"]
    target = Path("/etc/localtime").resolve()
    return str(target).split("zoneinfo/", 1)[1] if "zoneinfo/" in str(target) else ""


@cli.command()
def chat(database_url: str = typer.Option(None, help="Overrides DATABASE_URL.")) -> None:
    """Chat with the mentor in this terminal, as a local member (works with piped input)."""
    settings = Settings(**({"database_url": database_url} if database_url else {}))
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "WARNING"))
    runtime = build_runtime(settings)
    mentor = runtime.mentor
    user = getpass.getuser()
    terminal = TerminalChat(
        mentor.handle,
        stdin=sys.stdin,
        stdout=sys.stdout,
        user_id=user,
        display_name=user.capitalize(),
        timezone=local_zone(),
        rich=sys.stdout.isatty(),
        echo=not sys.stdin.isatty(),
    )
    runtime.senders.add(TerminalSender(terminal.render, terminal.write))  # nudges between turns
    drain = nudge_drain(runtime, sys.stdout, kinds=every_kind())
    asyncio.run(with_scheduler(drain, terminal.run(), runtime))


@cli.command()
def serve(
    port: int = typer.Option(None, help="Overrides PORT."),
    no_scheduler: bool = typer.Option(
        False, "--no-scheduler", help="Do not run scheduled jobs here."
    ),
) -> None:
    """Run the HTTP server: Slack and Teams endpoints, /healthz and /metrics."""
    from aiohttp import web  # the server's own imports: other commands don't load them

    from handlers.inbox import InboxKeeper, attach_inbox_keeper
    from handlers.logs import configure_logging
    from handlers.nudges.scheduler import attach_scheduler

    settings = Settings()
    configure_logging(settings.log_level)
    runtime = build_runtime(settings, wait_for_database=True)
    app = build_web_app(runtime, web_registrars(settings))
    # Acknowledged messages nobody answered (a crash, an outage) are answered by every replica.
    prepare = functools.partial(prepare_database, runtime.engine, demo=settings.demo_catalog)
    attach_inbox_keeper(app, InboxKeeper(runtime, prepare=prepare))
    if not no_scheduler:
        attach_scheduler(app, nudge_drain(runtime, sys.stdout, kinds=every_kind()), runtime)
    host = listen_hosts(settings)
    port = port or settings.port
    say_where_it_listens(host, port, metrics_token=settings.metrics_token)
    web.run_app(app, host=host, port=port, shutdown_timeout=30, print=None)


@cli.command("migrate")
def migrate_command() -> None:
    """Bring the database schema up to date."""
    settings = Settings()
    engine = make_engine(settings.database_url)
    migrate(engine)
    seed_if_empty(engine, demo=settings.demo_catalog)
    typer.echo("Database is up to date.")


@catalog_cli.command("import")
def catalog_import(file: Path) -> None:
    """Import courses from a CSV or JSON file — all or nothing; errors name the line."""
    settings = Settings()
    engine = open_database(settings)
    try:
        records = read_catalog_file(file)
    except CatalogError as error:
        typer.echo(f"Nothing was imported: {len(error.errors)} problem(s) in {file}:", err=True)
        for problem in error.errors:
            typer.echo(f"  {problem}", err=True)
        raise typer.Exit(1) from None
    with new_session(engine) as session, import_progress() as progress:
        task = progress.add_task("Importing courses", total=len(records))
        result = import_courses(
            session,
            records,
            now=datetime.now(UTC),
            on_progress=lambda done: progress.update(task, completed=done),
        )
        session.commit()
    typer.echo(f"Imported {file}: {result.created} new, {result.updated} updated.")


def import_progress():
    """A rich progress bar on stderr (stdout stays the one-line summary scripts read)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    return Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
    )


if __name__ == "__main__":
    cli()
