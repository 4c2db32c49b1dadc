"""Counts said as people say them: "1 course has", "3 courses have" — never "course(s)"."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str = "") -> str:
    """`3 courses`, `1 course`; `plural` where adding an s is wrong."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def has(number: int) -> str:
    """The verb that goes with `number` things: has / have."""
    return "has" if number == 1 else "have"
