"""The Teams turn: Activity -> Inbound -> mentor -> message activities (and invoke answers)."""

from __future__ import annotations

import logging

from botbuilder.core import InvokeResponse, TurnContext
from botbuilder.core.bot import Bot
from botbuilder.schema import Activity, ActivityTypes

from handlers.runtime import Runtime
from handlers.teams.cards import to_activities
from handlers.teams.circles import remember_channel_async
from handlers.teams.inbound import to_inbound
from handlers.teams.references import ReferenceBook

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
        self.references = ReferenceBook(runtime.engine)

    async def on_turn(self, context: TurnContext) -> None:
        activity = context.activity
        # Every activity refreshes where the member can be reached, for later nudges.
        await self.references.remember(activity)
        inbound = to_inbound(activity)
        if inbound is not None:
            replies = await self.runtime.answer(inbound)
            if inbound.channel_kind == "channel":  # a learning circle posts here later
                await remember_channel_async(self.runtime.engine, activity)
            outgoing = [Activity().deserialize(a) for a in to_activities(replies)]
            if outgoing:
                await context.send_activities(outgoing)
                self.runtime.metrics.replies.labels("teams").inc(len(outgoing))
        if activity.type == ActivityTypes.invoke:
            body = ACTION_DONE if activity.name == "adaptiveCard/action" else None
            await context.send_activity(
                Activity(
                    type=ActivityTypes.invoke_response, value=InvokeResponse(status=200, body=body)
                )
            )


async def on_turn_error(context: TurnContext, error: Exception) -> None:
    """Log a failed turn by ids only (never message contents)."""
    activity = context.activity
    log.error(
        "teams turn failed",
        exc_info=error,
        extra={"activity_type": activity.type, "activity_id": activity.id},
    )
