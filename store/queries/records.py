"""Calendar subscription links, and the member lookups the records exports need."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from store.models import CalendarFeed, Member


def add_calendar_feed(
    session: Session, *, member_id: int, token_hash: str, now: datetime
) -> CalendarFeed:
    """Record a new subscription link (by its token's hash)."""
    feed = CalendarFeed(member_id=member_id, token_hash=token_hash, created_at=now)
    session.add(feed)
    session.flush()
    return feed


def active_calendar_feed(session: Session, *, member_id: int) -> CalendarFeed | None:
    """The member's newest link that is not revoked."""
    query = (
        select(CalendarFeed)
        .where(CalendarFeed.member_id == member_id, col(CalendarFeed.revoked_at).is_(None))
        .order_by(col(CalendarFeed.created_at).desc(), col(CalendarFeed.id).desc())
    )
    return session.exec(query).first()


def calendar_feed_by_hash(session: Session, *, token_hash: str) -> CalendarFeed | None:
    """The link whose token hashes to `token_hash`, unless it was revoked."""
    query = select(CalendarFeed).where(
        CalendarFeed.token_hash == token_hash, col(CalendarFeed.revoked_at).is_(None)
    )
    return session.exec(query).first()


def revoke_calendar_feeds(session: Session, *, member_id: int, now: datetime) -> int:
    """Revoke every active link of the member; returns how many were active."""
    query = select(CalendarFeed).where(
        CalendarFeed.member_id == member_id, col(CalendarFeed.revoked_at).is_(None)
    )
    feeds = list(session.exec(query))
    for feed in feeds:
        feed.revoked_at = now
    session.flush()
    return len(feeds)


def member_by_id(session: Session, *, member_id: int) -> Member | None:
    """A member by id, across workspaces (for the admin CLI and the feed, which know only ids)."""
    return session.get(Member, member_id)
