"""Answers that could not be sent at once, as an outbox kind: the drain sends them for us.

A turn keeps its answer in the outbox in the transaction that commits it (bot/mentor.py's
`on_commit`): sent straight away it is deleted; refused (a 429, a 5xx, the network) it waits
for the drain with the platform's Retry-After, like any other row, and a replica that died
after the commit leaves it for another. Answers are never held to the member's window and
are not their message of the day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from bot.message_json import replies_from_json
from bot.outbox.kinds import Delivery, OutboxKind
from store.queries.outbox import REPLY, ClaimedRow, recipients


def reply_key(platform: str, event_id: str) -> str:
    """One answer per inbound event."""
    return f"reply:{platform}:{event_id}"[:200]


def plan_replies(_session: Session, _now: datetime) -> list[dict]:
    """Nothing: answers are kept by their turns, never planned."""
    return []


def prepare_replies(session: Session, rows: Sequence[ClaimedRow], _now: datetime) -> list[Delivery]:
    """Each kept answer, to the member who asked."""
    addresses = recipients(session, member_ids={row.member_id for row in rows})
    return [
        Delivery(
            row.member_id,
            addresses.get(row.member_id),
            replies=replies_from_json(row.payload.get("replies", [])),
            send_ids=[row.id],
            reason="answer",
            daily_limit=False,
        )
        for row in rows
    ]


REPLIES = OutboxKind(kinds=(REPLY,), plan=plan_replies, prepare=prepare_replies, name="answer")
