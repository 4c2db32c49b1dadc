"""The server's operations endpoints, over real HTTP."""

from __future__ import annotations

import aiohttp
from servers import running

from bot.messages import Inbound
from bot.settings import Settings
from handlers.runtime import Runtime
from handlers.web import build_web_app
from store.db import make_engine


async def test_healthz_and_metrics(mentor, engine):
    runtime = Runtime(settings=Settings(), engine=engine, mentor=mentor)
    await runtime.answer(Inbound("test", "W1", "U1", text="hi"))
    async with running(build_web_app(runtime)) as url, aiohttp.ClientSession() as http:
        async with http.get(f"{url}/healthz") as response:
            assert response.status == 200
            assert await response.json() == {"status": "ok", "database": "ok"}
        async with http.get(f"{url}/metrics") as response:
            text = await response.text()
    assert response.status == 200
    assert 'cementor_events_handled_total{platform="test"} 1.0' in text
    assert "cementor_handling_seconds_bucket" in text


async def test_healthz_reports_an_unreachable_database(mentor):
    dead = make_engine("postgresql+psycopg://postgres@127.0.0.1:1/nowhere?connect_timeout=1")
    runtime = Runtime(settings=Settings(), engine=dead, mentor=mentor)
    async with (
        running(build_web_app(runtime)) as url,
        aiohttp.ClientSession() as http,
        http.get(f"{url}/healthz") as response,
    ):
        assert response.status == 503
        assert (await response.json())["database"] == "error"
