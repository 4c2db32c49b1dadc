"""Classes read wrong in the fourth tuning round (#18): providers, topics, hours, dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.parsing import parse_completion
from bot.parsing.hours import find_hours
from bot.parsing.providers import find_provider
from bot.parsing.vocabulary import infer_format, infer_topics

TODAY = date(2026, 11, 27)  # a Friday


def one(text: str):
    result = parse_completion(text, today=TODAY)
    assert result.is_completion and len(result.items) == 1, result
    return result.items[0]


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("took the ethics course from NASW Texas on 11/18, 3 hrs", "NASW Texas"),
        ("1 hr ethics refresher, NASW-NY chapter, zoom, yesterday", "NASW-NY"),
        ("did 6 hrs from NASW New York State on 11/3", "NASW New York State"),
        (
            "4 hr gambling training from the Council on Problem Gambling",
            "Council on Problem Gambling",
        ),
        (
            "done with the Foundations of Clinical Supervision course through the University of "
            "Michigan School of Social Work",
            "University of Michigan School of Social Work",
        ),
        ("3 hrs of cultural competency w/ Latinx families through LBHI", "LBHI"),
        ("2hr training with our county behavioral health dept", "county behavioral health dept"),
        ("training w the police dept, 40 hrs", ""),
        ("the 3 hr reporting training yesterday, Penn State, online", "Penn State"),
        (
            "'Treating Anxiety' from the Mass General Psychiatry Academy",
            "Mass General Psychiatry Academy",
        ),
        ("log the trauma thing, 2.5 hrs, Trauma Research Foundation", "Trauma Research Foundation"),
        ("3 hrs from IACET-accredited Relias", "Relias"),
        ("a course from the University of Texas at Austin", "University of Texas at Austin"),
    ],
)
def test_providers_as_clinicians_name_them(text: str, provider: str) -> None:
    assert find_provider(text) == provider


def test_a_first_name_inside_a_providers_name_is_no_client():
    item = one("finished 'Working with LGBTQ+ Youth' from the Trevor Project yesterday - 1.5 hrs")
    assert (item.provider, item.hours) == ("Trevor Project", 1.5)


@pytest.mark.parametrize(
    ("words", "topics"),
    [
        ("mandated reporter training", {"child_abuse_reporting"}),
        ("mandated reporter training on elder abuse", {"dependent_adult_abuse"}),
        ("sexual assault advocacy basics", {"domestic_violence"}),
        ("screening for intimate partner violence", {"domestic_violence"}),
        ("health disparities and the social determinants", {"health_equity"}),
        ("ERP for OCD", {"evidence_based_treatment"}),
        ("writing progress notes and treatment plans", {"documentation"}),
        ("lithium and mood stabilizers", {"pharmacology"}),
        ("working with veterans & military families", {"military_veterans"}),
        ("Working with Couples in Crisis", {"marriage_family_therapy"}),
        ("Serious Mental Illness and Recovery", {"serious_mental_illness"}),
        ("Narrative Therapy with Families", {"marriage_family_therapy"}),
    ],
)
def test_topic_words_clinicians_use(words: str, topics: set[str]) -> None:
    assert set(infer_topics(words)) == topics


@pytest.mark.parametrize(
    ("text", "hours"),
    [("a 1-4pm workshop", 3), ("9:30am–12pm", 2.5), ("from 11-2pm", 3), ("10 to 11:30 am", 1.5)],
)
def test_a_clock_span_is_the_hours_it_took(text: str, hours: float) -> None:
    assert [h.hours for h in find_hours(text)] == [hours]


@pytest.mark.parametrize(
    "text",
    [
        "maybe 3 hrs? the crisis de-escalation in-service at work tuesday",
        "yesterday i did like 4 hours of grief training",
        "did ~11 hours at the NASW-CA conference on 11/20",
        "finished the ethics webinar on 11/20, 2 hrs or so",
    ],
)
def test_hours_said_as_a_guess_are_asked(text: str) -> None:
    item = one(text)
    assert item.hours is not None and not item.confident
    assert any("how many hours" in doubt for doubt in item.doubts)


def test_hours_said_plainly_are_not_asked():
    item = one("finished a 2 hr course about ethics on 11/20")
    assert item.hours == 2 and item.confident


def test_a_clock_span_is_no_date_and_two_days_said_are_a_range():
    item = one("on 11/20 i did a 1-4pm workshop on grief")
    assert (item.hours, item.completed_on) == (3, date(2026, 11, 20))
    item = one("attended the annual conference yesterday and today — 10 CE")
    assert (item.started_on, item.completed_on) == (date(2026, 11, 26), TODAY)


def test_hours_in_brackets_are_no_january_date_and_last_week_holds_for_each_weekday():
    first, second = parse_completion(
        "last week I did 2 ethics webinars: 'Rural Practice' tuesday (2 hrs) and "
        "'Documentation & Risk' thursday (1.5), both live",
        today=TODAY,
    ).items
    assert (first.completed_on, second.completed_on) == (date(2026, 11, 17), date(2026, 11, 19))


def test_a_holiday_weekend_is_asked_and_a_weekend_yields_to_the_day_named():
    item = one("labor day weekend project: knocked out the 8 hr psychopharmacology update")
    assert item.completed_on is None and any("date" in d for d in item.doubts)
    first, second = parse_completion(
        "did two things this weekend: a 3 hr ethics webinar on saturday and 1.5 hrs of "
        "telehealth law on-demand sunday",
        today=TODAY + timedelta(days=3),
    ).items
    assert (first.completed_on, second.completed_on) == (date(2026, 11, 28), date(2026, 11, 29))
    assert first.started_on is None and (first.format, second.format) == ("", "online_async")
    assert first.title == "ethics webinar"


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("10.2.2026 — 1 hr ethics refresher, NASW-NY chapter, zoom", True),
        ("my colleague Sam & I both finished the ethics course today, 3hrs", True),
        ("our whole team did the 3 hr suicide postvention training thursday", True),
        ("our team lead did the crisis training so I'm covered, right?", False),
        ("my pt JR just finished her IOP", False),
        ("finished eight hours of the 15 hr trauma cert, rest next month", False),
        ("I went to the Networker symposium in DC last spring, did I ever log that?", False),
        ("cancel that, I logged it twice", False),
        ("so the 2 hr thing I logged as 'ethics' was really the worker safety course", False),
        ("the 3 hr grief webinar yesterday, can you rename it to Grief Basics", False),
    ],
)
def test_what_is_a_report_of_a_finished_course(text: str, reported: bool) -> None:
    assert parse_completion(text, today=TODAY).is_completion is reported


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "went to CHOP grand rounds thurs (ADHD meds in kids), 1 hr",
            "grand rounds — ADHD meds in kids",
        ),
        (
            "on the 20th I sat for 5 hrs at the Florida Counseling Association fall workshop "
            "(in person), topic was crisis intervention",
            "fall workshop — crisis intervention",
        ),
        (
            "Hi, it was Nov 19, the Perinatal Mental Health training, 14 CE",
            "Perinatal Mental Health training",
        ),
        ("finished last night around 11:45pm — dementia caregiving, 1 hr", "dementia caregiving"),
        ("did ~11 hours at the big conference on 11/20, need to check the cert", "big conference"),
        ("did a 2 hr webinar yesterday, great stuff", ""),
    ],
)
def test_the_courses_name_is_its_subject_not_the_words_around_it(text: str, title: str) -> None:
    assert one(text).title == title


def test_what_is_said_of_both_courses_is_no_third_course():
    items = parse_completion(
        "did the ethics course thursday and the supervision one friday, both CE4Less 3 hrs each",
        today=TODAY,
    ).items
    assert [(i.title, i.provider, i.hours) for i in items] == [
        ("ethics course", "CE4Less", 3),
        ("supervision", "CE4Less", 3),
    ]


def test_sessions_of_one_course_add_up_and_a_range_of_ordinals_keeps_both_days():
    item = one("did two 3-hour sessions of the DBT training on 11/20 and 11/21")
    assert (item.hours, item.started_on, item.completed_on) == (
        6,
        date(2026, 11, 20),
        date(2026, 11, 21),
    )
    item = one("did the 3rd and 4th of November at the EMDR basic training, 20 hrs")
    assert (item.started_on, item.completed_on) == (date(2026, 11, 3), date(2026, 11, 4))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("passed the post-test for the 3 hr Relias ethics course yesterday", "ethics course"),
        ("finished PESI's trauma cert course, 12 hrs, 11/2-11/5", "trauma cert course"),
        (
            "went to grand rounds at Mass General on 11/20 on perinatal depression, 1 hr",
            "grand rounds on perinatal depression",
        ),
    ],
)
def test_words_left_around_a_name_are_tidied(text: str, title: str) -> None:
    assert one(text).title == title


@pytest.mark.parametrize(
    ("text", "title", "provider"),
    [
        ("did a 1 hr webinar hosted by the Trevor Project yesterday", "", "Trevor Project"),
        ("completed a 6 hr course through CEUfast on 11/19", "", "CEUfast"),
        ("did the 4 hr Johns Hopkins course on 11/20", "Johns Hopkins course", "Johns Hopkins"),
        ("finished the ethics webinar presented by Dr. Reamer, 3 hrs, 11/20", "ethics webinar", ""),
    ],
)
def test_a_provider_said_apart_is_no_title(text: str, title: str, provider: str) -> None:
    item = one(text)
    assert (item.title, item.provider) == (title, provider)


def test_a_requirement_named_is_not_the_courses_topic():
    assert infer_topics("counts for my ethics requirement? did a 3 hr boundaries webinar") == (
        "professional_boundaries",
    )
    assert set(infer_topics("trans clients and PrEP")) == {"hiv_aids", "lgbtq_cultural_competency"}


@pytest.mark.parametrize(
    ("words", "fmt"),
    [
        ("watched the replay of the grief talk", "online_async"),
        ("a synchronous online class", "live_online"),
        ("an interactive webinar", "live_online"),
        ("a correspondence course", "self_study"),
        ("a webinar", ""),
        ("an online course", ""),
    ],
)
def test_format_words(words: str, fmt: str) -> None:
    assert infer_format(words) == fmt
