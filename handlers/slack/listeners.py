"""Bolt listeners: every subscribed event, /ce, buttons and form modals. ack() comes first."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.response import BoltResponse

from bot.messages import Form, Inbound, Text
from handlers.slack.inbound import (
    from_button,
    from_command,
    from_message,
    from_submission,
    is_member_message,
    workspace_of,
)
from handlers.slack.render import FORM_CALLBACK, OPEN_FORM, form_errors, modal, unpack
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


def register_listeners(bolt: AsyncApp, turns: SlackTurns, *, oauth: bool) -> None:
    """Attach every listener; the first matching one runs, so specific ones come first."""
    if not oauth:  # with OAuth, Bolt answers only teams found in the installation store
        bolt.middleware(installed_team_only)

    @bolt.event("message")
    async def direct_message(event, body, context, client) -> None:
        # Only DMs with a person; channel chatter, edits and bots' posts are never read.
        if event.get("channel_type") != "im" or not is_member_message(event):
            return
        inbound = from_message(event, body, tenant(context))
        await turns.converse(inbound, client, said_in=event["channel"])

    @bolt.event("app_mention")
    async def mention(event, body, context, client) -> None:
        if not is_member_message(event):
            return
        inbound = from_message(
            event, body, tenant(context), mention=True, bot_user_id=context.bot_user_id or ""
        )
        thread = event.get("thread_ts") or event.get("ts")
        await turns.converse(inbound, client, said_in=event["channel"], thread_ts=thread)

    @bolt.event("app_home_opened")
    async def home_opened(event, context, client) -> None:
        if event.get("tab") == "home":
            await turns.publish_home(Inbound("slack", tenant(context), event["user"]), client)

    @bolt.command(COMMAND)
    async def command(ack, command, context, client) -> None:
        await ack()
        # Answered in the member's DM wherever it was typed (SlackTurns.reply_channel).
        inbound = from_command(command, tenant(context))
        await turns.converse(
            inbound, client, trigger_id=command.get("trigger_id"), refresh_home=True
        )

    @bolt.action(OPEN_FORM)
    async def open_form(ack, body, client) -> None:
        await ack()
        channel = (body.get("channel") or {}).get("id", "")
        form = unpack(body["actions"][0]["value"])
        await client.views_open(trigger_id=body["trigger_id"], view=modal(form, channel))

    @bolt.action(re.compile(r".+"))
    async def button(ack, body, context, client) -> None:
        await ack()
        inbound = from_button(body, tenant(context))
        # A button pressed on a channel post (a circle prompt) is answered in the DM, like /ce.
        await turns.converse(inbound, client, trigger_id=body.get("trigger_id"), refresh_home=True)

    @bolt.view(FORM_CALLBACK)
    async def form_submitted(ack, body, context, client) -> None:
        inbound, _opened_in = from_submission(body, tenant(context))  # answered in the DM
        answering = asyncio.ensure_future(turns.runtime.answer(inbound))
        try:
            replies = await asyncio.wait_for(asyncio.shield(answering), SUBMIT_WAIT)
        except TimeoutError:
            await ack()
            replies = await answering
        else:
            again = next(
                (r for r in replies if isinstance(r, Form) and inbound.action
                 and r.submit_action_id == inbound.action.id),
                None,
            )  # fmt: skip
            if again is not None:  # the mentor wants answers fixed: show that inside the modal
                why = next((r.text for r in replies if isinstance(r, Text)), "")
                await ack(response_action="errors", errors=form_errors(again, why))
                return
            await ack()
        await turns.deliver(inbound, replies, client)
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
