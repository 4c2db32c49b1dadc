"""Bolt listeners: every subscribed event, /ce, buttons and form modals. ack() comes first."""

from __future__ import annotations

import asyncio
import functools
import logging
import re
from collections.abc import Awaitable, Callable

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.response import BoltResponse

from bot.messages import Form, Inbound, Text
from handlers.delivery import DeliveryResult
from handlers.slack.inbound import (
    from_button,
    from_command,
    from_message,
    from_submission,
    is_member_message,
    workspace_of,
)
from handlers.slack.render import FORM_CALLBACK, OPEN_FORM, form_errors, unpack
from handlers.slack.turns import SlackTurns

log = logging.getLogger(__name__)
COMMAND = "/ce"
# A modal's validation errors must come back in the ack, which Slack awaits 3 s; past this the
# modal closes and the answer goes to the DM instead.
SUBMIT_WAIT = 2.0


def tenant(context: AsyncBoltContext) -> str:
    return workspace_of(context.team_id, context.enterprise_id, bool(context.is_enterprise_install))


async def installed_team_only(
    context: AsyncBoltContext, next_: Callable[[], Awaitable[BoltResponse | None]]
) -> BoltResponse | None:
    """One workspace by token: a request from any other team is acknowledged, never read.

    Slack signs every workspace's requests with the app's one secret, so a distributed app
    reaches us from teams we hold no install for; their members must not be stored or
    answered. The installed team is the token's (Bolt's auth.test at the first request).
    """
    installed = context.authorize_result.team_id if context.authorize_result else None
    if context.team_id != installed:
        log.warning("slack request from another workspace ignored", extra={"team": context.team_id})
        return BoltResponse(status=200, body="")  # a 200: Slack must not retry it
    return await next_()


def never_raises(listener: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
    """A listener that fails after its ack logs it and stops there.

    Bolt takes a listener that raised after acknowledging for one that never acknowledged,
    and 3 s later runs the next matching listener: one button handled twice.
    """

    @functools.wraps(listener)
    async def guarded(**kwargs) -> None:
        try:
            await listener(**kwargs)
        except Exception:
            log.exception("slack listener failed", extra={"listener": listener.__name__})

    return guarded


def register_listeners(bolt: AsyncApp, turns: SlackTurns, *, oauth: bool) -> None:
    """Attach every listener; the first matching one runs, so specific ones come first.

    A message is kept in the inbox before Slack is acknowledged (events: in a listener
    middleware, which runs before Bolt's automatic ack; commands, buttons and forms: before
    `ack()`), so a replica that dies after the ack leaves it for another to answer.
    """
    if not oauth:  # with OAuth, Bolt answers only teams found in the installation store
        bolt.middleware(installed_team_only)

    async def keep_message(event, body, context, client, next_) -> None:
        mention = event.get("type") == "app_mention"
        member_dm = event.get("channel_type") == "im" or mention
        if member_dm and is_member_message(event):
            inbound = from_message(
                event,
                body,
                tenant(context),
                mention=mention,
                bot_user_id=(context.bot_user_id or "") if mention else "",
            )
            turns.look_up_early(inbound, client)  # users.info meanwhile, for new members
            try:
                context["ticket"] = ticket = await turns.accept(inbound)
            except BaseException:
                turns.drop_early(inbound)
                raise
            if ticket.duplicate or ticket.offline:  # answered without a profile, if at all
                turns.drop_early(inbound)
        await next_()

    @bolt.event("message", middleware=[keep_message])
    @never_raises
    async def direct_message(event, context, client) -> None:
        # Only DMs with a person; channel chatter, edits and bots' posts are never read.
        if "ticket" in context:
            await turns.converse(context["ticket"], client, said_in=event["channel"])

    @bolt.event("app_mention", middleware=[keep_message])
    @never_raises
    async def mention(event, context, client) -> None:
        if "ticket" in context:
            thread = event.get("thread_ts") or event.get("ts")
            await turns.converse(
                context["ticket"], client, said_in=event["channel"], thread_ts=thread
            )

    @bolt.event("app_home_opened")
    @never_raises
    async def home_opened(event, context, client) -> None:
        if event.get("tab") == "home":
            await turns.publish_home(Inbound("slack", tenant(context), event["user"]), client)

    @bolt.command(COMMAND)
    @never_raises
    async def command(ack, command, context, client) -> None:
        ticket = await turns.accept(from_command(command, tenant(context)))
        await ack()
        # Answered in the member's DM wherever it was typed (SlackTurns.reply_channel).
        await turns.converse(
            ticket, client, trigger_id=command.get("trigger_id"), refresh_home=True
        )

    @bolt.action(OPEN_FORM)
    @never_raises
    async def open_form(ack, body, context, client) -> None:
        await ack()
        inbound = from_button(body, tenant(context))
        form = unpack(body["actions"][0]["value"])
        channel = await turns.reply_channel(inbound, client)
        # A form that won't open (an expired trigger) comes as questions in the DM instead.
        await turns.open_form(inbound, form, body["trigger_id"], channel, client)

    @bolt.action(re.compile(r".+"))
    @never_raises
    async def button(ack, body, context, client) -> None:
        ticket = await turns.accept(from_button(body, tenant(context)))
        await ack()
        # A button pressed on a channel post (a circle prompt) is answered in the DM, like /ce.
        await turns.converse(ticket, client, trigger_id=body.get("trigger_id"), refresh_home=True)

    @bolt.view(FORM_CALLBACK)
    @never_raises
    async def form_submitted(ack, body, context, client) -> None:
        inbound, _opened_in = from_submission(body, tenant(context))  # answered in the DM
        ticket = await turns.accept(inbound)
        if ticket.duplicate or ticket.offline:
            await ack()
            await turns.converse(ticket, client)
            return
        answering = asyncio.ensure_future(turns.runtime.respond(ticket))
        try:
            answer = await asyncio.wait_for(asyncio.shield(answering), SUBMIT_WAIT)
        except TimeoutError:
            await ack()
            answer = await answering
        else:
            replies = answer.replies
            again = next(
                (
                    r
                    for r in replies
                    if isinstance(r, Form)
                    and inbound.action
                    and r.submit_action_id == inbound.action.id
                ),
                None,
            )
            if again is not None:  # the mentor wants answers fixed: show that inside the modal
                why = next((r.text for r in replies if isinstance(r, Text)), "")
                await ack(response_action="errors", errors=form_errors(again, why))
                await turns.runtime.delivered(answer, DeliveryResult("sent"))
                return
            await ack()
        result = await turns.deliver(inbound, answer.replies, client)
        await turns.runtime.delivered(answer, result)
        if not answer.offline:
            await turns.publish_home(inbound, client)

    if oauth:  # the installation store deletes the workspace's tokens
        bolt.enable_token_revocation_listeners()
        return

    @bolt.event("app_uninstalled")
    async def uninstalled() -> None:
        """One workspace, token from the environment: nothing stored to clean up."""

    @bolt.event("tokens_revoked")
    async def revoked() -> None:
        """As for app_uninstalled."""
