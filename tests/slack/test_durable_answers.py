"""Nothing acknowledged is lost: a replica killed after the ack, a reply refused with 429, a
database that goes away mid-run or is not there at start, a listener that fails after its ack.

Real processes (`app.py serve`, killed with SIGKILL), signed Slack requests, the Web API stub
answering 429 with Retry-After, and a TCP proxy in front of PostgreSQL that the test cuts.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest
from servers import running
from slack_member import SlackMember
from slack_rig import SECRET, SlackClient, slack_settings
from sqlmodel import Session, select
from test_slack_events import dm

from bot.mentor import Mentor
from bot.messages import Form, Question
from handlers import slack
from handlers.inbox import InboxKeeper
from handlers.nudges.drain import OutboxDrain
from handlers.runtime import LATE, OUTAGE, Runtime
from handlers.slack.render import OPEN_FORM
from handlers.web import build_web_app
from store.db import make_engine
from store.models import Completion, InboundEvent, OutboxMessage

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("TEST_DATABASE_URL", "")
FORM = Form("Rate your skills", (Question("ethics", "Ethics", "rating"),), "assess.submit")
MEMBER_DM = "D024BE91L"  # the fixture's DM channel; the stub opens "D" + user id otherwise


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def serve(database_url: str, stub, port: int) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": stub.api_url,
        "PORT": str(port),
        "INBOX_LEASE_SECONDS": "1",
        "LOG_LEVEL": "WARNING",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        str(ROOT / "app.py"),
        "serve",
        env=env,
        cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )


async def health(http: aiohttp.ClientSession, url: str, proc) -> int:
    """The first /healthz status the server answers (bounded wait for it to start)."""
    for _ in range(400):
        assert proc.returncode is None, (await proc.stderr.read()).decode()[-2000:]
        try:
            async with http.get(f"{url}/healthz") as response:
                return response.status
        except aiohttp.ClientConnectionError:
            await asyncio.sleep(0.05)
    raise AssertionError("serve did not start")


def texts(stub, channel: str = "") -> list[str]:
    return [
        c.data.get("text", "")
        for c in stub.called("chat.postMessage")
        if not channel or c.data.get("channel") == channel
    ]


def rows(engine, model) -> list:
    with Session(engine) as session:
        return list(session.exec(select(model)))


async def test_a_replica_killed_after_the_ack_is_answered_by_the_next(database_url, engine, stub):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    stub.stalled.add("users.info")  # the turn starts after the ack, and hangs here
    first = await serve(database_url, stub, port)
    async with aiohttp.ClientSession() as http:
        assert await health(http, url, first) == 200
        client = SlackClient(http, url)
        response = await client.event(dm("finished the 3 hour ethics course yesterday"))
        assert response.status == 200  # Slack has been told "got it"
        await stub.wait_for("users.info")
        os.kill(first.pid, signal.SIGKILL)
        await first.wait()
        assert texts(stub) == []  # never answered
        assert len(rows(engine, InboundEvent)) == 1  # but kept
        stub.stalled.clear()
        second = await serve(database_url, stub, port)
        try:
            assert await health(http, url, second) == 200
            posted = await stub.wait_for("chat.postMessage", timeout=20)
            for _ in range(200):  # the answer is settled just after Slack took it
                if not [r for r in rows(engine, OutboxMessage) if r.kind == "reply"]:
                    break
                await asyncio.sleep(0.05)
        finally:
            second.send_signal(signal.SIGTERM)
            await second.wait()
    assert LATE in posted[0].data["text"]
    assert posted[0].data["channel"] == "D2147483697"  # the member's own DM with the bot
    assert rows(engine, InboundEvent) == []
    assert [r for r in rows(engine, OutboxMessage) if r.kind == "reply"] == []  # nothing kept


async def test_a_reply_refused_with_429_is_sent_again_after_retry_after(server, stub, engine):
    stub.fail_next(
        "chat.postMessage", 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "7"}
    )
    before = datetime.now(UTC)
    assert (await server.event(dm("help"))).status == 200
    await stub.wait_for("chat.postMessage")
    for _ in range(200):  # the refusal is recorded just after the call
        waiting = [r for r in rows(engine, OutboxMessage) if r.kind == "reply"]
        if waiting and waiting[0].status == "pending":
            break
        await asyncio.sleep(0.02)
    (row,) = waiting
    assert row.status == "pending" and row.last_error == "ratelimited"
    assert before + timedelta(seconds=7) <= row.due_at <= datetime.now(UTC) + timedelta(seconds=7)
    settings = slack_settings(stub)
    runtime = Runtime(settings=settings, engine=engine, mentor=None)  # type: ignore[arg-type]
    runtime.senders.add(slack.build_sender(settings, engine))
    drain = OutboxDrain(engine, {}, runtime.senders)
    assert sum((await drain.drain(row.due_at - timedelta(seconds=1))).values()) == 0  # not yet
    assert (await drain.drain(row.due_at + timedelta(seconds=1)))["sent"] == 1
    refused, resent = stub.called("chat.postMessage")
    assert resent.data["text"] == refused.data["text"] and "status" in resent.data["text"].lower()
    assert [r for r in rows(engine, OutboxMessage) if r.kind == "reply"] == []


class CuttableProxy:
    """A TCP proxy to PostgreSQL that the test can cut (connections dropped, new ones refused)."""

    def __init__(self, target_port: int) -> None:
        self.target_port, self.up, self.pipes = target_port, True, set()

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        return self.server.sockets[0].getsockname()[1]

    async def _client(self, reader, writer) -> None:
        if not self.up:
            writer.close()
            return
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        self.pipes.update({writer, up_writer})

        async def pipe(source, sink) -> None:
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                sink.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    def cut(self) -> None:
        self.up = False
        for writer in self.pipes:
            writer.close()
        self.pipes.clear()

    async def close(self) -> None:
        self.cut()
        self.server.close()


@pytest.mark.skipif(not PG_URL, reason="a network database going away: needs PostgreSQL")
async def test_a_database_outage_is_said_and_the_message_answered_when_it_is_back(
    database_url, stub, rule_sets
):
    proxy = CuttableProxy(make_engine(database_url).url.port or 5432)
    through = make_engine(database_url).url.set(host="127.0.0.1", port=await proxy.start())
    engine = make_engine(through.render_as_string(hide_password=False))
    settings = slack_settings(stub)
    runtime = Runtime(settings=settings, engine=engine, mentor=Mentor(engine, rule_sets))
    runtime.senders.add(slack.build_sender(settings, engine))
    try:
        async with (
            running(build_web_app(runtime, [slack.register])) as url,
            aiohttp.ClientSession() as http,
        ):
            client = SlackClient(http, url)
            await SlackMember(client, stub).onboard()
            before = len(stub.called("chat.postMessage"))
            proxy.cut()
            response = await client.event(
                dm("finished the 2 hour suicide prevention course today", "EvDuring01")
            )
            assert response.status == 200
            said = await stub.wait_for("chat.postMessage", count=before + 1)
            assert said[before].data["text"] == OUTAGE
            async with http.get(f"{url}/healthz") as health_now:
                assert health_now.status == 503
            proxy.up = True
            assert await InboxKeeper(runtime).once() == 1
            sent = await OutboxDrain(engine, rule_sets, runtime.senders).drain()
            assert sent["sent"] == 1
            late = stub.called("chat.postMessage")[before + 1].data["text"]
            assert late.startswith(LATE)
            direct = make_engine(database_url)  # not through the proxy, which runs in this loop
            assert len(rows(direct, Completion)) == 1  # the message was read once, and saved
            assert rows(direct, InboundEvent) == []
            direct.dispose()
    finally:
        await proxy.close()
        engine.dispose()


async def test_serve_starts_unhealthy_without_a_database_and_says_so_to_members(stub, tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    nowhere = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/test?connect_timeout=2"
    proc = await serve(nowhere, stub, port)
    try:
        async with aiohttp.ClientSession() as http:
            assert await health(http, url, proc) == 503  # up, and honest about it
            response = await SlackClient(http, url).event(dm("status"))
            assert response.status == 200
            posted = await stub.wait_for("chat.postMessage")
            assert posted[0].data["text"] == OUTAGE
    finally:
        proc.send_signal(signal.SIGTERM)
        await proc.wait()


async def test_a_listener_failing_after_its_ack_is_not_handled_again(server, stub):
    # An "open form" button whose value cannot be read fails after its ack. Bolt took such a
    # listener for one that never acknowledged and ran the next match 3 s later: the
    # catch-all button listener, which answered "I don't know that button any more".
    press = {
        "type": "block_actions",
        "team": {"id": "T123ABC456"},
        "user": {"id": "U2147483697"},
        "trigger_id": "13345224609.738474920.8088930838d88f008e0",
        "channel": {"id": MEMBER_DM},
        "actions": [{"action_id": OPEN_FORM, "value": "not-a-packed-form", "action_ts": "1.2"}],
    }
    assert (await server.interaction(press)).status == 200
    await asyncio.sleep(3.5)
    assert texts(stub) == []
