"""Catalog at scale: import 20,000 courses, then time suggestions for one member against them.

Run standalone: `.venv/bin/python bench/catalog_bench.py [--courses 20000] [--turns 200]`.
Uses a fresh SQLite file in a temporary folder (or DATABASE_URL when --database-url is
given). Figures are wall-clock on a shared machine: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.catalog_view import CatalogCache  # noqa: E402
from bot.mentor import Mentor  # noqa: E402
from bot.messages import Inbound  # noqa: E402
from bot.recommend import LearnerProfile, LicenseNeed, suggest  # noqa: E402
from bot.rules import load_rule_sets  # noqa: E402
from store.db import make_engine, new_session  # noqa: E402
from store.rulesets import RULESETS_DIR  # noqa: E402
from store.vocabulary import FORMATS, TOPICS  # noqa: E402

BODIES = ("ASWB ACE", "NBCC", "APA", "AAMFT", "CAMFT", "NASW", "")
ZONE = "America/Los_Angeles"
ONBOARDING = ("hi", "LCSW in California", "3/31/2027", "no", "no", "300", "2", "any", "clinician")


def write_catalog(path: Path, courses: int, seed: int = 8) -> None:
    """A deterministic synthetic catalog: unique provider+title, realistic field mix."""
    rng = random.Random(seed)
    topics, formats = list(TOPICS), list(FORMATS)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            ["title", "provider", "format", "hours", "cost_usd", "approval_bodies", "topics"]
        )
        for number in range(courses):
            writer.writerow(
                [
                    f"Course {number}: {rng.choice(topics).replace('_', ' ')} in practice",
                    f"Provider {number % 400}",
                    rng.choice(formats),
                    rng.choice(("1", "1.5", "2", "3", "4", "6", "8", "")),
                    rng.choice(("0", "15", "25", "39", "49", "79", "120", "199", "")),
                    ";".join(b for b in {rng.choice(BODIES), rng.choice(BODIES)} if b),
                    ";".join(rng.sample(topics, rng.choice((1, 1, 2, 3)))),
                ]
            )


def timed_import(path: Path, database_url: str) -> float:
    """Seconds for `python app.py catalog import FILE`, the way an admin runs it."""
    env = {**os.environ, "DATABASE_URL": database_url}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "app.py"), "catalog", "import", str(path)],
        check=True,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def suggestion_latency(database_url: str, turns: int) -> tuple[list[float], list[float]]:
    """Milliseconds per whole "suggest" turn, and per pure ranking call, for one member."""
    engine = make_engine(database_url)
    mentor = Mentor(engine, load_rule_sets(RULESETS_DIR))
    now = datetime(2026, 11, 27, 20, tzinfo=UTC)

    def say(text: str, event_id: str):
        inbound = Inbound("test", "W1", "U1", text=text, event_id=event_id, timezone_hint=ZONE)
        return mentor.handle(inbound, now)

    for number, text in enumerate(ONBOARDING):
        say(text, f"o{number}")
    whole, ranking = [], []
    for number in range(turns):
        started = time.perf_counter()
        replies = say("suggest", f"s{number}")
        whole.append((time.perf_counter() - started) * 1000)
        assert len(replies) > 3, replies
    started = time.perf_counter()
    plan = say("make a plan", "plan")
    print(f"'make a plan' turn against the catalog: {time.perf_counter() - started:.1f} s")
    assert any("Totals" in str(reply) for reply in plan), plan
    with new_session(engine) as session:
        views = CatalogCache().views(session)

    profile = LearnerProfile(
        licenses=(
            LicenseNeed(
                "CA LCSW", load_rule_sets(RULESETS_DIR)["CA-LCSW"].accepts, {"ethics": 6.0}, 36.0
            ),
        ),
        budget_left=300.0,
        hours_per_week=2.0,
    )
    for _ in range(turns):
        started = time.perf_counter()
        suggest(views, profile, limit=5)
        ranking.append((time.perf_counter() - started) * 1000)
    return whole, ranking


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--courses", type=int, default=20_000)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database_url = args.database_url or f"sqlite:///{folder}/bench.db"
        catalog = Path(folder) / "catalog.csv"
        write_catalog(catalog, args.courses)
        print(f"load average before: {os.getloadavg()}")
        seconds = timed_import(catalog, database_url)
        print(f"import of {args.courses:,} courses (CLI, incl. start-up): {seconds:.1f} s")
        again = timed_import(catalog, database_url)
        print(f"re-import of the same file (all unchanged): {again:.1f} s")
        whole, ranking = suggestion_latency(database_url, args.turns)
        print(f"first suggest turn (builds the cached catalog): {whole[0]:.0f} ms")
        for name, values in (("suggest turn", whole[1:]), ("ranking only", ranking)):
            print(
                f"{name}: p50 {statistics.median(values):.1f} ms, "
                f"p99 {percentile(values, 0.99):.1f} ms over {len(values)}"
            )
        print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
