"""A report that brings in a client keeps the course and no word about the client (#18)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from bot.parsing import parse_completion
from bot.parsing.client_phrases import course_beside_a_client, without_client_phrases

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "title", "client_words"),
    [
        (
            "did a 3 hr course on OCD on 11/20 because of my pt w/ hoarding",
            "course on OCD",
            ["hoarding"],
        ),
        (
            "completed 'Treating Hoarding' 3 hrs on 11/20 — Mr. Jones is why",
            "Treating Hoarding",
            ["Jones"],
        ),
        (
            "finished a 2 hr webinar on eating disorders yesterday for a teen I see (A.B., 15)",
            "webinar on eating disorders",
            ["A.B", "15"],
        ),
        (
            "did the 4hr autism course on 11/19 bc of a new kiddo on my caseload named Leo",
            "autism course",
            ["Leo", "kiddo"],
        ),
        (
            "watched the 2hr schizophrenia webinar yesterday, relevant for my pt w/ schizoaffective dx",
            "schizophrenia webinar",
            ["schizoaffective"],
        ),
        (
            "completed a 3 hr course on gambling on 11/21, a vet client of mine, Bob, bets on sports",
            "course on gambling",
            ["Bob", "vet", "sports"],
        ),
        (
            "my 9-year-old client with selective mutism inspired me to do a 2h play therapy course "
            "yesterday",
            "play therapy course",
            ["mutism", "9"],
        ),
    ],
)
def test_the_course_is_kept_and_the_client_left_out(
    text: str, title: str, client_words: list[str]
) -> None:
    result = parse_completion(text, today=TODAY)
    assert result.is_completion and result.client_info
    [item] = result.items
    assert item.title == title and item.hours is not None and item.completed_on is not None
    stored = f"{item.title} {item.provider}"
    assert not [word for word in client_words if word in stored]


@pytest.mark.parametrize(
    "text",
    [
        "finished a 2h course on client engagement in telehealth",
        "finished my own teen DBT training today, 6 hrs",
        "did the 3 hr course on working with clients in crisis, 11/20",
        "the 2 hr client-centered therapy course on 11/20",
    ],
)
def test_a_course_about_clients_names_no_client(text: str) -> None:
    assert without_client_phrases(text) == (text, False)


# A course told beside a client, written by hand: the client named by an initial, a booked hour,
# "a family I see", "a pt", a client's mother; before or after the course, in the same sentence
# or another, after a comma or "then", with hours for the session as well as the course.
@pytest.mark.parametrize(
    ("text", "title", "hours", "day", "client_words"),
    [
        (
            "K. has been struggling with panic attacks so I did a 2h panic disorder webinar yesterday",
            "panic disorder webinar",
            2,
            date(2026, 11, 26),
            ["K.", "struggling", "attacks"],
        ),
        (
            "my client's mom asked about school refusal, so I watched the 1 hr school refusal "
            "webinar today",
            "school refusal webinar",
            1,
            date(2026, 11, 27),
            ["mom", "asked"],
        ),
        (
            "completed 'Working with Hoarding Disorder' 6 CE hours on Nov 12, for my client R.T.",
            "Working with Hoarding Disorder",
            6,
            date(2026, 11, 12),
            ["R.T", "client"],
        ),
        (
            "after my 10am with D. (she's been self-harming) I finished the 2 hr DBT refresher on "
            "11/24",
            "DBT refresher",
            2,
            date(2026, 11, 24),
            ["10am", "D.", "self-harming"],
        ),
        (
            "JR's mom called in tears this morning. later I knocked out a 1 hr webinar on parenting "
            "teens, 11/25",
            "webinar on parenting teens",
            1,
            date(2026, 11, 25),
            ["JR", "tears"],
        ),
        (
            "finished a 2h course on selective mutism yesterday - my 4 yo client won't speak at "
            "school",
            "course on selective mutism",
            2,
            date(2026, 11, 26),
            ["4 yo", "school"],
        ),
        (
            "had an intake with a new pt (1.5 hrs) and after that did the 3 hr NASW ethics webinar, "
            "nov 24",
            "ethics webinar",
            3,
            date(2026, 11, 24),
            ["intake", "new pt", "that"],
        ),
        (
            "my 11am, T., talked about her miscarriage, so I did the 2 hr perinatal loss training "
            "today",
            "perinatal loss training",
            2,
            date(2026, 11, 27),
            ["11am", "T.", "miscarriage"],
        ),
        (
            "took the 6 hr 'Treating Adolescent Depression' course on Sunday because of a teen I see",
            "Treating Adolescent Depression",
            6,
            date(2026, 11, 22),
            ["teen I see", "because"],
        ),
        (
            "a pt's wife asked me about dementia so yesterday I watched a 1h dementia caregiving "
            "webinar",
            "dementia caregiving webinar",
            1,
            date(2026, 11, 26),
            ["wife", "asked"],
        ),
        (
            "my client Rosa (16) is why i took the 'Self-Harm in Adolescents' course tuesday, 2 CE",
            "Self-Harm in Adolescents",
            2,
            date(2026, 11, 24),
            ["Rosa", "16", "why"],
        ),
    ],
)
def test_a_course_beside_a_client_keeps_only_the_course(
    text: str, title: str, hours: float, day: date, client_words: list[str]
) -> None:
    result = parse_completion(text, today=TODAY)
    assert result.is_completion and result.client_info
    [item] = result.items
    assert (item.title, item.hours, item.completed_on) == (title, hours, day)
    stored = f"{item.title} {item.provider}".casefold()
    said = [
        w for w in client_words if re.search(rf"(?<!\w){re.escape(w.casefold())}(?!\w)", stored)
    ]
    assert not said


@pytest.mark.parametrize(
    "text",
    [
        # A client's own course or treatment: theirs, not the member's CE.
        "my pt finished his 12-week anger management course today",
        "my client's son finished a 4 hour anger management class today",
        "my client Dana completed a 6 hour parenting class for court",
        "patient anna was hospitalized again, took a 1h crisis course after",
        # A session, with its hours: no course at all.
        "2 hr session with my client B. about her trauma yesterday",
        "1 hr session with a family I see, then 1 hr intake",
        "3 hrs of sessions with pts today, then 1 hr of notes",
    ],
)
def test_a_client_s_course_or_a_session_leaves_no_course(text: str) -> None:
    assert course_beside_a_client(text) is None
    assert not parse_completion(text, today=TODAY).items


@pytest.mark.parametrize(
    "text",
    [
        "Attended the state conference thurs-sat, 15 hrs. the ethics session counted for 3",
        "finished the trauma course for my clients, 3h, 11/20",  # clients in general
        "finished a 3h grief workshop with Dr. Kim yesterday",
    ],
)
def test_a_message_without_a_client_comes_back_as_it_was(text: str) -> None:
    assert course_beside_a_client(text) == text


def test_a_client_between_two_courses_leaves_both() -> None:
    text = "did the 2h ethics webinar on 11/20, then saw my 3pm, then finished a 1 hr HIPAA course on 11/21"
    result = parse_completion(text, today=TODAY)
    assert result.client_info
    got = [(item.title, item.hours, item.completed_on) for item in result.items]
    assert got == [
        ("ethics webinar", 2, date(2026, 11, 20)),
        ("HIPAA course", 1, date(2026, 11, 21)),
    ]


def test_a_no_show_is_the_client_s_and_the_course_the_member_s() -> None:
    result = parse_completion(
        "client no-showed so I did 1 hr of the suicide prevention course on 11/24", today=TODAY
    )
    [item] = result.items
    assert (item.title, item.hours, item.completed_on) == (
        "suicide prevention course",
        1,
        date(2026, 11, 24),
    )
    assert result.client_info and "show" not in item.title


def test_a_wall_of_client_phrases_keeps_none_of_them() -> None:
    # Its time, linear in the length, is checked with the other shapes in test_long_messages.
    text = "my client, " * 3600 + "finished the 2h ethics course yesterday"
    result = parse_completion(text, today=TODAY)
    assert not [item for item in result.items if "client" in item.title]


def test_the_members_own_i_is_no_clients_initial() -> None:
    """'patients I finally did …': "I" is the member, not a patient's initial ("pt JR")."""
    [item] = parse_completion(
        "after back-to-back patients I finally did the 2h ethics webinar yesterday", today=TODAY
    ).items
    assert (item.hours, item.completed_on) == (2, TODAY - timedelta(days=1))
    assert "ethics webinar" in item.title and "patient" not in item.title
    [initial] = parse_completion("pt JR relapsed so I took the 3h SUD course", today=TODAY).items
    assert "JR" not in initial.title and initial.hours == 3
