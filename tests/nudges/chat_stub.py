"""A local stand-in for Slack's Web API (conversations.open, chat.postMessage) on 127.0.0.1.

It counts every message per DM channel, can refuse a user (gone, or 429 once with
Retry-After), and can hold its answers to simulate a send in flight.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from aiohttp import web


@dataclass
class ChatStub:
    """Posts per channel ("D" + user id); users it refuses; whether answers are held."""

    posts: dict[str, int] = field(default_factory=dict)
    gone: set[str] = field(default_factory=set)
    rate_limited_once: dict[str, float] = field(default_factory=dict)
    hold: bool = False
    delay: float = 0.0
    url: str = ""
    # Hold the first answer until two posts are in flight at once (bounded), so two senders
    # that each have one post in flight at a time are seen working side by side.
    wait_for_pair: bool = False
    in_flight: int = 0
    peak: int = 0

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/api/{method}", self.api)
        return app

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    @property
    def total(self) -> int:
        return sum(self.posts.values())

    async def api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        data = dict(request.query)  # slack_sdk sends some arguments as query parameters
        raw = await request.read()
        if request.content_type == "application/json" and raw:
            data.update(json.loads(raw))
        elif raw:
            data.update(parse_qsl(raw.decode()))
        if method == "conversations.open":
            return web.json_response({"ok": True, "channel": {"id": "D" + str(data["users"])}})
        if method != "chat.postMessage":
            return web.json_response({"ok": True})
        user = str(data["channel"]).removeprefix("D")
        if user in self.gone:
            return web.json_response({"ok": False, "error": "user_not_found"})
        if user in self.rate_limited_once:
            after = self.rate_limited_once.pop(user)
            return web.json_response(
                {"ok": False, "error": "ratelimited"},
                status=429,
                headers={"Retry-After": str(int(after))},
            )
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            for _ in range(600):  # at most 30 s
                if not self.wait_for_pair or self.peak >= 2:
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(self.delay)
        finally:
            self.in_flight -= 1
        self.posts[data["channel"]] = self.posts.get(data["channel"], 0) + 1
        while self.hold:  # the message arrived, but its answer never leaves (a crash now)
            await asyncio.sleep(0.05)
        return web.json_response({"ok": True, "channel": data["channel"], "ts": "1.000100"})
