"""A report that brings in a client keeps the course and no word about the client (#18)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.parsing import parse_completion
from bot.parsing.client_phrases import without_client_phrases

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "title", "client_words"),
    [
        ("did a 3 hr course on OCD on 11/20 because of my pt w/ hoarding", "course on OCD",
         ["hoarding"]),
        ("completed 'Treating Hoarding' 3 hrs on 11/20 — Mr. Jones is why", "Treating Hoarding",
         ["Jones"]),
        ("finished a 2 hr webinar on eating disorders yesterday for a teen I see (A.B., 15)",
         "webinar on eating disorders", ["A.B", "15"]),
        ("did the 4hr autism course on 11/19 bc of a new kiddo on my caseload named Leo",
         "autism course", ["Leo", "kiddo"]),
        ("watched the 2hr schizophrenia webinar yesterday, relevant for my pt w/ schizoaffective dx",
         "schizophrenia webinar", ["schizoaffective"]),
        ("completed a 3 hr course on gambling on 11/21, a vet client of mine, Bob, bets on sports",
         "course on gambling", ["Bob", "vet", "sports"]),
        ("my 9-year-old client with selective mutism inspired me to do a 2h play therapy course "
         "yesterday", "play therapy course", ["mutism", "9"]),
    ],
)  # fmt: skip
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
