"""POST /api/messages: authenticate (401 on any bad token), run the turn, answer invokes.

A serviceUrl the bot may not use is refused (403) before the turn: nothing is stored for it
and nothing is sent there. In local unauthenticated mode only this machine may call.
"""

from __future__ import annotations

import json
import logging

import requests
from aiohttp import web
from botbuilder.core import serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity

from handlers.teams.bot import TeamsBot
from handlers.teams.service_urls import ServiceUrlGuard, is_loopback_peer

log = logging.getLogger(__name__)


class MessagesEndpoint:
    """The Bot Framework messaging endpoint for one adapter and bot.

    `local_only`: unauthenticated mode, so only loopback peers are served, whatever the
    server's bind address.
    """

    def __init__(
        self, adapter: CloudAdapter, bot: TeamsBot, guard: ServiceUrlGuard, *, local_only: bool
    ) -> None:
        self.adapter, self.bot, self.guard, self.local_only = adapter, bot, guard, local_only

    async def handle(self, request: web.Request) -> web.Response:
        """One activity in: 200 with the invoke body, else 201; 401 unauthenticated, 403 refused."""
        if self.local_only and not is_loopback_peer(request.remote):
            log.warning("teams request refused", extra={"reason": "not a loopback peer"})
            return web.Response(status=403)
        if "application/json" not in request.headers.get("Content-Type", ""):
            return web.Response(status=415)
        try:
            activity = Activity().deserialize(await request.json())
        except (json.JSONDecodeError, ValueError, TypeError):
            return web.Response(status=400)
        if not activity.type:
            return web.Response(status=400)
        auth_header = request.headers.get("Authorization") or None
        authentication = self.adapter.bot_framework_authentication
        try:
            result = await authentication.authenticate_request(activity, auth_header)
        except requests.RequestException:
            log.exception("could not fetch the Bot Framework signing keys")
            return web.Response(status=503)
        except Exception as error:
            # botbuilder raises PermissionError for bad claims but lets PyJWT's errors
            # (expired, bad signature, unknown key) escape as 500s: all are 401 here.
            log.warning("teams request refused", extra={"reason": type(error).__name__})
            return web.Response(status=401)
        if not self.guard.admits(activity.service_url, "inbound"):
            return web.Response(status=403)
        # Not CloudAdapter.process(): in 4.17.1 it answers 500 for any invoke with a body.
        invoke = await self.adapter.process_activity(result, activity, self.bot.on_turn)
        if invoke is None:
            return web.Response(status=201)
        body = invoke.body
        if body is not None and not isinstance(body, dict | list | str):
            body = serializer_helper(body)  # an msrest model; plain JSON passes as it is
        return web.json_response(body, status=invoke.status)

    async def close(self, _app: web.Application) -> None:
        """Close kept connector clients on shutdown."""
        await self.adapter.bot_framework_authentication.close()
