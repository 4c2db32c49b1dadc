"""Who a course is for, in a suggestion's words; the rule itself is bot/rules/jurisdiction.py.

Suggestions, the renewal plan, the nudges' free option and the catalog views reach it through
`CourseView.topics_in(state)` and `arrays.pairs_in`.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.rules.jurisdiction import (
    STATE_SPECIFIC_TOPICS,
    course_states,
    is_state_specific,
    topics_for,
)
from bot.us_states import STATE_CODES

__all__ = [
    "STATE_NAMES",
    "STATE_SPECIFIC_TOPICS",
    "course_states",
    "is_state_specific",
    "jurisdiction_label",
    "topics_for",
]

# Postal code -> state name, as a suggestion says it ("Florida only").
STATE_NAMES = {code: name.replace(" Of ", " of ") for code, name in STATE_CODES.items()}


def jurisdiction_label(topics: Sequence[str], jurisdictions: Sequence[str]) -> str:
    """How a suggestion says who a course is for: "Florida only", "" for everyone."""
    states = course_states(topics, jurisdictions)
    if not states:
        return ""
    names = [STATE_NAMES.get(code, code) for code in states]
    if len(names) == 1:
        return f"{names[0]} only"
    return f"for {', '.join(names[:-1])} and {names[-1]} licensees only"
