"""Who may post to /api/messages (tracker issue 15, item 2), over real HTTP.

A forged activity names a member and a serviceUrl of the forger's choosing; were it
accepted, the member's replies (an export of their data, say) and later nudges would go
there. Where the bot may post back is tested in test_teams_service_urls.py.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from servers import running

import app as composition
from bot.settings import Settings
from handlers.teams import register
from handlers.web import build_web_app
from teams.client import TeamsMember
from teams.forgery import first_contact, forged, lan_address, stored, url_of
from teams.stub import ConnectorStub

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def lan() -> str:
    """This machine's non-loopback address (skips where there is none)."""
    address = lan_address()
    if address is None:
        pytest.skip("this machine has no non-loopback address")
    return address


@pytest.fixture
def outsider(lan):
    """A connector stub reached at a non-loopback address: where a forged serviceUrl points."""
    forger = ConnectorStub(listen="0.0.0.0", address=lan).start()
    yield forger
    forger.stop()


# (a) Without MICROSOFT_APP_ID or explicit local mode, there is no Teams endpoint at all.

SLACK_ONLY = {
    "slack_bot_token": "xoxb-test",
    "slack_signing_secret": "test-secret",
    "slack_api_url": "http://127.0.0.1:9/api/",  # never called here; nothing leaves the machine
}
NOT_TEAMS = {"nothing configured": {}, "Slack only": SLACK_ONLY}


@pytest.mark.parametrize("deployment", NOT_TEAMS)
async def test_without_teams_settings_api_messages_is_404_and_nothing_moves(
    build_app, stub, engine, deployment
):
    await first_contact(build_app, stub)
    before = stored(engine)
    settings = Settings(_env_file=None, database_url=url_of(engine), **NOT_TEAMS[deployment])
    runtime = composition.build_runtime(settings)
    app = build_web_app(runtime, composition.web_registrars(settings))
    async with (
        running(app) as server,
        aiohttp.ClientSession() as http,
        http.post(f"{server}/api/messages", json=forged(stub.url + "/")) as response,
    ):
        assert response.status == 404
    assert stub.posted == []  # no export sent to the forger's URL
    assert stored(engine) == before  # the member's reply address is unchanged


def test_register_refuses_to_mount_an_unconfigured_teams_endpoint(mentor, engine):
    settings = Settings(_env_file=None, database_url=url_of(engine))
    runtime = composition.Runtime(settings=settings, engine=engine, mentor=mentor)
    with pytest.raises(RuntimeError, match="MICROSOFT_APP_ID"):
        build_web_app(runtime, [register])


# (b) Local unauthenticated mode: loopback serviceUrls, loopback peers, loopback bind.


async def test_local_mode_refuses_a_non_loopback_service_url(build_app, stub, outsider, engine):
    await first_contact(build_app, stub)
    before = stored(engine)
    app, runtime = build_app()
    async with running(app) as server, aiohttp.ClientSession() as http:
        member = TeamsMember(http, server, stub)
        response = await member.post(forged(outsider.url + "/"))
        assert response.status == 403
        assert outsider.posted == []
        assert stored(engine) == before
        # The member's real (loopback) chat still works.
        response = await member.post({**member.template, "id": "real-2", "text": "help"})
        assert response.status == 201 and member.last
    metrics = runtime.metrics.registry.get_sample_value
    assert metrics("cementor_teams_service_urls_refused_total", {"direction": "inbound"}) == 1


async def test_local_mode_serves_only_this_machine(build_app, stub, engine, lan):
    app, _ = build_app()
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "0.0.0.0", 0)  # as if exposed on every interface
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    try:
        async with aiohttp.ClientSession() as http:
            from_lan = TeamsMember(http, f"http://{lan}:{port}", stub)
            assert (await from_lan.post(forged(stub.url + "/", "hi"))).status == 403
            assert stub.posted == [] and stored(engine) == []
            from_here = TeamsMember(http, f"http://127.0.0.1:{port}", stub)
            assert "Which license" in await from_here.say("hi")
    finally:
        await runner.cleanup()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_in_local_mode_listens_on_loopback_only_and_says_so(tmp_path, lan):
    port = free_port()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/serve.db",
        "TEAMS_LOCAL_UNAUTHENTICATED": "true",
    }
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py"), "serve", "--port", str(port), "--no-scheduler"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not _accepts("127.0.0.1", port):
            assert server.poll() is None, server.communicate()[1]
            assert time.monotonic() < deadline, "serve did not start"
            time.sleep(0.1)
        assert not _accepts(lan, port)  # not reachable from the network
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=60)
    assert "TEAMS_LOCAL_UNAUTHENTICATED" in errors and "WARNING" in errors


def _accepts(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False
