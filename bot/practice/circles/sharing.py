"""Outbox kind "circle_share": a completion or review a member chose to post in their circle.

A share carries the course title, its hours or stars, and one line the clinician wrote —
nothing else from their record. It is queued now and posted by the drain.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from bot.messages import Text
from bot.outbox.kinds import Delivery, OutboxKind, outbox_row
from store.db import saved_id
from store.models import LearningCircle, Member
from store.queries.outbox import ClaimedRow, insert_if_absent, recipients
from store.queries.practice.circles import circles_by_id, display_names, seats_by_circle

KIND = "circle_share"
LINE_AT_MOST = 200


def one_line(text: str) -> str:
    """The clinician's words as one short line."""
    line = " ".join(text.split())
    return line if len(line) <= LINE_AT_MOST else line[: LINE_AT_MOST - 1].rstrip() + "…"


def queue_share(
    session: Session,
    *,
    member: Member,
    circles: Sequence[LearningCircle],
    key: str,
    post: dict,
    now: datetime,
) -> int:
    """Queue one post per circle; `key` makes the same item post once per circle."""
    member_id = saved_id(member)
    rows = [
        outbox_row(
            workspace_id=member.workspace_id,
            member_id=member_id,
            kind=KIND,
            due_at=now,
            key=f"share:{key}:{circle.id}",
            payload={**post, "circle_id": circle.id},
        )
        for circle in circles
    ]
    return insert_if_absent(session, rows=rows)


def announce(
    session: Session, *, member: Member, circle: LearningCircle, text: str, now: datetime
) -> int:
    """Queue a post from the bot to the whole circle (e.g. that the circle has started)."""
    post = {"what": "announcement", "text": text}
    return queue_share(session, member=member, circles=[circle], key="start", post=post, now=now)


def share_text(name: str, post: dict) -> str:
    """How a share reads in the channel."""
    if post.get("what") == "announcement":
        return post["text"]
    who = name or "A colleague"
    line = f"\n> {post['line']}" if post.get("line") else ""
    if post.get("what") == "review":
        stars = "★" * int(post["rating"]) + "☆" * (5 - int(post["rating"]))
        return f"⭐ {who} rated *{post['title']}* {stars} ({post['rating']}/5){line}"
    hours = f" ({post['hours']:g} h)" if post.get("hours") else ""
    return f"🎓 {who} finished *{post['title']}*{hours}{line}"


def plan(session: Session, now: datetime) -> list[dict]:
    """Shares are queued when the member shares; nothing to plan."""
    return []


def prepare(session: Session, claimed: Sequence[ClaimedRow], now: datetime) -> list[Delivery]:
    """Post each share in its circle, if the circle is still there and the member still in it."""
    circles = circles_by_id(session, circle_ids={row.payload["circle_id"] for row in claimed})
    seats = seats_by_circle(session, circle_ids=list(circles))
    addresses = recipients(session, member_ids={row.member_id for row in claimed})
    names = display_names(session, member_ids={row.member_id for row in claimed})
    deliveries = []
    for row in claimed:
        circle = circles.get(row.payload["circle_id"])
        delivery = Delivery(row.member_id, addresses.get(row.member_id), daily_limit=False)
        if circle is None or row.member_id not in seats.get(saved_id(circle), ()):
            delivery.skip_ids, delivery.reason = [row.id], "no longer in that circle"
        else:
            delivery.channel, delivery.send_ids = circle.channel_id, [row.id]
            delivery.replies = [Text(share_text(names.get(row.member_id, ""), row.payload))]
        deliveries.append(delivery)
    return deliveries


CIRCLE_SHARE = OutboxKind(kinds=(KIND,), plan=plan, prepare=prepare)
