"""Posting replies into a Slack conversation: Block Kit messages, then file uploads."""

from __future__ import annotations

from collections.abc import Sequence

from slack_sdk.web.async_client import AsyncWebClient

from bot.messages import File, Reply
from handlers.slack.render import (
    fallback_text,
    message_blocks,
    page_text,
    plain_messages,
    uploads,
)

# chat.postMessage errors that mean "not these blocks": the same replies go again as plain text.
BLOCKS_REFUSED = frozenset({"invalid_blocks", "invalid_blocks_format", "msg_too_long"})


async def dm_channel(client: AsyncWebClient, user_id: str) -> str:
    """The member's DM with the bot (opening it if needed); "U1,U2" opens a group DM (mpim:write)."""
    opened = await client.conversations_open(users=user_id)
    return opened["channel"]["id"]


async def post_replies(
    client: AsyncWebClient, channel: str, replies: Sequence[Reply], thread_ts: str | None = None
) -> int:
    """Post `replies` to `channel`; returns how many messages (and uploads) went out."""
    replies = list(replies)
    sent = await post_messages(client, channel, replies, thread_ts)
    return sent + await upload_files(client, channel, uploads(replies), thread_ts)


async def post_messages(
    client: AsyncWebClient, channel: str, replies: list[Reply], thread_ts: str | None = None
) -> int:
    """Post the replies' Block Kit messages (not their files); returns how many went out."""
    sent = 0
    for blocks in message_blocks(replies):
        await client.chat_postMessage(
            channel=channel,
            blocks=blocks,
            text=page_text(blocks) or fallback_text(replies),
            thread_ts=thread_ts,
            unfurl_links=False,
        )
        sent += 1
    return sent


async def post_plain(
    client: AsyncWebClient, channel: str, replies: list[Reply], thread_ts: str | None = None
) -> int:
    """Post the replies as plain text (no blocks); returns how many messages went out."""
    sent = 0
    for text in plain_messages(replies):
        await client.chat_postMessage(
            channel=channel, text=text, thread_ts=thread_ts, unfurl_links=False
        )
        sent += 1
    return sent


async def upload_files(
    client: AsyncWebClient, channel: str, files: Sequence[File], thread_ts: str | None = None
) -> int:
    """Upload files (charts) into `channel`: three Web API calls each; returns how many."""
    for file in files:
        await client.files_upload_v2(
            channel=channel,
            content=file.content,
            filename=file.name,
            title=file.title or file.name,
            thread_ts=thread_ts,
        )
    return len(files)
