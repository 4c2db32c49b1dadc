"""A word list as a tree matches what the flat list, longest first, matches."""

from __future__ import annotations

import re

import pytest

from bot.parsing.wordlist import alternation


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("fifty five minutes", "fifty five"),  # the longer number word, not "fifty"
        ("fifty minutes", "fifty"),
        ("an hour", "an"),
        ("a course", "a"),
        ("FIFTY-FIVE", "FIFTY-FIVE"),
        ("fiftyish", None),  # no word ends inside another
    ],
)
def test_the_longest_word_that_fits_is_matched(text: str, want: str | None) -> None:
    words = ["a", "an", "fifty", "fifty five", "fifty-five", "five"]
    pattern = re.compile(rf"\b{alternation(words, fold_case=True)}\b", re.I)
    m = pattern.match(text)
    assert (m[0] if m else None) == want


def test_punctuation_in_a_name_is_literal_and_an_empty_list_matches_nothing() -> None:
    assert re.fullmatch(alternation(["A.C.E.", "P&G"]), "A.C.E.")
    assert not re.fullmatch(alternation(["A.C.E."]), "AxCxEx")
    assert re.search(alternation([]), "anything") is None
