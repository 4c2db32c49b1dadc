"""Text from a platform payload, cleaned at the edge before anything reaches bot/ or the store."""

from __future__ import annotations

import dataclasses
import re
from typing import TypeVar, cast

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
