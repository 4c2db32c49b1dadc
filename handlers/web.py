"""The HTTP server: one aiohttp app for every platform endpoint, plus /healthz and /metrics."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from handlers.runtime import Runtime
from store.db import ping

RUNTIME = web.AppKey("runtime", Runtime)
Registrar = Callable[[web.Application, Runtime], None]


def build_web_app(runtime: Runtime, registrars: Sequence[Registrar] = ()) -> web.Application:
    """The server app; each platform adds its routes through its `register(app, runtime)`."""
    app = web.Application()
    app[RUNTIME] = runtime
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    for register in registrars:
        register(app, runtime)
    return app


async def healthz(request: web.Request) -> web.Response:
    """200 when the database answers, 503 otherwise."""
    healthy = await asyncio.to_thread(ping, request.app[RUNTIME].engine)
    body = {"status": "ok" if healthy else "unavailable", "database": "ok" if healthy else "error"}
    return web.json_response(body, status=200 if healthy else 503)


async def metrics(request: web.Request) -> web.Response:
    """Prometheus text exposition of this process's metrics."""
    body = generate_latest(request.app[RUNTIME].metrics.registry)
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
