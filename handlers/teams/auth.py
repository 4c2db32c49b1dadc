"""Bot Framework authentication for the Teams endpoint, and reusable connector clients."""

from __future__ import annotations

from dataclasses import dataclass

from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    ConfigurationServiceClientCredentialFactory,
)
from botbuilder.schema import Activity
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    ServiceClientCredentialsFactory,
)

from bot.settings import Settings


@dataclass(frozen=True)
class TeamsAuth:
    """The bot's Microsoft identity; without an app id, inbound auth is off (local testing)."""

    app_id: str = ""
    password: str = ""
    tenant_id: str = ""
    app_type: str = "MultiTenant"
    openid_metadata_url: str = AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL

    @classmethod
    def from_settings(cls, settings: Settings) -> TeamsAuth:
        """The identity from MICROSOFT_APP_* settings."""
        return cls(
            app_id=settings.microsoft_app_id,
            password=settings.microsoft_app_password,
            tenant_id=settings.microsoft_app_tenant_id,
            app_type=settings.microsoft_app_type or "MultiTenant",
        )

    @property
    def enabled(self) -> bool:
        return bool(self.app_id)


class _Configuration:
    """The attribute bag botbuilder's configuration classes read."""

    def __init__(self, auth: TeamsAuth) -> None:
        self.APP_ID, self.APP_PASSWORD = auth.app_id or None, auth.password or None
        self.APP_TENANTID, self.APP_TYPE = auth.tenant_id or None, auth.app_type
        constants = AuthenticationConstants
        self.TO_CHANNEL_FROM_BOT_LOGIN_URL = constants.TO_CHANNEL_FROM_BOT_LOGIN_URL_PREFIX + (
            auth.tenant_id
            if auth.app_type == "SingleTenant" and auth.tenant_id
            else "botframework.com"
        )
        self.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE = constants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE
        self.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER = constants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
        self.OAUTH_URL = constants.OAUTH_URL
        self.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL = auth.openid_metadata_url
        self.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL = (
            constants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL
        )
        self.CALLER_ID = "urn:botframework:azure"


class CachedConnectors(ConnectorFactory):
    """One connector client per (app, serviceUrl, audience), kept for the process's life.

    botbuilder builds a new client — credentials, msrest pipeline, aiohttp session and a
    fresh TLS connection — for every turn; reusing it keeps connections and tokens warm.
    """

    def __init__(self, clients: dict, inner: ConnectorFactory, app_id: str) -> None:
        self._clients, self._inner, self._app_id = clients, inner, app_id

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        key = (self._app_id, service_url, audience)
        client = self._clients.get(key)
        if client is None:
            client = await self._inner.create(service_url, audience)
            self._clients.setdefault(key, client)
        return client


class TeamsAuthentication(BotFrameworkAuthentication):
    """botbuilder's configuration-based authentication, with connector clients reused."""

    def __init__(self, inner: BotFrameworkAuthentication) -> None:
        self._inner = inner
        self._clients: dict = {}
        self._user_token_clients: dict = {}

    async def authenticate_request(
        self, activity: Activity, auth_header: str
    ) -> AuthenticateRequestResult:
        result = await self._inner.authenticate_request(activity, auth_header)
        result.connector_factory = self.create_connector_factory(result.claims_identity)
        return result

    async def authenticate_streaming_request(self, auth_header: str, channel_id_header: str):
        return await self._inner.authenticate_streaming_request(auth_header, channel_id_header)

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        inner = self._inner.create_connector_factory(claims_identity)
        app_id = _app_id(claims_identity)
        return CachedConnectors(self._clients, inner, app_id)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity):
        # Sign-in is unused, but botbuilder asks every turn; build one per app id.
        app_id = _app_id(claims_identity)
        if app_id not in self._user_token_clients:
            client = await self._inner.create_user_token_client(claims_identity)
            self._user_token_clients[app_id] = client
        return self._user_token_clients[app_id]

    def create_bot_framework_client(self):
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return self._inner.get_originating_audience()

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self._inner.authenticate_channel_request(auth_header)

    async def close(self) -> None:
        """Close the kept connector clients (their aiohttp sessions)."""
        for client in self._clients.values():
            await client.__aexit__(None, None, None)
        self._clients.clear()


def _app_id(claims_identity: ClaimsIdentity) -> str:
    claims = claims_identity.claims if claims_identity else {}
    return (
        claims.get(AuthenticationConstants.AUDIENCE_CLAIM)
        or claims.get(AuthenticationConstants.APP_ID_CLAIM)
        or ""
    )


def build_adapter(
    auth: TeamsAuth, credentials: ServiceClientCredentialsFactory | None = None
) -> CloudAdapter:
    """The CloudAdapter for `auth` (inbound authentication is off without an app id)."""
    configuration = _Configuration(auth)
    credentials = credentials or ConfigurationServiceClientCredentialFactory(configuration)
    inner = ConfigurationBotFrameworkAuthentication(configuration, credentials_factory=credentials)
    return CloudAdapter(TeamsAuthentication(inner))
