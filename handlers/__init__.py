"""Platform adapters: translate platform events to and from the neutral message model.

Whether a platform is configured is decided here, from settings alone, so that a command
imports a platform's package (and its SDK: slack_bolt, botbuilder) only when it is: the
terminal chat never pays for Slack or Teams. `PLATFORMS` is the one list app.py loops over;
each package's `adapter` (handlers/platforms.py) does the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers.platforms import Platform

if TYPE_CHECKING:
    from bot.settings import Settings


def slack_configured(settings: Settings) -> bool:
    """True when a bot token, an OAuth client or an app-level token is set."""
    return bool(settings.slack_bot_token or settings.slack_client_id or settings.slack_app_token)


def teams_configured(settings: Settings) -> bool:
    """Teams is hosted and sent to with MICROSOFT_APP_ID, or in explicit local mode."""
    return bool(settings.microsoft_app_id) or bool(settings.teams_local_unauthenticated)


# A new platform is one line here and one folder under handlers/ (CONTRIBUTING.md).
PLATFORMS: tuple[Platform, ...] = (
    Platform("slack", slack_configured, "handlers.slack"),
    Platform("teams", teams_configured, "handlers.teams"),
)
