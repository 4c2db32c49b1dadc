"""Status over Slack: the text is posted first, its progress chart uploaded right after it."""

from __future__ import annotations

import pytest
from slack_member import DM, SlackMember


@pytest.fixture
def dana(server, stub) -> SlackMember:
    return SlackMember(server, stub)


async def test_the_chart_follows_the_status_text_into_the_same_dm(dana, stub):
    await dana.onboard()
    before = len(stub.called("files.completeUploadExternal"))
    assert "LCSW" in await dana.say("status")
    (chart,) = (await stub.wait_for("files.completeUploadExternal", before + 1))[before:]
    assert chart.data["channel_id"] == DM
    order = [call.method for call in stub.calls]
    last_post = len(order) - 1 - order[::-1].index("chat.postMessage")
    asked_url = len(order) - 1 - order[::-1].index("files.getUploadURLExternal")
    assert last_post < asked_url  # the reader sees the text, then the chart


async def test_a_failed_upload_leaves_the_text_and_the_next_answer_alone(dana, stub, server):
    await dana.onboard()
    stub.fail_next("files.getUploadURLExternal", 200, {"ok": False, "error": "internal_error"})
    assert "LCSW" in await dana.say("status")
    assert "LCSW" in await dana.say("status")
    await stub.wait_for("files.completeUploadExternal", 1)  # the second status's chart
    metrics = await (await server.http.get(f"{server.url}/metrics")).text()
    assert 'cementor_errors_total{platform="slack"} 1.0' in metrics, metrics
