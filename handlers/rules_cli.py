"""`python app.py rules list|show|coverage|stale|import`: coverage, one rule set, re-checks.

`rules import` keeps a practice's own verified rule set in the database, over the shipped one.
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import typer
from sqlalchemy import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.rules import RuleSet, RuleSetError
from bot.rules.coverage import checked_words, coverage_markdown, stale
from bot.rules.describe import coverage_rows, describe
from bot.rules.overrides import apply_overrides, read_override_file
from bot.settings import Settings
from store.db import make_engine, migrate, new_session
from store.models import RuleSetOverride
from store.queries.rule_overrides import (
    list_rule_set_overrides,
    remove_rule_set_override,
    save_rule_set_overrides,
)

COVERAGE_DOC = Path(__file__).resolve().parents[1] / "docs" / "coverage.md"


def build_rules_cli(
    load: Callable[[], dict[str, RuleSet]],
    today: Callable[[], date] = date.today,
    open_engine: Callable[[], Engine | None] | None = None,
) -> typer.Typer:
    """The `rules` command group; `load` reads and validates the shipped rule sets.

    `open_engine` gives the practice's database (None: there is none yet); by default the
    one `DATABASE_URL` names, SQLite migrated as on every start.
    """
    rules = typer.Typer(help="Board requirement rule sets.", no_args_is_help=True)
    engine_for = open_engine or _practice_engine

    def practice_overrides() -> dict[str, RuleSetOverride]:
        """The practice's imported rule sets by id; none when its database can't be read."""
        try:
            engine = engine_for()
            if engine is None:
                return {}
            with new_session(engine) as session:
                return {row.id: row for row in list_rule_set_overrides(session)}
        except SQLAlchemyError as exc:
            typer.echo(
                f"Could not read your practice's own rule sets ({type(exc).__name__}); "
                "showing the shipped ones. Run `python app.py migrate` if the database is new.",
                err=True,
            )
            return {}

    def effective() -> tuple[dict[str, RuleSet], dict[str, RuleSetOverride]]:
        """The rule sets in force, and the practice's overrides among them (by id)."""
        shipped, overrides = load(), practice_overrides()
        texts = {rule_set_id: row.yaml_text for rule_set_id, row in overrides.items()}
        rule_sets = apply_overrides(shipped, texts)
        applied = {k: row for k, row in overrides.items() if rule_sets[k] is not shipped.get(k)}
        return rule_sets, applied

    @rules.command("list")
    def list_rule_sets(
        credentials: bool = typer.Option(
            False, "--credentials", help="List the credentials beside a license instead."
        ),
    ) -> None:
        """Coverage: jurisdiction × license type, confidence, and which fields are unknown."""
        kind = "credential" if credentials else "license"
        rule_sets, overrides = effective()
        rows = coverage_rows({k: r for k, r in rule_sets.items() if r.kind == kind})
        noun = "credential rule sets" if credentials else "rule sets"
        typer.echo(f"{len(rows)} {noun} (guidance only — the board's word is final)")
        typer.echo("id\tlicense\tstate title\tconfidence\tunknown to us")
        for row in rows:
            mark = overrides.get(row[0])
            extra = (f"overridden by your practice on {_day(mark)}",) if mark else ()
            typer.echo("\t".join(row + extra))

    @rules.command("show")
    def show(rule_set_id: str = typer.Argument(..., help="e.g. CA-LCSW or NBCC-NCC")) -> None:
        """One rule set as a clinician would read it, with its sources."""
        rule_sets, overrides = effective()
        wanted = rule_set_id.strip().upper()
        if wanted not in rule_sets:
            known = ", ".join(sorted(k for k in rule_sets if k.split("-")[0] == wanted[:2]))
            hint = f" For {wanted[:2]}: {known}." if known else ""
            typer.echo(f"No rule set {wanted!r}.{hint} See `rules list`.", err=True)
            raise typer.Exit(1)
        override = overrides.get(wanted)
        if override is not None:
            by = f" ({override.imported_by})" if override.imported_by else ""
            typer.echo(f"Overridden by your practice on {_day(override)}{by}; what follows is")
            typer.echo(f"your practice's file. `rules import --remove {wanted}` goes back to ours.")
            typer.echo("")
        for line in describe(rule_sets[wanted]):
            typer.echo(line)

    @rules.command("coverage")
    def coverage(
        write: bool = typer.Option(False, "--write", help=f"Write {COVERAGE_DOC.name} in docs/."),
    ) -> None:
        """Every jurisdiction × license type and credential: found / partial / unknown."""
        text = coverage_markdown(load())
        if write:
            COVERAGE_DOC.write_text(text, encoding="utf-8")
            typer.echo(f"wrote {COVERAGE_DOC}")
        else:
            typer.echo(text, nl=False)

    @rules.command("stale")
    def stale_rule_sets(
        older_than: str = typer.Option("365d", "--older-than", help="e.g. 365d, 2y, 18m"),
    ) -> None:
        """Rule sets whose check date is older than this (or that were never checked)."""
        days = _days(older_than)
        found = stale(load(), days, today())
        typer.echo(
            f"{len(found)} rule sets need a re-check (checked over {days} days ago, or never)"
        )
        for rule_set in found:
            typer.echo(f"{rule_set.id}\t{checked_words(rule_set)}\t{rule_set.sources[0]}")

    @rules.command("import")
    def import_rule_sets(
        file: Path | None = typer.Argument(
            None, help="A rule set YAML file (one rule set, a list, or several documents)."
        ),
        replace: bool = typer.Option(
            False, "--replace", help="Replace your practice's earlier import of the same id."
        ),
        new: bool = typer.Option(False, "--new", help="Allow an id we do not ship."),
        remove: str | None = typer.Option(
            None, "--remove", metavar="ID", help="Go back to the shipped rule set for ID."
        ),
        by: str = typer.Option(_user(), "--by", help="Who verified it (a note kept with it)."),
    ) -> None:
        """Use your practice's verified rule set in place of ours — all or nothing."""
        if remove is not None:
            _remove(engine_for, remove.strip().upper())
            return
        if file is None:
            typer.echo("Give the rule set file to import, or --remove ID.", err=True)
            raise typer.Exit(2)
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            typer.echo(f"Nothing was imported: cannot read {file}: {exc}", err=True)
            raise typer.Exit(1) from None
        try:
            found = read_override_file(text, source=file.name, shipped=load(), allow_new=new)
        except RuleSetError as error:
            typer.echo(f"Nothing was imported. {error}", err=True)
            raise typer.Exit(1) from None
        engine = _engine_or_exit(engine_for)
        with new_session(engine) as session:
            earlier = {row.id: row for row in list_rule_set_overrides(session)}
            clash = [item.rule_set.id for item in found if item.rule_set.id in earlier]
            if clash and not replace:
                day = _day(earlier[clash[0]])
                typer.echo(
                    f"Nothing was imported: your practice already has its own {clash[0]} "
                    f"(imported {day}). Add --replace to put this file in its place.",
                    err=True,
                )
                raise typer.Exit(1)
            texts = {item.rule_set.id: item.text for item in found}
            save_rule_set_overrides(session, texts=texts, imported_by=by, now=datetime.now(UTC))
            session.commit()
        names = ", ".join(texts)
        typer.echo(f"Imported {names} from {file.name}: your practice's rule now applies.")
        typer.echo(
            "`rules show` and `rules list` show it now; a running mentor (every replica) "
            "picks it up at its next start."
        )

    return rules


def _remove(engine_for: Callable[[], Engine | None], rule_set_id: str) -> None:
    """`rules import --remove ID`: the shipped rule set applies again."""
    engine = _engine_or_exit(engine_for)
    with new_session(engine) as session:
        removed = remove_rule_set_override(session, rule_set_id=rule_set_id)
        session.commit()
    if not removed:
        typer.echo(f"Your practice has no rule set of its own for {rule_set_id}.", err=True)
        raise typer.Exit(1)
    typer.echo(
        f"Removed your practice's {rule_set_id}: our shipped rule set applies again "
        "(a running mentor, every replica, at its next start)."
    )


def _engine_or_exit(engine_for: Callable[[], Engine | None]) -> Engine:
    """The practice's database, created and migrated for SQLite; a kind exit when missing."""
    try:
        engine = engine_for() or _practice_engine(create=True)
    except SQLAlchemyError as exc:
        typer.echo(f"Nothing was changed: the database can't be reached ({exc}).", err=True)
        raise typer.Exit(1) from None
    assert engine is not None
    return engine


def _practice_engine(*, create: bool = False) -> Engine | None:
    """The database `DATABASE_URL` names; None for a SQLite file not made yet (unless `create`)."""
    url = Settings().database_url
    engine = make_engine(url)
    if engine.dialect.name == "sqlite":
        path = make_url(url).database
        if not create and path and path != ":memory:" and not Path(path).exists():
            engine.dispose()
            return None
        migrate(engine)
    return engine


def _day(override: RuleSetOverride) -> str:
    return override.imported_at.date().isoformat()


def _user() -> str:
    """The login name, as a default note of who imported a rule set."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _days(text: str) -> int:
    """ "365d" -> 365, "2y" -> 730, "18m" -> 547 (30.4 days a month); a bare number is days."""
    match = re.fullmatch(r"\s*(\d+)\s*([dmy]?)\s*", text.lower())
    if match is None:
        raise typer.BadParameter(
            f"{text!r}: give a number of days, months or years (365d, 18m, 2y)"
        )
    number, unit = int(match.group(1)), match.group(2) or "d"
    return round(number * {"d": 1, "m": 30.4, "y": 365}[unit])
