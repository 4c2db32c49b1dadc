"""Neutral Replies -> Teams message activities: plain text, or one Adaptive Card per turn.

One activity per turn keeps a turn to one Bot Connector call; every element has a text
fallback (`summary`) so notifications and old clients still read sensibly.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence

from bot.messages import Choices, Facts, File, Form, Image, ProgressBar, Reply, Text
from handlers.teams.inbound import ACTION_KEY, VALUE_KEY
from handlers.text import reply_text

CARD_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
# Teams refuses cards over ~28 KB; a larger picture falls back to its description.
MAX_INLINE_IMAGE = 20_000
MAX_INLINE_FILE = 3_000
SLACK_BOLD = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")


def markdown(text: str) -> str:
    """The mentor's light markdown (*bold*, _italic_) in Teams' dialect (**bold**)."""
    return SLACK_BOLD.sub(r"**\1**", text)


def to_activities(replies: Sequence[Reply]) -> list[dict]:
    """The message activities for one turn's replies (none for no replies)."""
    if not replies:
        return []
    summary = "\n\n".join(as_text(reply) for reply in replies)
    if all(isinstance(reply, Text) for reply in replies):
        return [{"type": "message", "textFormat": "markdown", "text": markdown(summary)}]
    body: list[dict] = []
    actions: list[dict] = []
    for reply in replies:
        body.extend(_elements(reply))
        if isinstance(reply, Form):
            actions.append(_submit(reply.submit_label, {ACTION_KEY: reply.submit_action_id}))
    card = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": "1.5", "body": body}
    if actions:
        card["actions"] = actions
    attachment = {"contentType": CARD_TYPE, "content": card}
    return [{"type": "message", "summary": summary[:200], "attachments": [attachment]}]


def _elements(reply: Reply) -> list[dict]:
    match reply:
        case Text(text=text):
            return [_text(text)]
        case Choices(prompt=prompt, options=options):
            buttons = [
                _submit(o.label, {ACTION_KEY: o.action_id, VALUE_KEY: o.value}) for o in options
            ]
            return [_text(prompt), {"type": "ActionSet", "actions": buttons}]
        case Facts(rows=rows, title=title):
            facts = {"type": "FactSet", "facts": [{"title": k, "value": v} for k, v in rows]}
            return ([_text(title, bold=True)] if title else []) + [facts]
        case ProgressBar():
            fact = {"title": reply.label, "value": _progress(reply)}
            return [{"type": "FactSet", "facts": [fact]}]
        case Form(title=title, questions=questions):
            return [_text(title, bold=True)] + [_input(q) for q in questions]
        case Image(png=png, alt_text=alt):
            if len(png) > MAX_INLINE_IMAGE:
                return [_text(f"_{alt}_")]
            url = "data:image/png;base64," + base64.b64encode(png).decode()
            return [{"type": "Image", "url": url, "altText": alt}]
        case File():
            return [_text(_file_note(reply)), *_file_preview(reply)]
    return [_text(str(reply))]


def _input(question) -> dict:
    base = {"id": question.id, "label": question.label, "isRequired": not question.optional}
    if question.kind == "rating":
        choices = [{"title": str(n), "value": str(n)} for n in range(1, 6)]
        return {**base, "type": "Input.ChoiceSet", "style": "expanded", "choices": choices}
    if question.kind == "select":
        choices = [{"title": o, "value": o} for o in question.options]
        return {**base, "type": "Input.ChoiceSet", "choices": choices}
    if question.kind == "date":
        return {**base, "type": "Input.Date"}
    return {**base, "type": "Input.Text"}


def _submit(title: str, data: dict) -> dict:
    return {"type": "Action.Submit", "title": title, "data": data}


def _text(text: str, *, bold: bool = False) -> dict:
    block = {"type": "TextBlock", "text": markdown(text), "wrap": True}
    return {**block, "weight": "Bolder"} if bold else block


def _progress(bar: ProgressBar) -> str:
    if bar.required is None:
        shown = f"{bar.done:g} h (requirement unknown)"
    else:
        filled = 0 if bar.required <= 0 else min(10, round(10 * bar.done / bar.required))
        shown = f"{'▰' * filled}{'▱' * (10 - filled)} {bar.done:g}/{bar.required:g} h"
    return f"{shown} — {bar.note}" if bar.note else shown


def _file_note(file: File) -> str:
    # Bots can't drop files into a chat without the consent-card upload flow: say what it is.
    title = f"{file.title}: " if file.title else ""
    return f"{title}*{file.name}* ({len(file.content):,} bytes)"


def _file_preview(file: File) -> list[dict]:
    readable = file.mime.startswith("text/") or file.mime == "application/json"
    if not readable or len(file.content) > MAX_INLINE_FILE:
        return [_text("Teams chats cannot receive files from me yet.")]
    text = file.content.decode("utf-8", errors="replace")
    return [{"type": "TextBlock", "text": text, "wrap": True, "fontType": "Monospace"}]


def as_text(reply: Reply) -> str:
    """A reply as plain text: the notification summary and the screen-reader fallback."""
    return reply_text(reply, bar=_bar_text, form=_form_text, file=_file_note)


def _bar_text(bar: ProgressBar) -> str:
    return f"{bar.label}: {_progress(bar)}"


def _form_text(form: Form) -> str:
    return form.title + " " + " ".join(q.label for q in form.questions)
