"""Socket Mode: Slack connects out from us over a WebSocket (no public URL needed)."""

from __future__ import annotations

from aiohttp import web
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

SOCKET = web.AppKey("slack_socket", AsyncSocketModeHandler)


def attach_socket_mode(app: web.Application, bolt: AsyncApp, app_token: str) -> None:
    """Connect when the server starts and close on shutdown, alongside the HTTP endpoints."""

    async def connect(app: web.Application) -> None:
        app[SOCKET] = AsyncSocketModeHandler(bolt, app_token)
        await app[SOCKET].connect_async()

    async def close(app: web.Application) -> None:
        if SOCKET in app:
            await app[SOCKET].close_async()

    app.on_startup.append(connect)
    app.on_shutdown.append(close)
