"""A pass/fail requirement (Texas jurisprudence exam): passed or not, never hours."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from bot.parsing.completion import parse_completion
from bot.rules import CompletionFacts, LicenseFacts, compute_progress
from bot.rules.describe import describe, unknown_fields
from bot.rules.schema import TopicRule
from bot.topics import TOPICS

JURISPRUDENCE = tuple(key for key, label in TOPICS.items() if "jurisprudence" in label.lower())
RENEWAL = date(2027, 6, 30)  # TX LPC cycle 2025-07-01 .. 2027-06-30
TODAY = date(2026, 12, 1)


def _lic():
    return LicenseFacts("LPC", "TX", RENEWAL, practice_facts={"supervisor": False})


def _exam(id, on, topics=("state_law_tx",)):
    return CompletionFacts(id, "Texas jurisprudence exam (passed)", 0.0, on, "exam", topics)


def _row(progress):
    return next(t for t in progress.topics if t.rule_id == "state_law_tx")


def test_an_exam_rule_has_no_hours():
    with pytest.raises(ValidationError, match="pass/fail"):
        TopicRule(key="state_law_tx", label="exam", kind="exam", hours=1, frequency="every_cycle")


def test_the_exam_is_met_by_passing_it_in_the_cycle(rule_sets):
    p = compute_progress(rule_sets["TX-LPC"], _lic(), [_exam(1, date(2026, 11, 29))], TODAY)
    row = _row(p)
    assert row.exam and row.met is True and row.passed_on == date(2026, 11, 29)
    assert (row.required, row.earned, row.remaining) == (None, 0, 0)
    assert p.total_counted == 0  # no hours from an exam
    assert not any("jurisprudence" in note.lower() and "unknown" in note for note in p.unknowns)


def test_a_course_on_the_topic_or_an_exam_outside_the_cycle_does_not_pass_it(rule_sets):
    course = CompletionFacts(
        1, "TX jurisprudence", 2.0, date(2026, 3, 1), "live_online", ("state_law_tx",)
    )
    before = _exam(2, date(2025, 6, 30))  # the previous cycle's last day
    p = compute_progress(rule_sets["TX-LPC"], _lic(), [course, before], TODAY)
    assert _row(p).met is False and _row(p).passed_on is None
    assert p.total_counted == 2  # the course's hours still count toward the 24
    assert p.complete is False


def test_everything_but_the_exam_is_not_complete(rule_sets):
    # 6 ethics + 3 cultural + 1 trafficking + 14 general = 24, every hour topic met; only
    # the exam is missing -> complete False; passing it (0 h) makes it complete.
    done = [
        CompletionFacts(1, "ethics", 6, date(2026, 1, 5), "live_online", ("ethics",)),
        CompletionFacts(2, "culture", 3, date(2026, 1, 6), "live_online", ("cultural_competency",)),
        CompletionFacts(
            3, "trafficking", 1, date(2026, 1, 7), "live_online", ("human_trafficking",)
        ),
        CompletionFacts(4, "general", 14, date(2026, 1, 8), "live_online"),
    ]
    p = compute_progress(rule_sets["TX-LPC"], _lic(), done, TODAY)
    assert (p.total_counted, p.total_remaining) == (24, 0)
    assert p.complete is False
    p = compute_progress(rule_sets["TX-LPC"], _lic(), [*done, _exam(5, TODAY)], TODAY)
    assert p.complete is True and p.status == "complete"


def test_the_rule_set_reads_the_exam_as_pass_fail(rule_sets):
    lines = "\n".join(describe(rule_sets["TX-LPC"]))
    assert "Texas jurisprudence exam: pass the exam (pass/fail, no hours), every renewal" in lines
    assert "state_law_tx hours" not in unknown_fields(rule_sets["TX-LPC"])


@pytest.mark.parametrize(
    ("said", "on", "topics"),
    [
        ("passed the Texas jurisprudence exam on 11/29", date(2026, 11, 29), ("state_law_tx",)),
        ("Took the TX jurisprudence exam yesterday", date(2026, 11, 30), ("state_law_tx",)),
        # No state named: every state's jurisprudence exam the vocabulary knows. No day said:
        # asked, never today (#18).
        ("passed my JP exam", None, JURISPRUDENCE),
    ],
)
def test_a_sentence_reports_the_exam_passed(said, on, topics):
    [item] = parse_completion(said, today=TODAY).items
    assert (item.hours, item.format, item.completed_on) == (0.0, "exam", on)
    assert set(item.topics) == set(topics) and item.confident is (on is not None)


@pytest.mark.parametrize(
    "said",
    [
        "finished the 2 hour Texas jurisprudence course yesterday",
        "passed the jurisprudence exam prep course",
        "I failed the jurisprudence exam",
        "when do I take the jurisprudence exam?",
        "I still need to take the JP exam",
    ],
)
def test_other_sentences_do_not_pass_the_exam(said):
    result = parse_completion(said, today=TODAY)
    assert all(item.format != "exam" for item in result.items)
