"""Inbounds and replies as JSON, for what waits in the database: the inbox and the outbox.

A picture or a file is not kept: a reply that waits is sent again as its words (an image's
alt text, a file's name with how to get it again), so a waiting row stays small and holds
no export of anyone's records.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from typing import Any

from bot.messages import (
    Action,
    Attachment,
    Choice,
    Choices,
    Facts,
    File,
    Form,
    Image,
    Inbound,
    ProgressBar,
    Question,
    Reply,
    Text,
)


def inbound_to_json(inbound: Inbound) -> dict:
    """Every field of an Inbound, as plain JSON (a file's bytes are fetched again, never kept)."""
    data = _plain(inbound)
    for attachment in data["attachments"]:
        attachment.pop("content", None)
    return data


ATOMS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """`dataclasses.asdict` for our messages, the same values in under half its time: text,
    numbers and None are kept as they are instead of deep-copied (every turn writes one)."""
    if isinstance(value, ATOMS):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if type(value) is tuple:
        return tuple(_plain(item) for item in value)
    if type(value) is list:
        return [_plain(item) for item in value]
    if type(value) is dict:
        return {_plain(key): _plain(item) for key, item in value.items()}
    return copy.deepcopy(value)


def inbound_from_json(data: dict) -> Inbound:
    """The Inbound `inbound_to_json` wrote (fields it does not know are dropped)."""
    known = {f.name for f in dataclasses.fields(Inbound)}
    values = {k: v for k, v in data.items() if k in known}
    action = values.get("action")
    values["action"] = Action(**action) if action else None
    values["attachments"] = tuple(Attachment(**a) for a in values.get("attachments", ()))
    for name in ("mentions", "mention_names"):
        values[name] = tuple(values.get(name, ()))
    values["form_values"] = dict(values.get("form_values", {}))
    return Inbound(**values)


def replies_to_json(replies: Sequence[Reply]) -> list[dict]:
    """Replies as JSON, each tagged with its kind; pictures and files become words."""
    return [_one(reply) for reply in replies]


def _one(reply: Reply) -> dict:
    if isinstance(reply, Image):
        return {"kind": "text", "text": reply.alt_text}
    if isinstance(reply, File):
        return {
            "kind": "text",
            "text": f"(The file {reply.name} could not come with this message: ask for it again.)",
        }
    kind = KIND_OF[type(reply)]
    return {"kind": kind, **_plain(reply)}


def replies_from_json(data: Sequence[dict]) -> list[Reply]:
    """The replies `replies_to_json` wrote."""
    return [_reply(item) for item in data]


def _reply(item: dict) -> Reply:
    values = {k: v for k, v in item.items() if k != "kind"}
    kind = item["kind"]
    if kind == "text":
        return Text(**values)
    if kind == "choices":
        options = tuple(Choice(**o) for o in values["options"])
        return Choices(prompt=values["prompt"], options=options)
    if kind == "form":
        questions = tuple(
            Question(**{**q, "options": tuple(q.get("options", ()))}) for q in values["questions"]
        )
        return Form(**{**values, "questions": questions})
    if kind == "facts":
        rows = tuple(tuple(row) for row in values["rows"])
        return Facts(rows=rows, title=values.get("title", ""))
    if kind == "progress":
        return ProgressBar(**values)
    raise ValueError(f"unknown reply kind {kind!r}")


KIND_OF: dict[type, str] = {
    Text: "text",
    Choices: "choices",
    Form: "form",
    Facts: "facts",
    ProgressBar: "progress",
}
