"""Replies as Block Kit: messages, the form modal, and a plain-text fallback for notifications.

Lists read as rich text, progress toward each requirement as one list, facts as two-column
fields; long answers are paged within Slack's limits (handlers/slack/blocks.py names them).
"""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import asdict

from bot.messages import (
    Choices,
    Facts,
    File,
    Form,
    Image,
    ProgressBar,
    Question,
    Reply,
    Text,
)
from handlers.slack.blocks import (
    as_mrkdwn,
    has_list,
    inline,
    pages,
    pieces,
    rich_text,
    section,
    sections,
)
from handlers.text import reply_text

OPEN_FORM = "ce_open_form"
FORM_CALLBACK = "ce_form"
BAR_WIDTH = 10
FALLBACK_LIMIT = 40_000  # Slack truncates a message's text beyond this (chat.postMessage)


def plain(text: str, limit: int = 75) -> dict:
    return {"type": "plain_text", "text": (text[: limit - 1] + "…") if len(text) > limit else text}


def button(label: str, action_id: str, value: str) -> dict:
    return {"type": "button", "text": plain(label), "action_id": action_id, "value": value}


def bar_text(progress: ProgressBar) -> str:
    """A progress bar in text: `Ethics ▓▓▓▓▓░░░░░ 3/6 h`."""
    if progress.required is None:
        return f"*{progress.label}*: {progress.done:g} h (requirement unknown)"
    filled = min(BAR_WIDTH, round(BAR_WIDTH * progress.done / (progress.required or 1)))
    note = f" — {progress.note}" if progress.note else ""
    shown = f"{'▓' * filled}{'░' * (BAR_WIDTH - filled)} {progress.done:g}/{progress.required:g} h"
    return f"*{progress.label}*  {shown}{note}"


def blocks_for(reply: Reply) -> list[dict]:
    """One reply element as blocks; files and images travel as uploads instead (see uploads)."""
    match reply:
        case Text(text=text):
            return rich_text(text) if has_list(text) else sections(text)
        case Choices(prompt=prompt, options=options):
            # Slack wants action ids unique within a block; the suffix is dropped on the way in.
            buttons = [
                button(o.label, f"{o.action_id}#{i}", o.value) for i, o in enumerate(options)
            ]
            actions = [
                {"type": "actions", "elements": buttons[start : start + 25]}
                for start in range(0, len(buttons), 25)
            ]
            return (sections(prompt) if prompt else []) + actions
        case Facts(rows=rows, title=title):
            lines = [f"*{title}*"] if title else []
            return sections("\n".join(lines + [f"*{label}:* {value}" for label, value in rows]))
        case ProgressBar():
            return progress_list([reply])
        case Form(title=title):
            return [
                section(f"*{title}*"),
                {"type": "actions", "elements": [button("Open form", OPEN_FORM, pack(reply))]},
            ]
    return []


def progress_list(bars: list[ProgressBar]) -> list[dict]:
    """Progress toward requirements as one bulleted rich text list, a bar per line."""
    items = [{"type": "rich_text_section", "elements": inline(bar_text(bar))} for bar in bars]
    return [
        {
            "type": "rich_text",
            "elements": [
                {"type": "rich_text_list", "style": "bullet", "elements": items[start : start + 40]}
            ],
        }
        for start in range(0, len(items), 40)
    ]


def reply_groups(replies: list[Reply]) -> list[list[dict]]:
    """Each reply's blocks, consecutive progress bars together in one list."""
    groups: list[list[dict]] = []
    bars: list[ProgressBar] = []
    for reply in [*replies, None]:
        if isinstance(reply, ProgressBar):
            bars.append(reply)
            continue
        if bars:
            groups.append(progress_list(bars))
            bars = []
        if reply is not None and (blocks := blocks_for(reply)):
            groups.append(blocks)
    return groups


def uploads(replies: list[Reply]) -> list[File]:
    """Files and images to upload alongside the message (Slack shows images from uploads)."""
    files = [r for r in replies if isinstance(r, File)]
    images = [r for r in replies if isinstance(r, Image)]
    return files + [
        File(name="chart.png", content=i.png, mime="image/png", title=i.alt_text) for i in images
    ]


def message_blocks(replies: list[Reply]) -> list[list[dict]]:
    """Blocks for the replies, paged into messages within Slack's limits (blocks.pages)."""
    return pages(reply_groups(replies))


def page_text(blocks: list[dict]) -> str:
    """One message's fallback `text`: the words of its blocks, buttons left out."""
    return "\n".join(t for b in blocks if (t := as_mrkdwn(b).strip()))[:FALLBACK_LIMIT]


def fallback_text(replies: list[Reply]) -> str:
    """What notifications and screen readers without blocks show."""
    parts = [reply_text(reply, bar=bar_text, buttons=None) for reply in replies]
    return "\n".join(p for p in parts if p)[:3000] or "CE Mentor"


def plain_messages(replies: list[Reply], limit: int = 3000) -> list[str]:
    """The replies as plain text messages, for when Slack refuses (or we fail to build) blocks.

    Nothing is cut: long text is split on line ends into messages of at most `limit` chars.
    """
    texts = [reply_text(r, bar=bar_text, buttons="\n", form=form_as_questions) for r in replies]
    parts = [
        t.strip() if isinstance(r, Choices) else t for r, t in zip(replies, texts, strict=True)
    ]
    lines = "\n".join(p for p in parts if p).split("\n")
    messages = [piece for piece in pieces(lines, limit) if piece.strip()]
    return messages or ["CE Mentor"]


def form_as_questions(form: Form) -> str:
    """A form's questions as a message: what the member sees when the form could not open."""
    lines = [f"*{form.title}*"]
    for number, question in enumerate(form.questions, 1):
        options = ("1", "2", "3", "4", "5") if question.kind == "rating" else question.options
        shown = f" ({', '.join(options)})" if options else ""
        optional = " — optional" if question.optional else ""
        lines.append(f"{number}. {question.label}{shown}{optional}")
    return "\n".join(lines)


def pack(form: Form) -> str:
    """A form in a button's value (≤ 2000 chars), so "Open form" needs no server-side state."""
    return base64.urlsafe_b64encode(zlib.compress(json.dumps(asdict(form)).encode())).decode()


def unpack(value: str) -> Form:
    data = json.loads(zlib.decompress(base64.urlsafe_b64decode(value.encode())))
    data["questions"] = tuple(
        Question(**{**q, "options": tuple(q["options"])}) for q in data["questions"]
    )
    return Form(**data)


def modal(form: Form, channel: str) -> dict:
    """The form as a modal; private_metadata carries where the answer goes."""
    metadata = json.dumps({"submit": form.submit_action_id, "channel": channel})
    return {
        "type": "modal",
        "callback_id": FORM_CALLBACK,
        "title": plain("CE Mentor", 24),
        "submit": plain(form.submit_label, 24),
        "close": plain("Cancel", 24),
        "private_metadata": metadata,
        "blocks": [section(f"*{form.title}*")] + [input_block(q) for q in form.questions],
    }


def input_block(question: Question) -> dict:
    """One question as an input block; block id and action id are the question id."""
    options = ("1", "2", "3", "4", "5") if question.kind == "rating" else question.options
    if question.kind in ("rating", "select") and options:
        element = {
            "type": "static_select",
            "options": [{"text": plain(o), "value": o[:150]} for o in options[:100]],
        }
    elif question.kind == "date":
        element = {"type": "datepicker"}
    else:
        element = {"type": "plain_text_input"}
    return {
        "type": "input",
        "block_id": question.id,
        "optional": question.optional,
        "label": plain(question.label, 2000),
        "element": {**element, "action_id": question.id},
    }


def form_errors(form: Form, explanation: str) -> dict[str, str]:
    """`response_action: errors` content: the form's own errors, else the text on the first question."""
    if form.errors:
        return {key: message[:150] for key, message in form.errors.items()}
    return {form.questions[0].id: (explanation or "Please check your answers.")[:150]}
