"""Issue #18, second round: providers by their shape, dates never guessed, clients left out.

Phrasings made up here; expected values worked out by hand against TODAY (a Tuesday).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.parsing import ParsedCompletion, parse_completion

TODAY = date(2026, 12, 1)  # Tue: Sat Nov 28 / Sun Nov 29 the weekend, Mon Nov 23 a week back


def items(text: str) -> tuple[ParsedCompletion, ...]:
    result = parse_completion(text, today=TODAY)
    assert result.is_completion, text
    return result.items


def one(text: str) -> ParsedCompletion:
    [item] = items(text)
    return item


def test_no_date_said_is_asked_never_today():
    item = one("finished a 2 hour course on boundaries")
    assert item.completed_on is None and item.started_on is None
    assert any("date" in doubt for doubt in item.doubts)
    assert not item.confident


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        (
            "knocked out a three-hour documentation training from Ridgeview Behavioral Health",
            "Ridgeview Behavioral Health",
        ),
        ("did 2 hrs on grief through the University of Vermont, 11/24", "University of Vermont"),
        (
            "3 hrs on ethics for supervisors, Pennsylvania Society for Clinical Social Work, 11/20",
            "Pennsylvania Society for Clinical Social Work",
        ),
        ("did the MA regs training (2 hrs) via NASW-MA on 11/19", "NASW-MA"),
        ("2h opioid safety course from Providers Clinical Support System (PCSS), 11/24", "PCSS"),
        ("finished Columbia's online certificate in SMI care, 20 hrs, 11/25", "Columbia"),
        ("did the 1 hr HIPAA refresher, Praxis, 11/12", "Praxis"),
        (
            "finished the 3 hour ethics thing from the ohio chapter of nasw on the 24th",
            "ohio chapter of nasw",
        ),
    ],
)
def test_a_provider_is_read_from_how_it_is_said(text: str, provider: str):
    assert one(text).provider == provider


@pytest.mark.parametrize(
    "text",
    [
        "finished a 3 hr course on supervision from NBCC last night",
        "did 3 hrs of supervision training w the state board on 11/9",
        "spent saturday at the Midwest Trauma Summit, 7 CE hours",
        "ASWB ACE approved, 3 CE, ethics for social workers, finished Sunday",
    ],
)
def test_approval_bodies_boards_and_events_are_no_provider(text: str):
    assert one(text).provider == ""


def test_an_approval_body_named_as_the_source_is_kept_as_the_approval():
    item = one("finished a 3 hr course on supervision from NBCC last night")
    assert (item.provider, item.approval) == ("", "NBCC")


def test_a_course_beside_a_client_is_logged_without_the_client():
    result = parse_completion(
        "my client Maria's divorce is getting messy so I did the 3 hr high-conflict divorce "
        "course from AFCC yesterday",
        today=TODAY,
    )
    assert result.client_info and result.is_completion
    [item] = result.items
    assert (item.provider, item.hours, item.completed_on) == ("AFCC", 3, date(2026, 11, 30))
    assert "maria" not in f"{item.title} {item.provider}".lower()


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("knocked out 4 CEs at the grief workshop saturday", ""),
        ("did a 1 hr webinar on burnout yesterday", ""),
        ("went to the IFS intro day at Omega, 11/14, 6 hrs", "in_person"),
        ("attended the state conference tuesday and wednesday, 10 hrs", "in_person"),
        ("watched the recorded webinar on ADHD, 1.5 hrs, 11/10", "online_async"),
    ],
)
def test_format_only_from_the_members_words(text: str, fmt: str):
    assert one(text).format == fmt


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("did 2 hours of Ohio law & rules, 11/12", ("state_law_oh",)),
        ("finished the ethcis course yesterday 3 hrs", ("ethics",)),
        (
            "finished the modules my supervisor sent me on documentation, 3 hrs, 11/27",
            ("documentation",),
        ),
        ("did a 1.5 hr course on harm reduction, 11/3", ("substance_use",)),
        ("PsychArmor 2 hr course on military culture today", ("military_veterans",)),
    ],
)
def test_topics_from_the_courses_words_only(text: str, topics: tuple[str, ...]):
    assert one(text).topics == topics


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("did thursday of last week: 3 hr ACT workshop", date(2026, 11, 26), date(2026, 11, 26)),
        ("did 1.5 hrs of ethics last week thursday", date(2026, 11, 26), date(2026, 11, 26)),
        (
            "completed the Monday before last: 6 hr DBT training",
            date(2026, 11, 23),
            date(2026, 11, 23),
        ),
        (
            "over the weekend — Sunday — I did 2 hours on anxiety",
            date(2026, 11, 29),
            date(2026, 11, 29),
        ),
        (
            "Mon+Tue this week at the state conference, 9 hours",
            date(2026, 11, 30),
            date(2026, 12, 1),
        ),
        (
            "finished a compassion fatigue workshop, 3 hrs, thanksgiving morning",
            date(2026, 11, 26),
            date(2026, 11, 26),
        ),
        (
            "log this: supervision masterclass, 90 min, 11.24",
            date(2026, 11, 24),
            date(2026, 11, 24),
        ),
    ],
)
def test_relative_and_dotted_dates(text: str, start: date, end: date):
    item = one(text)
    assert (item.started_on or item.completed_on, item.completed_on) == (start, end)


def test_each_course_keeps_its_own_date_and_the_shared_provider():
    first, second, third = items(
        "ethics (3h, 11/2), boundaries (2h, 11/3), and suicide (1h, 11/4) all from CE4Less"
    )
    assert [i.completed_on for i in (first, second, third)] == [
        date(2026, 11, 2),
        date(2026, 11, 3),
        date(2026, 11, 4),
    ]
    assert {i.provider for i in (first, second, third)} == {"CE4Less"}


def test_a_sentence_break_gives_the_second_course_its_own_day():
    first, second = items("Completed ethics (3h) yesterday. also did a 1h on teletherapy this am")
    assert (first.completed_on, second.completed_on) == (date(2026, 11, 30), TODAY)


def test_hours_said_as_a_choice_are_asked():
    item = one("finished something on trauma, either 3 or 4 hours, on 11/10")
    assert item.hours is None and any("hours" in doubt for doubt in item.doubts)


def test_a_time_ago_is_no_course_length():
    [item] = items("finished the hoarding disorder webinar ~1 hr ago, it was 1 hour")
    assert (item.hours, item.completed_on) == (1, TODAY)


def test_number_words_and_compound_numbers():
    assert one("did twenty-four hours of EMDR training, nov 2").hours == 24
    assert one("finished a two-and-a-half-hour ethics course today").hours == 2.5


@pytest.mark.parametrize(
    "text",
    [
        "working on the DBT intensive, module 2 of 5 done",
        "finished 10 of the 15 hours for the DBT course",
        "failed the post-test on the ethics module, retaking it tomorrow",
        "do you remember the course i did in october",
        "my intern finished her 40 hour DV training today",
        "so glad to be done with this cycle lol",
    ],
)
def test_not_a_finished_course_of_ones_own(text: str):
    assert not parse_completion(text, today=TODAY).is_completion


def test_a_count_of_courses_is_no_title():
    trauma, grief = items("finished two things from PESI yesterday — trauma (2h) and grief (1h)")
    assert (trauma.title, grief.title) == ("trauma", "grief")
    assert (trauma.provider, grief.provider) == ("PESI", "PESI")


def test_words_for_a_kind_of_course_name_none():
    item = one("hey so i did a webinar today")
    assert item.title == "" and "course name not given" in item.doubts


def test_filler_before_the_title_is_left_out():
    assert one("log this pls: Motivo supervision masterclass, 90 min, 11/24").title == (
        "supervision masterclass"
    )
