"""Sharing a finished course with my circle: opt-in per course; title, hours and one line."""

from __future__ import annotations

from practice.circle_fixtures import Colleague, shares
from store.db import new_session
from store.queries.outbox import outbox_rows

# A real catalog course, named in full: logged at once (no made-up course to match loosely).
COURSE = (
    "finished 'Dual Relationships: The Ethical Way - Ethical & Clinical Aspects' yesterday, 6 h"
)


def in_a_circle(mentor) -> Colleague:
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    Colleague(mentor, "Sam").in_channel("circle start")
    dana.in_channel("circle join")
    return dana


def test_share_a_logged_course_with_one_line(mentor, engine, rule_sets):
    dana = in_a_circle(mentor)
    assert "[Share with my circle]" in dana.say(COURSE)
    assert "what did you take from it?" in dana.press("Share with my circle")
    answer = dana.say("The role plays on dual relationships were gold\nreally")
    assert "Shared with your circle" in answer
    [(channel, text)] = shares(engine, rule_sets, dana.now)
    assert channel == "C1"
    assert text == (
        "🎓 Dana finished *Dual Relationships: The Ethical Way - Ethical & Clinical Aspects* (6 h)\n"
        "> The role plays on dual relationships were gold really"
    )
    assert "36" not in text and "CA" not in text  # nothing from the record but title and hours


def test_nobody_is_offered_sharing_outside_a_circle(mentor, engine):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    assert "Share with my circle" not in dana.say(COURSE)
    assert "not in a learning circle yet" in dana.say("share my last course")
    with new_session(engine) as session:
        assert [r for r in outbox_rows(session) if r.kind == "circle_share"] == []


def test_share_my_last_course_skipping_the_line_and_only_once(mentor, engine, rule_sets):
    dana = in_a_circle(mentor)
    dana.say(COURSE)
    assert (
        "Sharing *Dual Relationships: The Ethical Way - Ethical & Clinical Aspects* (6 h)"
        in dana.say("share my last course")
    )
    assert "the course, its hours." in dana.press("Share without a line")
    dana.say("share my last course")
    dana.say("skip")  # the same course again: posted once
    [(_, text)] = shares(engine, rule_sets, dana.now)
    assert (
        text
        == "🎓 Dana finished *Dual Relationships: The Ethical Way - Ethical & Clinical Aspects* (6 h)"
    )


def test_a_line_with_client_details_is_never_shared(mentor, engine, rule_sets):
    dana = in_a_circle(mentor)
    dana.say(COURSE)
    dana.press("Share with my circle")
    answer = dana.say("helped me with my client John Smith, 34, who has PTSD")
    assert "haven't shared anything" in answer
    assert "OK, nothing shared." in dana.press("Don't share")
    assert shares(engine, rule_sets, dana.now) == []


def test_leaving_the_circle_before_it_is_posted_withdraws_the_share(mentor, engine, rule_sets):
    dana = in_a_circle(mentor)
    dana.say(COURSE)
    dana.press("Share with my circle")
    dana.say("skip")
    dana.in_channel("circle leave")
    assert shares(engine, rule_sets, dana.now) == []
    with new_session(engine) as session:
        [row] = [r for r in outbox_rows(session) if r.payload.get("what") == "completion"]
    assert row.status == "skipped"
