"""`nudges run`: plan and deliver every outbox kind due at one instant, or print it (--dry-run);
`nudges prune`: delete finished outbox rows no de-dup needs any more."""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TextIO

import typer

from bot.outbox.registry import OutboxKinds
from bot.outbox.service import Preview, preview
from handlers.nudges.drain import OutboxDrain
from handlers.nudges.kinds import every_kind
from handlers.nudges.terminal_sender import TerminalSender
from handlers.runtime import Runtime
from handlers.terminal import TerminalChat
from store.db import new_session
from store.queries.retention import prunable_counts, prune_outbox


def printer(out: TextIO) -> TerminalChat:
    """The terminal adapter, used only for its renderer (plain text)."""
    return TerminalChat(lambda *_: [], stdin=out, stdout=out, user_id="", rich=False)


def nudge_drain(
    runtime: Runtime,
    out: TextIO,
    *,
    at: datetime | None = None,
    batch: int | None = None,
    kinds: OutboxKinds | None = None,
) -> OutboxDrain:
    """The process's drain: the runtime's senders, plus the terminal printing to `out`.

    `kinds`: the process's registry (default: every kind).
    """
    if runtime.senders.for_platform("terminal") is None:
        terminal = printer(out)
        runtime.senders.add(TerminalSender(terminal.render, terminal.write))
    drain = OutboxDrain(
        runtime.engine, runtime.mentor.services.rule_sets, runtime.senders, kinds=kinds
    )
    if batch is not None:
        drain.batch = batch  # rows claimed per round
    if at is not None:
        drain.clock = lambda: at
    return drain


def run_nudges(
    runtime: Runtime,
    at: datetime,
    *,
    dry_run: bool,
    out: TextIO,
    batch: int | None = None,
    kinds: OutboxKinds | None = None,
) -> int:
    """Plan and deliver (or only print) every kind due at `at`; returns messages handled."""
    if dry_run:
        with new_session(runtime.engine) as session:
            shown = preview(
                session, runtime.mentor.services.rule_sets, at, kinds=kinds or every_kind()
            )
            session.rollback()  # a kind's plan may have recorded something: leave no trace
        print_preview(shown, at, printer(out))
        return len(shown)
    outcome = asyncio.run(nudge_drain(runtime, out, at=at, batch=batch, kinds=kinds).run_once(at))
    out.write(
        f"Nudges at {at.isoformat()}: {outcome['sent']} sent, {outcome['retry']} to retry, "
        f"{outcome['unreachable']} unreachable.\n"
    )
    return sum(outcome.values())


def print_preview(shown: list[Preview], at: datetime, terminal: TerminalChat) -> None:
    """Each message a dry run found, with its kind and where it would go, then the count."""
    for item in shown:
        delivery = item.delivery
        platform, _, user = delivery.address or ("?", "?", "?")
        where = f" in channel {delivery.channel}" if delivery.channel else ""
        if delivery.together_with:
            where += " with " + ", ".join(delivery.together_with)
        terminal.write(
            f"— {item.kind} to member {delivery.member_id} ({platform} user {user}){where}:"
        )
        for reply in delivery.replies:
            terminal.render(reply)
    counts = Counter(item.kind for item in shown)
    by_kind = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
    terminal.write(
        f"{len(shown)} message(s) would be sent at {at.isoformat()}"
        + (f" ({by_kind})." if by_kind else ".")
    )


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


def build_nudges_cli(
    runtime: Callable[[], Runtime], kinds: Callable[[], OutboxKinds] = every_kind
) -> typer.Typer:
    """The `nudges` command group; `runtime` builds the composed app when a command runs,
    `kinds` the process's outbox registry."""
    nudges = typer.Typer(
        help="Nudges and every other outbox message: plan, deliver, prune.", no_args_is_help=True
    )

    @nudges.command("run")
    def run(
        at: str = typer.Option(None, "--at", help="ISO-8601 instant (default: now)."),
        dry_run: bool = typer.Option(False, "--dry-run", help="Print, send nothing."),
        batch: int = typer.Option(None, "--batch", min=1, help="Outbox rows claimed at once."),
    ) -> None:
        """Plan and deliver every kind due at that instant (nudges, digests, circle posts …)."""
        run_nudges(
            runtime(), _instant(at), dry_run=dry_run, out=sys.stdout, batch=batch, kinds=kinds()
        )

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
