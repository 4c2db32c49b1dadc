"""Hours the member said are never replaced by another course's: a catalog course named by its
subject alone, with other hours, is offered, not applied (the clinician's "2h DBT course" stayed
2 h, not the catalog's 12 h "DBT Part 1")."""

from __future__ import annotations

from datetime import date

from bot.parsing import CatalogEntry, parse_completion

TODAY = date(2026, 11, 27)  # a Friday: "yesterday" is Thursday the 26th
DBT = "DBT Part 1: Becoming a Competent DBT Individual Therapist"
QPR = "QPR Gatekeeper Training for Suicide Prevention"
CATALOG = (
    CatalogEntry(133, DBT, "Mindfully", 12, ("evidence_based_treatment",)),
    CatalogEntry(40, QPR, "QPR Institute", 1, ("suicide_prevention",)),
)


def one(text: str):
    result = parse_completion(text, today=TODAY, catalog=CATALOG)
    assert result.is_completion and len(result.items) == 1, result
    return result.items[0]


def test_a_course_named_by_its_subject_with_other_hours_keeps_what_was_said():
    item = one("finished a 2h DBT course yesterday")
    assert (item.hours, item.completed_on, item.course_id) == (2, date(2026, 11, 26), None)
    assert "DBT" in item.title and item.title != DBT
    assert any(DBT in doubt for doubt in item.doubts)  # offered, for the member to choose


def test_the_title_itself_with_other_hours_is_that_course_and_the_difference_asked():
    item = one(f"finished {DBT} yesterday, 10 hours")
    assert (item.course_id, item.hours) == (133, 12)
    assert item.doubts == ("catalog says 12 h, you said 10 h",)


def test_most_of_the_title_named_is_that_course():
    item = one("took QPR gatekeeper training 1.5 hours yesterday")
    assert (item.course_id, item.hours) == (40, 1)
    assert item.doubts == ("catalog says 1 h, you said 1.5 h",)


def test_the_same_hours_as_the_catalog_still_name_it():
    item = one("finished the DBT Part 1 course yesterday, 12 hrs")
    assert (item.course_id, item.title, item.hours) == (133, DBT, 12)


def test_a_day_not_read_is_asked_once_in_the_members_words():
    item = one("did the ethics for counselors course last week, 3 hrs")
    assert item.completed_on is None
    assert item.doubts == ("date not clear (“last week”) — which day was it?",)
