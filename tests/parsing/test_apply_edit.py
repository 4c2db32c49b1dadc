"""Corrections to a parsed completion: hours, date, title, format; unknown text is None."""

from __future__ import annotations

from datetime import date

from bot.parsing import CatalogEntry, ParsedCompletion, apply_edit

TODAY = date(2026, 11, 27)
CATALOG = (CatalogEntry(5, "Ethics in Telehealth", "NBCC", 3, ("ethics", "telehealth")),)
DRAFT = ParsedCompletion(
    title="ethics webinar",
    hours=None,
    completed_on=TODAY,
    format="online_async",
    topics=("ethics",),
    doubts=("hours not given",),
)


def edit(text: str, current: ParsedCompletion = DRAFT) -> ParsedCompletion | None:
    return apply_edit(text, current, today=TODAY, catalog=CATALOG)


def test_hours_edits_set_hours_and_clear_the_hours_doubt():
    for text, hours in [("make it 4 hours", 4), ("4h", 4), ("make it 4", 4), ("90 minutes", 1.5)]:
        edited = edit(text)
        assert edited is not None and edited.hours == hours, text
        assert edited.doubts == () and edited.confident


def test_date_edits():
    assert edit("it was on the 3rd").completed_on == date(2026, 11, 3)
    assert edit("yesterday").completed_on == date(2026, 11, 26)
    future = edit("it was 12/15/2026")
    assert future.completed_on == date(2026, 12, 15) and "date is in the future" in future.doubts


def test_title_edit_rematches_the_catalog():
    edited = edit("title: Ethics in Telehealth", DRAFT.__class__(**{**DRAFT.__dict__, "hours": 2}))
    assert (edited.title, edited.course_id, edited.hours) == ("Ethics in Telehealth", 5, 3)
    assert edited.doubts == ("catalog says 3 h, you said 2 h",)


def test_format_edit():
    assert edit("it was live").format == "live_online"
    assert edit("in person actually").format == "in_person"


def test_unrecognised_text_is_none():
    assert edit("hmm not sure") is None
    assert edit("thanks") is None
