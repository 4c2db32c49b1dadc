"""SlackSender: nudges into a member's DM; rate limits and gone members are told apart."""

from __future__ import annotations

import pytest

from bot.messages import Choice, Choices, File, Text
from handlers.delivery import DeliveryResult, Recipient
from handlers.slack.sender import SlackSender

DANA = Recipient(member_id=1, platform="slack", workspace_external_id="T1", platform_user_id="U1")


def sender_for(stub, token: str | None = "xoxb-test") -> SlackSender:
    async def bot_token(_workspace: str) -> str | None:
        return token

    return SlackSender(stub.api_url, bot_token)


async def test_a_nudge_is_posted_into_the_members_dm(stub):
    nudge = [
        Text("Your CA LCSW renews in 30 days"),
        Choices("Ready?", (Choice("Plan", "plan.start"),)),
    ]
    result = await sender_for(stub).send(DANA, nudge)
    assert result == DeliveryResult("sent")
    (posted,) = stub.called("chat.postMessage")
    assert posted.data["channel"] == "D1" and posted.token == "xoxb-test"
    assert posted.data["blocks"][2]["elements"][0]["action_id"] == "plan.start#0"


async def test_a_file_is_uploaded_with_slacks_external_upload(stub):
    transcript = File("ce-transcript.csv", b"course,hours\nEthics,6\n", "text/csv", "CE transcript")
    assert (await sender_for(stub).send(DANA, [Text("Here it is"), transcript])).status == "sent"
    (upload,) = stub.called("upload")
    assert upload.data["size"] == len(transcript.content)
    (completed,) = stub.called("files.completeUploadExternal")
    assert completed.data["channel_id"] == "D1"


async def test_rate_limited_means_retry_after_what_slack_says(stub):
    stub.fail_next(
        "chat.postMessage", 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "7"}
    )
    result = await sender_for(stub).send(DANA, [Text("hello")])
    assert (result.status, result.retry_after) == ("retry", 7.0)


@pytest.mark.parametrize(
    "error",
    ["account_inactive", "user_not_found", "not_in_channel", "is_archived", "token_revoked"],
)
async def test_a_gone_member_or_install_is_unreachable(stub, error):
    stub.fail_next("chat.postMessage", 200, {"ok": False, "error": error})
    result = await sender_for(stub).send(DANA, [Text("hello")])
    assert result == DeliveryResult("unreachable", error=error)


async def test_no_token_for_the_workspace_is_unreachable(stub):
    result = await sender_for(stub, token=None).send(DANA, [Text("hello")])
    assert result.status == "unreachable"
    assert stub.calls == []


async def test_a_passing_server_error_is_retried(stub):
    stub.fail_next("conversations.open", 200, {"ok": False, "error": "internal_error"})
    assert (await sender_for(stub).send(DANA, [Text("hello")])).status == "retry"


def test_a_plain_text_server_error_is_retried_not_raised():
    from slack_sdk.errors import SlackApiError
    from slack_sdk.web.slack_response import SlackResponse

    from handlers.slack.sender import refusal

    body = SlackResponse(
        client=None,
        http_verb="POST",
        api_url="chat.postMessage",
        req_args={},
        data="upstream connect error",
        headers={},
        status_code=500,
    )
    assert refusal(SlackApiError("server error", body)) == DeliveryResult("retry", error="http_500")
