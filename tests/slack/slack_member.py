"""A clinician using Slack, driven through signed requests; reads what the stub received."""

from __future__ import annotations

import json
from itertools import count

from slack_rig import SlackClient, fixture
from slack_stub import Call, SlackStub

from handlers.slack.blocks import as_mrkdwn

USER = "U2147483697"
DM = "D024BE91L"


def block_text(blocks: list[dict]) -> str:
    """What a reader sees in blocks: their text (rich text as mrkdwn) and button labels."""
    parts = []
    for block in blocks:
        if said := as_mrkdwn(block):
            parts.append(said)
        for element in buttons(block):
            parts.append(f"[{element['text']['text']}]")
    return "\n".join(parts)


def buttons(block: dict) -> list[dict]:
    """A block's buttons (an actions block's elements; rich text elements are not buttons)."""
    return [e for e in block.get("elements", []) if e.get("type") == "button"]


class SlackMember:
    """One member in one workspace; every call waits (bounded) for the bot's answer."""

    def __init__(self, client: SlackClient, stub: SlackStub, team: str = "T123ABC456") -> None:
        self.client, self.stub, self.team = client, stub, team
        self.ids = count(1)
        self.last: list[Call] = []

    async def _answered(self, send) -> str:
        before = len(self.stub.called("chat.postMessage"))
        response = await send()
        assert response.status == 200, response.status
        await self.stub.wait_for("chat.postMessage", before + 1)
        self.last = (await self.stub.settle("chat.postMessage"))[before:]
        return self.text

    @property
    def text(self) -> str:
        return "\n".join(block_text(call.data["blocks"]) for call in self.last)

    async def say(self, text: str) -> str:
        payload = fixture("message_im.json")
        payload["team_id"] = self.team
        payload["authorizations"][0]["team_id"] = self.team
        payload["event"].update(text=text, user=USER, channel=DM)
        payload["event_id"] = f"Ev{self.team}{next(self.ids)}"
        return await self._answered(lambda: self.client.event(payload))

    async def command(self, text: str) -> str:
        fields = {
            "team_id": self.team,
            "channel_id": DM,
            "user_id": USER,
            "command": "/ce",
            "text": text,
            "trigger_id": f"trigger.{next(self.ids)}",
            "api_app_id": "A1",
            "response_url": "http://127.0.0.1:9/unused",
        }
        return await self._answered(lambda: self.client.form(fields))

    def button(self, label: str) -> dict:
        for call in reversed(self.last):
            for block in call.data["blocks"]:
                for element in buttons(block):
                    if element["text"]["text"].casefold() == label.casefold():
                        return element
        raise AssertionError(f"no button {label!r} in:\n{self.text}")

    def action_payload(self, element: dict, *, in_home: bool = False) -> dict:
        payload = fixture("block_actions.json")
        payload["team"]["id"] = self.team
        payload["user"] = {"id": USER, "username": "dana", "team_id": self.team}
        payload["trigger_id"] = f"trigger.{next(self.ids)}"
        payload["actions"] = [{**element, "block_id": "b", "action_ts": f"{next(self.ids)}.1"}]
        if in_home:
            payload["container"] = {"type": "view", "view_id": "VHOME"}
            del payload["channel"], payload["message"]
        else:
            payload["channel"] = {"id": DM, "name": "directmessage"}
        return payload

    async def press(self, label: str) -> str:
        payload = self.action_payload(self.button(label))
        return await self._answered(lambda: self.client.interaction(payload))

    async def open_form(self) -> dict:
        before = len(self.stub.called("views.open"))
        payload = self.action_payload(self.button("Open form"))
        assert (await self.client.interaction(payload)).status == 200
        return (await self.stub.wait_for("views.open", before + 1))[-1].data["view"]

    async def submit(self, view: dict, values: dict[str, str]) -> dict:
        """Submit the modal with these answers; returns the ack body ({} when accepted)."""
        state = {}
        for block in view["blocks"]:
            if block["type"] == "input":
                kind = block["element"]["type"]
                value = {"selected_option": {"value": values[block["block_id"]]}}
                if kind == "plain_text_input":
                    value = {"value": values[block["block_id"]]}
                state[block["block_id"]] = {block["element"]["action_id"]: {"type": kind, **value}}
        payload = fixture("view_submission.json")
        payload["team"] = {"id": self.team, "domain": "x"}
        payload["user"] = {"id": USER, "name": "dana", "team_id": self.team}
        payload["trigger_id"] = f"trigger.{next(self.ids)}"
        team = {"team_id": self.team, "app_installed_team_id": self.team}
        payload["view"] = {**payload["view"], **view, **team, "state": {"values": state}}
        before = len(self.stub.called("chat.postMessage"))
        response = await self.client.interaction(payload)
        assert response.status == 200
        body = await response.text()
        if body:
            return json.loads(body)
        self.last = (await self.stub.wait_for("chat.postMessage", before + 1))[before:]
        return {}

    async def onboard(self) -> None:
        """The shortest onboarding; Slack's time zone means that question is skipped."""
        assert "Which license" in await self.say("hi")
        await self.say("LCSW in California")
        await self.say("3/31/2027")
        await self.say("no")  # not a first renewal
        assert "spend" in await self.say("no")  # no other license; then budget, not time zone
        for answer in ("300", "2", "any"):
            await self.say(answer)
        assert "All set" in await self.say("clinician")
