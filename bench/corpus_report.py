"""Per-field scores of the completion parser on the message corpus: tuning set and held-out set.

.venv/bin/python bench/corpus_report.py [--misses] [--json] [--check N] [--tuning-only]

The corpus is tests/data/messages/ (issue #18). --misses lists the tuning messages read wrong,
with the fields that were wrong; it never lists held-out messages, which tuning must not see.
--check N adds the totals of check_roundN.yaml, a slice kept out of tuning (never its misses);
--tuning-only leaves the held-out files unscored, for the runs between a round's start and end.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "parsing")]

from corpus_score import FIELDS, HELD_OUT, MESSAGES, TUNING, CorpusScore, score  # noqa: E402

COLUMNS = (*FIELDS, "privacy")


def main(argv: list[str] | None = None) -> int:
    """Score both sets and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list wrong tuning messages")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--check", type=int, metavar="N", help="add check_roundN.yaml's totals")
    parser.add_argument("--tuning-only", action="store_true", help="do not score held-out files")
    args = parser.parse_args(argv)
    sets = {"tuning": score(TUNING)}
    if not args.tuning_only:
        sets["held-out"] = score(HELD_OUT)
        sets.update({path.stem: score((path,)) for path in HELD_OUT})
    if args.check is not None:
        sets[f"check{args.check}"] = score((MESSAGES / f"check_round{args.check}.yaml",))
    if args.json:
        print(json.dumps({name: _summary(s) for name, s in sets.items()}, indent=2))
    else:
        print(f"{'set':<14} {'msgs':>5} {'courses':>7}  " + " ".join(f"{c:>13}" for c in COLUMNS))
        for name, result in sets.items():
            shares = result.accuracy()
            cells = " ".join(f"{shares[c]:>13.1%}" for c in COLUMNS)
            print(f"{name:<14} {result.messages:>5} {result.courses:>7}  {cells}")
    if args.misses:
        for text, fields in sets["tuning"].misses:
            print(f"- [{', '.join(fields)}] {text}")
    return 0


def _summary(result: CorpusScore) -> dict[str, object]:
    shares = result.accuracy()
    return {
        "messages": result.messages,
        "courses": result.courses,
        "scores": {c: round(shares[c], 4) for c in COLUMNS},
    }


if __name__ == "__main__":
    raise SystemExit(main())
