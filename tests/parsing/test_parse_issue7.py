"""Issue 7 parser rules: years left in doubt, "each", topic-only matches, client details."""

from __future__ import annotations

from datetime import date

import pytest

from bot.parsing import CatalogEntry, looks_like_client_info, parse_completion
from bot.parsing.dates import find_dates

FRIDAY = date(2026, 11, 27)
CATALOG = (
    CatalogEntry(5, "Ethics in Telehealth", "NBCC", 3, ("ethics", "telehealth")),
    CatalogEntry(14, "Gottman Level 1: Bridging the Couple Chasm", "Gottman Institute", 12),
    CatalogEntry(15, "CBT for Anxiety Disorders", "Beck Institute", 6),
)


def items(text: str):
    return parse_completion(text, today=FRIDAY, catalog=CATALOG).items


def test_a_month_and_day_still_ahead_is_last_year_and_asked_about():
    [item] = items("finished a 2h course on grief Dec 15")
    assert item.completed_on == date(2025, 12, 15)
    assert any("still ahead" in doubt for doubt in item.doubts) and not item.confident


def test_a_written_year_is_not_doubted():
    [item] = items("finished a 2h course on grief Dec 15, 2025")
    assert item.completed_on == date(2025, 12, 15) and item.confident


def test_a_calendar_date_beats_the_weekday_said_with_it():
    [item] = items("attended a 3h grief webinar on Thurs 11/19")
    assert item.completed_on == date(2026, 11, 19)


def test_this_week_is_today_and_not_part_of_the_title():
    [item] = items("finished a 2h grief webinar this week")
    assert item.completed_on == FRIDAY and "week" not in item.title


def test_last_friday_said_on_a_friday_is_a_week_ago():
    assert find_dates("last friday", FRIDAY)[0].on == date(2026, 11, 20)


def test_two_courses_with_hours_each():
    first, second = items(
        "finished Ethics in Telehealth and a grief webinar yesterday, 3 hours each"
    )
    assert (first.course_id, first.hours, second.hours) == (5, 3, 3)
    assert first.completed_on == second.completed_on == date(2026, 11, 26)


def test_a_topic_with_other_hours_is_another_course():
    [item] = items("watched a 60 min webinar on telehealth ethics")
    assert (item.course_id, item.hours) == (None, 1)


def test_the_title_itself_keeps_the_catalog_hours_and_asks():
    [item] = items("finished ethics in telehealth, 4 hours")
    assert (item.course_id, item.hours) == (5, 3) and not item.confident


def test_a_provider_name_in_the_title_is_enough_to_match():
    [item] = items("finally done with that 12 hr Gottman training")
    assert item.course_id == 14


def test_integer_ceus_are_asked_about():
    [item] = items("completed 2 CEUs in cultural competency")
    assert item.hours == 2 and any("CEU" in doubt for doubt in item.doubts)


@pytest.mark.parametrize(
    "text",
    [
        "my 3pm, Sarah, has been struggling with panic attacks",
        "my client sarah disclosed abuse last session",
        "my client jake was diagnosed with bipolar",
        "Session with M.R. today, she reported SI",
        "took an ethics course bc of my client Tom's custody case",
    ],
)
def test_client_details_are_recognised(text: str):
    assert looks_like_client_info(text)


@pytest.mark.parametrize(
    "text",
    [
        "my client-centered therapy course is done, 3 hrs",
        "finished a 2h course on client engagement in telehealth",
        "completed 'Treating Clients with Trauma' 3 hrs yesterday",
        "finished the patient safety & suicide risk module today",
        "my client finished treatment",
        "my 3pm webinar on ethics was great",
    ],
)
def test_course_talk_about_clients_is_not_client_details(text: str):
    assert not looks_like_client_info(text)


def test_client_centered_course_still_logs():
    [item] = items("my client-centered therapy course is done, 3 hrs")
    assert item.hours == 3 and "client-centered" in item.title.lower()


def test_a_bare_weekday_said_on_that_weekday_is_asked_about():
    [item] = items("finished a 2h grief webinar Friday")
    assert item.completed_on == date(2026, 11, 20) and not item.confident
    [item] = items("finished a 2h grief webinar last Friday")
    assert item.completed_on == date(2026, 11, 20) and item.confident
