"""The parser's per-field scores on the tuning corpus never drop; the corpus itself stays sound."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
import yaml
from corpus_score import (
    FIELDS,
    HELD_OUT,
    MESSAGES,
    TUNING,
    _names_match,
    load,
    normalise,
    score,
)
from rapidfuzz import fuzz

from bot.parsing.model import ParsedCompletion, ParseResult
from store.vocabulary import FORMATS, TOPICS

# Scores on the tuning set measured 2026-12-02 14:40 UTC after the third round of parser work for
# issue #18 (537 messages with tuning_round4.yaml, written without reading the parser; before that
# round the parser scored all_fields 0.8529 on these 537, 0.9416 on the 377 before it), raised
# 2026-12-02 18:50 UTC after the fourth round, and 2026-12-03 20:05 UTC after the sixth (topics
# 0.9515 -> 0.9709 once tuning_round4's CBT, DBT, MI, EMDR and Gottman entries named their
# topics as the vocabulary means them). Raise them as the parser improves: a field may not fall
# more than 0.01 below its figure.
MEASURED = {
    "is_completion": 0.9963,
    "hours": 0.9879,
    "dates": 0.9806,
    "title": 0.9806,
    "provider": 0.9879,
    "format": 0.9879,
    "topics": 0.9709,
    "all_fields": 0.9572,
    "privacy": 1.0,
}
ROUND5 = "tuning_round5.yaml"
ROUND6 = "tuning_round6.yaml"
ROUND7 = "tuning_round7.yaml"
ROUND8 = "tuning_round8.yaml"
BEFORE_ROUND5 = tuple(path for path in TUNING if path.name not in {ROUND5, ROUND6, ROUND7, ROUND8})
# tuning_round5.yaml (121 messages, written before the fourth round) on its own: all_fields 0.669
# untouched, 0.868 after the fourth round; 0.934 after the sixth, its CBT, DBT, MI, EMDR and
# Gottman entries naming their topics as the vocabulary means them (they had named none).
MEASURED_ROUND5 = {
    "is_completion": 1.0,
    "hours": 1.0,
    "dates": 1.0,
    "title": 0.9888,
    "provider": 0.9775,
    "format": 1.0,
    "topics": 0.9438,
    "all_fields": 0.9339,
    "privacy": 1.0,
}
# tuning_round6.yaml (120 messages, written 2026-12-03 before the fifth round) on its own:
# all_fields 0.7833 untouched, 0.900 after the fifth round, 0.967 after the sixth (with its CBT,
# DBT, MI, EMDR and ERP entries naming evidence_based_treatment, as the vocabulary means it).
# The round-6 check slice, scored once before and once after: all_fields 0.800 -> 0.825.
MEASURED_ROUND6 = {
    "is_completion": 1.0,
    "hours": 1.0,
    "dates": 1.0,
    "title": 0.9901,
    "provider": 0.9901,
    "format": 1.0,
    "topics": 0.9802,
    "all_fields": 0.9667,
    "privacy": 1.0,
}
# tuning_round7.yaml (120 messages, written 2026-12-03 before the sixth round) on its own:
# all_fields 0.8583 untouched, 0.9667 after the sixth round. Its topics follow the vocabulary's "Evidence-based therapies
# (CBT, DBT …)": a named method (CBT, DBT, MI, EMDR, IFS …) is evidence_based_treatment. The
# round-7 check slice, scored once before and once after: all_fields 0.800 -> 0.825.
MEASURED_ROUND7 = {
    "is_completion": 1.0,
    "hours": 1.0,
    "dates": 1.0,
    "title": 1.0,
    "provider": 0.9789,
    "format": 0.9895,
    "topics": 0.9895,
    "all_fields": 0.9667,
    "privacy": 1.0,
}
# tuning_round8.yaml (100 messages, written 2026-12-04 before the seventh round) on its own:
# all_fields 0.790 untouched, 0.950 after the seventh round (measured 2026-12-04 20:35 UTC). The
# five left read 'infidelity', 'relapse prevention', 'cognitive decline' and 'stress reduction' as
# the vocabulary's topic words, and a workshop with no place as no format, where the entries
# say otherwise. The round-8 check slice, scored once before and once after: all_fields
# 0.700 -> 0.725 (dates 0.759 -> 0.793, provider and topics 0.828 -> 0.897).
MEASURED_ROUND8 = {
    "is_completion": 1.0,
    "hours": 1.0,
    "dates": 1.0,
    "title": 1.0,
    "provider": 1.0,
    "format": 0.9868,
    "topics": 0.9474,
    "all_fields": 0.95,
    "privacy": 1.0,
}
KINDS = {
    "question",
    "status_question",
    "running_total",
    "correction",
    "registration",
    "in_progress",
    "client_progress",
    "colleague",
    "failed_posttest",
    "future",
    "chit_chat",
    "other",
}


@pytest.mark.parametrize(
    ("paths", "measured"),
    [
        (BEFORE_ROUND5, MEASURED),
        ((MESSAGES / ROUND5,), MEASURED_ROUND5),
        ((MESSAGES / ROUND6,), MEASURED_ROUND6),
        ((MESSAGES / ROUND7,), MEASURED_ROUND7),
        ((MESSAGES / ROUND8,), MEASURED_ROUND8),
    ],
    ids=["before_round5", "round5", "round6", "round7", "round8"],
)
def test_no_field_drops_below_its_measured_score(paths: Any, measured: dict[str, float]) -> None:
    assert len(paths) >= 1 and all(path.exists() for path in paths)
    scores = score(paths).accuracy()
    print("tuning-set scores:", {name: round(value, 4) for name, value in scores.items()})
    dropped = {n: round(scores[n], 4) for n in measured if scores[n] < measured[n] - 0.01}
    assert not dropped, f"fields below their measured score: {dropped}"


# The slices kept out of tuning: checked for form here, never scored by a test.
CHECKS = tuple(MESSAGES / f"check_round{n}.yaml" for n in (5, 6, 7, 8))


def test_corpus_has_400_messages_with_at_least_a_fifth_kept_out_of_tuning() -> None:
    # Counts only: a failure here must never print a held-out message. The check slices are
    # kept out of tuning as the held-out files are (scored only at a round's start and end).
    tuning, held_out = load(TUNING), load((*HELD_OUT, *CHECKS))
    n_tuning, n_held_out = len(tuning), len(held_out)
    assert n_tuning + n_held_out >= 400
    assert n_held_out / (n_tuning + n_held_out) >= 0.2, (n_tuning, n_held_out)
    shared = len({e["text"] for e in tuning} & {e["text"] for e in held_out})
    assert shared == 0, f"{shared} held-out messages are also in the tuning set"


@pytest.mark.parametrize("path", [*TUNING, *HELD_OUT, *CHECKS], ids=lambda p: p.name)
def test_every_entry_is_well_formed(path: Any) -> None:
    for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
        assert isinstance(entry["text"], str) and isinstance(entry["today"], date)
        if not entry["is_completion"]:
            assert entry["kind"] in KINDS, entry["text"]
            assert "courses" not in entry
            if entry["kind"] == "correction":
                assert set(entry["correction"]) == {"target", "field", "new_value"}
            continue
        assert entry["courses"], entry["text"]
        for course in entry["courses"]:
            _assert_course_is_sound(entry, course)


def _assert_course_is_sound(entry: dict[str, Any], course: dict[str, Any]) -> None:
    asks = set(course.get("ask") or ())
    assert (course["hours"] is None) == ("hours" in asks), entry["text"]
    assert (course["start"] is None) == ("date" in asks) == (course["end"] is None)
    if course["start"] is not None:
        assert course["start"] <= course["end"] <= entry["today"], entry["text"]
    assert course["format"] is None or course["format"] in FORMATS
    assert set(course["topics"]) <= set(TOPICS), entry["text"]
    for word in entry.get("client_words") or ():
        assert word.lower() not in (course["title"] or "").lower(), entry["text"]
    assert normalise(course["provider"]) not in {"nbcc", "aswb", "aswb ace", "apa"}


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.name)
def test_held_out_file_says_tuning_must_not_look_at_it(path: Any) -> None:
    assert "do NOT look at this file while tuning" in path.read_text()


def _expected_parse(entries: dict[str, dict[str, Any]]) -> Any:
    """A stand-in parser that answers every message exactly as the corpus expects."""

    def parse(text: str, *, today: date, catalog: Any) -> ParseResult:
        entry = entries[text]
        items = tuple(
            ParsedCompletion(
                title=c["title"] or "",
                provider=c["provider"] or "",
                hours=c["hours"],
                completed_on=c["end"],
                format=c["format"] or "",
                topics=tuple(c["topics"]),
            )
            for c in entry.get("courses") or ()
        )
        return ParseResult(is_completion=entry["is_completion"], items=items)

    return parse


def test_scorer_gives_full_marks_to_the_expected_reading_and_catches_each_wrong_field() -> None:
    entries = {e["text"]: e for e in load(TUNING)}
    right = _expected_parse(entries)
    full = score(TUNING, parse=right).accuracy()
    assert full["is_completion"] == full["hours"] == full["title"] == full["topics"] == 1.0
    assert full["provider"] == full["format"] == full["privacy"] == 1.0
    # The stand-in has only completed_on, so a course over several days has its start wrong.
    courses = [c for e in entries.values() for c in e.get("courses") or ()]
    one_day = sum(1 for c in courses if c["start"] == c["end"])
    assert full["dates"] == pytest.approx(one_day / len(courses))

    def wrong_hours(text: str, *, today: date, catalog: Any) -> ParseResult:
        result = right(text, today=today, catalog=catalog)
        items = tuple(replace(i, hours=(i.hours or 0) + 1) for i in result.items)
        return replace(result, items=items)

    off = score(TUNING, parse=wrong_hours).accuracy()
    assert off["hours"] == 0.0 and off["title"] == 1.0
    assert off["all_fields"] == pytest.approx(
        sum(1 for e in entries.values() if not e["is_completion"]) / len(entries)
    )
    assert set(FIELDS) <= set(off)


def test_scorer_counts_a_client_detail_in_the_title_against_privacy() -> None:
    entries = {e["text"]: e for e in load(TUNING)}
    right = _expected_parse(entries)

    def leaky(text: str, *, today: date, catalog: Any) -> ParseResult:
        result = right(text, today=today, catalog=catalog)
        words = " ".join(entries[text].get("client_words") or ())
        items = tuple(replace(i, title=f"{i.title} {words}".strip()) for i in result.items)
        return replace(result, items=items)

    scores = score(TUNING, parse=leaky).accuracy()
    assert scores["privacy"] == 0.0
    assert scores["all_fields"] < score(TUNING, parse=right).accuracy()["all_fields"]


def test_scorer_takes_a_doubt_about_the_date_as_asking_and_a_silent_guess_as_wrong() -> None:
    entries = {e["text"]: e for e in load(TUNING)}
    right = _expected_parse(entries)
    courses = [c for e in entries.values() for c in e.get("courses") or ()]
    must_ask = sum(1 for c in courses if c["start"] is None)
    ranges = sum(1 for c in courses if c["start"] != c["end"])

    def guess(asks: bool) -> Any:
        def parse(text: str, *, today: date, catalog: Any) -> ParseResult:
            result = right(text, today=today, catalog=catalog)
            doubts = ("date not clear — which day was it?",) if asks else ()
            items = tuple(
                replace(i, completed_on=i.completed_on or today, doubts=doubts)
                for i in result.items
            )
            return replace(result, items=items)

        return parse

    assert score(TUNING, parse=guess(True)).accuracy()["dates"] == pytest.approx(
        1 - ranges / len(courses)
    )
    assert score(TUNING, parse=guess(False)).accuracy()["dates"] == pytest.approx(
        1 - (ranges + must_ask) / len(courses)
    )


@pytest.mark.parametrize(
    ("want", "got", "same"),
    [
        ("Trauma-Informed Care", "trauma informed care", True),
        ("ethics webinar", "Ethics", True),
        ("Ethics & Technology", "ethics and technology", True),
        ("grief workshop", "boundaries course", False),
        (None, "", True),
        (None, "CE", False),
    ],
)
def test_titles_compare_without_case_punctuation_or_extra_words(
    want: str | None, got: str, same: bool
) -> None:
    assert _names_match(want, got, fuzz.token_set_ratio) is same
