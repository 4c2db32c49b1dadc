"""Changing a renewal date in settings offers the board's next date (tests/conversation.py's
day is 27 November 2026; each date worked out by hand from the research record cited)."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from store.db import new_session
from store.models import License


def _renewal(engine) -> date:
    with new_session(engine) as session:
        return session.exec(select(License)).one().renewal_date


def test_a_fixed_date_board_offers_the_period_after_the_current_one(chat, engine):
    # FL-LCSW: "Biennium ends March 31 of odd-numbered years": after March 31, 2027 the
    # next period ends March 31, 2029.
    chat.onboard("LCSW in Florida", "yes")
    assert _renewal(engine) == date(2027, 3, 31)
    answer = chat.say("change my renewal date")
    assert "new renewal date" in answer and "*March 31, 2029*" in answer
    assert "now renews March 31, 2029" in chat.press("March 31, 2029")
    assert _renewal(engine) == date(2029, 3, 31)


def test_a_birth_month_date_gives_the_next_without_asking_the_month(chat, engine):
    # TX-LCSW: the last day of the birth month every two years; a May 31, 2028 renewal is
    # followed by May 31, 2030 — the month read from the date kept, never asked again.
    chat.onboard("LCSW in Texas", "5/31/2028")
    answer = chat.say("change my renewal date")
    assert "[May 31, 2030]" in answer and "born" not in answer
    chat.press("May 31, 2030")
    assert _renewal(engine) == date(2030, 5, 31)


def test_a_typed_date_off_the_boards_clock_is_taken_and_noted(chat, engine):
    chat.onboard("LCSW in Florida", "yes")
    chat.say("change my renewal date")
    answer = chat.say("4/15/2029")
    assert "Noted: April 15, 2029" in answer and "now renews April 15, 2029" in answer
    assert _renewal(engine) == date(2029, 4, 15)


def test_a_date_the_board_leaves_to_the_license_is_asked_as_before(chat, engine):
    chat.onboard()  # CA LCSW: issue-date based, nothing to offer
    answer = chat.say("change my renewal date")
    assert "new renewal date" in answer and "[" not in answer
