"""A counselor adds credentials beside a license in settings, and status shows each one."""

from __future__ import annotations

import pytest
from conversation import Conversation

from bot.mentor import Mentor
from bot.rules import load_rule_sets
from store.rulesets import RULESETS_DIR


@pytest.fixture
def chat(mentor):
    """The conftest mentor: state and credential rule sets, as app.py loads them."""
    return Conversation(mentor)


def test_tx_lpc_with_ncc_and_a_compact_privilege(chat):
    chat.onboard("LPC in Texas", "6/30/2027")
    answer = chat.say("settings: I'm also an NCC")
    assert "five-year NCC cycle" in answer
    added = chat.say("3/31/2029")
    assert "Added your NCC, renewing March 31, 2029" in added
    assert "100 h per cycle" in added

    asked = chat.say("settings: I have a Counseling Compact privilege")
    assert "Which remote state" in asked
    assert "home license expires" in chat.say("Minesota")  # typo read as MN
    added = chat.say("6/30/2027")
    assert "Counseling Compact privilege (MN)" in added
    assert "Your home license's CE applies" in added
    assert "jurisprudence requirement is unknown to me" in added

    # The Social Work Compact is not issuing yet: told so, nothing added.
    assert "not yet issuing" in chat.say("settings: add my Social Work Compact license")

    status = chat.say("status")
    assert status.count("— renews") == 3
    assert "*TX LPC* — renews Jun 30, 2027" in status
    # NCC: 100 h over the five years ending Mar 31, 2029, nothing logged yet.
    assert "*NCC* — renews Mar 31, 2029" in status
    assert "*Counseling Compact privilege (MN)* — renews Jun 30, 2027" in status
    # The privilege's only rule (the remote state's jurisprudence requirement) is of
    # unknown frequency, so the bot never calls it complete.
    privilege = status.split("*Counseling Compact privilege (MN)*")[1]
    assert "can't confirm complete" in privilege.splitlines()[0]
    assert "complete" not in privilege.splitlines()[0].replace("can't confirm complete", "")


def test_one_course_counts_for_the_license_and_the_ncc(chat):
    chat.onboard("LPC in Texas", "6/30/2027")
    chat.say("settings: add a credential")
    chat.press("NCC")
    chat.say("3/31/2029")
    chat.say("I finished a 6 hour live webinar on ethics on 11/20/2026")
    while "?" in chat.text and "Logged" not in chat.text and "logged" not in chat.text:
        chat.say("skip")
    status = chat.say("status")
    # TX LPC: 24 h total, 6 h ethics; the 6 h course counts -> 18 more.
    # NCC: 100 h total; the same 6 h count -> 94 more.
    tx, ncc = status.split("*NCC*")
    assert "18 more hours" in tx, status
    assert "94 more hours" in ncc, status


def test_psypact_alone_asks_which_authorization_then_e_passport(chat):
    chat.onboard("Psychologist in Texas", "6/30/2027")
    asked = chat.say("settings: I have a PSYPACT authorization")
    assert "E.Passport (telepsychology) or the IPC" in asked
    assert "E.Passport and APIT renew" in chat.press("PSYPACT E.Passport (APIT)")
    added = chat.say("3/31/2027")
    assert "Added your E.Passport/APIT" in added and "3 h per cycle" in added
    details = chat.say("status details")
    assert "A change is pending or recent — check your board: Annual APIT/TAP renewal" in details


def test_without_credential_rules_loaded_nothing_is_added(mentor, engine):
    # The states-only rule sets (no credentials folder loaded): told plainly.
    chat = Conversation(Mentor(engine, load_rule_sets(RULESETS_DIR)))
    chat.onboard("LPC in Texas", "6/30/2027")
    assert "can't track that credential here yet" in chat.say("settings: I'm also an NCC")
    assert chat.say("status").count("— renews") == 1


def test_removing_a_credential_is_not_adding_one(chat):
    chat.onboard("LPC in Texas", "6/30/2027")
    chat.say("settings: I'm also an NCC")
    chat.say("3/31/2029")
    chat.say("settings: remove my NCC")
    assert "Remove your NCC" in chat.press("NCC")  # asked first
    assert "Removed your NCC" in chat.press("Yes, remove it")
    assert chat.say("status").count("— renews") == 1


def test_saying_you_hold_a_credential_opens_settings_without_the_word():
    from bot.intents import classify

    for said in ("I'm also an NCC", "add a credential", "I have a PSYPACT E.Passport"):
        assert classify(said).name == "settings", said


def test_a_compact_privilege_named_with_its_state_is_not_asked_the_state(chat):
    chat.onboard("LPC in Texas", "6/30/2027")
    asked = chat.say("I have a counseling compact privilege to practice in Colorado")
    assert "Which remote state" not in asked
    assert "home license expires" in asked
    assert "Counseling Compact privilege (CO)" in chat.say("6/30/2027")


def test_a_credential_said_as_people_say_it_reaches_settings(chat):
    chat.onboard("LPC in Texas", "6/30/2027")
    assert "five-year NCC cycle" in chat.say("I am also an NCC")
    assert "Added your NCC" in chat.say("3/31/2029")
