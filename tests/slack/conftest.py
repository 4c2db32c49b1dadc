"""Slack test fixtures: the Web API stub, and our real server pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from servers import running
from slack_rig import SlackClient, slack_settings
from slack_stub import SlackStub

from handlers import slack
from handlers.runtime import Runtime
from handlers.web import build_web_app


@pytest.fixture
async def stub() -> AsyncIterator[SlackStub]:
    """The Slack Web API, faked on 127.0.0.1 with a port the OS picks."""
    fake = SlackStub()
    async with running(fake.app()) as url:
        fake.url = url
        yield fake


@pytest.fixture
async def server(stub, mentor, engine) -> AsyncIterator[SlackClient]:
    """Our real server, one workspace by bot token, answering Slack through the stub."""
    runtime = Runtime(settings=slack_settings(stub), engine=engine, mentor=mentor)
    async with (
        running(build_web_app(runtime, [slack.register])) as url,
        aiohttp.ClientSession() as http,
    ):
        yield SlackClient(http, url)
