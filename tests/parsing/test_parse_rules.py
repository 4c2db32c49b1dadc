"""Focused rules of the completion parser: units, doubts, several courses, client details."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from bot.parsing import CatalogEntry, CatalogIndex, looks_like_client_info, parse_completion

TODAY = date(2026, 11, 27)  # a Friday
CATALOG = (
    CatalogEntry(1, "Law and Ethics for California Clinicians", "CAMFT", 6, ("ethics",)),
    CatalogEntry(2, "QPR Gatekeeper Training for Suicide Prevention", "QPR Institute", 1),
    CatalogEntry(5, "Ethics in Telehealth", "NBCC", 3, ("ethics", "telehealth"), "online_async"),
)


def one(text: str, catalog=CATALOG):
    result = parse_completion(text, today=TODAY, catalog=catalog)
    assert result.is_completion and len(result.items) == 1, result
    return result.items[0]


def test_minutes_become_hours():
    assert one("watched a 90-minute ethics webinar").hours == 1.5
    assert one("finished a 45 min module on grief").hours == 0.75
    assert one("did 1h30 of boundaries training").hours == 1.5


def test_ceus_are_converted_and_questioned():
    item = one("completed 0.6 CEUs in suicide prevention yesterday")
    assert item.hours == 6
    assert item.doubts == ("CEUs can mean 10 hours each — 0.6 CEUs = 6 hours?",)
    assert not item.confident


def test_ceus_that_agree_with_the_catalog_need_no_question():
    item = one("finished Law and Ethics for California Clinicians, 0.6 CEUs, yesterday")
    assert (item.course_id, item.hours, item.doubts) == (1, 6, ())


def test_catalog_hours_win_and_the_disagreement_is_a_doubt():
    item = one("finished ethics in telehealth yesterday, 4 hours")
    assert (item.course_id, item.hours) == (5, 3)
    assert item.doubts == ("catalog says 3 h, you said 4 h",)
    # The format is the member's to say: never filled in from the catalog's entry (issue #18).
    assert item.topics == ("ethics", "telehealth") and item.format == ""


def test_catalog_fills_hours_when_none_given():
    item = one("finished ethics in telehealth yesterday")
    assert (item.hours, item.completed_on, item.confident) == (3, date(2026, 11, 26), True)


def test_future_date_is_a_question_not_a_log():
    item = one("finished ethics in telehealth 12/15/2026, 3h")
    assert item.completed_on == date(2026, 12, 15)
    assert "date is in the future" in item.doubts


def test_no_date_is_asked_never_today_and_no_hours_is_a_doubt():
    # Issue #18: a day not said is asked for; NBCC approves courses, it gives none.
    item = one("got my certificate for the NBCC course", catalog=())
    assert (item.completed_on, item.hours, item.provider) == (None, None, "")
    assert item.doubts == ("hours not given", "date not given — which day did you finish it?")
    assert not item.confident


def test_several_courses_in_one_message_share_the_date():
    result = parse_completion(
        "finished Ethics in Telehealth (3h) and a 2h grief webinar yesterday",
        today=TODAY,
        catalog=CATALOG,
    )
    first, second = result.items
    assert (first.course_id, first.hours) == (5, 3)
    assert (second.title, second.hours, second.course_id) == ("grief webinar", 2, None)
    assert first.completed_on == second.completed_on == date(2026, 11, 26)


def test_one_topic_word_does_not_match_a_course():
    item = one("watched a 2 hour ethics webinar")
    assert (item.course_id, item.title, item.topics) == (None, "ethics webinar", ("ethics",))


def test_client_details_are_flagged_and_nothing_is_kept():
    for text in ("my client Maria has PTSD, finished EMDR 2h", "DOB 3/4/1985, finished intake"):
        result = parse_completion(text, today=TODAY)
        assert (result.client_info, result.is_completion, result.items) == (True, False, ())


def test_client_information_detector():
    assert looks_like_client_info("session with John yesterday about his depression")
    assert looks_like_client_info("Client DOB 03/14/1985")
    assert looks_like_client_info("In today's session she disclosed SI")
    assert not looks_like_client_info("finished the trauma course for my clients, 3h")
    assert not looks_like_client_info("my client finished treatment")


def test_prepared_index_gives_the_same_answer_as_a_plain_catalog():
    text = "took QPR gatekeeper training 1.5 hours yesterday"
    plain = parse_completion(text, today=TODAY, catalog=list(CATALOG))
    assert plain == parse_completion(text, today=TODAY, catalog=CatalogIndex(CATALOG))
    assert plain.items[0].doubts == ("catalog says 1 h, you said 1.5 h",)


@given(st.text(max_size=200))
def test_any_text_parses_without_error(text: str):
    result = parse_completion(text, today=TODAY, catalog=CATALOG)
    for item in result.items:
        assert item.hours is None or item.hours > 0
        assert 0 <= item.match_score <= 100
