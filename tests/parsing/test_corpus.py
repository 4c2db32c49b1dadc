"""Field-level accuracy of the completion parser on a labelled corpus of chat messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.parsing import CatalogEntry, ParseResult, parse_completion

HERE = Path(__file__).parent
FIRST = yaml.safe_load((HERE / "corpus.yaml").read_text(encoding="utf-8"))
# Written for issue 7 before the parser was tuned on it; its figures are reported apart.
MORE = yaml.safe_load((HERE / "corpus_more.yaml").read_text(encoding="utf-8"))
# A held-out batch written after the first tuning round, before any tuning on it.
FRESH = yaml.safe_load((HERE / "corpus_fresh.yaml").read_text(encoding="utf-8"))
TODAY: date = FIRST["today"]
CATALOG = tuple(
    CatalogEntry(**{**row, "topics": tuple(row.get("topics", ()))})
    for row in [*FIRST["catalog"], *MORE["catalog"]]
)
MESSAGES = [*FIRST["messages"], *MORE["messages"], *FRESH["messages"]]
FLOORS = {"is_completion": 0.98, "hours": 0.95, "completed_on": 0.95, "course_id": 0.90}


@dataclass
class Tally:
    """Right answers and mismatches for one field."""

    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def check(self, text: str, expected: object, got: object) -> None:
        self.total += 1
        if expected == got:
            self.right += 1
        else:
            self.misses.append(f"{text!r}: expected {expected!r}, got {got!r}")

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


def score(messages: list[dict]) -> dict[str, Tally]:
    """One tally per field over ``messages``; a wrong item count misses each expected item."""
    tallies = {name: Tally() for name in FLOORS}
    for case in messages:
        text, expected_items = case["text"], case.get("items", [])
        result: ParseResult = parse_completion(text, today=TODAY, catalog=CATALOG)
        expected_completion = case.get("is_completion", True)
        tallies["is_completion"].check(text, expected_completion, result.is_completion)
        if case.get("client_info") and not result.client_info:
            tallies["is_completion"].misses.append(f"{text!r}: client info not flagged")
            tallies["is_completion"].right -= 1
        if not case.get("client_info") and result.client_info:
            tallies["is_completion"].misses.append(f"{text!r}: wrongly flagged as client info")
            tallies["is_completion"].right -= 1
        if len(result.items) != len(expected_items):
            for name in ("hours", "completed_on", "course_id"):
                for _ in expected_items:
                    tallies[name].check(text, f"{len(expected_items)} items", len(result.items))
            continue
        for want, got in zip(expected_items, result.items, strict=True):
            tallies["hours"].check(text, want["hours"], got.hours)
            tallies["completed_on"].check(text, want["completed_on"], got.completed_on)
            tallies["course_id"].check(text, want["course_id"], got.course_id)
    return tallies


def test_corpus_is_big_and_varied_enough():
    negatives = [m for m in MESSAGES if m.get("is_completion", True) is False]
    several = [m for m in MESSAGES if len(m.get("items", [])) > 1]
    assert len(MESSAGES) >= 150 and len(negatives) >= 40 and len(several) >= 10


@pytest.mark.parametrize("name", list(FLOORS))
def test_field_accuracy_meets_floor(name: str):
    tally = score(MESSAGES)[name]
    more, fresh = score(MORE["messages"])[name], score(FRESH["messages"])[name]
    print(
        f"\nparser accuracy {name}: {tally.right}/{tally.total} = {tally.accuracy:.1%}"
        f" (issue-7 batch: {more.right}/{more.total} = {more.accuracy:.1%};"
        f" held-out batch: {fresh.right}/{fresh.total} = {fresh.accuracy:.1%})"
    )
    assert tally.accuracy >= FLOORS[name], "mismatches:\n" + "\n".join(tally.misses)
