"""Round 6 of issue #18: titles that are no names, presenters, typed shorthand, lists, asks."""

from __future__ import annotations

from datetime import date

import pytest

from bot.parsing import parse_completion
from bot.parsing.corrections import looks_like_correction
from bot.parsing.providers import find_provider

TODAY = date(2026, 10, 21)  # a Wednesday


def read(text: str) -> list[tuple[str, str, float | None, date | None]]:
    result = parse_completion(text, today=TODAY)
    assert result.is_completion, text
    return [(i.title, i.provider, i.hours, i.completed_on) for i in result.items]


@pytest.mark.parametrize(
    "text",
    [
        "so that's my certificate for Grief in Schools (4 hrs) — finished it 10/19",
        "Home from the Grief in Schools conference!! 4 hrs total, 10/19",
        "Grief in Schools: 4 hrs, in person, 10/19",
    ],
)
def test_a_clause_that_names_nothing_gives_way_to_the_course_s_name(text: str) -> None:
    [(title, _, hours, day)] = read(text)
    assert "Grief in Schools" in title and (hours, day) == (4, date(2026, 10, 19))


def test_a_presenter_s_organisation_in_brackets_is_the_provider() -> None:
    assert find_provider("the 2 hr 'Notes That Hold Up' by Dana Whitfield (Chart Sense)") == (
        "Chart Sense"
    )
    # An organisation before its brackets keeps its own name.
    assert find_provider("the 2 hr course by the Ohio Counseling Association (Columbus)") == (
        "Ohio Counseling Association"
    )


def test_a_known_name_keeps_its_place_and_an_extension_is_an_organisation() -> None:
    assert find_provider("from the Alzheimer's Foundation of America, 2 hrs") == (
        "Alzheimer's Foundation of America"
    )
    assert find_provider("at the UCLA Extension grief seminar").lower() == "ucla extension"


def test_each_date_after_a_course_s_hours_stays_with_that_course() -> None:
    got = read("did 'Boundaries 101' 2 hrs, 10/12, and 'Telehealth Law' 1 hr, 10/14, both Relias")
    assert [(title, day) for title, _, _, day in got] == [
        ("Boundaries 101", date(2026, 10, 12)),
        ("Telehealth Law", date(2026, 10, 14)),
    ]


def test_listed_hours_end_before_who_gave_them() -> None:
    got = read("did grief 2, ethics 3 from Allied CE yesterday")
    assert [(t, p, h) for t, p, h, _ in got] == [
        ("grief", "Allied CE", 2),
        ("ethics", "Allied CE", 3),
    ]


def test_yday_is_yesterday_and_done_for_today_is_no_date() -> None:
    [(_, _, _, day)] = read("did the 2 hr ethics webinar yday")
    assert day == date(2026, 10, 20)
    [(_, _, _, day)] = read("last one for today: 1 hr grief basics, Monday")
    assert day == date(2026, 10, 19)


@pytest.mark.parametrize(
    "text",
    [
        "is my grief course from last week logged?",
        "Day 2 of the 4-day EMDR training done!",
    ],
)
def test_asking_after_an_entry_or_one_day_of_several_is_no_report(text: str) -> None:
    assert not parse_completion(text, today=TODAY).is_completion


def test_a_correction_after_a_dash_is_a_correction() -> None:
    assert looks_like_correction("correction — the grief course I logged was 3 hrs, not 2")


def test_the_site_a_course_was_on_is_its_provider_but_a_day_or_a_subject_is_not() -> None:
    [(title, provider, _, _)] = read(
        "did 2 hrs on hoarding yesterday on Mind Matters Daily, recorded"
    )
    assert (title, provider) == ("hoarding", "Mind Matters Daily")
    assert read("did 2 hrs on Ethics, 10/12")[0][1] == ""
    assert read("did 2 hrs on grief on Monday")[0][1:] == ("", 2, date(2026, 10, 19))


def test_a_workshop_held_in_a_town_is_in_person_and_one_in_a_language_says_nothing() -> None:
    def fmt(text: str) -> str:
        return parse_completion(text, today=TODAY).items[0].format

    assert fmt("did 6 hrs at the grief workshop in Denver on 10/10") == "in_person"
    assert fmt("did a 2 hr training in Spanish on grief, 10/12") == ""


def test_a_day_said_again_after_no_wait_is_the_day() -> None:
    [(_, _, _, day)] = read("did the 3 hr ethics webinar 10/14 — no wait, 10/13")
    assert day == date(2026, 10, 13)


def test_a_count_of_sessions_is_no_title() -> None:
    [(title, _, hours, _)] = read(
        "hi, I was at the Grief Summit oct 12 thru 14, logged 16 hrs of sessions"
    )
    assert (title, hours) == ("Grief Summit", 16)
