"""The Teams turn: Activity -> Inbound -> mentor -> message activities (and invoke answers)."""

from __future__ import annotations

import dataclasses
import logging

from botbuilder.core import BotAdapter, InvokeResponse, TurnContext
from botbuilder.core.bot import Bot
from botbuilder.schema import Activity, ActivityTypes

from bot.messages import Text
from handlers.delivery import DeliveryResult
from handlers.runtime import OUTAGE, Answer, Runtime, Ticket
from handlers.teams.auth import service_urls_of
from handlers.teams.cards import to_activities
from handlers.teams.files import FileHosts, token_of, with_file_contents
from handlers.teams.inbound import to_inbound
from handlers.teams.references import address_of
from handlers.teams.sender import refusal

log = logging.getLogger(__name__)
# The Universal Actions answer: the card's replies arrive as ordinary messages.
ACTION_DONE = {
    "statusCode": 200,
    "type": "application/vnd.microsoft.activity.message",
    "value": "Done",
}


class TeamsBot(Bot):
    """A thin turn handler: every decision is the mentor's."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    async def on_turn(self, context: TurnContext) -> None:
        activity = context.activity
        inbound = to_inbound(activity)
        if inbound is not None:
            # Where the member (and a circle's channel) can be reached later: kept by the
            # turn, in its own transaction, so nudges find it once the answer is committed.
            await self._answer(context, await self.runtime.accept(inbound, address_of(activity)))
        if activity.type == ActivityTypes.invoke:
            body = ACTION_DONE if activity.name == "adaptiveCard/action" else None
            await context.send_activity(
                Activity(
                    type=ActivityTypes.invoke_response, value=InvokeResponse(status=200, body=body)
                )
            )

    async def _answer(self, context: TurnContext, ticket: Ticket) -> None:
        """Answer a kept message in its conversation; a refused answer waits in the outbox."""
        if ticket.duplicate:
            return
        if ticket.offline:
            answer = Answer([Text(OUTAGE)], offline=True)
        else:
            # Sent files' bytes (a certificate), fetched after the inbox write: never kept there.
            answer = await self.runtime.respond(await _with_files(context, ticket))
        outgoing = [Activity().deserialize(a) for a in to_activities(answer.replies)]
        result = DeliveryResult("sent")
        if outgoing:
            try:
                await context.send_activities(outgoing)
                self.runtime.metrics.replies.labels("teams").inc(len(outgoing))
            except Exception as error:  # Teams refused it or was not reached: retried later
                self.runtime.metrics.errors.labels("teams").inc()
                result = refusal(error)
                log.warning("teams reply failed", extra={"error": result.error})
        await self.runtime.delivered(answer, result)


async def _with_files(context: TurnContext, ticket: Ticket) -> Ticket:
    """The ticket with its files' bytes, from hosts the adapter's serviceUrl policy implies."""
    if not ticket.inbound.attachments:
        return ticket
    connector = context.turn_state.get(BotAdapter.BOT_CONNECTOR_CLIENT_KEY)
    credentials = getattr(getattr(connector, "config", None), "credentials", None)
    hosts = FileHosts(service_urls_of(context.adapter).policy)
    inbound = await with_file_contents(ticket.inbound, hosts, token_of(credentials))
    return dataclasses.replace(ticket, inbound=inbound)


async def on_turn_error(context: TurnContext, error: Exception) -> None:
    """Log a failed turn by ids only (never message contents)."""
    activity = context.activity
    log.error(
        "teams turn failed",
        exc_info=error,
        extra={"activity_type": activity.type, "activity_id": activity.id},
    )
