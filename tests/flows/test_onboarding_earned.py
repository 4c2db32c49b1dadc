"""Onboarding asks what a member already did this cycle, so nobody starts "at risk".

Numbers are worked out by hand from store/rulesets/CA-LCSW.yaml: 36 h in a 24-month cycle
(average pace 36 / 24 = 1.5 h a month; "at risk" above 1.5 x 1.5 = 2.25 h a month), law and
ethics 6 h every cycle; one-time HIV/AIDS 7 h, suicide prevention 6 h, telehealth 3 h.
The chat's clock is Fri Nov 27, 2026; a renewal on Jun 30, 2027 is 215 days away
(3 + 31 + 31 + 28 + 31 + 30 + 31 + 30), i.e. 215 / 30.4 = 7.07 months.
"""

from __future__ import annotations

from sqlmodel import select

from bot.flows.carried_in import (
    SELF_REPORTED,
    Balance,
    read_balance,
    read_topic_hours,
    says_none,
)
from bot.flows.one_time import once_answer
from bot.messages import File
from store.db import new_session
from store.models import Completion, Member

ONCE_KEYS = (
    "completed_once_hiv_aids",
    "completed_once_suicide_prevention",
    "completed_once_telehealth",
)


def set_up(chat, first_renewal: str = "no") -> str:
    """Onboard a CA LCSW renewing Jun 30, 2027; returns the answer to the last setup step."""
    for says in ("hi", "LCSW in California", "6/30/2027", first_renewal, "no", "300", "2", "any"):
        chat.say(says)
    return chat.say("clinician")


def completions(engine) -> list[Completion]:
    with new_session(engine) as session:
        return list(session.exec(select(Completion).order_by(Completion.hours)))


def facts(engine) -> dict:
    with new_session(engine) as session:
        return dict(session.exec(select(Member)).one().practice_facts)


def test_two_courses_already_this_cycle_make_a_ca_lcsw_on_track(chat, engine):
    answer = set_up(chat)
    assert "All set" in answer and "once in a career" in answer
    assert "HIV/AIDS assessment and treatment — 7 h" in answer
    assert "earned CE hours this renewal cycle" in chat.press("All done already")
    answer = chat.say(
        "6 h law and ethics from CAMFT on 3/10/2026\n"
        "15 h motivational interviewing from NASW on 9/14/2026"
    )
    assert "Logged *law and ethics*: 6 h on Mar 10" in answer
    assert "Logged *motivational interviewing*: 15 h on Sep 14" in answer
    assert "What next?" in answer  # onboarding is over
    assert [(c.hours, c.approval_body) for c in completions(engine)] == [
        (6.0, "CAMFT"),
        (15.0, "NASW"),
    ]
    assert all(facts(engine)[key] is True for key in ONCE_KEYS)
    status = chat.say("status")
    # 6 + 15 = 21 of 36; ethics 6/6 met; one-time trainings done: 15 h left in 7.07 months
    # = 2.12 h a month, under 2.25, so on track.
    assert "(215 days left) — on track" in status, status
    assert "Total hours 21/36" in status and "Law and ethics 6/6" in status
    assert "Next: 15 more hours, about 2.1 h a month" in status
    assert "HIV/AIDS" not in status  # answered in onboarding: status no longer asks


def test_without_what_was_earned_the_same_member_would_be_at_risk(chat):
    set_up(chat)
    chat.press("All done already")
    assert "starting from zero" in chat.say("none yet")
    # 36 h left in 7.07 months = 5.09 h a month, over 2.25.
    status = chat.say("status")
    assert "at risk" in status and "Next: 36 more hours, about 5.1 h a month" in status


def test_a_total_with_a_topic_named_counts_the_total_and_leaves_the_topic_open(chat, engine):
    set_up(chat)
    chat.press("All done already")
    answer = chat.say("about 20 hours so far, including law & ethics")
    assert "20 h earned this cycle" in answer and "self-reported" in answer
    assert "How many of those hours were Law and ethics?" in answer
    assert "Law and ethics stays open" in chat.say("skip")
    (balance,) = completions(engine)
    assert (balance.hours, balance.topics, balance.source_message_id) == (20.0, [], SELF_REPORTED)
    status = chat.say("status")
    # 20 of 36; ethics 0/6 (no hours were said for it): 16 h left, 16 / 7.07 = 2.26 a month.
    assert "Total hours 20/36" in status and "Law and ethics 0/6" in status
    assert "Next: 16 more hours, about 2.3 h a month; including 6 h Law and ethics" in status
    assert "(self-reported total)" in status
    chat.say("export transcript")
    csv = next(r for r in chat.replies if isinstance(r, File) and r.name.endswith(".csv"))
    row = next(line for line in csv.content.decode().splitlines() if "self-reported" in line)
    assert "Self-reported" in row and ",20," in row


def test_a_total_said_with_a_course_verb_is_still_a_total(chat, engine):
    set_up(chat, first_renewal="yes")
    answer = chat.say("I've earned about 12 hours so far this cycle")
    assert "Noted: 12 h earned this cycle" in answer and "• CA LCSW: 12 of 36 h" in answer
    assert [(c.hours, c.title) for c in completions(engine)] == [
        (12.0, "Hours earned this cycle before CE Mentor (self-reported total)")
    ]


def test_hours_said_for_a_topic_count_toward_it(chat, engine):
    set_up(chat)
    chat.press("All done already")
    chat.say("about 20 hours so far, including law & ethics")
    assert "Noted: 6 h Law and ethics, within the total" in chat.say("6")
    assert "What next?" in chat.text
    assert [(c.hours, c.topics) for c in completions(engine)] == [(6.0, ["ethics"]), (14.0, [])]
    status = chat.say("status")
    # 20 of 36 with ethics 6/6: 16 h left.
    assert "Total hours 20/36" in status and "Law and ethics 6/6" in status


def test_one_time_trainings_are_asked_only_when_it_is_not_the_first_renewal(chat):
    answer = set_up(chat, first_renewal="yes")
    assert "once in a career" not in answer
    assert "One more question" in answer and "earned CE hours this renewal cycle" in answer


def test_each_one_time_training_answered_apart_is_respected_by_status(chat, engine):
    set_up(chat)
    assert "*HIV/AIDS assessment and treatment* (7 h) — done already?" in chat.press("Some of them")
    chat.press("Done already")
    chat.press("Not yet")
    assert "stay open" in chat.press("Not sure")
    assert facts(engine) == {
        "completed_once_hiv_aids": True,
        "completed_once_suicide_prevention": False,
    }
    chat.say("skip")
    status = chat.say("status")
    assert "HIV/AIDS" not in status  # done: no row, no question
    assert "Suicide risk assessment and intervention 0/6" in status
    assert "completed the one-time Suicide" not in status  # answered "not yet": not asked
    assert "Have you already completed the one-time Telehealth" in status  # "not sure"


def test_skip_finishes_setup_and_keeps_nothing(chat, engine):
    set_up(chat)
    assert "status* will ask again" in chat.say("skip")
    answer = chat.say("later")
    assert "Skipped" in answer and "What next?" in answer
    assert completions(engine) == []
    assert not set(facts(engine)) & set(ONCE_KEYS)
    assert "Have you already completed the one-time HIV/AIDS" in chat.say("status")


def test_cancel_half_way_through_the_one_time_trainings_keeps_none_of_them(chat, engine):
    set_up(chat)
    chat.press("Some of them")
    chat.press("Done already")
    assert "stopped" in chat.say("cancel")
    assert not set(facts(engine)) & set(ONCE_KEYS)


def test_a_command_instead_of_an_answer_is_handled_as_usual(chat):
    set_up(chat)
    assert "renews Jun 30, 2027" in chat.say("status")


def test_a_total_naming_a_client_keeps_nothing(chat, engine):
    set_up(chat)
    chat.press("All done already")
    answer = chat.say("20 hours so far, mostly about my client Maria Lopez, DOB 4/12/1980")
    assert "details about a client" in answer and "Noted" not in answer
    assert completions(engine) == []


def test_a_total_is_read_with_the_hours_said_for_each_topic():
    assert read_balance("about 20 hours so far, including law & ethics") == Balance(
        20.0, {}, ("ethics",)
    )
    assert read_balance("20 h so far, including 6 h law & ethics and 3 h telehealth") == Balance(
        20.0, {"ethics": 6.0, "telehealth": 3.0}
    )
    assert read_balance("12.5 hours in total") == Balance(12.5)
    assert says_none("none so far") and says_none("0 hours this cycle")
    assert not says_none("20 hours so far")
    assert read_balance("20 hours so far, 6 of them ethics") == Balance(20.0, {"ethics": 6.0})
    assert read_balance("10 so far, including 12 h ethics") is None  # more than the total
    assert read_topic_hours("6", ("ethics",)) == {"ethics": 6.0}
    assert read_topic_hours("4 ethics, 2 telehealth", ("ethics", "telehealth")) == {
        "ethics": 4.0,
        "telehealth": 2.0,
    }


def test_one_time_answers_are_read_in_a_few_words_and_sentences_are_left_alone():
    said = ["All done already", "no, not yet", "maybe later", "not sure", "yes", "some of them"]
    assert [once_answer(text) for text in said] == [
        "done",
        "not_yet",
        "skip",
        "unsure",
        "done",
        "some",
    ]
    assert once_answer("my client-centered therapy course is done, 3 hrs") is None
    assert once_answer("asdf qwer") is None


def test_one_course_told_in_a_sentence_ends_setup_with_its_next_steps(chat, engine):
    set_up(chat)
    chat.press("All done already")
    answer = chat.say("finished a 3 hour ethics webinar from PESI on 10/2/2026")
    assert "Logged" in answer and "3 h on Oct 2" in answer
    # the log's own Undo, then setup's next steps: the member is not left with Undo alone
    assert "[Undo]" in answer and "What next? [Set career goals]" in answer
    assert [c.hours for c in completions(engine)] == [3.0]
    assert "main career direction" in chat.press("Set career goals")
    assert [c.hours for c in completions(engine)] == [3.0]
