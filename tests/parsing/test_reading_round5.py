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


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        (
            "finished 'X Supervision' through the Univ. of Denver GSSW, 3 hrs, 3/2",
            "Univ. of Denver GSSW",
        ),
        (
            "did 2 hrs of ethics 3/2 through my agency (Family Service Agency of Fresno)",
            "Family Service Agency of Fresno",
        ),
        (
            "finished Risk Assessment w/ Older Adults 3/2, 2 hrs, thru the Geriatric Mental Health Foundation",
            "Geriatric Mental Health Foundation",
        ),
        (
            "did a lunch-and-learn on eating disorders at Children's Mercy hospital today, 1 CE",
            "Children's Mercy hospital",
        ),
        ("attended grand rounds @ McLean 3/2 — 'Borderline Update', 1 CE", "McLean"),
        ("Cycle's almost over 😅 did 'Telehealth Law' (3 CE) on 3/2", ""),
        ("did 'Crisis Work' (2 CE) 3/2 from TheraNest Academy", "TheraNest Academy"),
    ],
)
def test_providers_in_their_many_shapes(text: str, provider: str):
    (item,) = parse_completion(text, today=TODAY).items
    assert item.provider == provider


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (
            "Attended 'Ethics & Social Media' at the Rhode Island College School of Social Work on 3/2, 3 CE",
            "in_person",
        ),
        ("attended grand rounds 3/2, 1 CE", "in_person"),
        ("attended a webinar on grief 3/2, 1 CE", ""),
        ("back from the AAMFT summer institute (mar 1-3) 15 CE hrs", "in_person"),
    ],
)
def test_being_there_is_in_person(text: str, fmt: str):
    (item,) = parse_completion(text, today=TODAY).items
    assert item.format == fmt


def test_the_monday_before_last_said_on_a_monday_is_two_weeks_back():
    monday = date(2026, 3, 16)
    (item,) = parse_completion(
        "Monday before last I went to a half day on grief at the Area Agency on Aging, 3.5 hrs",
        today=monday,
    ).items
    assert item.completed_on == date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "title", "provider"),
    [
        (
            "fri I was at the Trauma-Informed Schools conference in Columbus, 6 ce hours",
            "Trauma-Informed Schools conference in Columbus",
            "",
        ),
        (
            "attended the AAMFT annual conference in Tampa mar 1 to mar 3 (20 hrs)",
            "AAMFT annual conference in Tampa",
            "AAMFT",
        ),
        (
            "Spent thurs at the Evolution of Psychotherapy conference in Anaheim!! 7 CE hours",
            "Evolution of Psychotherapy conference in Anaheim",
            "",
        ),
    ],
)
def test_an_event_keeps_its_name_and_only_an_organisation_is_its_host(
    text: str, title: str, provider: str
):
    (item,) = parse_completion(text, today=TODAY).items
    assert (item.title, item.provider) == (title, provider)


def test_everyday_words_a_slip_from_a_ce_word_are_kept():
    (item,) = parse_completion(
        "took the 'Kids & Screens' webinar friday - 1 contact hr, watched the recording",
        today=TODAY,
    ).items
    assert item.format == "online_async"  # "recording" was read as "reporting"


def test_the_whole_requirement_done_is_no_course_s_hours():
    (item,) = parse_completion(
        "Finished my 36 hours! last one was a 3 hr ethics course from CE4Less on 3/1", today=TODAY
    ).items
    assert (item.hours, item.completed_on) == (3, date(2026, 3, 1))


def test_a_passed_post_test_with_no_day_is_today():
    (item,) = parse_completion(
        "passed the post test! Autism in Adults, 4 CE, NetCE, home study", today=TODAY
    ).items
    assert item.completed_on == TODAY


def test_a_course_named_before_its_verb_keeps_its_name():
    (item,) = parse_completion(
        "hey so the CBT for insomnia course from the Beck Institute is done, 12 hrs, finished 3/1",
        today=TODAY,
    ).items
    assert item.title == "CBT for insomnia course"


def test_a_second_course_s_hours_with_the_unit_said_once():
    got = read("yesterday i did an hr on psychosis and then 2 on bipolar, both from CE4Less")
    assert [(g[0], g[1]) for g in got] == [("psychosis", 1), ("bipolar", 2)]


def test_with_no_verb_the_course_is_named_beside_its_hours():
    (item,) = parse_completion(
        "long weekend = ce weekend. sat: 3hr grief & loss in children (on demand, Dougy Center)",
        today=TODAY,
    ).items
    assert (item.title, item.hours, item.completed_on) == (
        "grief & loss in children",
        3,
        date(2026, 2, 28),
    )


def test_a_known_provider_keeps_the_letters_of_its_name():
    (item,) = parse_completion(
        "did the 'Foundations of ACT' workshop with Praxis CET 3/2, 6 hrs, live online", today=TODAY
    ).items
    assert item.provider == "Praxis CET"


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("telepractice ethics", "telehealth"),
        ("video sessions with couples", "telehealth"),
        ("partner abuse screening", "domestic_violence"),
        ("Fall Risk in Elders", "aging_older_adults"),
    ],
)
def test_more_words_for_board_topics(words: str, topic: str):
    from bot.parsing.vocabulary import infer_topics

    assert topic in infer_topics(words)


def test_a_magazine_named_today_keeps_its_name():
    (item,) = parse_completion(
        "finished a course on clinical documentation from Social Work Today, 3 CEs, on march 1st",
        today=TODAY,
    ).items
    assert (item.provider, item.completed_on) == ("Social Work Today", date(2026, 3, 1))
