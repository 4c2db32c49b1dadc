"""`python app.py rules list|show|coverage|stale`: coverage, one rule set in words, re-checks."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import typer

from bot.rules import RuleSet
from bot.rules.coverage import checked_words, coverage_markdown, stale
from bot.rules.describe import coverage_rows, describe

COVERAGE_DOC = Path(__file__).resolve().parents[1] / "docs" / "coverage.md"


def build_rules_cli(
    load: Callable[[], dict[str, RuleSet]], today: Callable[[], date] = date.today
) -> typer.Typer:
    """The `rules` command group; `load` reads and validates the shipped rule sets."""
    rules = typer.Typer(help="Board requirement rule sets.", no_args_is_help=True)

    @rules.command("list")
    def list_rule_sets(
        credentials: bool = typer.Option(
            False, "--credentials", help="List the credentials beside a license instead."
        ),
    ) -> None:
        """Coverage: jurisdiction × license type, confidence, and which fields are unknown."""
        kind = "credential" if credentials else "license"
        rows = coverage_rows({k: r for k, r in load().items() if r.kind == kind})
        noun = "credential rule sets" if credentials else "rule sets"
        typer.echo(f"{len(rows)} {noun} (guidance only — the board's word is final)")
        typer.echo("id\tlicense\tstate title\tconfidence\tunknown to us")
        for row in rows:
            typer.echo("\t".join(row))

    @rules.command("show")
    def show(rule_set_id: str = typer.Argument(..., help="e.g. CA-LCSW or NBCC-NCC")) -> None:
        """One rule set as a clinician would read it, with its sources."""
        rule_sets = load()
        wanted = rule_set_id.strip().upper()
        if wanted not in rule_sets:
            known = ", ".join(sorted(k for k in rule_sets if k.split("-")[0] == wanted[:2]))
            hint = f" For {wanted[:2]}: {known}." if known else ""
            typer.echo(f"No rule set {wanted!r}.{hint} See `rules list`.", err=True)
            raise typer.Exit(1)
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

    return rules


def _days(text: str) -> int:
    """ "365d" -> 365, "2y" -> 730, "18m" -> 547 (30.4 days a month); a bare number is days."""
    match = re.fullmatch(r"\s*(\d+)\s*([dmy]?)\s*", text.lower())
    if match is None:
        raise typer.BadParameter(
            f"{text!r}: give a number of days, months or years (365d, 18m, 2y)"
        )
    number, unit = int(match.group(1)), match.group(2) or "d"
    return round(number * {"d": 1, "m": 30.4, "y": 365}[unit])
