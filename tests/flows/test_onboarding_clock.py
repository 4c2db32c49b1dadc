"""Onboarding asks for the end of the CE period the way the member's board sets it.

The conversation's day is Friday 27 November 2026 (tests/conversation.py). Each expected
date is worked out by hand from the research record cited beside it
(shared/research/ce_requirements.yaml or ce_requirements_more.yaml, `renewal_date_notes`).
"""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from bot.rules import LicenseFacts, compute_progress
from store.db import new_session
from store.models import ConversationState, License


def _licenses(engine) -> list[tuple[str, str, date]]:
    with new_session(engine) as session:
        rows = session.exec(select(License).order_by(License.id)).all()
        return [(lic.jurisdiction, lic.license_type, lic.renewal_date) for lic in rows]


def test_a_fixed_date_board_confirms_its_date_instead_of_asking(chat, engine, rule_sets):
    # FL-LCSW: "Biennium ends March 31 of odd-numbered years (e.g., period April 1, 2023 -
    # March 31, 2025)". After 27 Nov 2026 the next odd-year March 31 is 31 March 2027.
    chat.say("hi")
    answer = chat.say("LCSW in Florida")
    assert "March 31 of odd-numbered years" in answer
    assert "yours ends *March 31, 2027*. Is that right?" in answer
    assert "[Yes, March 31, 2027]" in answer and "[No, another date]" in answer
    assert "When does" not in answer  # no date asked
    assert "first renewal" in chat.press("Yes, March 31, 2027")
    chat.say("no")
    assert _licenses(engine) == [("FL", "LCSW", date(2027, 3, 31))]
    # The cycle counted: the day after the previous odd-year March 31, to the renewal date.
    lic = LicenseFacts("LCSW", "FL", date(2027, 3, 31))
    progress = compute_progress(rule_sets["FL-LCSW"], lic, [], date(2026, 11, 27))
    assert (progress.cycle_start, progress.renewal_date) == (date(2025, 4, 1), date(2027, 3, 31))


def test_typing_yes_confirms_and_no_asks_the_date(chat, engine):
    chat.say("hi")
    chat.say("LPC in Florida")
    assert "first renewal" in chat.say("yes")  # the offered March 31, 2027
    chat.say("no")
    assert "Do you hold another" in chat.text
    chat.say("yes")
    chat.say("LMFT in Florida")
    answer = chat.say("no")
    assert "What date does your CE period end?" in answer
    # A date the board's rule doesn't give is taken (the member's word wins) and noted.
    answer = chat.say("6/30/2027")
    assert "Noted: June 30, 2027" in answer and "March 31 of odd-numbered years" in answer
    assert "first renewal" in answer
    chat.say("no")
    assert _licenses(engine) == [
        ("FL", "LPC", date(2027, 3, 31)),
        ("FL", "LMFT", date(2027, 6, 30)),
    ]


def test_a_bare_number_for_the_date_is_asked_again_not_taken(chat, engine):
    # "3" after turning down March 31, 2027 was saved as March 31, 2027: a guess, and the
    # very date the member had just said was not theirs.
    chat.say("hi")
    chat.say("LPC in Florida")
    assert "What date does your CE period end?" in chat.say("no")
    assert "couldn't read that date" in chat.say("3")
    assert "first renewal" in chat.say("3/31/2029")
    chat.say("no")
    assert _licenses(engine) == [("FL", "LPC", date(2029, 3, 31))]


def test_a_fixed_date_whose_year_is_the_licensees_offers_both_years(chat, engine):
    # NC-LPC: "Expiration date June 30 (21 NCAC 53 .0604); year parity not retrieved."
    # A 24-month period from 27 Nov 2026 can end June 30, 2027 or June 30, 2028.
    chat.say("hi")
    answer = chat.say("LCMHC in North Carolina")
    assert "June 30 every two years" in answer and "which year depends on your license" in answer
    assert "[June 30, 2027]" in answer and "[June 30, 2028]" in answer
    assert "[June 30, 2029]" not in answer
    chat.press("June 30, 2028")
    chat.say("no")
    assert _licenses(engine) == [("NC", "LPC", date(2028, 6, 30))]


def test_a_birth_month_board_asks_the_month_and_keeps_only_the_date(chat, engine):
    # TX-LCSW: birth-month anchoring ("initial license valid 13-24 months depending on
    # licensee's birth month"; older rule, presumed in effect): the last day of the birth
    # month, every two years, the year the licensee's. Born in May: May 31, 2027 or 2028.
    chat.say("hi")
    answer = chat.say("LCSW in Texas")
    assert "Which month were you born?" in answer
    assert "keep just the date — not your birth month" in answer
    assert "not the board's current rule" in answer  # an older rule, presumed in effect
    answer = chat.say("born in may")
    assert "[May 31, 2027]" in answer and "[May 31, 2028]" in answer
    chat.press("May 31, 2028")
    chat.say("no")
    assert _licenses(engine) == [("TX", "LCSW", date(2028, 5, 31))]
    with new_session(engine) as session:
        state = session.exec(select(ConversationState)).one()
        assert "birth_month" not in state.data or state.data["birth_month"] is None


def test_a_birth_month_board_with_even_year_reporting_gives_one_date(chat, engine, rule_sets):
    # OR-LPC: yearly license; "CE is reported every 2 years at the even-numbered-year
    # renewal ... (e.g. June birth month: July 1, 2014 - June 30, 2016)". Born in June:
    # June 30, 2026 has passed, so the CE period ends June 30, 2028 (from July 1, 2026).
    chat.say("hi")
    answer = chat.say("LPC in Oregon")
    assert "last day of your birth month of even-numbered years" in answer
    assert "renews every year; CE is reported at even-year renewals" in answer
    answer = chat.say("June")
    assert "yours ends *June 30, 2028*" in answer
    chat.press("Yes, June 30, 2028")
    chat.say("no")
    assert _licenses(engine) == [("OR", "LPC", date(2028, 6, 30))]
    lic = LicenseFacts("LPC", "OR", date(2028, 6, 30))
    start = compute_progress(rule_sets["OR-LPC"], lic, [], date(2026, 11, 27)).cycle_start
    assert start == date(2026, 7, 1)


def test_a_yearly_license_with_a_two_year_ce_period_is_asked_for_the_ce_deadline(chat, engine):
    # VA-LCSW: yearly renewal; "CE of 30 contact hours is required prior to licensure
    # renewal in even years"; June 30 per DHP practice, not confirmed: June 30, 2028.
    chat.say("hi")
    answer = chat.say("LCSW in Virginia")
    assert "June 30 of even-numbered years" in answer and "yours ends *June 30, 2028*" in answer
    assert "The license itself renews every year; CE is due at even-year renewals." in answer
    assert "check it against your license" in answer
    chat.press("Yes, June 30, 2028")
    chat.say("no")
    assert _licenses(engine) == [("VA", "LCSW", date(2028, 6, 30))]


def test_a_three_year_fixed_date_counts_from_its_anchor(chat, engine):
    # HI-LMFT: "first CE triennium 1/1/2017-12/31/2019, so renewals due December 31 every
    # third year (2019, 2022, 2025...)": after 27 Nov 2026 the next is December 31, 2028.
    chat.say("hi")
    answer = chat.say("LMFT in Hawaii")
    assert "December 31 every third year (2019, 2022 …)" in answer
    assert "yours ends *December 31, 2028*" in answer


def test_dates_the_board_leaves_to_the_license_are_asked_and_why(chat):
    # CA-LCSW: "expiration date of original license set by the board" (issue-date based).
    chat.say("hi")
    answer = chat.say("LCSW in California")
    assert "When does your CA LCSW license next renew" in answer
    assert "issue or last renewal date" in answer


def test_an_unknown_clock_asks_the_date_and_says_so(chat):
    # TX-LPC: "Anchor (birth month vs issue date) for LPCs not confirmed in retrieved sources."
    chat.say("hi")
    answer = chat.say("LPC in Texas")
    assert "When does your TX LPC license next renew" in answer
    assert "I don't know how your board sets renewal dates" in answer


def test_a_birthday_board_asks_the_date_for_the_ce_period(chat, engine):
    # WA-LCSW: "License renews every year on or before the licensee's birthday; 36 CE hours
    # are due every two years (CE reporting period)."
    chat.say("hi")
    answer = chat.say("LICSW in Washington")
    assert "renews it on your birthday" in answer
    assert "renews every 12 months, but CE is due every 24" in answer
    assert "first renewal" in chat.say("4/12/2028")
    chat.say("no")
    assert _licenses(engine) == [("WA", "LCSW", date(2028, 4, 12))]


def test_a_typed_date_is_still_taken_at_a_birth_month_question(chat, engine):
    # TN-PSYCHOLOGIST: CE "in the two calendar years (Jan 1 - Dec 31) prior to the licensure
    # renewal year": the CE period ends December 31; renewing in 2028 means it ends
    # December 31, 2027 (offered beside December 31, 2026).
    chat.say("hi")
    answer = chat.say("psychologist in Tennessee")
    assert "[December 31, 2026]" in answer and "[December 31, 2027]" in answer
    assert "two calendar years before your renewal year" in answer
    chat.press("December 31, 2027")
    chat.say("no")
    chat.say("yes")
    answer = chat.say("LCSW in Texas")
    assert "Which month were you born?" in answer
    assert "first renewal" in chat.say("3/31/2027")  # the date itself is fine
    chat.say("no")
    assert _licenses(engine) == [
        ("TN", "PSYCHOLOGIST", date(2027, 12, 31)),
        ("TX", "LCSW", date(2027, 3, 31)),
    ]


def test_a_month_that_is_not_one_is_asked_again_kindly(chat):
    chat.say("hi")
    chat.say("LCSW in Texas")
    assert "Which month?" in chat.say("whenever")
