"""GET /calendar/{token}.ics: a member's private calendar feed (deadlines and plan steps)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from aiohttp import web

from bot.records.feed import feed_calendar
from handlers.runtime import Runtime
from store.db import new_session

log = logging.getLogger(__name__)


def register(app: web.Application, runtime: Runtime) -> None:
    """Add the calendar feed route to the server."""

    async def calendar_feed(request: web.Request) -> web.Response:
        token = request.match_info["token"]
        body = await asyncio.to_thread(_calendar, runtime, token)
        if body is None:
            # Same answer for a wrong and a revoked token: nothing to learn by probing.
            raise web.HTTPNotFound()
        log.info("calendar feed served", extra={"bytes": len(body)})
        return web.Response(
            body=body,
            content_type="text/calendar",
            charset="utf-8",
            headers={"Cache-Control": "private, max-age=900"},
        )

    app.router.add_get("/calendar/{token}.ics", calendar_feed)


def _calendar(runtime: Runtime, token: str) -> bytes | None:
    with new_session(runtime.engine) as session:
        return feed_calendar(session, token, runtime.mentor.services.rule_sets, datetime.now(UTC))
