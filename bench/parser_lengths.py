"""Parser time against message length: each reader of chat text, each adversarial shape.

.venv/bin/python bench/parser_lengths.py [--lengths 1000,5000,10000,20000,40000] [--repeat 3]
    [--budget 10] [--reader NAME] [--json]

Prints milliseconds per call (the best of --repeat) at each length, and time(40k) / time(10k):
about 4 when a reader is linear, about 16 when quadratic. A call still running after --budget
seconds is stopped (Python's regex engine checks for signals) and shown as ">budget"; longer
texts of that shape are then skipped. "error" marks a call that raised, or a turn answered
"something went wrong". The whole turn runs on a fresh SQLite file with the seed catalog.
Figures are wall-clock on a shared machine: the load average is printed with them.
tests/parsing/test_long_messages.py sends the same shapes at 40,000 characters.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.intents import classify  # noqa: E402
from bot.license_titles import read_license  # noqa: E402
from bot.mentor import Mentor  # noqa: E402
from bot.messages import Inbound, Text  # noqa: E402
from bot.parsing import CatalogEntry, looks_like_client_info, parse_completion  # noqa: E402
from bot.practice.peers.reviews import read_review  # noqa: E402
from bot.rules import load_rule_sets  # noqa: E402
from store.catalog import seed_catalog  # noqa: E402
from store.client_details import client_details  # noqa: E402
from store.db import make_engine, migrate, new_session  # noqa: E402
from store.rulesets import RULESETS_DIR  # noqa: E402

LENGTHS = (1_000, 5_000, 10_000, 20_000, 40_000)
TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 20, tzinfo=UTC)
ZONE = "America/Los_Angeles"
ONBOARDING = ("hi", "LCSW in California", "3/31/2027", "no", "no", "300", "2", "any", "clinician")
REPORT = "finished "  # opens a message the completion parser and a turn read as a report


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _framed(head: str, fill: str, tail: str) -> Callable[[int], str]:
    return lambda n: head + _repeat(fill)(n - len(head) - len(tail)) + tail


def _distinct_dates(n: int) -> str:
    dates = (f"{m}/{d}/{y}" for y in range(10, 100) for m in range(1, 13) for d in range(1, 29))
    text = ""
    while len(text) < n:
        text += next(dates) + " "
    return text[:n]


# Each shape once made a reader quadratic or worse, or is one a reader must survive.
SHAPES: dict[str, Callable[[int], str]] = {
    "client words": _repeat("client "),
    "client phrases": _repeat("my client, "),  # each pass once cut a few and read the rest again
    "one letter": _repeat("a"),
    "session with": _repeat("session with "),
    "booked hours": _repeat("my 3pm "),
    "digits": _repeat("1"),
    "review of x x x": lambda n: "review " + _repeat("x ")(n - 7),
    "one date again and again": _repeat("12/3 "),
    "distinct dates": _distinct_dates,
    "numbers": _repeat("1.5 "),
    "hours": _repeat("2 hours "),
    "spaces after client": _framed("client", " ", "1"),
    "spaces after a booked hour": _framed("my 3pm", " ", "1"),
    "spaces after a number": _framed("2", " ", "x"),
    "tabs and newlines": _framed("client", " \t\n", "x"),
    "full names": _repeat("John Smith "),
    "given names": _repeat("Maria "),
    "possessive names": _repeat("Jane Doe's "),
    "names and credentials": _repeat("Jane Doe, PhD "),
    "initials": _repeat("J.S. ptsd "),
    "digits after a rating": _framed("review x 4/", "1", ""),
    "digits before ceus": _framed("", "1", " ceus"),
    "punctuation after a name": _framed("finished the ethics course a", "#", "b 2h"),
    "trailing words": _framed("finished x", " on", " x"),
    "stop again and again": _repeat("stop "),
    "unicode": _repeat("é🙂ñ"),
}


@dataclass(frozen=True)
class Reader:
    """A reader of chat text, and what a message to it opens with (so it reads to the end)."""

    read: Callable[[str], object]
    opening: str = ""

    def message(self, shape: str, length: int) -> str:
        """A message of ``length`` characters: the opening, then the shape."""
        return self.opening + SHAPES[shape](length - len(self.opening))


def readers(catalog: Sequence[CatalogEntry]) -> dict[str, Reader]:
    """The pure readers of chat text, each taking the whole message."""

    def completion(text: str) -> object:
        return parse_completion(text, today=TODAY, catalog=catalog)

    return {
        "client-info guard": Reader(looks_like_client_info),
        "client-details guard, notes": Reader(lambda text: client_details(text, field="note")),
        "review reader": Reader(read_review),
        "completion parser": Reader(completion, REPORT),
        "intent router": Reader(classify),
        "license reader": Reader(read_license),
    }


class PastBudget(BaseException):
    """Raised by the alarm; a BaseException, so a turn's `except Exception` does not keep it."""


class Failed(Exception):
    """A turn answered "something went wrong"."""


def seconds(
    call: Callable[[], object], budget: float, clock: Callable[[], float] = time.perf_counter
) -> float:
    """Seconds ``call()`` took by ``clock`` (wall time unless told); raises PastBudget once it
    runs past ``budget`` of wall time."""

    def stop(signum, frame):
        raise PastBudget

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, budget)
    started = clock()
    try:
        call()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return clock() - started


def whole_turn(folder: Path) -> tuple[Reader, tuple[CatalogEntry, ...]]:
    """A reader that sends the text as one onboarded member's message, and the seed catalog."""
    engine = make_engine(f"sqlite:///{folder}/bench.db")
    migrate(engine)
    with new_session(engine) as session:
        seed_catalog(session, now=NOW)
        session.commit()
    mentor = Mentor(engine, load_rule_sets(RULESETS_DIR))
    events = count()

    def say(text: str) -> list:
        inbound = Inbound(
            "test", "W1", "U1", text=text, event_id=f"e{next(events)}", timezone_hint=ZONE
        )
        return mentor.handle(inbound, NOW)

    last = [say(text) for text in ONBOARDING][-1]
    assert any(isinstance(r, Text) and "All set" in r.text for r in last), last

    def turn(text: str) -> object:
        replies = say(text)
        say("cancel")  # the next text starts afresh (timed with it: a few milliseconds)
        if any(isinstance(r, Text) and "went wrong" in r.text for r in replies):
            raise Failed
        return replies

    with new_session(engine) as session:
        catalog = mentor.services.catalog.entries(session)
    return Reader(turn, REPORT), catalog


def measure(
    reader: Reader, lengths: Sequence[int], repeat: int, budget: float
) -> dict[str, dict[int, float | str]]:
    """Per shape, per length: best seconds of `repeat` calls, ">budget" or "error"."""
    figures: dict[str, dict[int, float | str]] = {}
    for shape in SHAPES:
        row: dict[int, float | str] = {}
        for length in lengths:
            text = reader.message(shape, length)
            try:
                row[length] = min(
                    seconds(lambda text=text: reader.read(text), budget) for _ in range(repeat)
                )
            except PastBudget:
                row[length] = f">{budget:g}s"
                break
            except Exception:  # the bench also shows which shapes a reader cannot take
                row[length] = "error"
                break
        figures[shape] = row
    return figures


def ratio(row: dict[int, float | str], long: int = 40_000, short: int = 10_000) -> str:
    """time(long) / time(short) when both were measured."""
    a, b = row.get(short), row.get(long)
    if isinstance(a, float) and isinstance(b, float) and a > 0:
        return f"{b / a:.1f}"
    return "—"


def table(results: dict[str, dict[str, dict[int, float | str]]], lengths: Sequence[int]) -> str:
    """One line per reader and shape: milliseconds per length, then the 40k/10k ratio."""

    def cell(value: float | str | None) -> str:
        if value is None:
            return ""
        return value if isinstance(value, str) else f"{value * 1000:.1f}"

    head = ["reader", "shape", *(f"{n // 1000}k ms" for n in lengths), "40k/10k"]
    rows = [head]
    for reader, shapes in results.items():
        for shape, row in shapes.items():
            rows.append([reader, shape, *(cell(row.get(n)) for n in lengths), ratio(row)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [
        "  ".join(
            v.ljust(w) if i < 2 else v.rjust(w)
            for i, (v, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    return "\n".join(lines)


def main() -> None:
    """Parse arguments, time every reader on every shape, print a table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", default=",".join(map(str, LENGTHS)))
    parser.add_argument("--repeat", type=int, default=3, help="calls per figure (the best)")
    parser.add_argument("--budget", type=float, default=10.0, help="seconds before a call stops")
    parser.add_argument("--reader", action="append", help="only this reader (repeatable)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args()
    lengths = [int(n) for n in args.lengths.split(",")]
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="ce-bench-") as folder:
        turn, catalog = whole_turn(Path(folder))
        chosen = {**readers(catalog), "whole turn": turn}
        unknown = set(args.reader or ()) - set(chosen)
        if unknown:
            parser.error(f"unknown reader(s) {sorted(unknown)}; choose from {sorted(chosen)}")
        results = {
            name: measure(reader, lengths, args.repeat, args.budget)
            for name, reader in chosen.items()
            if not args.reader or name in args.reader
        }
    machine = f"{os.cpu_count()} CPU, Python {platform.python_version()}"
    loads = f"load average before {load_before[0]:.2f}, after {os.getloadavg()[0]:.2f}"
    if args.json:
        print(json.dumps({"machine": machine, "load": loads, "results": results}, indent=2))
    else:
        print(f"{machine}; {loads}\n{table(results, lengths)}")


if __name__ == "__main__":
    main()
