"""`python app.py rules list` / `rules show ID`: the rule sets' coverage, and one in words."""

from __future__ import annotations

from collections.abc import Callable

import typer

from bot.rules import RuleSet
from bot.rules.describe import coverage_rows, describe


def build_rules_cli(load: Callable[[], dict[str, RuleSet]]) -> typer.Typer:
    """The `rules` command group; `load` reads and validates the shipped rule sets."""
    rules = typer.Typer(help="Board requirement rule sets.", no_args_is_help=True)

    @rules.command("list")
    def list_rule_sets() -> None:
        """Coverage: jurisdiction × license type, confidence, and which fields are unknown."""
        rows = coverage_rows(load())
        typer.echo(f"{len(rows)} rule sets (guidance only — the board's word is final)")
        typer.echo("id\tlicense\tstate title\tconfidence\tunknown to us")
        for row in rows:
            typer.echo("\t".join(row))

    @rules.command("show")
    def show(rule_set_id: str = typer.Argument(..., help="e.g. CA-LCSW")) -> None:
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

    return rules
