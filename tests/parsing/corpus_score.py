"""Score the completion parser, field by field, on the message corpus in tests/data/messages/.

The parser runs as a black box: ``parse_completion(text, today=…, catalog=[])``. Each expected
course is paired with the parsed item at the same position; a missing item gets every field wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from bot.parsing import parse_completion
from bot.parsing.model import ParsedCompletion, ParseResult

MESSAGES = Path(__file__).resolve().parent.parent / "data" / "messages"
TUNING = tuple(sorted(MESSAGES.glob("tuning_*.yaml")))
HELD_OUT = tuple(sorted(MESSAGES.glob("heldout*.yaml")))  # never read while tuning
COURSE_FIELDS = ("hours", "dates", "title", "provider", "format", "topics")
FIELDS = ("is_completion", *COURSE_FIELDS, "all_fields")
CLOSE_ENOUGH = 85  # rapidfuzz score at which two names are the same course or provider

Parser = Callable[..., ParseResult]


@dataclass
class CorpusScore:
    """Per-field accuracy over one set of messages, and what each wrong message got wrong."""

    messages: int = 0
    courses: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    client_messages: int = 0
    client_kept_out: int = 0
    misses: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    def accuracy(self) -> dict[str, float]:
        """Share right per field: message fields over messages, course fields over courses."""
        out = {}
        for name in FIELDS:
            total = self.courses if name in COURSE_FIELDS else self.messages
            out[name] = self.right[name] / total if total else 1.0
        out["privacy"] = (
            self.client_kept_out / self.client_messages if self.client_messages else 1.0
        )
        return out


def load(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Every entry of the given corpus files, in file order."""
    return [entry for path in paths for entry in _load_file(path)]


@cache
def _load_file(path: Path) -> tuple[dict[str, Any], ...]:
    return tuple(yaml.safe_load(path.read_text(encoding="utf-8")))


def score(paths: Iterable[Path], parse: Parser = parse_completion) -> CorpusScore:
    """Run the parser (the current one unless told) over the files and count what it reads right."""
    result = CorpusScore()
    for entry in load(paths):
        parsed = parse(entry["text"], today=entry["today"], catalog=[])
        wrong = _wrong_fields(entry, parsed.is_completion, parsed.items)
        result.messages += 1
        result.courses += len(entry.get("courses") or ())
        for name in FIELDS:
            if name in COURSE_FIELDS:
                result.right[name] += sum(1 for course in wrong["courses"] if name not in course)
            elif name not in wrong["message"]:
                result.right[name] += 1
        if entry.get("names_a_client"):
            result.client_messages += 1
            if "privacy" not in wrong["message"]:
                result.client_kept_out += 1
        if "all_fields" in wrong["message"]:
            missed = set(wrong["message"]) - {"all_fields"}
            missed.update(name for course in wrong["courses"] for name in course)
            result.misses.append((entry["text"], tuple(sorted(missed))))
    return result


def _wrong_fields(
    entry: dict[str, Any], is_completion: bool, items: Sequence[ParsedCompletion]
) -> dict[str, Any]:
    """The message-level and per-course fields the parse got wrong."""
    message: set[str] = set()
    expected = entry.get("courses") or []
    if is_completion != entry["is_completion"]:
        message.add("is_completion")
    got = list(items) if is_completion else []
    courses = [
        _wrong_in_course(want, got[i] if i < len(got) else None) for i, want in enumerate(expected)
    ]
    words = [w.lower() for w in entry.get("client_words") or ()]
    stored = " ".join(f"{item.title} {item.provider}" for item in got).lower()
    if any(re.search(rf"\b{re.escape(w)}\b", stored) for w in words):
        message.add("privacy")
    if message or any(courses) or len(got) != len(expected):
        message.add("all_fields")
    return {"message": message, "courses": courses}


def _wrong_in_course(want: dict[str, Any], got: ParsedCompletion | None) -> set[str]:
    if got is None:
        return set(COURSE_FIELDS)
    asks = set(want.get("ask") or ())
    doubts = " ".join(got.doubts).lower()
    wrong = set()
    asked_hours = bool(re.search(r"hour|ceu", doubts))
    asked_date = bool(re.search(r"date|\bday\b|weekday", doubts))
    if not _hours_right(want["hours"], got.hours, "hours" in asks, asked_hours):
        wrong.add("hours")
    if not _dates_right(want, got, "date" in asks, asked_date):
        wrong.add("dates")
    if not _names_match(want["title"], got.title, fuzz.token_set_ratio):
        wrong.add("title")
    if not _names_match(want["provider"], got.provider, fuzz.ratio):
        wrong.add("provider")
    if (got.format or None) != want["format"] and not (
        want["format"] is None and "format" in doubts
    ):
        wrong.add("format")
    if set(got.topics) != set(want["topics"]):
        wrong.add("topics")
    return wrong


def _hours_right(want: float | None, got: float | None, must_ask: bool, asked: bool) -> bool:
    if want is None:
        return got is None or (must_ask and asked)
    return got is not None and abs(got - want) < 0.01


def _dates_right(want: dict[str, Any], got: ParsedCompletion, must_ask: bool, asked: bool) -> bool:
    end = got.completed_on  # the last day; ``started_on`` (when the parser has it) the first
    start: date | None = getattr(got, "started_on", None) or end
    if want["start"] is None:
        return end is None or (must_ask and asked)
    return (start, end) == (want["start"], want["end"])


def normalise(name: str | None) -> str:
    """Lower case, ``&`` as ``and``, no accents, punctuation, leading "the" or extra spaces."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text.replace("&", " and ")).strip()
    return re.sub(r"^the ", "", text)


def _names_match(want: str | None, got: str | None, scorer: Any) -> bool:
    a, b = normalise(want), normalise(got)
    if not a or not b:
        return a == b
    return a.replace(" ", "") == b.replace(" ", "") or scorer(a, b) >= CLOSE_ENOUGH
