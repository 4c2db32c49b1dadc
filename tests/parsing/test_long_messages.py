"""A 40,000-character message (Slack's most) is read in time linear in its length, and answered.

Every reader of chat text gets adversarial messages of each shape that once made one quadratic
or worse (a run of spaces after "client", a run of digits, "stop " over and over, a run of
punctuation after a course's name): the shapes and readers bench/parser_lengths.py times. A
quadratic reader takes minutes at this length, so a call running past BUDGET_S fails the test
at once instead of hanging it; and the 40k call may take at most RATIO times the 4k one in CPU
time (this thread's, so other processes on the machine do not count), where linear work takes
about ten and quadratic work a hundred. Speed itself is measured by the bench, not here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from practice.circle_fixtures import Colleague, shares

from bench.parser_lengths import REPORT, SHAPES, TODAY, PastBudget, readers, seconds
from bot.mentor import MESSAGE_AT_MOST
from bot.parsing import CatalogEntry, parse_completion
from bot.parsing.completion import COURSES_AT_MOST
from bot.parsing.model import TITLE_AT_MOST
from bot.practice.circles.sharing import LINE_AT_MOST

LONG = 40_000
SHORT = 4_000
BUDGET_S = 10.0  # per call: a stop, not a speed target (readers take well under 0.5 s; quadratic ones minutes)
TURN_BUDGET_S = 20.0  # a whole turn: a stop so a quadratic reader fails instead of hanging
RATIO = 32  # cpu(40k) / cpu(4k): about 10 when linear, about 100 when quadratic; 32 lies between
FLOOR_S = 0.01  # below this a 4k timing is mostly noise
HERE = Path(__file__).parent
CATALOG = tuple(
    CatalogEntry(**{**row, "topics": tuple(row.get("topics", ()))})
    for row in yaml.safe_load((HERE / "corpus.yaml").read_text(encoding="utf-8"))["catalog"]
)
READERS = readers(CATALOG)


def _seconds(
    call: Callable[[], object], budget: float, clock: Callable[[], float] = time.perf_counter
) -> float:
    """Seconds ``call()`` took by ``clock``; fails the test once it runs past ``budget``."""
    try:
        return seconds(call, budget, clock)
    except PastBudget:
        pytest.fail(f"still running after {budget} s", pytrace=False)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("reader", READERS)
def test_a_reader_takes_time_linear_in_the_length(reader: str, shape: str):
    read = READERS[reader]
    short_text, long_text = read.message(shape, SHORT), read.message(shape, LONG)
    assert len(long_text) == LONG
    short = min(
        _seconds(lambda: read.read(short_text), BUDGET_S, time.thread_time) for _ in range(5)
    )
    long = min(_seconds(lambda: read.read(long_text), BUDGET_S, time.thread_time) for _ in range(2))
    assert long < RATIO * max(short, FLOOR_S), f"{short=:.4f}s {long=:.4f}s"


@pytest.mark.parametrize("opening", [REPORT, "review "])
def test_a_whole_turn_answers_every_long_message(chat, opening: str):
    chat.onboard()
    for shape, build in SHAPES.items():
        text = opening + build(LONG - len(opening))
        _seconds(lambda text=text: chat.say(text), TURN_BUDGET_S)
        assert chat.text and "went wrong" not in chat.text, shape
        chat.say("cancel")


def test_a_message_over_slacks_limit_is_answered_not_read(chat):
    chat.onboard()
    answer = chat.say("finished " + "ethics " * (MESSAGE_AT_MOST // 7))
    assert "more than the 40,000 I read at once" in answer
    assert "haven't read or kept any of it" in answer


def test_a_course_name_longer_than_any_title_is_cut_and_questioned():
    [item] = parse_completion("finished " + "ethics and law " * 100 + " 2h", today=TODAY).items
    assert len(item.title) <= TITLE_AT_MOST and item.title.endswith("…")
    assert any("cut to 300 characters" in doubt for doubt in item.doubts)
    assert not item.confident


def test_a_message_of_many_courses_reads_the_first_ones_and_says_so(chat):
    chat.onboard()
    courses = ", ".join(f"course number {n} 1h" for n in range(1, COURSES_AT_MOST + 6))
    answer = chat.say(f"finished {courses} yesterday")
    assert f"I've taken the first {COURSES_AT_MOST}" in answer
    assert "send the others in another message" in answer


def test_a_long_review_note_is_kept_to_one_line_and_the_member_told(chat):
    chat.onboard()
    answer = chat.say(
        "review Dual Relationships: The Ethical Way - Ethical & Clinical Aspects 4/5 "
        + "useful " * 100
    )
    assert f"I've kept the first {LINE_AT_MOST} characters" in answer


def test_a_review_whose_course_is_longer_than_any_title_asks_again(chat):
    chat.onboard()
    answer = chat.say("review " + "a very long course name " * 40)
    assert "longer than any course title" in answer
    assert "Which course would you like to review?" in answer


def test_a_goal_longer_than_a_goal_keeps_asks_for_a_sentence(chat):
    chat.onboard()
    chat.say("goals")
    chat.press("Specialize in an area")
    chat.say("3")
    answer = chat.say("Get EMDR certified " * 30 + "by June 2027")
    assert "a goal keeps to 300 characters" in answer
    assert "Saved" not in answer
    assert "Saved: _Get EMDR certified_" in chat.say("Get EMDR certified by June 2027")


def test_a_line_shared_with_the_circle_is_asked_again_when_too_long(mentor, engine, rule_sets):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    Colleague(mentor, "Sam").in_channel("circle start")
    dana.in_channel("circle join")
    dana.say("finished the 6h Law & Ethics course from CAMFT yesterday")
    # Logged at once: no catalog course is named (the demo catalog is off).
    dana.press("Share with my circle")
    assert f"more than a line ({LINE_AT_MOST} characters" in dana.say("So useful. " * 30)
    assert shares(engine, rule_sets, dana.now) == []
    assert "Shared with your circle" in dana.say("So useful.")


def test_a_huge_number_answers_each_question_kindly(chat):
    """int() refuses over 4,300 digits: each place that reads a number from a message copes."""
    digits = "1" * (LONG - 20)
    chat.onboard()
    chat.say("goals")
    chat.press("Specialize in an area")
    assert "didn't recognise those" in chat.say(digits)
    chat.say("cancel")
    chat.say("mentor offer xyzzy")
    assert "Which area?" in chat.say(digits)
    chat.say("cancel")
    chat.say("review ethics")
    assert "tell me the course again" in chat.say(digits)
    chat.say("suggest")
    assert "went wrong" not in chat.say("add " + digits)
    assert "Snoozed" in chat.say("snooze " + digits + " days")
