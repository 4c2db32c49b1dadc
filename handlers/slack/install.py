"""Multi-workspace install: OAuth settings with slack_sdk's SQLAlchemy stores on our database.

slack_sdk's async SQLAlchemy stores need an async engine; ours is synchronous (shared with
the mentor), so the synchronous stores run in a thread, off the event loop.
"""

from __future__ import annotations

import asyncio
from typing import Any

from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.models.bot import Bot
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine

from bot.settings import Settings

# The fewest bot scopes the features need; README "Slack" says why each is there. The one list:
# deploy/slack-manifest.yml names the same (tests/slack/test_install_scopes.py holds them equal).
BOT_SCOPES = (
    "app_mentions:read",
    "chat:write",
    "commands",
    "files:write",
    "im:history",
    "im:write",
    "mpim:write",  # a study-buddy introduction opens a group DM with both people
    "users:read",
)
STATE_SECONDS = 600


class ThreadedInstallationStore(AsyncInstallationStore):
    """slack_sdk's SQLAlchemy installation store, each call in a worker thread."""

    def __init__(self, store: SQLAlchemyInstallationStore) -> None:
        self.store = store

    @property
    def logger(self):
        return self.store.logger

    async def async_save(self, installation: Installation) -> None:
        await asyncio.to_thread(self.store.save, installation)

    async def async_save_bot(self, bot: Bot) -> None:
        await asyncio.to_thread(self.store.save_bot, bot)

    async def async_find_bot(self, **kwargs: Any) -> Bot | None:
        return await asyncio.to_thread(lambda: self.store.find_bot(**kwargs))

    async def async_find_installation(self, **kwargs: Any) -> Installation | None:
        return await asyncio.to_thread(lambda: self.store.find_installation(**kwargs))

    async def async_delete_bot(self, **kwargs: Any) -> None:
        await asyncio.to_thread(lambda: self.store.delete_bot(**kwargs))

    async def async_delete_installation(self, **kwargs: Any) -> None:
        await asyncio.to_thread(lambda: self.store.delete_installation(**kwargs))

    async def async_delete_all(self, **kwargs: Any) -> None:
        await asyncio.to_thread(lambda: self.store.delete_all(**kwargs))


class ThreadedStateStore(AsyncOAuthStateStore):
    """slack_sdk's SQLAlchemy OAuth state store, each call in a worker thread."""

    def __init__(self, store: SQLAlchemyOAuthStateStore) -> None:
        self.store = store

    @property
    def logger(self):
        return self.store.logger

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        return await asyncio.to_thread(self.store.issue)

    async def async_consume(self, state: str) -> bool:
        return await asyncio.to_thread(self.store.consume, state)


def installation_store(settings: Settings, engine: Engine) -> ThreadedInstallationStore:
    """Installations and bot tokens (refresh tokens too, so rotation works) in our database."""
    return ThreadedInstallationStore(SQLAlchemyInstallationStore(settings.slack_client_id, engine))


def oauth_settings(settings: Settings, engine: Engine) -> AsyncOAuthSettings:
    """/slack/install and /slack/oauth_redirect, backed by our database."""
    return AsyncOAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret,
        scopes=BOT_SCOPES,
        installation_store=installation_store(settings, engine),
        state_store=ThreadedStateStore(SQLAlchemyOAuthStateStore(STATE_SECONDS, engine)),
        install_path="/slack/install",
        redirect_uri_path="/slack/oauth_redirect",
    )
