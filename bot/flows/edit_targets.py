"""Which of the courses waiting for a yes an edit is for ("the second one", "the HIV one",
"both"), and whether a message read as no edit is something else altogether."""

from __future__ import annotations

import re

from bot.parsing import ParsedCompletion

# No change read, and the message is a question or a sentence of its own: something else.
_SOMETHING_ELSE = re.compile(
    r"\?\s*$|^\W*(?:what|how|when|why|which|where|who|can|could|should|do|does|is|are)\b"
    r"|^\W*(?:\S+\s+){5,}\S+",
    re.I,
)
ORDINALS = ("first", "second", "third", "fourth")
# "the second one", "the last course"; not a day ("on the 2nd", "the first of May").
_ORDINAL = re.compile(
    r"\b(?:(first|1st)|(second|2nd)|(third|3rd)|(fourth|4th)|(last))\s+"
    r"(?:one|course|class|webinar|training|workshop|session|module|entry|item)\b",
    re.I,
)
_ALL = re.compile(r"\b(?:both|all|each|every|they|them)\b", re.I)
_TITLE_WORD = re.compile(r"[a-z]{3,}|[A-Z]{2,}")
_EDIT_WORDS = frozenset(
    {"make", "the", "one", "was", "were", "change", "course", "hours", "hrs", "not", "and"}
)


def edited_items(text: str, items: list[ParsedCompletion]) -> list[int] | None:
    """Which of the courses shown a change is for: by its place ("the second one", "the last")
    or its words ("the HIV one"); every course for "both"/"they"; None when not said."""
    if len(items) == 1:
        return [0]
    place = _ORDINAL.search(text)
    if place is not None:
        at = place.lastindex - 1 if place.lastindex else 0
        return [len(items) - 1 if at == 4 else min(at, len(items) - 1)]
    if _ALL.search(text):
        return list(range(len(items)))
    said = {w.casefold() for w in _TITLE_WORD.findall(text)} - _EDIT_WORDS
    shared = [len(said & {w.casefold() for w in _TITLE_WORD.findall(i.title)}) for i in items]
    best = max(shared)
    if best and shared.count(best) == 1:
        return [shared.index(best)]
    return None


def says_something_else(text: str) -> bool:
    """No change was read and the message is a question or a sentence of its own ("what does
    my board require?"): it goes to the flow it means, not "I didn't catch a change"."""
    return bool(_SOMETHING_ELSE.search(text))
