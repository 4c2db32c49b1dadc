"""A Teams member as the Bot Connector would present them: real Activity JSON over HTTP."""

from __future__ import annotations

import copy
import json
from itertools import count
from pathlib import Path

import aiohttp

FIXTURES = Path("/work/shared/fixtures/teams")
if not FIXTURES.exists():  # the repo keeps no copy; fall back next to the tests
    FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str, service_url: str) -> dict:
    """A recorded Teams activity with its serviceUrl pointed at our stub."""
    activity = json.loads((FIXTURES / f"{name}.json").read_text())
    activity["serviceUrl"] = service_url
    return activity


class TeamsMember:
    """Posts activities as one member in their personal chat; reads replies from the stub."""

    def __init__(self, http: aiohttp.ClientSession, server: str, stub, token: str = "") -> None:
        self.http, self.server, self.stub, self.token = http, server, stub, token
        self.template = fixture("message_personal", stub.url + "/")
        self.ids = count(1)
        self.last: list[dict] = []

    async def post(self, activity: dict, token: str | None = None) -> aiohttp.ClientResponse:
        """POST one activity to /api/messages; returns the response (body already read)."""
        headers = {"Authorization": f"Bearer {token or self.token}"} if token or self.token else {}
        before = len(self.stub.replies())
        async with self.http.post(
            f"{self.server}/api/messages", json=activity, headers=headers
        ) as r:
            await r.read()
        self.last = self.stub.replies()[before:]
        return r

    async def say(self, text: str) -> str:
        return await self.send(text=text)

    async def send(self, **fields) -> str:
        activity = copy.deepcopy(self.template)
        activity.update(id=f"m{next(self.ids)}", **fields)
        response = await self.post(activity)
        assert response.status in (200, 201), response.status
        return self.text

    async def press(self, label: str) -> str:
        """Press a card button (Action.Submit): Teams sends a message whose value is its data."""
        for action in self._actions():
            if action["title"].casefold() == label.casefold():
                return await self.send(value=action["data"])
        raise AssertionError(f"no button {label!r} in: {self.text}")

    async def submit(self, values: dict[str, str]) -> str:
        """Fill the card's inputs and press its form button."""
        [card] = self.cards()
        [action] = card["actions"]
        return await self.send(value={**action["data"], **values})

    def cards(self) -> list[dict]:
        return [a["content"] for r in self.last for a in r.get("attachments") or []]

    def _actions(self) -> list[dict]:
        return [
            action
            for card in self.cards()
            for element in card["body"]
            if element["type"] == "ActionSet"
            for action in element["actions"]
        ]

    @property
    def text(self) -> str:
        """All reply text: message text and every card TextBlock / Fact / button title."""
        parts = []
        for reply in self.last:
            parts.append(reply.get("text") or "")
            for card in [a["content"] for a in reply.get("attachments") or []]:
                parts.extend(_card_text(card))
        return "\n".join(p for p in parts if p)


def _card_text(card: dict) -> list[str]:
    parts = []
    for element in card["body"]:
        if element["type"] == "TextBlock":
            parts.append(element["text"])
        elif element["type"] == "FactSet":
            parts.extend(f"{f['title']} {f['value']}" for f in element["facts"])
        elif element["type"] == "ActionSet":
            parts.append(" ".join(f"[{a['title']}]" for a in element["actions"]))
        elif "label" in element:
            parts.append(element["label"])
    return parts
