"""The HTTP server: one aiohttp app for every platform endpoint, plus /healthz and /metrics."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from handlers.logs import AccessLogger
from handlers.runtime import Runtime
from store.db import ping

RUNTIME = web.AppKey("runtime", Runtime)
# aiohttp's default, said here: reading a longer body answers 413 instead. Slack's can reach
# hundreds of KB (a message's 40,000 characters come twice, as text and as blocks, and
# non-ASCII is escaped six bytes a character; a modal has up to 100 blocks). Teams activities
# are bounded lower, in handlers/teams/endpoint.py.
MAX_REQUEST_BODY = 1024**2
Registrar = Callable[[web.Application, Runtime], None]


def build_web_app(runtime: Runtime, registrars: Sequence[Registrar] = ()) -> web.Application:
    """The server app; each platform adds its routes through its `register(app, runtime)`."""
    # handler_args reach the server however it is run (web.run_app in serve, or AppRunner).
    app = web.Application(
        client_max_size=MAX_REQUEST_BODY, handler_args={"access_log_class": AccessLogger}
    )
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
