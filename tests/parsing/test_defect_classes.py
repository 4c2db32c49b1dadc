"""Issue #18's defect classes, each read as a clinician writes it (phrasings made up here)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intents import classify
from bot.parsing import ParsedCompletion, parse_completion

TODAY = date(2026, 12, 2)  # a Wednesday: Mon Nov 30 starts this week, Mon Nov 23 the last


def items(text: str, **kwargs) -> tuple[ParsedCompletion, ...]:
    result = parse_completion(text, today=TODAY, **kwargs)
    assert result.is_completion, text
    return result.items


def one(text: str, **kwargs) -> ParsedCompletion:
    [item] = items(text, **kwargs)
    return item


# 1. Missed completions


@pytest.mark.parametrize(
    "text",
    ["hey there, wrapped up a 2 hour grief webinar Monday", "hi! finished 3h ethics"],
)
def test_a_greeting_before_the_sentence_does_not_show_the_menu(text):
    assert classify(text) is None  # routed as a possible completion, not "greet" -> help
    assert parse_completion(text, today=TODAY).is_completion


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("my certificate came through for the 6 hour suicide prevention training", 6),
        ("knocked out 4 CEs at the hoarding workshop", 4),
        ("did a 45-min refresher on mandated reporting", 0.75),
        ("finished a three-hour boundaries training", 3),
        ("sat through an hour and a half of risk management", 1.5),
    ],
)
def test_wording_without_the_usual_verbs_is_a_completion(text, hours):
    assert one(text).hours == hours


def test_log_followed_by_a_sentence_without_a_verb_is_read():
    assert not parse_completion("the ethics course, 3 hours", today=TODAY).is_completion
    assert one("the ethics course, 3 hours", said_log=True).hours == 3
    assert not parse_completion(
        "registered for ethics, 3 hours", today=TODAY, said_log=True
    ).is_completion


def test_a_question_about_hours_inside_a_report_is_not_a_status_question():
    text = "finished the telehealth course Monday, 2h, no idea how many hours I still need"
    assert classify(text) is None
    assert one(text).hours == 2


def test_a_negation_elsewhere_does_not_hide_the_completion():
    item = one("haven't logged it yet, but I took a 3h DV training on Nov 10")
    # The shorthand is written out beside the member's own letters (issue #18: "DV" in titles).
    want = (3, date(2026, 11, 10), "domestic violence (DV) training")
    assert (item.hours, item.completed_on, item.title) == want
    assert item.topics == ("domestic_violence",)


# 2. Invented completions


def test_a_running_total_is_not_a_course():
    assert not parse_completion("that brings me to 30 of my 40", today=TODAY).is_completion
    [item] = items("did 2h of ethics Monday, that puts me at 24 of my 36 hours")
    assert (item.hours, item.completed_on) == (2, date(2026, 11, 30))


@pytest.mark.parametrize(
    "text",
    [
        "the supervision course I logged was 2 h, not 3",
        "change the ethics course to 3 hours",
        "the trauma one was on the 4th",
    ],
)
def test_a_correction_is_not_a_new_course(text):
    assert classify(text) is None  # goes to the log flow, which edits the logged course
    assert not parse_completion(text, today=TODAY).is_completion


# 3. Dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "attended the state conference the 3rd and 4th, 12 hours",
            date(2026, 11, 3),
            date(2026, 11, 4),
        ),
        (
            "finished a DBT intensive Thu–Fri last week, 12 hours",
            date(2026, 11, 26),
            date(2026, 11, 27),
        ),
        ("finished a 12 h EMDR training 11/14 & 11/15", date(2026, 11, 14), date(2026, 11, 15)),
        ("finished 6h of ethics the Monday before last", None, date(2026, 11, 23)),
        ("finished 6h of ethics Thursday of last week", None, date(2026, 11, 26)),
    ],
)
def test_ranges_and_relative_weeks(text, start, end):
    item = one(text)
    assert (item.started_on, item.completed_on) == (start, end)


@pytest.mark.parametrize("text", ["finished 2h ethics a few weeks back", "did 2h of ethics in May"])
def test_a_date_not_read_is_asked_never_today(text):
    item = one(text)
    assert item.completed_on is None and not item.confident
    assert any("date" in doubt for doubt in item.doubts)


def test_dates_said_loosely_but_clearly_are_read():
    assert one("finished 2h ethics yest. evening").completed_on == date(2026, 12, 1)
    assert one("finished 2h ethics 10-02-2026").completed_on == date(2026, 10, 2)  # US order


def test_a_weekday_contradicting_the_date_is_asked():
    item = one("finished 2h ethics Friday 11/12")  # Nov 12, 2026 is a Thursday
    assert not item.confident
    assert any("Friday" in doubt and "Thursday" in doubt for doubt in item.doubts)


def test_each_course_keeps_its_own_date():
    first, second = items("did 3h ethics on Nov 3, then a 2h trauma webinar yest. evening")
    assert (first.completed_on, second.completed_on) == (date(2026, 11, 3), date(2026, 12, 1))
    assert second.title == "trauma webinar"


# 4. Titles and providers


def test_an_approval_body_is_not_the_provider_and_stays_the_approval():
    item = one("finished an NBCC-approved 3h course on grief from Hopewell Counseling Institute")
    assert item.provider == "Hopewell Counseling Institute"
    assert item.approval == "NBCC-approved" and "NBCC" not in item.title


def test_one_provider_named_for_two_courses_applies_to_both():
    first, second = items("took ethics (3h) Nov 3 and trauma (2h) Nov 10, both from PESI")
    assert (first.provider, second.provider) == ("PESI", "PESI")


# 5. Format


def test_a_webinar_alone_leaves_the_format_unknown():
    assert one("finished a 3h webinar on ethics").format == ""
    assert one("finished a 3h live webinar on ethics").format == "live_online"
    assert one("finished a 3h recorded webinar on ethics").format == "online_async"


def test_attending_a_conference_is_in_person():
    assert one("attended the conference Nov 3, 6 hours").format == "in_person"


# 6. Topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("finished 3h on anxiety in school-age kids", "children_adolescents"),
        ("finished 2h on co-occurring disorders", "substance_use"),
        ("finished 2h sexual harassment prevention", "sexual_harassment_prevention"),
        ("finished 2h on working with DV survivors", "domestic_violence"),
    ],
)
def test_plain_topic_words(text, topic):
    assert topic in one(text).topics
