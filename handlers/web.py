"""The HTTP server: one aiohttp app for every platform endpoint, plus /healthz and /metrics.

aiohttp is imported when a server is built, not with this module: `app.py chat` imports
this module and never serves.
"""

from __future__ import annotations

import asyncio
import functools
import hmac
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from handlers.runtime import Runtime
from store.db import ping

if TYPE_CHECKING:
    from aiohttp import web

log = logging.getLogger(__name__)

EVERY_INTERFACE = {"0.0.0.0", "::", "*"}  # "*": aiohttp's default, every IPv4 and IPv6 one
# aiohttp's default, said here: reading a longer body answers 413 instead. Slack's can reach
# hundreds of KB (a message's 40,000 characters come twice, as text and as blocks, and
# non-ASCII is escaped six bytes a character; a modal has up to 100 blocks). Teams activities
# are bounded lower, in handlers/teams/endpoint.py.
MAX_REQUEST_BODY = 1024**2
Registrar = Callable[["web.Application", Runtime], None]


def build_web_app(runtime: Runtime, registrars: Sequence[Registrar] = ()) -> web.Application:
    """The server app; each platform adds its routes through its `register(app, runtime)`."""
    from aiohttp import web

    from handlers.logs import AccessLogger

    # handler_args reach the server however it is run (web.run_app in serve, or AppRunner).
    app = web.Application(
        client_max_size=MAX_REQUEST_BODY, handler_args={"access_log_class": AccessLogger}
    )
    app.router.add_get("/healthz", functools.partial(healthz, runtime))
    app.router.add_get("/metrics", functools.partial(metrics, runtime))
    for register in registrars:
        register(app, runtime)
    return app


async def healthz(runtime: Runtime, _request: web.Request) -> web.Response:
    """200 when the database takes a write (a turn could be saved), 503 otherwise."""
    from aiohttp import web

    healthy = await asyncio.to_thread(ping, runtime.engine)
    body = {"status": "ok" if healthy else "unavailable", "database": "ok" if healthy else "error"}
    return web.json_response(body, status=200 if healthy else 503)


async def metrics(runtime: Runtime, request: web.Request) -> web.Response:
    """Prometheus text exposition of this process's metrics; behind METRICS_TOKEN if set."""
    from aiohttp import web

    token = runtime.settings.metrics_token
    if token and not bearer_is(request, token):
        raise web.HTTPUnauthorized(
            text="401: Unauthorized", headers={"WWW-Authenticate": 'Bearer realm="metrics"'}
        )
    body = generate_latest(runtime.metrics.registry)
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def bearer_is(request: web.Request, token: str) -> bool:
    """Whether the request's `Authorization: Bearer …` is `token`, in time that does not tell
    how much of it matched."""
    sent = request.headers.get("Authorization", "").encode()
    return hmac.compare_digest(sent, f"Bearer {token}".encode())


def say_where_it_listens(hosts: Sequence[str] | None, port: int, *, metrics_token: str) -> None:
    """Log where `serve` listens; on every interface, say so, and what /metrics then needs."""
    where = list(hosts or ["*"])
    log.info("listening on %s", ", ".join(f"{host}:{port}" for host in where))
    if not EVERY_INTERFACE & set(where):
        return
    if metrics_token:
        log.info("listening on all interfaces; /metrics needs METRICS_TOKEN")
    else:
        log.warning(
            "listening on all interfaces: anyone who can reach port %s can read /metrics;"
            " set METRICS_TOKEN, or firewall the port to your network",
            port,
        )
