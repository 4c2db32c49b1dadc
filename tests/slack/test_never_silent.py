"""Never silent: every failure around a Slack turn still ends in an answer the member sees.

Each test makes the Web API stub (or the renderer) fail on purpose, over signed requests, and
checks the answer, a log line with ids only, and the counted error.
"""

from __future__ import annotations

import logging
import re

import pytest
from slack_member import DM, USER, SlackMember
from slack_rig import fixture
from sqlmodel import Session, select

from bot.messages import Choice, Choices, Text
from handlers.slack import post, turns
from handlers.slack.render import plain_messages
from store.models import Member

SAID = "what is my status please"  # a message's words must never reach the logs


@pytest.fixture
def dana(server, stub) -> SlackMember:
    return SlackMember(server, stub)


async def errors_counted(server) -> float:
    async with server.http.get(f"{server.url}/metrics") as response:
        metrics = await response.text()
    found = re.search(r'^cementor_errors_total\{platform="slack"\} (\S+)$', metrics, re.M)
    return float(found.group(1)) if found else 0.0


def dm(text: str) -> dict:
    payload = fixture("message_im.json")
    payload["event"].update(text=text, user=USER, channel=DM)
    return payload


def logged(caplog, what: str) -> logging.LogRecord:
    """The one warning about `what`, checked to hold ids and an error code, never the words."""
    records = [r for r in caplog.records if r.getMessage() == what]
    assert len(records) == 1, [r.getMessage() for r in caplog.records]
    record = records[0]
    assert (record.workspace, record.member) == ("T123ABC456", USER)
    assert SAID not in str(record.__dict__)
    return record


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (500, {"ok": False, "error": "internal_error"}, "internal_error"),  # a proxy's 500
        (200, {"ok": True, "user": "U2147483697"}, "TypeError"),  # an odd shape
        (200, {"ok": True}, "TypeError"),  # no user at all
        (200, {"ok": True, "user": {"tz": ["America/Los_Angeles"]}}, "TypeError"),
    ],
)
async def test_a_failing_profile_look_up_still_gets_an_answer(
    dana, server, stub, engine, caplog, status, body, error
):
    caplog.set_level(logging.WARNING, logger="handlers.slack.turns")
    stub.fail_next("users.info", status, body)
    assert "Which license" in await dana.say(SAID)
    assert logged(caplog, "users.info failed").error == error
    assert await errors_counted(server) == 1
    with Session(engine) as session:  # the turn went on without the profile
        assert session.exec(select(Member)).one().display_name in ("", None)


async def test_a_profile_look_up_that_hangs_is_given_up(dana, server, stub, caplog, monkeypatch):
    caplog.set_level(logging.WARNING, logger="handlers.slack.turns")
    monkeypatch.setattr(turns, "PROFILE_WAIT", 0.2)
    stub.stalled.add("users.info")
    try:
        assert "Which license" in await dana.say(SAID)
    finally:
        stub.stalled.discard("users.info")
    assert logged(caplog, "users.info failed").error == "TimeoutError"
    assert await errors_counted(server) == 1


@pytest.mark.parametrize("refusal", ["invalid_blocks", "msg_too_long"])
async def test_blocks_slack_refuses_are_sent_again_as_plain_text(
    dana, server, stub, caplog, refusal
):
    caplog.set_level(logging.WARNING, logger="handlers.slack.turns")
    stub.fail_next("chat.postMessage", 200, {"ok": False, "error": refusal})
    assert (await dana.client.event(dm("help"))).status == 200
    await stub.wait_for("chat.postMessage", 2)
    posted = await stub.settle("chat.postMessage")
    assert len(posted) == 2  # the refused message, then the same replies as plain text
    assert "blocks" in posted[0].data and "blocks" not in posted[1].data
    assert posted[1].data["channel"] == DM
    assert "status" in posted[1].data["text"].lower()  # help's words, not an apology
    assert logged(caplog, "slack refused the blocks, sent as plain text").error == refusal
    assert await errors_counted(server) == 1


async def test_a_render_error_still_sends_the_words(dana, server, stub, caplog, monkeypatch):
    caplog.set_level(logging.WARNING, logger="handlers.slack.turns")

    def broken(replies):
        raise ValueError("a reply the renderer cannot draw")

    monkeypatch.setattr(post, "message_blocks", broken)
    assert (await dana.client.event(dm("help"))).status == 200
    await stub.wait_for("chat.postMessage")
    posted = await stub.settle("chat.postMessage")
    assert len(posted) == 1 and "blocks" not in posted[0].data
    assert "status" in posted[0].data["text"].lower()
    assert logged(caplog, "slack render failed, sent as plain text").error == "ValueError"
    assert await errors_counted(server) == 1


async def test_a_form_with_an_expired_trigger_comes_as_questions(dana, server, stub, caplog):
    await dana.onboard()
    caplog.set_level(logging.WARNING, logger="handlers.slack.turns")
    stub.fail_next("views.open", 200, {"ok": False, "error": "expired_trigger_id"})
    assert "Rate your confidence" in await dana.command("assess")
    posted = await stub.settle("chat.postMessage")
    questions = posted[-1].data["text"]
    assert questions.startswith("I couldn't open the form, here it is as questions")
    assert "1. " in questions and "(1, 2, 3, 4, 5)" in questions  # ratings, numbered
    assert "Open form" in questions  # how to try the form again
    assert "[Open form]" in dana.text  # and the button is on the message before it
    assert logged(caplog, "views.open failed, form sent as questions").error == (
        "expired_trigger_id"
    )
    assert await errors_counted(server) == 1


def test_plain_text_is_split_on_line_ends_and_nothing_is_cut():
    lines = [f"{i:02d}" + "x" * 97 for i in range(70)]  # 70 lines of 99 characters
    messages = plain_messages([Text("\n".join(lines)), Choices("Pick one:", (Choice("Yes", "a"),))])
    # 30 lines joined are 30 * 99 + 29 = 2,999 characters (31 would be 3,099 > 3,000).
    assert [len(m.split("\n")) for m in messages] == [30, 30, 12]  # the last: 10 + prompt + button
    assert "\n".join(messages).split("\n")[:70] == lines
    assert messages[-1].endswith("Pick one:\n[Yes]")
