"""Proactive Teams messages (nudges, digests) from the stored ConversationReference.

A stored serviceUrl is checked again before use (it may predate the inbound checks): one the
bot may not use is never sent to, and the member counts as unreachable until they write again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import (
    Activity,
    ChannelAccount,
    ConversationAccount,
    ConversationParameters,
)
from sqlalchemy import Engine

from bot.messages import Reply, capabilities_of
from handlers.delivery import DeliveryResult, Recipient
from handlers.teams import circles, references
from handlers.teams.auth import TeamsAuth, service_urls_of
from handlers.teams.cards import to_activities

log = logging.getLogger(__name__)
GONE = {403, 404}  # blocked, uninstalled, or the conversation no longer exists


class TeamsSender:
    """Delivers replies to a Teams member outside a turn; never raises for Teams refusals."""

    platform = "teams"
    # Files need the consent-card upload (a note names them); no group chats are started;
    # charts are not drawn for Teams (the mentor is never told it shows images).
    capabilities = capabilities_of(platform)

    def __init__(self, adapter: CloudAdapter, engine: Engine, auth: TeamsAuth) -> None:
        self.adapter, self.engine, self.auth = adapter, engine, auth
        self.app_id = auth.app_id
        self.service_urls = service_urls_of(adapter)

    async def send(self, recipient: Recipient, replies: Sequence[Reply]) -> DeliveryResult:
        """Send `replies` as one message into the member's personal chat (or a circle channel)."""
        if recipient.channel:
            return await self._post_in_channel(recipient, replies)
        stored = await asyncio.to_thread(references.load, self.engine, recipient.member_id)
        if stored is None:
            return DeliveryResult("unreachable", error="no Teams conversation stored")
        if not self.service_urls.admits(
            stored.reference.service_url, "outbound", member_id=recipient.member_id
        ):
            await asyncio.to_thread(
                references.forget_reachability, self.engine, recipient.member_id
            )
            return DeliveryResult("unreachable", error="stored serviceUrl refused")
        activities = [Activity().deserialize(a) for a in to_activities(replies)]
        outcome: list[DeliveryResult] = []

        async def deliver(context: TurnContext) -> None:
            # Errors must be caught here: with on_turn_error set, botbuilder swallows them.
            # A new message in the chat, not a reply to botbuilder's made-up continuation id.
            context.activity.id = None
            try:
                await context.send_activities(activities)
                if not stored.personal:  # keep the new 1:1 chat for next time
                    chat = _personal_chat(stored, context.activity.conversation.id)
                    await asyncio.to_thread(references.keep, self.engine, recipient.member_id, chat)
                outcome.append(DeliveryResult("sent"))
            except Exception as error:
                outcome.append(refusal(error))

        try:
            if stored.personal:
                await self.adapter.continue_conversation(stored.reference, deliver, self.app_id)
            else:
                await self._open_personal_chat(stored, deliver)
        except Exception as error:  # creating the 1:1 chat failed before our callback ran
            outcome.append(refusal(error))
        result = outcome[-1] if outcome else DeliveryResult("retry", error="no outcome")
        if result.status == "unreachable":
            await asyncio.to_thread(
                references.forget_reachability, self.engine, recipient.member_id
            )
        log.info(
            "teams proactive send",
            extra={"member_id": recipient.member_id, "status": result.status},
        )
        return result

    async def _post_in_channel(
        self, recipient: Recipient, replies: Sequence[Reply]
    ) -> DeliveryResult:
        """A new thread in a learning circle's channel, from the reference stored with it."""
        reference = await asyncio.to_thread(
            circles.load_channel,
            self.engine,
            recipient.workspace_external_id,
            recipient.channel,
        )
        if reference is None:
            return DeliveryResult("unreachable", error="no Teams channel reference stored")
        if not self.service_urls.admits(
            reference.service_url, "outbound", member_id=recipient.member_id
        ):  # the post fails; the member's own reachability is untouched
            return DeliveryResult("unreachable", error="stored serviceUrl refused")
        activities = [Activity().deserialize(a) for a in to_activities(replies)]
        outcome: list[DeliveryResult] = []

        async def deliver(context: TurnContext) -> None:
            context.activity.id = None  # a new post, not a reply to a made-up id
            try:
                await context.send_activities(activities)
                outcome.append(DeliveryResult("sent"))
            except Exception as error:
                outcome.append(refusal(error))

        try:
            await self.adapter.continue_conversation(reference, deliver, self.app_id)
        except Exception as error:
            outcome.append(refusal(error))
        # A refused channel post says nothing about the member: their reachability stays.
        result = outcome[-1] if outcome else DeliveryResult("retry", error="no outcome")
        log.info(
            "teams channel post", extra={"member_id": recipient.member_id, "status": result.status}
        )
        return result

    async def _open_personal_chat(self, stored: references.StoredReference, deliver) -> None:
        # Only known from a channel: a private nudge must not land there, so open a 1:1 chat.
        reference = stored.reference
        parameters = ConversationParameters(
            is_group=False,
            bot=reference.bot,
            members=[ChannelAccount(id=reference.user.id)],
            tenant_id=stored.tenant_id,
            channel_data={"tenant": {"id": stored.tenant_id}},
        )
        await self.adapter.create_conversation(
            self.app_id, deliver, parameters, reference.channel_id, reference.service_url
        )


def _personal_chat(stored: references.StoredReference, conversation_id: str) -> Activity:
    """The 1:1 chat just opened, shaped as an activity from the member (to remember it)."""
    reference = stored.reference
    return Activity(
        from_property=reference.user,
        recipient=reference.bot,
        channel_id=reference.channel_id,
        service_url=reference.service_url,
        conversation=ConversationAccount(
            id=conversation_id, conversation_type="personal", tenant_id=stored.tenant_id
        ),
        channel_data={"tenant": {"id": stored.tenant_id}},
    )


def refusal(error: Exception) -> DeliveryResult:
    """What a failed Bot Framework send means: the member is gone, or try again (Retry-After)."""
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None)
    if status in GONE:
        return DeliveryResult("unreachable", error=f"Teams answered {status}")
    if status == 429 or (status is not None and status >= 500):
        headers = getattr(response, "headers", None) or {}
        return DeliveryResult(
            "retry", _retry_after(headers.get("Retry-After")), f"Teams answered {status}"
        )
    log.warning("teams proactive send failed", exc_info=error)
    return DeliveryResult("retry", error=type(error).__name__)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
        except (TypeError, ValueError):
            return None
