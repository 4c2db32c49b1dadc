"""Text at the edge: a platform payload's, cleaned before anything reaches bot/ or the store;
and a reply's, flattened to plain text once for every platform (`reply_text`)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TypeVar, cast

from bot.messages import Choices, Facts, File, Form, Image, ProgressBar, Reply, Text

# C0 control characters but tab and newline, and DEL: nobody types them, and PostgreSQL text
# refuses NUL outright, so one in a name would fail every turn of that member.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
T = TypeVar("T")


def printable(text: str) -> str:
    """`text` without control characters (tab and newline kept)."""
    return CONTROL.sub("", text)


def scrubbed(value: T) -> T:
    """`value` (an Inbound, a dataclass, or a payload's JSON) with every string printable."""
    return cast(T, _scrub(value))


def _scrub(value: object) -> object:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, list | tuple):
        return type(value)(_scrub(item) for item in value)
    if isinstance(value, dict):
        return {_scrub(key): _scrub(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return dataclasses.replace(
            value, **{f.name: _scrub(getattr(value, f.name)) for f in fields}
        )
    return value


def _title_or_name(file: File) -> str:
    return file.title or file.name


def _form_title(form: Form) -> str:
    return form.title


def reply_text(
    reply: Reply,
    *,
    bar: Callable[[ProgressBar], str],
    buttons: str | None = " ",
    form: Callable[[Form], str] = _form_title,
    file: Callable[[File], str] = _title_or_name,
) -> str:
    """A reply as plain text: notifications, screen readers, and where blocks or cards fail.

    Every platform flattens replies here; what differs is passed in.

    Args:
        reply: one reply element.
        bar: how this platform draws a progress bar in text.
        buttons: what goes between a prompt and its `[labels]`; None leaves the labels out.
        form: a form as text (its title, by default).
        file: a file as text (its title, else its name, by default).
    """
    match reply:
        case Text(text=text):
            return text
        case Choices(prompt=prompt, options=options):
            labels = " ".join(f"[{option.label}]" for option in options)
            return prompt if buttons is None else prompt + buttons + labels
        case Facts(rows=rows, title=title):
            return "\n".join([title] * bool(title) + [f"{k}: {v}" for k, v in rows])
        case ProgressBar():
            return bar(reply)
        case Form():
            return form(reply)
        case Image(alt_text=alt):
            return alt
        case File():
            return file(reply)
    return str(reply)
