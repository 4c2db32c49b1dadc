"""Bot Framework authentication for the Teams endpoint (and the serviceUrl it may name)."""

from __future__ import annotations

from dataclasses import dataclass

from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    ConfigurationServiceClientCredentialFactory,
)
from botbuilder.schema import Activity
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    ServiceClientCredentialsFactory,
)

from bot.settings import Settings
from handlers.teams.connectors import CachedConnectors, ConnectorCache
from handlers.teams.service_urls import (
    BOT_FRAMEWORK,
    LOOPBACK_ONLY,
    NOWHERE,
    ServiceUrlGuard,
    ServiceUrlPolicy,
)

SERVICE_URL_CLAIM = AuthenticationConstants.SERVICE_URL_CLAIM


@dataclass(frozen=True)
class TeamsAuth:
    """The bot's Microsoft identity; without an app id, Teams is off unless in local mode.

    `service_urls` overrides the serviceUrls the mode allows (tests put their connector stub
    beside Bot Framework's hosts); it is not a setting.
    """

    app_id: str = ""
    password: str = ""
    tenant_id: str = ""
    app_type: str = "MultiTenant"
    openid_metadata_url: str = AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL
    local_unauthenticated: bool = False
    service_urls: ServiceUrlPolicy | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> TeamsAuth:
        """The identity from MICROSOFT_APP_* settings, and TEAMS_LOCAL_UNAUTHENTICATED."""
        return cls(
            app_id=settings.microsoft_app_id,
            password=settings.microsoft_app_password,
            tenant_id=settings.microsoft_app_tenant_id,
            app_type=settings.microsoft_app_type or "MultiTenant",
            local_unauthenticated=settings.teams_local_unauthenticated,
        )

    @property
    def enabled(self) -> bool:
        """Inbound requests need a Bot Framework token (MICROSOFT_APP_ID is set)."""
        return bool(self.app_id)

    @property
    def local(self) -> bool:
        """Unauthenticated local mode: loopback peers and loopback serviceUrls only."""
        return self.local_unauthenticated and not self.enabled

    @property
    def configured(self) -> bool:
        """Whether /api/messages may be hosted at all."""
        return self.enabled or self.local

    @property
    def service_url_policy(self) -> ServiceUrlPolicy:
        """The serviceUrls this mode may use: Bot Framework's, loopback, or none."""
        if self.service_urls is not None:
            return self.service_urls
        return BOT_FRAMEWORK if self.enabled else LOOPBACK_ONLY if self.local else NOWHERE


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


class TeamsAuthentication(BotFrameworkAuthentication):
    """botbuilder's configuration-based authentication, tightened and with clients reused.

    With auth on, every activity's serviceUrl must be its token's `serviceurl` claim; connector
    clients are made (and kept, a bounded few) only for serviceUrls the guard admits.
    """

    def __init__(
        self, inner: BotFrameworkAuthentication, guard: ServiceUrlGuard, *, require_claim: bool
    ) -> None:
        self._inner, self.service_urls, self._require_claim = inner, guard, require_claim
        self.connectors = ConnectorCache()
        self._user_token_clients: dict = {}

    async def authenticate_request(
        self, activity: Activity, auth_header: str
    ) -> AuthenticateRequestResult:
        result = await self._inner.authenticate_request(activity, auth_header)
        if self._require_claim:
            # botbuilder compares the claim only when the activity has a serviceUrl, and never
            # for Emulator tokens; Bot Framework requires the match for every activity.
            identity = result.claims_identity
            claim = identity.get_claim_value(SERVICE_URL_CLAIM) if identity else None
            if not activity.service_url or claim != activity.service_url:
                raise PermissionError("serviceUrl is not the token's serviceurl claim")
        result.connector_factory = self.create_connector_factory(result.claims_identity)
        return result

    async def authenticate_streaming_request(self, auth_header: str, channel_id_header: str):
        return await self._inner.authenticate_streaming_request(auth_header, channel_id_header)

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        inner = self._inner.create_connector_factory(claims_identity)
        app_id = _app_id(claims_identity)
        return CachedConnectors(self.connectors, inner, app_id, self.service_urls)

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
        await self.connectors.close()


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
    guard = ServiceUrlGuard(auth.service_url_policy)
    return CloudAdapter(TeamsAuthentication(inner, guard, require_claim=auth.enabled))


def service_urls_of(adapter: CloudAdapter) -> ServiceUrlGuard:
    """The serviceUrl guard of an adapter made by `build_adapter`."""
    authentication = adapter.bot_framework_authentication
    if not isinstance(authentication, TeamsAuthentication):
        raise TypeError("not an adapter from build_adapter")
    return authentication.service_urls
