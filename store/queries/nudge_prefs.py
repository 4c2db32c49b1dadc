"""A member's nudge preferences: read (defaults when never set) and change."""

from __future__ import annotations

from sqlmodel import Session, col, select

from store.models import NudgePreferences, OutboxMessage


def preferences_of(session: Session, *, member_id: int) -> NudgePreferences:
    """The member's stored preferences, or a new row with the defaults (added to the session)."""
    prefs = session.get(NudgePreferences, member_id)
    if prefs is None:
        prefs = NudgePreferences(member_id=member_id)
        session.add(prefs)
    return prefs


def sent_keys_of(session: Session, *, member_id: int) -> set[str]:
    """De-dup keys of the member's nudges already sent or given up on (they will not come again)."""
    query = select(OutboxMessage.dedup_key).where(
        OutboxMessage.member_id == member_id,
        col(OutboxMessage.status).in_(("sent", "unreachable", "failed")),
    )
    return set(session.exec(query))
