"""Multi-workspace install: OAuth settings with slack_sdk's SQLAlchemy stores on our database.

slack_sdk's async SQLAlchemy stores need an async engine; ours is synchronous (shared with
the mentor), so the synchronous stores run in a thread, off the event loop. With
SLACK_TOKEN_KEY set, the tokens in those tables are encrypted (Fernet: AES with an HMAC),
so a copy of the database or a backup does not hand out the workspaces' bot tokens.
"""

from __future__ import annotations

import asyncio
import copy
import logging
from typing import Any, TypeVar

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.installation_store import InstallationStore
from slack_sdk.oauth.installation_store.models.bot import Bot
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine, String

from bot.settings import Settings

# The fewest bot scopes the features need; README "Slack" says why each is there. The one list:
# deploy/slack-manifest.yml names the same (tests/slack/test_install_scopes.py holds them equal).
BOT_SCOPES = (
    "app_mentions:read",
    "chat:write",
    "commands",
    "files:read",  # certificates a member shares in the DM are downloaded and read
    "files:write",
    "im:history",
    "im:write",
    "mpim:write",  # a study-buddy introduction opens a group DM with both people
    "users:read",
)
STATE_SECONDS = 600
SEALED = "fernet:"  # marks a sealed token; one without it was stored in clear, before a key
TOKENS = ("bot_token", "bot_refresh_token", "user_token", "user_refresh_token")
NEW_KEY = (
    "python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'"
)
Record = TypeVar("Record", Bot, Installation)

log = logging.getLogger(__name__)


class TokenKeyError(ValueError):
    """SLACK_TOKEN_KEY cannot be used, or does not open a token the database holds."""


class TokenSeal:
    """Encrypts tokens with the first of SLACK_TOKEN_KEY's keys and opens them with any."""

    def __init__(self, keys: str) -> None:
        try:
            fernets = [Fernet(key.strip()) for key in keys.split(",") if key.strip()]
        except ValueError:
            message = (
                f"SLACK_TOKEN_KEY: each key is 32 url-safe base64 bytes; make one with {NEW_KEY}"
            )
            raise TokenKeyError(message) from None
        self.keys = MultiFernet(fernets) if fernets else None

    def seal(self, token: str | None, fits: int) -> str | None:
        if not token or self.keys is None:
            return token
        sealed = SEALED + self.keys.encrypt(token.encode()).decode()
        if len(sealed) > fits:  # a rotating token is ~170 characters already
            raise TokenKeyError(
                f"an encrypted Slack token is {len(sealed)} characters, longer than the"
                f" {fits} its column holds; widen the token columns of slack_sdk's tables"
            )
        return sealed

    def open(self, stored: str | None) -> str | None:
        if not stored or not stored.startswith(SEALED):
            return stored  # stored in clear (by a version before SLACK_TOKEN_KEY): as it is
        if self.keys is None:
            raise TokenKeyError("Slack tokens are stored encrypted, but SLACK_TOKEN_KEY is unset")
        try:
            return self.keys.decrypt(stored.removeprefix(SEALED).encode()).decode()
        except InvalidToken:
            raise TokenKeyError(
                "no key in SLACK_TOKEN_KEY opens a stored Slack token: keep the key it was"
                " encrypted with in the list until the workspace installs again"
            ) from None


class SealedInstallationStore(InstallationStore):
    """slack_sdk's SQLAlchemy installation store, with every token encrypted at rest.

    A token read in clear (saved before a key was set) is used as it is, and encrypted the
    next time its workspace's installation is saved.
    """

    def __init__(self, store: SQLAlchemyInstallationStore, seal: TokenSeal) -> None:
        self.store, self.seal = store, seal
        token = store.bots.c.bot_token.type
        length = token.length if isinstance(token, String) else None
        self.fits = length or 10**6  # slack_sdk: 200 characters

    @property
    def logger(self):
        return self.store.logger

    def save(self, installation: Installation) -> None:
        self.store.save(self._sealed(installation))

    def save_bot(self, bot: Bot) -> None:
        self.store.save_bot(self._sealed(bot))

    def find_bot(self, **kwargs: Any) -> Bot | None:
        return self._opened(self.store.find_bot(**kwargs))

    def find_installation(self, **kwargs: Any) -> Installation | None:
        return self._opened(self.store.find_installation(**kwargs))

    def delete_bot(self, **kwargs: Any) -> None:
        self.store.delete_bot(**kwargs)

    def delete_installation(self, **kwargs: Any) -> None:
        self.store.delete_installation(**kwargs)

    def delete_all(self, **kwargs: Any) -> None:
        self.store.delete_all(**kwargs)

    def _sealed(self, record: Record) -> Record:
        sealed = copy.copy(record)  # the caller's record keeps its tokens in clear
        for name in TOKENS:
            if hasattr(sealed, name):
                setattr(sealed, name, self.seal.seal(getattr(sealed, name), self.fits))
        return sealed

    def _opened(self, record: Record | None) -> Record | None:
        for name in TOKENS:
            if record is not None and hasattr(record, name):
                setattr(record, name, self.seal.open(getattr(record, name)))
        return record


class ThreadedInstallationStore(AsyncInstallationStore):
    """A synchronous installation store, each call in a worker thread."""

    def __init__(self, store: InstallationStore) -> None:
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
    """Installations and bot tokens (refresh tokens too, so rotation works) in our database,
    encrypted with SLACK_TOKEN_KEY when it is set."""
    store = SQLAlchemyInstallationStore(settings.slack_client_id, engine)
    seal = TokenSeal(settings.slack_token_key)
    return ThreadedInstallationStore(SealedInstallationStore(store, seal))


def oauth_settings(settings: Settings, engine: Engine) -> AsyncOAuthSettings:
    """/slack/install and /slack/oauth_redirect, backed by our database."""
    if not settings.slack_token_key:  # said once, where installs are taken; still starts
        log.warning(
            "SLACK_TOKEN_KEY is not set: Slack tokens from OAuth installs are stored in clear"
            " in the database. Set it to a key made with: %s",
            NEW_KEY,
        )
    return AsyncOAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret,
        scopes=BOT_SCOPES,
        installation_store=installation_store(settings, engine),
        state_store=ThreadedStateStore(SQLAlchemyOAuthStateStore(STATE_SECONDS, engine)),
        install_path="/slack/install",
        redirect_uri_path="/slack/oauth_redirect",
    )
