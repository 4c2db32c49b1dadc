"""Status a clinician can read: a short first screen, the details one step away, state titles."""

from __future__ import annotations

from datetime import UTC, datetime

from conversation import Conversation

# The first screen's bound: one license in at most 12 lines, two in at most 24 (it was about
# 25 and 50 with every research note inline).
ONE_LICENSE_LINES = 12
TWO_LICENSE_LINES = 24
DEC_1_NOON_PACIFIC = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)


def _lines(text: str) -> int:
    return len([line for line in text.splitlines() if line.strip()])


def onboard_tx_and_ny(chat: Conversation) -> None:
    """A TX LPC who also holds a NY LMHC, neither a first renewal."""
    for says in ("hi", "LPC in Texas", "6/30/2027", "no", "yes", "LMHC in New York", "1/31/2028"):
        chat.say(says)
    for says in ("no", "no", "300", "2", "any", "clinician"):
        chat.say(says)
    assert "All set" in chat.text, chat.text


def test_tx_lpc_first_screen_is_short_with_the_exam_line(chat):
    chat.onboard("LPC in Texas", "6/30/2027")
    answer = chat.say("status")
    assert _lines(answer) <= ONE_LICENSE_LINES, answer
    assert "*TX LPC* — renews Jun 30, 2027 (215 days left)" in answer
    assert "Texas jurisprudence exam: not yet passed" in answer
    assert "jurisprudence exam 0/" not in answer and "0/None" not in answer
    # 24 h in 215 days: 24 / (215 / 30.4 = 7.07 months) = 3.39 -> "3.4 h a month".
    assert "Next: 24 more hours, about 3.4 h a month; including 6 h Ethics" in answer
    for research in ("Consolidated CE rule 681.140", "news item", "Not checked by us", "$ext"):
        assert research not in answer
    assert "status details" in answer
    assert "[Why? Sources]" in answer


def test_details_are_one_step_away_with_every_source(chat):
    chat.onboard("LPC in Texas", "6/30/2027")
    chat.say("status")
    by_button = chat.press("Why? Sources")
    assert "Consolidated CE rule 681.140 adopted 2023" in by_button
    assert "Not checked by us: presenting: at most 5 h" in by_button
    assert "https://bhec.texas.gov/continuing-education-questions/" in by_button
    assert "https://www.law.cornell.edu/regulations/texas/26-Tex-Admin-Code-SS-370-1" in by_button
    assert "Guidance only" in by_button
    assert chat.say("status details") == by_button
    assert chat.say("why?") == by_button


def test_unknown_numbers_are_counted_on_the_first_screen(chat):
    # IL LCPC: the mandated reporter training's hours and frequency are unknown to us; the
    # total (30) and the counted hours (none yet) are known -> exactly 1 unknown number.
    chat.onboard("LPC in Illinois", "3/31/2027")
    answer = chat.say("status")
    assert "*IL LCPC*" in answer
    assert "1 number behind this status is unknown — say *status details* to see why." in answer
    details = chat.say("status details")
    assert "Mandated reporter training: required, but how often and how many hours" in details
    assert "naswil.org" in details


def test_passing_the_exam_is_said_in_one_sentence(mentor):
    chat = Conversation(mentor, now=DEC_1_NOON_PACIFIC)
    chat.onboard("LPC in Texas", "6/30/2027")
    logged = chat.say("passed the Texas jurisprudence exam on 11/29")
    assert "Logged *Texas jurisprudence exam (passed)*" in logged
    answer = chat.say("status")
    assert "Texas jurisprudence exam: passed on 11/29/2026 ✓" in answer
    assert "not yet passed" not in answer
    assert "Total hours 0/24" in answer  # a pass/fail exam adds no hours
    chat.say("export transcript csv")
    [csv] = [reply for reply in chat.replies if getattr(reply, "name", "").endswith(".csv")]
    assert "Texas jurisprudence exam: passed on 11/29/2026,0,pass/fail" in csv.content.decode()


def test_close_phrasings_mark_the_exam_passed(mentor):
    for said in ("took the jurisprudence exam yesterday", "passed my JP exam today"):
        chat = Conversation(mentor, user=f"U-{said[:6]}", now=DEC_1_NOON_PACIFIC)
        chat.onboard("LPC in Texas", "6/30/2027")
        chat.say(said)
        assert "Texas jurisprudence exam: passed on" in chat.say("status"), said


def test_a_jurisprudence_course_is_not_the_exam(mentor):
    chat = Conversation(mentor, now=DEC_1_NOON_PACIFIC)
    chat.onboard("LPC in Texas", "6/30/2027")
    logged = chat.say("finished the 2 hour Texas jurisprudence exam prep webinar yesterday, live")
    if "Log it" in logged:  # matched to a catalog course: confirmed as it is
        chat.press("Log it")
    answer = chat.say("status")
    assert "Texas jurisprudence exam: not yet passed" in answer
    assert "Total hours 2/24" in answer  # a live webinar: no cap applies, both hours count


def test_what_to_check_about_own_courses_stays_on_the_first_screen(mentor):
    # A course with no format under TX's 1 h self-study cap: it may be self-study, so only
    # 1 of its 2 hours is certain (worst case) -> "at least 1 h; up to 2 h", and the member
    # is told what to tell us.
    chat = Conversation(mentor, now=DEC_1_NOON_PACIFIC)
    chat.onboard("LPC in Texas", "6/30/2027")
    chat.say("finished the 2 hour Texas jurisprudence exam prep course yesterday")
    answer = chat.say("status")
    assert "Total hours 1/24" in answer
    assert "1 of your courses has no format recorded; if it was self-study" in answer
    assert "Texas jurisprudence exam: not yet passed" in answer


def test_two_licenses_fit_one_screen_and_keep_their_state_titles(chat):
    onboard_tx_and_ny(chat)
    assert "NY LMHC" in chat.text and "NY LPC" not in chat.text  # the profile after setup
    answer = chat.say("status")
    assert _lines(answer) <= TWO_LICENSE_LINES, answer
    assert "*TX LPC*" in answer and "*NY LMHC* — renews Jan 31, 2028" in answer
    assert "NY LPC" not in answer
    profile = chat.say("profile")
    assert "NY LMHC: renews Jan 31, 2028" in profile and "NY LPC" not in profile


def test_a_free_only_budget_reads_as_such_in_the_profile(chat):
    chat.say("hi")
    for says in ("LMHC in New York", "1/31/2028", "no", "no", "0", "2", "any", "clinician"):
        chat.say(says)
    assert "Budget: free courses only" in chat.say("profile")
