"""The baseline: a bare botbuilder CloudAdapter echo bot (as in Microsoft's samples), auth off.

Run by bench/teams_bench.py as `python bench/teams_echo_bot.py PORT`. It imports botbuilder
outside handlers/teams/ on purpose: it measures botbuilder itself, not CE Mentor.
"""

from __future__ import annotations

import sys

from aiohttp import web
from botbuilder.core import ActivityHandler, MessageFactory, TurnContext
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)


class EchoBot(ActivityHandler):
    """Says back what it was told."""

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await turn_context.send_activity(MessageFactory.text(f"Echo: {turn_context.activity.text}"))


class _NoAuth:
    APP_ID = APP_PASSWORD = APP_TENANTID = None
    APP_TYPE = "MultiTenant"


def main(port: int) -> None:
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(_NoAuth()))
    bot = EchoBot()

    async def messages(request: web.Request) -> web.Response:
        return await adapter.process(request, bot)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


if __name__ == "__main__":
    main(int(sys.argv[1]))
