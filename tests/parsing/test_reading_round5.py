"""Round 5 of issue #18: bare hours in lists, shared formats, abbreviations, corrections."""

from __future__ import annotations

from datetime import date

import pytest

from bot.parsing import parse_completion
from bot.parsing.abbreviations import spelled_out
from bot.parsing.corrections import correction, looks_like_correction
from bot.parsing.hours import find_hours

TODAY = date(2026, 3, 5)  # a Thursday


def read(text: str) -> list[tuple[str, float | None, date | None, str]]:
    result = parse_completion(text, today=TODAY)
    assert result.is_completion, text
    return [(i.title, i.hours, i.completed_on, i.format) for i in result.items]


def test_hours_said_bare_after_each_course_of_a_list_are_each_ones():
    got = read(
        "log two from yesterday, both PESI recorded: ethics of documentation 3, telehealth 2"
    )
    assert got == [
        ("ethics of documentation", 3, date(2026, 3, 4), "online_async"),
        ("telehealth", 2, date(2026, 3, 4), "online_async"),
    ]


def test_a_lone_bare_number_is_no_hours():
    assert find_hours("Motivational Interviewing Level 2, via MINT") == []
    assert find_hours("finished the aug 12 and oct 3 ones") == []


def test_a_total_before_its_list_is_not_the_first_course_s_hours():
    got = read("yesterday i got 5 hrs in: Ethics for LPCs (3, self study) + Grief Basics (2, same)")
    assert got == [
        ("Ethics for LPCs", 3, date(2026, 3, 4), "self_study"),
        ("Grief Basics", 2, date(2026, 3, 4), "self_study"),
    ]


def test_a_format_said_after_the_last_course_of_a_list_is_said_of_all():
    got = read(
        "sun did 'Ethics in Rural Practice' (3) and 'Small Towns' (2), NASW Montana, on demand"
    )
    assert [g[3] for g in got] == ["online_async", "online_async"]


def test_a_format_said_inside_one_course_of_a_list_stays_its_own():
    got = read("a 3 hr ethics webinar on monday and 1.5 hrs of telehealth law on-demand tuesday")
    assert [g[3] for g in got] == ["", "online_async"]


def test_a_provider_name_that_looks_like_a_question_word_does_not_make_a_question():
    got = read("wed 3/4 'Holiday Grief' 1.5 hrs (What's Your Grief, recorded)")
    assert got == [("Holiday Grief", 1.5, date(2026, 3, 4), "online_async")]


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("DV 101 training", "domestic violence (DV) 101 training"),
        ("MI for teens", "motivational interviewing (MI) for teens"),
        ("SUD & IPV", "substance use disorder (SUD) & intimate partner violence (IPV)"),
        ("CBT-I basics", "CBT for Insomnia (CBT-I) basics"),
        ("implicit bias for MI licensure", "implicit bias for MI licensure"),  # Michigan
        ("motivational interviewing (MI)", "motivational interviewing (MI)"),
        ("admin skills", "admin skills"),
    ],
)
def test_abbreviations_in_titles_are_written_out_beside_the_letters(said: str, written: str):
    assert spelled_out(said) == written


def test_a_changed_provider_or_a_disputed_figure_is_a_correction_not_a_course():
    assert correction("the MI course I logged was from Hazelden, not PESI", today=TODAY) is not None
    fix = correction("I logged 3 hrs for the couples one but the cert says 3.5", today=TODAY)
    assert fix is not None and (fix.course, fix.change) == ("couples", "3.5")
    assert not parse_completion("the trauma one was PESI not Relias", today=TODAY).is_completion


def test_an_opinion_with_not_is_no_correction():
    assert not looks_like_correction("the ethics webinar was great, not boring at all")
