"""Microsoft Teams: POST /api/messages and proactive sends. Every botbuilder import lives here.

(botbuilder-python is archived in favour of the Microsoft 365 Agents SDK; a switch touches
this folder only.)
"""

from __future__ import annotations

import logging

from aiohttp import web
from sqlalchemy import Engine

from bot.settings import Settings
from handlers.runtime import Runtime
from handlers.teams.auth import TeamsAuth, build_adapter
from handlers.teams.bot import TeamsBot, on_turn_error
from handlers.teams.endpoint import MessagesEndpoint
from handlers.teams.keys import SigningKeys
from handlers.teams.sender import TeamsSender

log = logging.getLogger(__name__)

__all__ = ["TeamsAuth", "TeamsSender", "register", "teams_sender"]


def teams_sender(
    settings: Settings, engine: Engine, auth: TeamsAuth | None = None, credentials=None
) -> TeamsSender:
    """The proactive sender (with its own adapter), for runtime.senders."""
    auth = auth or TeamsAuth.from_settings(settings)
    adapter = build_adapter(auth, credentials)
    adapter.on_turn_error = on_turn_error
    return TeamsSender(adapter, engine, auth)


def register(app: web.Application, runtime: Runtime) -> None:
    """Mount POST /api/messages, sharing the adapter of the runtime's Teams sender."""
    sender = runtime.senders.for_platform("teams")
    if not isinstance(sender, TeamsSender):
        sender = teams_sender(runtime.settings, runtime.engine)
        runtime.senders.add(sender)
    if sender.auth.enabled:
        keys = SigningKeys(sender.auth.openid_metadata_url)
        app.on_startup.append(keys.start)
        app.on_cleanup.append(keys.stop)
    else:
        log.warning(
            "MICROSOFT_APP_ID is not set: POST /api/messages accepts UNAUTHENTICATED requests "
            "(local testing with the Agents Playground only; never expose it like this)"
        )
    endpoint = MessagesEndpoint(sender.adapter, TeamsBot(runtime))
    app.router.add_post("/api/messages", endpoint.handle)
    app.on_cleanup.append(endpoint.close)
