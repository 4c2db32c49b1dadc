"""Does a message carry a client's details? Then none of it may be stored.

The reading itself is the store's (store/client_details.py), so the flows that answer kindly and
the store's backstop that refuses the write (store/guard.py) can never disagree. This module is
what a flow asks (`about_a_client`) and what the mentor says: what to write instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.client_details import (
    ClientDetail,
    Field,
    client_details,
    looks_like_client_info,
    without_client_details,
)
from store.guard import suspected

if TYPE_CHECKING:
    from bot.flows.base import Turn

__all__ = [
    "ClientDetail",
    "Field",
    "about_a_client",
    "client_details",
    "instead",
    "looks_like_client_info",
    "without_client_details",
]

# What the member may keep in: said after every refusal, so they know what to write instead.
KEEP_IT = (
    "I keep only things about you and your learning — no client names, initials, ages, "
    "birth dates or session details."
)
COLLEAGUE = "If you meant a colleague, @mention them instead."


def instead(what: str, example: str) -> str:
    """A kind refusal of a client detail in ``what``, with an example of what to write."""
    return (
        f"That {what} looks like it may include details about a client, so I haven't kept it. "
        f"{KEEP_IT} Could you say it without them, e.g. {example}? {COLLEAGUE}"
    )


def about_a_client(turn: Turn, text: str, field: Field) -> bool:
    """Whether the member's words carry a client's details.

    Their own name, a colleague's and anyone they @mentioned are no client's; the store's
    backstop reads the same way when the words are written.
    """
    found = suspected(
        turn.session,
        text,
        field=field,
        workspace_id=turn.workspace_id,
        mentioned=turn.inbound.mention_names,
    )
    return bool(found)
