"""Reusable connector clients: a few, kept per serviceUrl, and only for serviceUrls we may use."""

from __future__ import annotations

import asyncio
from collections import OrderedDict

from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import ConnectorFactory

from handlers.teams.service_urls import ServiceUrlGuard

# Valid serviceUrls are a handful (one per Teams region and cloud); the bound is a backstop.
CACHE_SIZE = 32
RETIRE_SECONDS = 60.0  # an evicted client may still be finishing a send: close it later

Key = tuple[str, str, str | None]  # (app id, serviceUrl, audience)


class ConnectorCache:
    """At most `size` connector clients, the least recently used evicted first."""

    def __init__(self, size: int = CACHE_SIZE, retire_seconds: float = RETIRE_SECONDS) -> None:
        self.size, self.retire_seconds = size, retire_seconds
        self._clients: OrderedDict[Key, ConnectorClient] = OrderedDict()
        self._retiring: dict[asyncio.Task, ConnectorClient] = {}

    def __len__(self) -> int:
        return len(self._clients)

    def get(self, key: Key) -> ConnectorClient | None:
        client = self._clients.get(key)
        if client is not None:
            self._clients.move_to_end(key)
        return client

    def put(self, key: Key, client: ConnectorClient) -> ConnectorClient:
        """Keep `client` (or the one another turn stored meanwhile); returns the one kept."""
        kept = self.get(key)
        if kept is not None:
            self._retire(client)
            return kept
        self._clients[key] = client
        while len(self._clients) > self.size:
            self._retire(self._clients.popitem(last=False)[1])
        return client

    async def close(self) -> None:
        """Close every client, kept or retiring (on shutdown)."""
        for task, client in list(self._retiring.items()):
            task.cancel()
            await _close(client)
        for client in self._clients.values():
            await _close(client)
        self._clients.clear()

    def _retire(self, client: ConnectorClient) -> None:
        task = asyncio.get_running_loop().create_task(self._close_later(client))
        self._retiring[task] = client
        task.add_done_callback(lambda done: self._retiring.pop(done, None))

    async def _close_later(self, client: ConnectorClient) -> None:
        await asyncio.sleep(self.retire_seconds)
        await _close(client)


class CachedConnectors(ConnectorFactory):
    """Connector clients from `cache`, created only for a serviceUrl the guard admits.

    botbuilder builds a new client — credentials, msrest pipeline, aiohttp session and a
    fresh TLS connection — for every turn; reusing it keeps connections and tokens warm.
    Every request the adapter makes (replies, proactive sends, new chats) gets its client
    here, so the guard sees every outbound serviceUrl before anything is sent.
    """

    def __init__(
        self, cache: ConnectorCache, inner: ConnectorFactory, app_id: str, guard: ServiceUrlGuard
    ) -> None:
        self._cache, self._inner, self._app_id, self._guard = cache, inner, app_id, guard

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        if not self._guard.admits(service_url, "outbound"):
            raise PermissionError("serviceUrl refused")
        key = (self._app_id, service_url, audience)
        client = self._cache.get(key)
        if client is None:
            client = self._cache.put(key, await self._inner.create(service_url, audience))
        return client


async def _close(client: ConnectorClient) -> None:
    await client.__aexit__(None, None, None)
