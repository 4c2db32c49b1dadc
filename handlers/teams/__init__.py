"""Microsoft Teams: POST /api/messages and proactive sends. Every botbuilder import lives here.

(botbuilder-python is archived in favour of the Microsoft 365 Agents SDK; a switch touches
this folder only.)
"""

from __future__ import annotations

import contextlib
import logging
import socket

from aiohttp import web
from sqlalchemy import Engine

from bot.settings import Settings
from handlers.platforms import PlatformAdapter
from handlers.runtime import Runtime
from handlers.teams.auth import TeamsAuth, build_adapter
from handlers.teams.bot import TeamsBot, on_turn_error
from handlers.teams.endpoint import MessagesEndpoint
from handlers.teams.keys import SigningKeys
from handlers.teams.sender import TeamsSender

log = logging.getLogger(__name__)

__all__ = [
    "TeamsAuth",
    "TeamsSender",
    "adapter",
    "listen_hosts",
    "register",
    "teams_configured",
    "teams_sender",
]


def teams_configured(settings: Settings) -> bool:
    """Teams is hosted and sent to with MICROSOFT_APP_ID, or in explicit local mode."""
    return TeamsAuth.from_settings(settings).configured


def listen_hosts(settings: Settings) -> list[str] | None:
    """Where `serve` listens: loopback only in local unauthenticated mode, else the default."""
    if not TeamsAuth.from_settings(settings).local:
        return None
    hosts = ["127.0.0.1"]
    try:  # the Playground may resolve localhost to ::1
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
        hosts.append("::1")
    except OSError:
        pass  # no IPv6 loopback here
    return hosts


def teams_sender(
    settings: Settings, engine: Engine, auth: TeamsAuth | None = None, credentials=None
) -> TeamsSender:
    """The proactive sender (with its own adapter), for runtime.senders."""
    auth = auth or TeamsAuth.from_settings(settings)
    adapter = build_adapter(auth, credentials)
    adapter.on_turn_error = on_turn_error
    return TeamsSender(adapter, engine, auth)


def register(app: web.Application, runtime: Runtime) -> None:
    """Mount POST /api/messages, sharing the adapter of the runtime's Teams sender.

    Refuses (RuntimeError) when Teams is not configured: an endpoint is never open by default.
    """
    sender = runtime.senders.for_platform("teams")
    if not isinstance(sender, TeamsSender):
        sender = teams_sender(runtime.settings, runtime.engine)
    auth = sender.auth
    if not auth.configured:
        raise RuntimeError("Teams needs MICROSOFT_APP_ID (or TEAMS_LOCAL_UNAUTHENTICATED=true)")
    runtime.senders.add(sender)
    if auth.enabled:
        if auth.local_unauthenticated:
            log.warning("TEAMS_LOCAL_UNAUTHENTICATED is ignored: MICROSOFT_APP_ID is set")
        keys = SigningKeys(auth.openid_metadata_url)
        app.on_startup.append(keys.start)
        app.on_cleanup.append(keys.stop)
    else:
        log.warning(
            "TEAMS_LOCAL_UNAUTHENTICATED: POST /api/messages accepts UNAUTHENTICATED requests, "
            "from this machine only (the server listens on loopback), and replies only to "
            "loopback serviceUrls. For the Agents Playground; never expose it."
        )
    with contextlib.suppress(ValueError):  # ValueError: an earlier app on this runtime did
        runtime.metrics.registry.register(sender.service_urls.refused)  # counts on /metrics
    endpoint = MessagesEndpoint(
        sender.adapter, TeamsBot(runtime), sender.service_urls, local_only=auth.local
    )
    app.router.add_post("/api/messages", endpoint.handle)
    app.on_cleanup.append(endpoint.close)


adapter = PlatformAdapter(
    name="teams",
    capabilities=TeamsSender.capabilities,
    build_sender=teams_sender,
    register=register,
    listen_hosts=listen_hosts,
)
