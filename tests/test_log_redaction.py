"""Secrets in logs (tracker issue 15, item 4): a whole journey over real HTTP, every line read.

The server is built as `serve` builds it (app.web_registrars), with Slack over OAuth. The
journey installs a workspace, follows a forged OAuth redirect, onboards, states a goal naming
a client while the database refuses it (as PostgreSQL refuses a goal past 300 characters),
fetches the calendar feed, mistypes its link, and sends it in a request aiohttp cannot
parse. Logging is set up as `serve` sets it with LOG_LEVEL=DEBUG, and every record written
is formatted as production writes it (JSON, traceback included).
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest
from servers import running
from sqlalchemy import Engine
from sqlmodel import select

sys.path.insert(0, str(Path(__file__).parent / "slack"))  # the Slack rig, shared with tests/slack
from slack_member import SlackMember
from slack_rig import SlackClient, slack_settings
from slack_stub import SlackStub

import app as composition
from bot.mentor import SORRY
from bot.records.feed import issue_feed_token
from handlers.logs import JsonFormatter, configure_logging
from handlers.runtime import Runtime
from handlers.web import build_web_app
from store.db import new_session
from store.models import Member, Workspace

SECRET_CODE = "SECRETCODE"
SECRET_STATE = "SECRETSTATE"
PRIVATE_GOAL = "Open a private practice in Fresno"  # message contents, never logged at INFO


@pytest.fixture
async def stub() -> AsyncIterator[SlackStub]:
    """The Slack Web API stub, as tests/slack/conftest.py serves it."""
    fake = SlackStub()
    async with running(fake.app()) as url:
        fake.url = url
        yield fake


class Collected(logging.Handler):
    """Keeps every record the root logger's handlers are given."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def logger_levels() -> dict[str, int]:
    loggers = logging.root.manager.loggerDict.values()
    return {lg.name: lg.level for lg in loggers if isinstance(lg, logging.Logger)}


@pytest.fixture
def logged() -> Iterator[Collected]:
    """What LOG_LEVEL=DEBUG writes: `serve`'s own logging set-up, before the server is built."""
    root, server = logging.getLogger(), logging.getLogger("aiohttp.server")
    saved = root.level, list(root.handlers), logger_levels(), list(server.filters)
    logging.getLogger("slack_sdk.web").setLevel(logging.NOTSET)  # as in a fresh process
    collected = Collected()
    configure_logging("DEBUG")
    root.addHandler(collected)
    yield collected
    root.handlers[:] = saved[1]
    root.setLevel(saved[0])
    for name in logger_levels():
        logging.getLogger(name).setLevel(saved[2].get(name, logging.NOTSET))
    server.filters[:] = saved[3]


@contextmanager
def goals_refused(engine: Engine) -> Iterator[None]:
    """The database refuses every new goal (a trigger, so the error is the database's own)."""
    if engine.dialect.name == "sqlite":
        create = [
            "CREATE TRIGGER refuse_goal BEFORE INSERT ON goal "
            "BEGIN SELECT RAISE(ABORT, 'goal refused'); END"
        ]
        drop = ["DROP TRIGGER refuse_goal"]
    else:
        create = [
            "CREATE FUNCTION refuse_goal() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN RAISE EXCEPTION 'goal refused'; END $$",
            "CREATE TRIGGER refuse_goal BEFORE INSERT ON goal "
            "FOR EACH ROW EXECUTE FUNCTION refuse_goal()",
        ]
        drop = ["DROP TRIGGER refuse_goal ON goal", "DROP FUNCTION refuse_goal()"]
    with engine.begin() as connection:
        for statement in create:
            connection.exec_driver_sql(statement)
    try:
        yield
    finally:  # PostgreSQL test databases are shared: leave no trigger behind
        with engine.begin() as connection:
            for statement in drop:
                connection.exec_driver_sql(statement)


async def install(client: SlackClient, stub: SlackStub, team: str, code: str) -> str:
    """Add to Slack, approve, come back with Slack's code; returns the state Bolt issued."""
    stub.installs[code] = team
    async with client.http.get(f"{client.url}/slack/install") as page:
        state = re.search(r"state=([\w-]+)", await page.text()).group(1)
    cookie = {"Cookie": f"slack-app-oauth-state={state}"}
    redirect = f"{client.url}/slack/oauth_redirect?code={code}&state={state}"
    async with client.http.get(redirect, headers=cookie) as done:
        assert done.status == 200, await done.text()
    return state


async def raw_request(url: str, request_line: str) -> int:
    """Send one request line as bytes (aiohttp's client refuses to send a bad one); the status."""
    host, port = url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(request_line.encode() + b"\r\nHost: x\r\nConnection: close\r\n\r\n")
    status = int((await reader.readline()).split()[1])
    writer.close()
    await writer.wait_closed()
    return status


def feed_token(engine: Engine, team: str) -> str:
    """A calendar feed link for the workspace's one member, as "calendar" in the chat gives."""
    with new_session(engine) as session:
        member = session.exec(
            select(Member).join(Workspace).where(Workspace.external_id == team)
        ).one()
        token = issue_feed_token(session, member_id=member.id, now=datetime.now(UTC))
        session.commit()
    return token


async def test_no_token_code_state_or_message_text_reaches_the_log(stub, mentor, engine, logged):
    team = "T" + uuid.uuid4().hex[:8].upper()
    code = f"{SECRET_CODE}-{team}"
    settings = slack_settings(stub, slack_client_id="111.222", slack_client_secret="shh")
    runtime = Runtime(settings=settings, engine=engine, mentor=mentor)
    app = build_web_app(runtime, composition.web_registrars(settings))
    async with running(app) as url, aiohttp.ClientSession() as http:
        client = SlackClient(http, url)
        state = await install(client, stub, team, code)
        forged = f"{url}/slack/oauth_redirect?code={SECRET_CODE}&state={SECRET_STATE}"
        async with http.get(forged) as refused:
            assert refused.status >= 400
        member = SlackMember(client, stub, team=team)
        await member.onboard()
        await member.say("goals")
        await member.press("Earn a certification")
        assert "concrete goal" in await member.say("3, 6")
        with goals_refused(engine):
            answer = await member.say(f"{PRIVATE_GOAL} by June 2027")
        assert SORRY in answer
        token = feed_token(engine, team)
        async with http.get(f"{url}/calendar/{token}.ics?from={token}") as feed:
            assert feed.status == 200
        async with http.get(f"{url}/calendar/{token}") as mistyped:  # no route matches
            assert mistyped.status == 404
        assert await raw_request(url, f"GET /calendar/{token}\x01.ics HTTP/1.1") == 400
    # The server is closed: every request's access line has been written.
    records = logged.records
    lines = [JsonFormatter().format(record) for record in records]
    bot_token = f"xoxb-{team.lower()}"
    secrets = {
        "calendar token": token,
        "OAuth code": code,
        "forged code": SECRET_CODE,
        "OAuth state": state,
        "forged state": SECRET_STATE,
        "bot token": bot_token,
    }
    assert [(name, line) for line in lines for name, s in secrets.items() if s in line] == []
    at_info = [
        line for record, line in zip(records, lines, strict=True) if record.levelno >= logging.INFO
    ]
    assert [line for line in at_info if PRIVATE_GOAL in line] == []
    # The journey did what the searches rely on: the refused goal was logged, with its error,
    # and the feed and the redirects were each given an access line.
    (failed,) = [line for line in lines if '"event": "turn failed"' in line]
    assert "goal refused" in failed and "Traceback" in failed
    assert [line for line in lines if "Traceback" in line] == [failed]  # not the bad request's
    routes = [record.__dict__.get("route") for record in records if record.name == "aiohttp.access"]
    assert routes.count("/calendar/{token}.ics") == 1 and routes.count("-") == 2
    assert routes.count("/slack/oauth_redirect") == 2
