"""Socket Mode: with SLACK_APP_TOKEN set, Slack's events arrive over a WebSocket we open."""

from __future__ import annotations

import asyncio

import aiohttp
from servers import running
from slack_rig import fixture, slack_settings

from handlers import slack
from handlers.runtime import Runtime
from handlers.web import build_web_app


async def test_a_dm_over_socket_mode_is_acknowledged_and_answered(stub, mentor, engine):
    stub.tokens["xapp-test"] = "T1"
    settings = slack_settings(stub, slack_app_token="xapp-test", slack_signing_secret="")
    runtime = Runtime(settings=settings, engine=engine, mentor=mentor)
    async with (
        running(build_web_app(runtime, [slack.register])) as url,
        aiohttp.ClientSession() as http,
    ):
        async with http.post(f"{url}/slack/events", data=b"{}") as response:
            assert response.status == 404  # no HTTP endpoint: nothing to forge
        assert stub.called("apps.connections.open")[0].token == "xapp-test"
        for _ in range(200):  # the WebSocket connects in the background: wait, bounded
            if stub.sockets:
                break
            await asyncio.sleep(0.02)
        body = fixture("message_im.json")
        body["event"]["text"] = "help"
        await stub.push("env-1", "events_api", body)
        posted = (await stub.wait_for("chat.postMessage"))[0]
    assert posted.data["channel"] == "D024BE91L" and "status" in posted.data["text"].lower()
    assert {"envelope_id": "env-1"} in [
        {"envelope_id": a.get("envelope_id")} for a in stub.socket_acks
    ]
