"""/healthz says whether the database takes writes; /metrics can be kept behind a token;
serve says where it listens."""

from __future__ import annotations

import logging

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import make_url

from bot.mentor import Mentor
from bot.settings import Settings
from handlers.runtime import Runtime
from handlers.web import build_web_app, say_where_it_listens
from store.db import make_engine

TOKEN = "metrics-token-for-tests"


@pytest.fixture
def mentor(engine, rule_sets) -> Mentor:
    """The mentor without a catalog: these endpoints never ask it anything."""
    return Mentor(engine, rule_sets)


def read_only(database_url: str) -> str:
    """The same database, opened so that it refuses every write."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":  # as a file on a read-only mount would be
        return f"sqlite:///file:{url.database}?mode=ro&uri=true"
    # As on a standby after a failover, or a database an operator set read-only.
    options = {"options": "-c default_transaction_read_only=on"}
    return url.update_query_dict(options).render_as_string(hide_password=False)


def client(engine, mentor, **settings: str) -> TestClient:
    settings = {"metrics_token": "", **settings}  # whatever this machine's environment says
    runtime = Runtime(settings=Settings(**settings), engine=engine, mentor=mentor)
    return TestClient(TestServer(build_web_app(runtime)))


async def test_healthz_is_ok_on_a_database_that_takes_writes(engine, mentor):
    async with client(engine, mentor) as http:
        response = await http.get("/healthz")
        assert response.status == 200
        assert await response.json() == {"status": "ok", "database": "ok"}


async def test_healthz_is_unavailable_on_a_read_only_database(database_url, mentor):
    engine = make_engine(read_only(database_url))
    try:
        async with client(engine, mentor) as http:
            response = await http.get("/healthz")
            assert response.status == 503
            assert await response.json() == {"status": "unavailable", "database": "error"}
    finally:
        engine.dispose()


async def test_metrics_with_a_token_set_need_that_token(engine, mentor):
    async with client(engine, mentor, metrics_token=TOKEN) as http:
        for headers in (
            {},
            {"Authorization": "Bearer wrong"},
            {"Authorization": f"Bearer {TOKEN}x"},
            {"Authorization": TOKEN},  # the token, but not as a bearer
        ):
            response = await http.get("/metrics", headers=headers)
            assert response.status == 401, headers
            assert "cementor_" not in await response.text()
            assert response.headers["WWW-Authenticate"].startswith("Bearer")
        response = await http.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status == 200
        assert "cementor_handling_seconds" in await response.text()


async def test_metrics_without_a_token_set_are_served_as_before(engine, mentor):
    async with client(engine, mentor) as http:
        response = await http.get("/metrics")
        assert response.status == 200
        assert "cementor_handling_seconds" in await response.text()


def test_serve_says_it_listens_on_every_interface_and_what_metrics_then_needs(caplog):
    caplog.set_level(logging.INFO, logger="handlers.web")
    say_where_it_listens(None, 3978, metrics_token="")  # aiohttp's default host
    lines = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert lines[0] == ("INFO", "listening on *:3978")
    assert lines[1][0] == "WARNING" and "all interfaces" in lines[1][1]
    assert "METRICS_TOKEN" in lines[1][1] and "firewall" in lines[1][1]
    caplog.clear()
    say_where_it_listens(["0.0.0.0"], 8080, metrics_token=TOKEN)
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("INFO", "listening on 0.0.0.0:8080"),
        ("INFO", "listening on all interfaces; /metrics needs METRICS_TOKEN"),
    ]


def test_serve_on_loopback_only_says_where_and_nothing_about_all_interfaces(caplog):
    caplog.set_level(logging.INFO, logger="handlers.web")
    say_where_it_listens(["127.0.0.1", "::1"], 3978, metrics_token="")
    assert [r.getMessage() for r in caplog.records] == ["listening on 127.0.0.1:3978, ::1:3978"]
