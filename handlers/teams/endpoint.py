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
from handlers.text import scrubbed

log = logging.getLogger(__name__)


# Teams refuses a bot's message over 100 KB (UTF-16, so about 50,000 characters): see
# "Format your bot messages" on learn.microsoft.com. An activity to us is such a message
# with its envelope, or a card's submitted values; 256 KB leaves room to spare.
MAX_ACTIVITY = 256 * 1024


async def read_bounded(request: web.Request, limit: int) -> bytes | None:
    """The body, or None when it is over `limit` bytes (a declared length is refused unread)."""
    if (request.content_length or 0) > limit:
        return None
    body = await request.read()  # chunked: read up to the server's client_max_size, then 413
    return body if len(body) <= limit else None


def read_activity(body: bytes) -> Activity | None:
    """The activity in a request body; None (and one log line) when there is none to read."""
    try:
        # UTF-8 whatever the charset says: Bot Framework sends JSON, which is UTF-8 (RFC 8259).
        payload = json.loads(body.decode("utf-8"))
        # Control characters go before anything is stored (NUL fails PostgreSQL text).
        activity = Activity().deserialize(scrubbed(payload)) if isinstance(payload, dict) else None
    except (ValueError, TypeError, RecursionError) as error:  # not UTF-8/JSON, too deep, bad field
        log.warning("teams request malformed", extra={"reason": type(error).__name__})
        return None
    if activity is None or not activity.type:
        log.warning("teams request malformed", extra={"reason": "not an activity"})
        return None
    return activity


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
        """One activity in: 200 with the invoke body, else 201.

        400 unreadable, 413 too large, 401 unauthenticated, 403 refused.
        """
        if self.local_only and not is_loopback_peer(request.remote):
            log.warning("teams request refused", extra={"reason": "not a loopback peer"})
            return web.Response(status=403)
        if "application/json" not in request.headers.get("Content-Type", ""):
            return web.Response(status=415)
        body = await read_bounded(request, MAX_ACTIVITY)
        if body is None:
            log.warning("teams request refused", extra={"reason": "body too large"})
            return web.Response(status=413)
        activity = read_activity(body)
        if activity is None:
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
