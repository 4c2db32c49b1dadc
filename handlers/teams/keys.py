"""Keep Microsoft's token-signing keys fresh from a thread, so no request waits on them.

botbuilder fetches the OpenID metadata and keys with blocking `requests` calls inside the
event loop, on the first request and then once a day; every turn in flight stalls meanwhile.
Refreshing twice a day in a worker thread means botbuilder always finds them current.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from aiohttp import web
from botframework.connector.auth import JwtTokenExtractor

log = logging.getLogger(__name__)
REFRESH_SECONDS = 12 * 3600


def refresh_now(metadata_url: str) -> None:
    """Fetch the signing keys into botbuilder's shared cache (blocking: call from a thread)."""
    metadata = JwtTokenExtractor.get_open_id_metadata(metadata_url)
    asyncio.run(metadata._refresh())  # only blocking requests inside; its own tiny loop


class SigningKeys:
    """An aiohttp startup/cleanup pair running the refresh loop."""

    def __init__(self, metadata_url: str) -> None:
        self.metadata_url = metadata_url
        self.task: asyncio.Task | None = None

    async def start(self, _app: web.Application) -> None:
        self.task = asyncio.create_task(self._loop())

    async def stop(self, _app: web.Application) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task

    async def _loop(self) -> None:
        while True:
            try:
                await asyncio.to_thread(refresh_now, self.metadata_url)
            except Exception:  # Microsoft unreachable: botbuilder retries on the next request
                log.warning("could not refresh Bot Framework signing keys", exc_info=True)
            await asyncio.sleep(REFRESH_SECONDS)
