"""Short answers people type in onboarding and settings."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import parse_date, parse_formats, parse_license, parse_yes_no, parse_zone

FRIDAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3/31/2027", date(2027, 3, 31)),
        ("March 31, 2027", date(2027, 3, 31)),
        ("march 31st 2027", date(2027, 3, 31)),
        ("March 2027", date(2027, 3, 31)),
        ("next march", date(2027, 3, 31)),
        ("end of June", date(2027, 6, 30)),
        ("2027-06-30", date(2027, 6, 30)),
        # the year said in words or as two digits (today is in 2026)
        ("june 30 next yr", date(2027, 6, 30)),
        ("june 30th, next year", date(2027, 6, 30)),
        ("March of next year", date(2027, 3, 31)),
        ("Dec 31 this year", date(2026, 12, 31)),
        ("jun 30 '27", date(2027, 6, 30)),
        ("by march 31, 2027", date(2027, 3, 31)),
        ("someday", None),
        ("next year", None),  # no month: asked again
        # A bare number is a month, a day or a count: asked again, never guessed.
        ("3", None),
        (" 12 ", None),
    ],
)
def test_renewal_dates(text, expected):
    assert parse_date(text, today=FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LCSW in California", ("LCSW", "CA")),
        ("ca lpcc", ("LPC", "CA")),
        ("Psychologist, NY", ("PSYCHOLOGIST", "NY")),
        ("lmft texas", ("LMFT", "TX")),
        ("I'm a licensed mental health counselor in New York", ("LPC", "NY")),
        ("LICSW Massachusetts", ("LCSW", "MA")),
        ("counselor in il", ("LPC", "IL")),  # "in" is a word here, not Indiana
        ("LIMHP in Nebraska", ("LPC", "NE")),  # each state's own titles (bot/license_titles.py)
        ("LMSW in Michigan", (None, "MI")),  # a title the bot does not track: no type
        ("hello", (None, None)),
    ],
)
def test_licenses(text, expected):
    assert parse_license(text) == expected


def test_time_zones():
    assert parse_zone("Pacific") == "America/Los_Angeles"
    assert parse_zone("EST") == "America/New_York"
    assert parse_zone("America/Chicago") == "America/Chicago"
    assert parse_zone("denver") == "America/Denver"
    assert parse_zone("Mars") is None
    assert parse_zone("Europe/Nowhere") is None


def test_yes_no_and_formats():
    assert parse_yes_no("Yes!") is True and parse_yes_no("nope") is False
    assert parse_yes_no("maybe") is None
    assert parse_formats("live or in person") == ["live_online", "in_person"]
    assert set(parse_formats("any")) == {"online_async", "live_online", "in_person", "self_study"}
    assert parse_formats("cheap ones") == []
