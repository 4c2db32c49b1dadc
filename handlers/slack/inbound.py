"""Slack payloads (events, slash commands, button presses, modal submits) as neutral Inbounds."""

from __future__ import annotations

import json
import re

from bot.messages import Action, Attachment, Inbound
from handlers.text import printable, scrubbed

MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|([^>]*))?>")
# A file shared with a message (e.g. a certificate) is still the member talking; every other
# subtype (edits, deletions, joins, bot posts …) is not.
MEMBER_SUBTYPES = {None, "file_share"}


def workspace_of(team_id: str | None, enterprise_id: str | None, org_install: bool) -> str:
    """The tenant: the org for an Enterprise Grid org-wide install, else the workspace."""
    return (enterprise_id if org_install else team_id) or team_id or enterprise_id or ""


def is_member_message(event: dict) -> bool:
    """A plain message a person typed (not an edit, a join, or any bot's post)."""
    if event.get("bot_id") or event.get("bot_profile"):
        return False
    return event.get("subtype") in MEMBER_SUBTYPES and bool(event.get("user"))


def attachments_of(event: dict) -> tuple[Attachment, ...]:
    """Files shared with a message (e.g. a certificate): name, private URL, type, id."""
    return tuple(
        Attachment(
            name=f.get("name", ""),
            url=f.get("url_private_download") or f.get("url_private", ""),
            mime=f.get("mimetype", ""),
            file_id=f.get("id", ""),
        )
        for f in event.get("files", [])
    )


def mentions_of(text: str, bot_user_id: str = "") -> tuple[tuple[str, ...], tuple[str, ...]]:
    """People mentioned (`<@U123>` or `<@U123|name>`), in order, once each, the bot left out."""
    found: dict[str, str] = {}
    for user, name in MENTION.findall(text):
        if user != bot_user_id:
            found[user] = found.get(user) or name
    return tuple(found), tuple(found.values())


def without_mentions(text: str) -> str:
    """The words around the mentions (who is meant travels in Inbound.mentions)."""
    return re.sub(r"[ \t]{2,}", " ", MENTION.sub("", text)).strip()


def from_message(
    event: dict, body: dict, workspace: str, *, mention: bool = False, bot_user_id: str = ""
) -> Inbound:
    """A DM (or, with mention=True, an @mention in a channel) as an Inbound."""
    text = event.get("text", "")
    mentions, names = mentions_of(text, bot_user_id)
    inbound = Inbound(
        "slack",
        workspace,
        event["user"],
        text=without_mentions(text) if mention or mentions else text,
        channel_id=event.get("channel", ""),
        channel_kind="channel" if mention else "dm",
        attachments=attachments_of(event),
        event_id=body.get("event_id", ""),
        mentions=mentions,
        mention_names=names,
    )
    return scrubbed(inbound)


def from_command(command: dict, workspace: str) -> Inbound:
    """`/ce <text>`: answered privately (in the member's DM), wherever it was typed.

    The channel it was typed in comes along (`/ce digest here`); Slack names a private
    channel "privategroup" in slash commands (legacy private channels have G… ids).
    """
    text = command.get("text", "")
    mentions, names = mentions_of(text)
    channel = command.get("channel_id", "")
    inbound = Inbound(
        "slack",
        workspace,
        command["user_id"],
        text=without_mentions(text) if mentions else text,
        channel_id=channel,
        # Typed in a channel (C…/G…): channel commands such as `circle start` apply there.
        channel_kind="channel" if channel.startswith(("C", "G")) else "dm",
        event_id=f"command:{command.get('trigger_id', '')}",
        mentions=mentions,
        mention_names=names,
        channel_private=command.get("channel_name") == "privategroup" or channel.startswith("G"),
    )
    return scrubbed(inbound)


def from_button(body: dict, workspace: str) -> Inbound:
    """A pressed button; the `#n` suffix only kept action ids unique within a block."""
    action = body["actions"][0]
    action_id = action["action_id"].split("#", 1)[0]
    channel = (body.get("channel") or {}).get("id", "")
    inbound = Inbound(
        "slack",
        workspace,
        body["user"]["id"],
        text=(action.get("text") or {}).get("text", ""),
        channel_id=channel,
        channel_kind="channel" if channel.startswith(("C", "G")) else "dm",
        action=Action(action_id, action.get("value", "")),
        event_id=f"action:{body['user']['id']}:{action.get('action_ts', '')}",
    )
    return scrubbed(inbound)


def form_values(view: dict) -> dict[str, str]:
    """A modal's answers by question id, whatever the input element."""
    values = {}
    for block_id, elements in view.get("state", {}).get("values", {}).items():
        for element in elements.values():
            selected = element.get("selected_option") or {}
            values[block_id] = (
                selected.get("value") or element.get("selected_date") or element.get("value") or ""
            )
    return values


def from_submission(body: dict, workspace: str) -> tuple[Inbound, str]:
    """A submitted form modal, and the DM its private_metadata says it was opened from.

    That channel came from a payload: it only ever names a DM (forms are private, e.g.
    self-assessments), and even then the answer goes to the member's own DM with the bot
    (SlackTurns.reply_channel), never to a conversation named here.
    """
    view = body["view"]
    metadata = json.loads(view.get("private_metadata") or "{}")
    opened_in = str(metadata.get("channel", ""))
    inbound = Inbound(
        "slack",
        workspace,
        body["user"]["id"],
        action=Action(metadata.get("submit", "")),
        form_values=form_values(view),
        event_id=f"view:{body.get('trigger_id', '')}",
    )
    return scrubbed(inbound), printable(opened_in) if opened_in.startswith("D") else ""
