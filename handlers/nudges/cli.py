"""`nudges run`: plan and deliver what is due at one instant, or print it (--dry-run);
`nudges prune`: delete finished outbox rows no de-dup needs any more."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TextIO

import typer

from bot.nudges.preview import preview
from handlers.nudges.drain import NudgeDrain
from handlers.nudges.terminal_sender import TerminalSender
from handlers.runtime import Runtime
from handlers.terminal import TerminalChat
from store.db import new_session
from store.queries.retention import prunable_counts, prune_outbox


def printer(out: TextIO) -> TerminalChat:
    """The terminal adapter, used only for its renderer (plain text)."""
    return TerminalChat(lambda *_: [], stdin=out, stdout=out, user_id="", rich=False)


def nudge_drain(
    runtime: Runtime, out: TextIO, *, at: datetime | None = None, batch: int | None = None
) -> NudgeDrain:
    """The process's drain: the runtime's senders, plus the terminal printing to `out`."""
    if runtime.senders.for_platform("terminal") is None:
        terminal = printer(out)
        runtime.senders.add(TerminalSender(terminal.render, terminal.write))
    rule_sets = runtime.mentor.services.rule_sets
    extra = {} if batch is None else {"batch": batch}  # rows claimed per round
    if at is None:
        return NudgeDrain(runtime.engine, rule_sets, runtime.senders, **extra)
    return NudgeDrain(runtime.engine, rule_sets, runtime.senders, clock=lambda: at, **extra)


def run_nudges(
    runtime: Runtime, at: datetime, *, dry_run: bool, out: TextIO, batch: int | None = None
) -> int:
    """Plan and deliver (or only print) the nudges due at `at`; returns messages handled."""
    if dry_run:
        with new_session(runtime.engine) as session:
            deliveries = preview(session, runtime.mentor.services.rule_sets, at)
        terminal = printer(out)
        for delivery in deliveries:
            platform, _, user = delivery.address or ("?", "?", "?")
            terminal.write(f"— to member {delivery.member_id} ({platform} user {user}):")
            for reply in delivery.replies:
                terminal.render(reply)
        terminal.write(f"{len(deliveries)} message(s) would be sent at {at.isoformat()}.")
        return len(deliveries)
    outcome = asyncio.run(nudge_drain(runtime, out, at=at, batch=batch).run_once(at))
    out.write(
        f"Nudges at {at.isoformat()}: {outcome['sent']} sent, {outcome['retry']} to retry, "
        f"{outcome['unreachable']} unreachable.\n"
    )
    return sum(outcome.values())


def prune(
    runtime: Runtime, at: datetime, *, dry_run: bool, at_most: int | None, out: TextIO
) -> int:
    """Prune the outbox as the hourly job does (or count what it would delete); rows."""
    if dry_run:
        counts = prunable_counts(runtime.engine, now=at)
    else:
        counts = prune_outbox(runtime.engine, now=at, at_most=at_most)
    total = sum(counts.values())
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
    verb = "would be deleted" if dry_run else "deleted"
    out.write(
        f"Outbox at {at.isoformat()}: {total} finished row(s) {verb}"
        + (f" ({kinds}).\n" if kinds else ".\n")
    )
    return total


def _instant(at: str | None) -> datetime:
    try:
        when = datetime.fromisoformat(at) if at else datetime.now(UTC)
    except ValueError:
        raise typer.BadParameter(
            "use ISO-8601, e.g. 2026-11-03T15:00:00Z", param_hint="--at"
        ) from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def build_nudges_cli(runtime: Callable[[], Runtime]) -> typer.Typer:
    """The `nudges` command group; `runtime` builds the composed app when a command runs."""
    nudges = typer.Typer(help="Scheduled nudges.", no_args_is_help=True)

    @nudges.command("run")
    def run(
        at: str = typer.Option(None, "--at", help="ISO-8601 instant (default: now)."),
        dry_run: bool = typer.Option(False, "--dry-run", help="Print, send nothing."),
        batch: int = typer.Option(None, "--batch", min=1, help="Outbox rows claimed at once."),
    ) -> None:
        """Plan and deliver what is due at that instant."""
        run_nudges(runtime(), _instant(at), dry_run=dry_run, out=sys.stdout, batch=batch)

    @nudges.command("prune")
    def prune_command(
        at: str = typer.Option(None, "--at", help="ISO-8601 instant (default: now)."),
        dry_run: bool = typer.Option(False, "--dry-run", help="Count, delete nothing."),
        at_most: int = typer.Option(
            None, "--at-most", min=1, help="Rows deleted at most (default: all)."
        ),
    ) -> None:
        """Delete sent, skipped and failed outbox rows no de-dup needs any more."""
        prune(runtime(), _instant(at), dry_run=dry_run, at_most=at_most, out=sys.stdout)

    return nudges
