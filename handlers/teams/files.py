"""Certificate files a member sent in Teams: their bytes, fetched before the turn.

Two kinds arrive in the personal chat. A file attached with the paperclip (`supportsFiles` in
the manifest) comes as `application/vnd.microsoft.teams.file.download.info`, whose
`downloadUrl` is a short-lived, pre-authorised link into the member's OneDrive (SharePoint):
fetched without any token of ours. An image pasted inline comes with an image contentType
and a contentUrl on the Bot Connector (`/v3/attachments/…`), which wants the bot's own
token: it is sent only to a host the serviceUrl policy admits (Bot Framework's; loopback in
local mode, where the Agents Playground serves files plainly).

Each download: only those hosts, at most MAX_BYTES (+1, so the reader says "too big"),
DOWNLOAD_SECONDS, redirects followed only within the same host. A file that cannot be
fetched keeps no content: the mentor then keeps its reference only.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
from collections.abc import Awaitable, Callable
from urllib.parse import urljoin, urlsplit

import aiohttp

from bot.certificates import MAX_BYTES
from bot.messages import Attachment, Inbound
from handlers.teams.service_urls import ServiceUrlPolicy

log = logging.getLogger(__name__)
# Where Teams keeps files sent in a chat: the sender's OneDrive for Business, a SharePoint site
# (commercial cloud, GCC High, DoD).
SHAREPOINT_HOSTS = ("sharepoint.com", "sharepoint.us", "sharepoint-mil.us")
DOWNLOAD_SECONDS = 20.0
FILES_AT_MOST = 3  # per message: a certificate, maybe two; not a folder
REDIRECTS_AT_MOST = 3
UNAMBIGUOUS = re.compile(r"[\x21-\x7e]+")  # printable ASCII, no spaces

Token = Callable[[], Awaitable[str]]


@dataclasses.dataclass(frozen=True)
class FileHosts:
    """Where each kind of file may come from, derived from the serviceUrl policy."""

    connector: ServiceUrlPolicy  # inline images: the bot's token goes along

    @property
    def shared(self) -> ServiceUrlPolicy:
        """Attached files: OneDrive / SharePoint (and loopback where the policy allows it)."""
        return ServiceUrlPolicy(hosts=SHAREPOINT_HOSTS, loopback=self.connector.loopback)

    def for_attachment(self, attachment: Attachment) -> tuple[ServiceUrlPolicy, bool]:
        """The hosts allowed for this attachment, and whether it needs the bot's token."""
        if attachment.file_id:  # a file.download.info link (inbound.py sets its uniqueId)
            return self.shared, False
        return self.connector, True


async def download(
    http: aiohttp.ClientSession, url: str, *, hosts: ServiceUrlPolicy, token: str = ""
) -> bytes | None:
    """A file's bytes, or None when it is not on an allowed host or did not come.

    Redirects are followed by hand, only to the same host: one could leave Microsoft's hosts,
    and aiohttp would carry the Authorization header along.
    """
    if not allowed(hosts, url):
        log.warning("teams file download refused: not an allowed host")
        return None
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        for _ in range(REDIRECTS_AT_MOST + 1):
            async with http.get(url, headers=headers, allow_redirects=False) as response:
                if response.status in (301, 302, 303, 307, 308):
                    target = urljoin(url, response.headers.get("Location", ""))
                    if urlsplit(target).netloc != urlsplit(url).netloc or not allowed(
                        hosts, target
                    ):
                        log.warning("teams file download refused: redirect to another host")
                        return None
                    url = target
                    continue
                # A link past its time answers with a sign-in page, status 200 or 403.
                if response.status != 200 or response.content_type == "text/html":
                    log.warning("teams file download failed", extra={"status": response.status})
                    return None
                return await _limited(response)
        log.warning("teams file download failed: too many redirects")
        return None
    except (aiohttp.ClientError, TimeoutError) as error:
        log.warning("teams file download failed", extra={"error": type(error).__name__})
        return None


def allowed(hosts: ServiceUrlPolicy, url: str) -> bool:
    """Whether `url`'s origin is one of `hosts` (its path and query may hold escapes).

    A link's query is opaque (OneDrive's carries its credential), so the policy sees the
    origin only; what parsers read differently (userinfo, backslashes, escapes in the host,
    spaces) is refused anywhere in the URL or its origin.
    """
    if not url or len(url) > 8192 or not UNAMBIGUOUS.fullmatch(url) or "\\" in url:
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        return False
    if "@" in parts.netloc or "%" in parts.netloc:
        return False
    return hosts.allows(f"{parts.scheme}://{parts.netloc}/")


async def _limited(response: aiohttp.ClientResponse) -> bytes:
    """At most MAX_BYTES + 1 bytes: one more than the reader accepts, the rest left unread."""
    content = bytearray()
    async for chunk in response.content.iter_chunked(64 * 1024):
        content += chunk
        if len(content) > MAX_BYTES:
            return bytes(content[: MAX_BYTES + 1])
    return bytes(content)


async def with_file_contents(inbound: Inbound, hosts: FileHosts, token: Token) -> Inbound:
    """The Inbound with each sent file's bytes (the mentor reads certificates from them).

    `token` gives the bot's outbound token ("" without an app id); asked only when an inline
    image needs it.
    """
    wanted = [a for a in inbound.attachments[:FILES_AT_MOST] if a.url and a.content is None]
    if not wanted:
        return inbound
    bearer: str | None = None
    fetched: list[Attachment] = []
    timeout = aiohttp.ClientTimeout(total=DOWNLOAD_SECONDS)
    async with aiohttp.ClientSession(timeout=timeout) as http:
        for attachment in inbound.attachments:
            content = None
            if attachment in wanted:
                policy, needs_token = hosts.for_attachment(attachment)
                if needs_token and bearer is None and allowed(policy, attachment.url):
                    bearer = await token()
                key = (bearer or "") if needs_token else ""
                content = await download(http, attachment.url, hosts=policy, token=key)
            fetched.append(dataclasses.replace(attachment, content=content or attachment.content))
    return dataclasses.replace(inbound, attachments=tuple(fetched))


def token_of(credentials: object) -> Token:
    """The bot's outbound token from botbuilder's AppCredentials ("" in unauthenticated mode).

    msal fetches (and caches) it with blocking I/O: it runs in a thread.
    """

    async def token() -> str:
        if credentials is None or not getattr(credentials, "microsoft_app_id", None):
            return ""
        return await asyncio.to_thread(credentials.get_access_token)  # type: ignore[attr-defined]

    return token
