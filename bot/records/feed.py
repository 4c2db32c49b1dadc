"""Private calendar subscription links: unguessable tokens, of which only a hash is stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from datetime import datetime

from sqlmodel import Session

from bot.flows.base import member_zone
from bot.records.gather import member_records
from bot.rules import RuleSet
from store.queries.records import add_calendar_feed, calendar_feed_by_hash, member_by_id


def token_hash(token: str) -> str:
    """SHA-256 of a token, hex: what the database keeps instead of the token."""
    return hashlib.sha256(token.encode()).hexdigest()


def feed_url(base_url: str, token: str) -> str:
    """The subscription URL `serve` answers at."""
    return f"{base_url.rstrip('/')}/calendar/{token}.ics"


def issue_feed_token(session: Session, *, member_id: int, now: datetime) -> str:
    """A new 256-bit token for the member; shown once, never stored in the clear."""
    token = secrets.token_urlsafe(32)
    add_calendar_feed(session, member_id=member_id, token_hash=token_hash(token), now=now)
    return token


def feed_calendar(
    session: Session, token: str, rule_sets: Mapping[str, RuleSet], now: datetime
) -> bytes | None:
    """The member's calendar for a live token; None for an unknown or revoked one."""
    digest = token_hash(token)
    feed = calendar_feed_by_hash(session, token_hash=digest)
    if feed is None or not hmac.compare_digest(feed.token_hash, digest):
        return None
    member = member_by_id(session, member_id=feed.member_id)
    if member is None:
        return None
    today = now.astimezone(member_zone(member)).date()
    from bot.records.calendar import calendar_ics  # icalendar: with the first feed read

    return calendar_ics(member_records(session, member, rule_sets, today), now)
