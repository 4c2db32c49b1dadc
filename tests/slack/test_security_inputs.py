"""Malformed requests before authentication (tracker issue 15, item 3), over real HTTP.

Slack's signature is checked on the bytes as sent, before anything parses them: a request
Slack did not sign gets 401, a signed one Bolt cannot read gets 400. The Teams endpoint
answers 400 to a body holding no activity and 413 to one too large. Each such request writes
one WARNING line and nothing else at WARNING or above; no line quotes the body or holds a
traceback. (The Teams cases live here, beside Slack's, to keep the whole list in one place.)
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
from servers import running
from slack_rig import SlackClient, fixture, slack_settings
from teams.stub import ConnectorStub

from bot.settings import Settings
from handlers import slack, teams
from handlers.logs import JsonFormatter
from handlers.runtime import Runtime
from handlers.teams.service_urls import ServiceUrlPolicy
from handlers.web import build_web_app

MARKER = "BODY-7f3c"  # in every body: a log line quoting the body would show it
JSON, FORM = "application/json", "application/x-www-form-urlencoded"
SLACK_BODIES = {
    "truncated JSON": (b'{"text": "' + MARKER.encode(), JSON),
    "not UTF-8": (b'{"text": "\xff\xfe' + MARKER.encode() + b'"}', JSON),
    "100,000-deep JSON": (b"[" * 100_000 + MARKER.encode(), JSON),
    "truncated interactivity payload": (b"payload={x" + MARKER.encode(), FORM),
    "JSON that is not an object": (b'["' + MARKER.encode() + b'"]', JSON),
    "an unknown charset": (b'{"text": "' + MARKER.encode(), JSON + "; charset=" + MARKER),
}
TEAMS_BODIES = {
    "truncated JSON": b'{"type": "message", "text": "' + MARKER.encode(),
    "not UTF-8": b'{"type": "message", "text": "\xff\xfe' + MARKER.encode() + b'"}',
    "100,000-deep JSON": b"[" * 100_000 + MARKER.encode(),
    "JSON null": b"null",
    "JSON that is not an object": b'["' + MARKER.encode() + b'"]',
}
APP_ID = "00000000-0000-0000-0000-00000000b07"


def refusal_lines(caplog) -> list[logging.LogRecord]:
    """This request's lines at WARNING and above; no traceback or body in any line at all.

    (DEBUG lines may come from elsewhere meanwhile, such as the Teams signing-key fetch.)
    """
    lines = [JsonFormatter().format(record) for record in caplog.records]
    assert [line for line in lines if "Traceback" in line or MARKER in line] == []
    assert all(record.exc_info is None for record in caplog.records)
    return [record for record in caplog.records if record.levelno >= logging.WARNING]


def assert_one_quiet_line(caplog) -> None:
    records = refusal_lines(caplog)
    assert [r.levelname for r in records] == ["WARNING"], [r.getMessage() for r in records]


@pytest.fixture(params=["one workspace", "OAuth"])
async def slack_server(request, stub, mentor, engine) -> AsyncIterator[SlackClient]:
    """Our server by bot token, or for many workspaces by OAuth: one signing secret either way."""
    extra = {"slack_client_id": "111.222", "slack_client_secret": "shh"}
    settings = slack_settings(stub, **(extra if request.param == "OAuth" else {}))
    runtime = Runtime(settings=settings, engine=engine, mentor=mentor)
    async with (
        running(build_web_app(runtime, [slack.register])) as url,
        aiohttp.ClientSession() as http,
    ):
        yield SlackClient(http, url)


async def unsigned(server: SlackClient, body: bytes, content_type: str, **headers) -> int:
    events = f"{server.url}/slack/events"
    sent = {"Content-Type": content_type, **headers}
    async with server.http.post(events, data=body, headers=sent) as response:
        await response.read()
        return response.status


@pytest.mark.parametrize("case", SLACK_BODIES)
async def test_an_unsigned_malformed_body_is_401_with_one_line(slack_server, caplog, case):
    body, content_type = SLACK_BODIES[case]
    caplog.set_level(logging.DEBUG)
    caplog.clear()
    assert await unsigned(slack_server, body, content_type) == 401
    assert_one_quiet_line(caplog)


@pytest.mark.parametrize("case", SLACK_BODIES)
async def test_a_signed_malformed_body_is_400_with_one_line(slack_server, caplog, case):
    body, content_type = SLACK_BODIES[case]
    caplog.set_level(logging.DEBUG)
    caplog.clear()
    assert (await slack_server.post(body, content_type)).status == 400
    assert_one_quiet_line(caplog)


SIGNED_NOW = {"X-Slack-Request-Timestamp": "{now}", "X-Slack-Signature": "v0=0"}
BAD_HEADERS = {
    "no signature headers": {},
    "a timestamp that is not a number": {**SIGNED_NOW, "X-Slack-Request-Timestamp": "soon"},
    "a timestamp of 5,000 digits": {**SIGNED_NOW, "X-Slack-Request-Timestamp": "9" * 5000},
    "a stale timestamp": {**SIGNED_NOW, "X-Slack-Request-Timestamp": "{ten minutes ago}"},
    "a signature that is not ASCII": {**SIGNED_NOW, "X-Slack-Signature": "v0=\u00e9"},
    "a wrong signature": SIGNED_NOW,
}


@pytest.mark.parametrize("case", BAD_HEADERS)
async def test_bad_signature_headers_are_401_with_one_line(slack_server, caplog, case):
    now = int(time.time())
    times = {"{now}": str(now), "{ten minutes ago}": str(now - 600)}
    headers = {name: times.get(value, value) for name, value in BAD_HEADERS[case].items()}
    caplog.set_level(logging.DEBUG)
    caplog.clear()
    body = json.dumps({"text": MARKER}).encode()
    assert await unsigned(slack_server, body, JSON, **headers) == 401
    assert_one_quiet_line(caplog)


async def test_signed_requests_of_each_kind_still_reach_bolt(slack_server):
    challenge = fixture("url_verification.json")
    answer = await slack_server.event(challenge)
    assert answer.status == 200
    assert (await answer.json())["challenge"] == challenge["challenge"]
    # Form-encoded (a slash command's encoding): Slack's SSL check, which Bolt answers itself.
    assert (await slack_server.form({"ssl_check": "1", "token": "x"})).status == 200


@pytest.fixture(params=["local, unauthenticated", "authenticated"])
async def teams_url(request, mentor, engine) -> AsyncIterator[str]:
    """Our server with Teams, in local mode or with Bot Framework authentication on."""
    connector = ConnectorStub().start()
    auth_on = request.param == "authenticated"
    settings = Settings(
        _env_file=None, database_url=str(engine.url), teams_local_unauthenticated=not auth_on
    )
    auth = teams.TeamsAuth(
        app_id=APP_ID if auth_on else "",
        password="not-a-real-secret" if auth_on else "",
        openid_metadata_url=f"{connector.url}/openid",
        local_unauthenticated=not auth_on,
        service_urls=ServiceUrlPolicy(loopback=True) if auth_on else None,
    )
    runtime = Runtime(settings=settings, engine=engine, mentor=mentor)
    runtime.senders.add(teams.teams_sender(settings, engine, auth))
    try:
        async with running(build_web_app(runtime, [teams.register])) as url:
            yield url
    finally:
        connector.stop()


async def post_activity(url: str, body, **headers) -> int:
    sent = {"Content-Type": "application/json", **headers}
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{url}/api/messages", data=body, headers=sent) as response,
    ):
        await response.read()
        return response.status


@pytest.mark.parametrize("case", TEAMS_BODIES)
async def test_a_body_holding_no_activity_is_400_with_one_line(teams_url, caplog, case):
    caplog.set_level(logging.DEBUG)
    caplog.clear()
    assert await post_activity(teams_url, TEAMS_BODIES[case]) == 400
    assert_one_quiet_line(caplog)


async def test_an_activity_over_256_kb_is_413_with_one_line(teams_url, caplog):
    padded = {"type": "message", "text": "hi", "channelData": {"pad": MARKER * 30_000}}
    body = json.dumps(padded).encode()
    assert 256 * 1024 < len(body) < 1024**2  # under the server's own limit: the endpoint's
    caplog.set_level(logging.DEBUG)
    caplog.clear()
    assert await post_activity(teams_url, body) == 413

    async def chunks():  # no Content-Length: read, then measured
        for start in range(0, len(body), 65536):
            yield body[start : start + 65536]

    assert await post_activity(teams_url, chunks()) == 413
    assert [r.getMessage() for r in refusal_lines(caplog)] == ["teams request refused"] * 2
