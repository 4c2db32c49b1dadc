"""SlackSender: nudges and digests into a member's DM, outside any conversation turn."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.messages import Reply, capabilities_of
from handlers.delivery import DeliveryResult, Recipient
from handlers.slack.post import dm_channel, post_replies

log = logging.getLogger(__name__)
# Refusals that retrying will not fix: the person or the install is gone.
UNREACHABLE = {
    "account_inactive",
    "user_not_found",
    "user_disabled",
    "not_in_channel",
    "is_archived",
    "channel_not_found",
    "cannot_dm_bot",
    "invalid_auth",
    "not_authed",
    "token_revoked",
    "token_expired",
    "account_deleted",
    "team_not_found",
}
TokenLookup = Callable[[str], Awaitable[str | None]]


class SlackSender:
    """Delivers replies as one DM via chat.postMessage (files follow as uploads)."""

    platform = "slack"
    capabilities = capabilities_of(platform)  # charts and files upload; group DMs

    def __init__(self, api_url: str, bot_token: TokenLookup) -> None:
        self.api_url = api_url
        self.bot_token = bot_token

    async def send(self, recipient: Recipient, replies: Sequence[Reply]) -> DeliveryResult:
        """Deliver `replies`; 429 -> retry after Retry-After, a gone member -> unreachable."""
        token = await self.bot_token(recipient.workspace_external_id)
        if not token:
            return DeliveryResult("unreachable", error="missing_token")
        client = AsyncWebClient(token=token, base_url=self.api_url)
        try:
            users = ",".join((recipient.platform_user_id, *recipient.together_with))
            channel = recipient.channel or await dm_channel(client, users)
            await post_replies(client, channel, replies)
        except SlackApiError as error:
            return refusal(error)
        except (aiohttp.ClientError, TimeoutError) as error:
            return DeliveryResult("retry", error=type(error).__name__)
        return DeliveryResult("sent")


def refusal(error: SlackApiError) -> DeliveryResult:
    """What a Slack error means for delivery."""
    response = error.response
    code = str(response.data.get("error", "")) if isinstance(response.data, dict) else ""
    if response.status_code == 429 or code == "ratelimited":
        after = response.headers.get("Retry-After") or response.headers.get("retry-after")
        return DeliveryResult(
            "retry", retry_after=float(after) if after else None, error="ratelimited"
        )
    if code in UNREACHABLE:
        return DeliveryResult("unreachable", error=code)
    log.warning("slack delivery failed", extra={"error": code or response.status_code})
    return DeliveryResult("retry", error=code or f"http_{response.status_code}")
