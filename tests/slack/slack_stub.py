"""A local Slack Web API stub: answers like Slack on 127.0.0.1 and records every call."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web
from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block

TIMEZONE = "America/Los_Angeles"
# Blocks a surface holds (https://docs.slack.dev/reference/block-kit/blocks).
MOST_BLOCKS = {"chat.postMessage": 50, "chat.update": 50, "views.publish": 100, "views.open": 100}


@dataclass
class Call:
    """One Web API call as the stub received it."""

    method: str
    token: str
    data: dict


@dataclass
class SlackStub:
    """Tokens it knows (token -> team id), installs it grants (code -> team), calls it saw."""

    tokens: dict[str, str] = field(default_factory=lambda: {"xoxb-test": "T123ABC456"})
    installs: dict[str, str] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    failures: dict[str, list[web.Response]] = field(default_factory=dict)
    url: str = ""
    sockets: list[web.WebSocketResponse] = field(default_factory=list)
    socket_acks: list[dict] = field(default_factory=list)
    stalled: set[str] = field(default_factory=set)  # methods that get no answer (a hung API)
    shared: dict[str, bytes] = field(default_factory=dict)  # file id -> bytes, for downloads

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/api/{method}", self.api)
        app.router.add_get("/api/{method}", self.api)
        app.router.add_post("/upload/{file_id}", self.upload)
        app.router.add_get("/socket", self.socket)
        app.router.add_get("/files-pri/{file_id}/{name}", self.download)
        return app

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    def fail_next(self, method: str, status: int, body: dict, headers: dict | None = None) -> None:
        """The next call of `method` gets this answer (e.g. 429 with Retry-After)."""
        response = web.json_response(body, status=status, headers=headers or {})
        self.failures.setdefault(method, []).append(response)

    def called(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """Bolt acks before listeners finish, so tests poll (bounded) for the calls they expect."""
        for _ in range(int(timeout / 0.02)):
            if len(self.called(method)) >= count:
                return self.called(method)
            await asyncio.sleep(0.02)
        raise AssertionError(f"{method}: {len(self.called(method))} call(s), wanted {count}")

    async def settle(self, method: str, quiet: float = 0.2) -> list[Call]:
        """Wait until no new `method` call arrived for `quiet` seconds (a turn may post several)."""
        seen = -1
        while seen != len(self.called(method)):
            seen = len(self.called(method))
            await asyncio.sleep(quiet)
        return self.called(method)

    async def api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        data = dict(request.query)
        raw = await request.read()
        if request.content_type == "application/json" and raw:
            data.update(json.loads(raw))
        elif raw:
            data.update(parse_qsl(raw.decode()))
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        token = token or data.get("token", "")
        self.calls.append(Call(method, token, data))
        while method in self.stalled:  # until the test lets it answer, or the caller gives up
            await asyncio.sleep(0.02)
        if self.failures.get(method):
            return self.failures[method].pop(0)
        if method == "oauth.v2.access":
            return web.json_response(self.grant(data.get("code", "")))
        if token not in self.tokens:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if method in MOST_BLOCKS and (refused := refusal(method, data)):
            return web.json_response({"ok": False, "error": refused})
        return web.json_response({"ok": True, **self.answer(method, data, self.tokens[token])})

    def grant(self, code: str) -> dict:
        team = self.installs.get(code)
        if team is None:
            return {"ok": False, "error": "invalid_code"}
        token = f"xoxb-{team.lower()}"
        self.tokens[token] = team
        return {
            "ok": True,
            "app_id": "A1",
            "authed_user": {"id": f"U{team}admin"},
            "scope": "chat:write,commands,im:history",
            "token_type": "bot",
            "access_token": token,
            "bot_user_id": f"B{team}user",
            "team": {"id": team, "name": f"Team {team}"},
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def answer(self, method: str, data: dict, team: str) -> dict:
        """The fields Slack would answer with (only those the app reads)."""
        match method:
            case "apps.connections.open":
                return {"url": self.url.replace("http", "ws", 1) + "/socket"}
            case "auth.test":
                return {"team_id": team, "user_id": f"B{team}user", "bot_id": f"B{team}", "url": ""}
            case "conversations.open":
                users = str(data.get("users", "")).split(",")
                if len(users) > 1:  # a group DM with several people (mpim:write)
                    return {"channel": {"id": "G" + "".join(u.lstrip("UW") for u in users)}}
                return {"channel": {"id": "D" + users[0].lstrip("UW")}}
            case "users.info":
                user = data.get("user", "")
                return {"user": {"id": user, "tz": TIMEZONE, "real_name": "Dana Reyes"}}
            case "chat.postMessage" | "chat.update":
                return {"channel": data.get("channel"), "ts": f"{len(self.calls)}.000100"}
            case "views.open" | "views.publish" | "views.update":
                return {"view": {"id": f"V{len(self.calls)}"}}
            case "files.getUploadURLExternal":
                file_id = f"F{len(self.calls)}"
                return {"upload_url": f"{self.url}/upload/{file_id}", "file_id": file_id}
            case "files.completeUploadExternal":
                return {"files": [{"id": f["id"]} for f in _files(data)]}
        return {}

    async def upload(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.calls.append(
            Call("upload", "", {"file_id": request.match_info["file_id"], "size": len(body)})
        )
        return web.Response(text=f"OK - {len(body)}")

    def share(self, file_id: str, name: str, content: bytes) -> str:
        """Hold a file a member shared; returns its url_private_download."""
        self.shared[file_id] = content
        return f"{self.url}/files-pri/{file_id}/{name}"

    async def download(self, request: web.Request) -> web.Response:
        """A shared file, to the bot token only; Slack answers others with its sign-in page."""
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        file_id = request.match_info["file_id"]
        self.calls.append(Call("files.download", token, {"file_id": file_id}))
        if token not in self.tokens or file_id not in self.shared:
            return web.Response(text="<html>Sign in</html>", content_type="text/html")
        return web.Response(body=self.shared[file_id], content_type="application/pdf")

    async def socket(self, request: web.Request) -> web.WebSocketResponse:
        """Socket Mode: say hello, then relay envelopes sent with `push`; record the acks."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1})
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                self.socket_acks.append(json.loads(message.data))
        return ws

    async def push(self, envelope_id: str, kind: str, payload: dict) -> None:
        """Send an envelope to the connected app, as Slack does in Socket Mode."""
        envelope = {"envelope_id": envelope_id, "type": kind, "payload": payload}
        await self.sockets[-1].send_json({**envelope, "accepts_response_payload": False})


def refusal(method: str, data: dict) -> str:
    """Slack's error for blocks over its documented limits ("" when they are within them).

    Block by block as Slack's own SDK validates them (section text 3,000 characters, fields
    10, actions 25 elements, markdown 12,000 …), the count per surface, and buttons (label
    75 characters, value 2,000: docs.slack.dev/reference/block-kit/block-elements/button-element).
    """
    view = data.get("view") or {}
    view = json.loads(view) if isinstance(view, str) else view
    blocks = view.get("blocks") if method.startswith("views.") else data.get("blocks")
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    if not blocks:
        return "no_text" if method == "chat.postMessage" and not data.get("text") else ""
    if len(blocks) > MOST_BLOCKS[method]:
        return "invalid_blocks"
    for block in blocks:
        parsed = Block.parse(block)
        try:
            if parsed is None:
                return "invalid_blocks"
            parsed.validate_json()
        except SlackObjectFormationError:
            return "invalid_blocks"
        for button in [*block.get("elements", []), block.get("accessory") or {}]:
            if button.get("type") == "button" and (
                len(button["text"]["text"]) > 75 or len(button.get("value", "")) > 2000
            ):
                return "invalid_blocks"
    return ""


def _files(data: dict) -> list[dict]:
    files = data.get("files", [])
    return json.loads(files) if isinstance(files, str) else files
