"""Certificate files a member shared in Slack: their bytes, fetched before the turn.

Downloads go only to Slack's own file host (or, when SLACK_API_URL points elsewhere, as in
tests, only to that host), with the bot token, at most MAX_BYTES and DOWNLOAD_SECONDS each.
A file that cannot be fetched keeps no content: the mentor then keeps its reference only.
"""

from __future__ import annotations

import dataclasses
import logging
from urllib.parse import urlsplit

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient

from bot.certificates import MAX_BYTES
from bot.messages import Attachment, Inbound

log = logging.getLogger(__name__)
SLACK_FILES = "files.slack.com"
DOWNLOAD_SECONDS = 20.0
FILES_AT_MOST = 3  # per message: a certificate, maybe two; not a folder


def file_hosts(api_url: str) -> frozenset[str]:
    """Where files may come from: Slack's file host, or the stand-in API's host (tests)."""
    host = urlsplit(api_url).hostname or ""
    return frozenset({SLACK_FILES} if host in ("", "slack.com") else {host})


async def download(
    http: aiohttp.ClientSession, url: str, token: str, *, hosts: frozenset[str]
) -> bytes | None:
    """A file's bytes, or None when it is not on an allowed host or did not come.

    At most MAX_BYTES + 1 bytes are read: one more than the reader accepts, so it says the file
    is too big without this reading the rest. No redirects: one could leave Slack's hosts.
    """
    parts = urlsplit(url)
    if parts.hostname not in hosts or (parts.scheme != "https" and parts.hostname == SLACK_FILES):
        log.warning("file download refused: not a Slack file host")
        return None
    headers = {"Authorization": f"Bearer {token}"}
    try:
        async with http.get(url, headers=headers, allow_redirects=False) as response:
            # Slack answers a token without files:read with its sign-in page, status 200.
            if response.status != 200 or response.content_type == "text/html":
                log.warning("file download failed", extra={"status": response.status})
                return None
            content = bytearray()
            async for chunk in response.content.iter_chunked(64 * 1024):
                content += chunk
                if len(content) > MAX_BYTES:
                    return bytes(content[: MAX_BYTES + 1])
            return bytes(content)
    except (aiohttp.ClientError, TimeoutError) as error:
        log.warning("file download failed", extra={"error": type(error).__name__})
        return None


async def with_file_contents(inbound: Inbound, client: AsyncWebClient) -> Inbound:
    """The Inbound with each shared file's bytes (the mentor reads certificates from them)."""
    wanted = [a for a in inbound.attachments[:FILES_AT_MOST] if a.url and a.content is None]
    if not wanted or not client.token:
        return inbound
    hosts = file_hosts(client.base_url)
    timeout = aiohttp.ClientTimeout(total=DOWNLOAD_SECONDS)
    fetched: list[Attachment] = []
    async with aiohttp.ClientSession(timeout=timeout) as http:
        for attachment in inbound.attachments:
            content = None
            if attachment in wanted:
                content = await download(http, attachment.url, client.token, hosts=hosts)
            fetched.append(dataclasses.replace(attachment, content=content or attachment.content))
    return dataclasses.replace(inbound, attachments=tuple(fetched))
