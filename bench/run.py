"""Benchmark: populate a fresh SQLite DB, sweep every member's status, time the chat path.

.venv/bin/python bench/run.py [--members N] [--completions M] [--db PATH] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from dataclasses import asdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import chat_latency, sweep  # noqa: E402
from bench.population import SEED, populate  # noqa: E402
from bot.rules import load_rule_sets  # noqa: E402
from store.db import make_engine, migrate  # noqa: E402
from store.rulesets import RULESETS_DIR  # noqa: E402


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(members: int, completions: int, db: Path, sample: int) -> dict:
    """Every phase, timed; returns the figures as a plain dict."""
    today = date.today()
    rule_sets = load_rule_sets(RULESETS_DIR)
    engine = make_engine(f"sqlite:///{db}")
    started = time.perf_counter()
    migrate(engine)
    migrate_s = time.perf_counter() - started
    started = time.perf_counter()
    pop = populate(engine, rule_sets, members=members, completions=completions, today=today)
    populate_s = time.perf_counter() - started
    rss_after_populate = peak_rss_mb()
    result = sweep(engine, rule_sets, pop.workspace_ids, today)
    rss_after_sweep = peak_rss_mb()
    latency = chat_latency(engine, rule_sets, members, today, sample=sample, seed=SEED)
    engine.dispose()
    return {
        "machine": {
            "nproc": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "db": str(db),
        "db_mb": round(db.stat().st_size / 2**20, 1),
        "population": {
            "workspaces": len(pop.workspace_ids),
            "members": pop.members,
            "licenses": pop.licenses,
            "completions": pop.completions,
        },
        "rule_sets": len(rule_sets),
        "migrate_s": round(migrate_s, 3),
        "populate_s": round(populate_s, 3),
        "sweep": {
            "total_s": round(result.total_s, 3),
            "load_s": round(result.load_s, 3),
            "compute_s": round(result.compute_s, 3),
            "members": result.members,
            "licenses": result.licenses,
            "ms_per_license": round(result.compute_s * 1000 / max(result.licenses, 1), 3),
            "statuses": dict(result.statuses.most_common()),
        },
        "chat_path": {k: round(v, 3) for k, v in asdict(latency).items()},
        "peak_rss_mb": {
            "after_populate": round(rss_after_populate, 1),
            "after_sweep": round(rss_after_sweep, 1),
            "end": round(peak_rss_mb(), 1),
        },
    }


def table(r: dict) -> str:
    """The figures as a small aligned text table."""
    pop, sw, chat, rss = r["population"], r["sweep"], r["chat_path"], r["peak_rss_mb"]
    rows = [
        ("machine", f"{r['machine']['nproc']} CPU, Python {r['machine']['python']}"),
        (
            "population",
            f"{pop['members']:,} members in {pop['workspaces']} workspaces, "
            f"{pop['licenses']:,} licenses, {pop['completions']:,} completions",
        ),
        ("database", f"{r['db']} ({r['db_mb']} MiB)"),
        ("migrate", f"{r['migrate_s']:.2f} s"),
        ("populate", f"{r['populate_s']:.2f} s"),
        (
            "status sweep (all)",
            f"{sw['total_s']:.2f} s  (load {sw['load_s']:.2f} s, "
            f"compute {sw['compute_s']:.2f} s, "
            f"{sw['ms_per_license']:.3f} ms/license)",
        ),
        ("statuses", ", ".join(f"{k} {v:,}" for k, v in sw["statuses"].items())),
        (
            f"chat path (n={chat['sample']})",
            f"p50 {chat['p50_ms']:.2f} ms, p95 {chat['p95_ms']:.2f} "
            f"ms, p99 {chat['p99_ms']:.2f} ms, "
            f"max {chat['max_ms']:.2f} ms",
        ),
        (
            "peak RSS",
            f"{rss['end']:.0f} MiB  (after populate {rss['after_populate']:.0f}, "
            f"after sweep {rss['after_sweep']:.0f})",
        ),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def main() -> None:
    """Parse arguments, run on a fresh SQLite file, print a table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--completions", type=int, default=200_000)
    parser.add_argument("--db", type=Path, help="a new SQLite file (default: in a temp dir)")
    parser.add_argument("--sample", type=int, default=500, help="members timed on the chat path")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args()
    if args.members < 1 or args.completions < 0:
        parser.error("--members must be >= 1 and --completions >= 0")
    if args.db is not None:
        if args.db.exists():
            parser.error(f"{args.db} exists; the benchmark needs a fresh database file")
        figures = run(args.members, args.completions, args.db, args.sample)
    else:
        with tempfile.TemporaryDirectory(prefix="ce-bench-") as tmp:
            figures = run(args.members, args.completions, Path(tmp) / "bench.db", args.sample)
    print(json.dumps(figures, indent=2) if args.json else table(figures))


if __name__ == "__main__":
    main()
