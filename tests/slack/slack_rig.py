"""Slack test rig: fixture payloads, request signing, and a client that posts as Slack does."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from slack_stub import SlackStub

from bot.settings import Settings

FIXTURES = Path("/work/shared/fixtures/slack")
SECRET = "test-signing-secret"


def fixture(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text())


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """Slack's v0 request signature over the exact bytes sent."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


class SlackClient:
    """Sends Slack's requests to our server, signed as Slack signs them."""

    def __init__(self, http: aiohttp.ClientSession, url: str, secret: str = SECRET) -> None:
        self.http, self.url, self.secret = http, url, secret

    async def post(
        self, body: bytes, content_type: str, *, age: float = 0, secret: str = "", headers=None
    ) -> aiohttp.ClientResponse:
        timestamp = str(int(time.time() - age))
        sent = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": signature(secret or self.secret, timestamp, body),
            **(headers or {}),
        }
        response = await self.http.post(f"{self.url}/slack/events", data=body, headers=sent)
        await response.read()
        return response

    async def event(self, payload: dict, **options) -> aiohttp.ClientResponse:
        return await self.post(json.dumps(payload).encode(), "application/json", **options)

    async def form(self, fields: dict, **options) -> aiohttp.ClientResponse:
        body = urlencode(fields).encode()
        return await self.post(body, "application/x-www-form-urlencoded", **options)

    async def interaction(self, payload: dict, **options) -> aiohttp.ClientResponse:
        return await self.form({"payload": json.dumps(payload)}, **options)


def slack_settings(stub: SlackStub, **extra) -> Settings:
    values = {"slack_signing_secret": SECRET, "slack_api_url": stub.api_url, **extra}
    if "slack_client_id" not in extra:
        values.setdefault("slack_bot_token", "xoxb-test")
    return Settings(_env_file=None, **values)
