"""The member's words win over a loose catalog match, and no day is guessed (#18)."""

from __future__ import annotations

from datetime import date

from bot.parsing import CatalogEntry, parse_completion
from bot.parsing.doubts import field_of
from bot.parsing.edit import apply_edit

TODAY = date(2026, 11, 27)  # a Friday
CATALOG = (
    CatalogEntry(
        7,
        "NASW-Illinois Chapter recorded sexual harassment prevention training",
        "NASW-Illinois Chapter",
        3,
        ("sexual_harassment_prevention",),
    ),
    CatalogEntry(5, "Ethics in Telehealth", "NBCC", 3, ("ethics", "telehealth")),
)


def one(text: str):
    result = parse_completion(text, today=TODAY, catalog=CATALOG)
    assert result.is_completion and len(result.items) == 1, result
    return result.items[0]


def test_a_loose_match_keeps_the_members_title_provider_hours_and_topics():
    item = one("finished a 3 hour ethics webinar from NASW yesterday")
    assert (item.title, item.provider, item.hours) == ("ethics webinar", "NASW", 3)
    assert item.topics == ("ethics",) and item.course_id is None
    assert item.completed_on == date(2026, 11, 26)
    # The catalog's course shares only the provider, not the subject: not even offered.
    assert not [d for d in item.doubts if "NASW-Illinois" in d or "close to" in d]


def test_a_catalog_course_from_another_provider_is_offered_not_taken():
    item = one("did a 3 hr telehealth ethics webinar from PESI yesterday")
    assert (item.title, item.provider, item.course_id) == (
        "telehealth ethics webinar",
        "PESI",
        None,
    )
    offer = [d for d in item.doubts if "Ethics in Telehealth" in d]
    assert offer and "title:" in offer[0] and field_of(offer[0]) == "title"
    same = one("finished ethics in telehealth from NBCC yesterday")  # its own provider: taken
    assert (same.title, same.course_id) == ("Ethics in Telehealth", 5)


def test_a_close_match_fills_in_from_the_catalog():
    item = one("finished ethics in telehealth yesterday")
    assert (item.title, item.course_id, item.hours) == ("Ethics in Telehealth", 5, 3)


def test_a_quoted_title_stays_the_members_even_on_a_close_match():
    item = one('finished "Ethics in Telehealth for Rural Teams" yesterday, 3 h')
    assert item.title == "Ethics in Telehealth for Rural Teams"


def test_a_passed_exam_with_no_day_said_asks_the_day():
    [item] = parse_completion("passed the Texas jurisprudence exam", today=TODAY).items
    assert item.completed_on is None and any("date" in d for d in item.doubts)
    [dated] = parse_completion("passed the TX jurisprudence exam yesterday", today=TODAY).items
    assert dated.completed_on == date(2026, 11, 26)


def test_saying_the_offered_title_takes_the_catalog_course():
    item = one("finished a 3 hour ethics webinar from NASW yesterday")
    title = "NASW-Illinois Chapter recorded sexual harassment prevention training"
    edited = apply_edit(f"title: {title}", item, today=TODAY, catalog=CATALOG)
    assert edited is not None and (edited.title, edited.course_id) == (title, 7)
    assert not [d for d in edited.doubts if "close to" in d]
