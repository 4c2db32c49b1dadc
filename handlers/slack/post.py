"""Posting replies into a Slack conversation: Block Kit messages, then file uploads."""

from __future__ import annotations

from collections.abc import Sequence

from slack_sdk.web.async_client import AsyncWebClient

from bot.messages import Reply
from handlers.slack.render import fallback_text, message_blocks, uploads


async def dm_channel(client: AsyncWebClient, user_id: str) -> str:
    """The member's DM with the bot (opening it if needed); "U1,U2" opens a group DM (mpim:write)."""
    opened = await client.conversations_open(users=user_id)
    return opened["channel"]["id"]


async def post_replies(
    client: AsyncWebClient, channel: str, replies: Sequence[Reply], thread_ts: str | None = None
) -> int:
    """Post `replies` to `channel`; returns how many messages (and uploads) went out."""
    replies = list(replies)
    sent = 0
    for blocks in message_blocks(replies):
        await client.chat_postMessage(
            channel=channel,
            blocks=blocks,
            text=fallback_text(replies),
            thread_ts=thread_ts,
            unfurl_links=False,
        )
        sent += 1
    for file in uploads(replies):
        await client.files_upload_v2(
            channel=channel,
            content=file.content,
            filename=file.name,
            title=file.title or file.name,
            thread_ts=thread_ts,
        )
        sent += 1
    return sent
