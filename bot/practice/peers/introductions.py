"""Introducing two members to each other through the outbox (study buddies, mentors).

Slack: one group DM with both. Teams bots cannot start a group chat, so there each member gets
a 1:1 note naming the other. The kinds that introduce are windowed, so an introduction waits
for its owner's delivery window (never at 10 pm); it is not their message of the day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from bot.messages import Reply, capabilities_of
from bot.outbox.kinds import Delivery, outbox_row
from store.queries.outbox import ClaimedRow, recipients


def introduction_rows(
    *,
    workspace_id: int,
    platform: str,
    members: tuple[int, int],
    kind: str,
    key: str,
    payload: dict,
    due_at: datetime,
) -> list[dict]:
    """Outbox rows introducing two members: one group DM, or one 1:1 note each."""
    if capabilities_of(platform).group_dms:
        return [
            outbox_row(
                workspace_id=workspace_id,
                member_id=members[0],
                kind=kind,
                due_at=due_at,
                key=f"{key}:group",
                payload={**payload, "group": True, "other": members[1]},
            )
        ]
    return [
        outbox_row(
            workspace_id=workspace_id,
            member_id=me,
            kind=kind,
            due_at=due_at,
            key=f"{key}:{me}",
            payload={**payload, "other": other},
        )
        for me, other in (members, members[::-1])
    ]


def deliveries(
    session: Session,
    claimed: Sequence[ClaimedRow],
    now: datetime,
    render,
) -> list[Delivery]:
    """Claimed rows -> deliveries; `render(row) -> (replies, other member id)` or None if stale."""
    owners = {row.member_id for row in claimed}
    others = {int(row.payload.get("other", 0)) for row in claimed}
    addresses = recipients(session, member_ids=owners | others)
    result = []
    for row in claimed:
        delivery = Delivery(row.member_id, addresses.get(row.member_id), daily_limit=False)
        rendered: tuple[list[Reply], int] | None = render(row)
        if rendered is None:
            delivery.skip_ids, delivery.reason = [row.id], "no longer applies"
        else:
            delivery.replies, delivery.send_ids = rendered[0], [row.id]
            other = addresses.get(rendered[1])
            if row.payload.get("group") and other is not None:
                delivery.together_with = (other[2],)
        result.append(delivery)
    return result
