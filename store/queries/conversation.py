"""Conversation state and inbound-event de-duplication."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from store.models import ConversationState, ProcessedEvent


def load_state(session: Session, *, member_id: int) -> ConversationState:
    """The member's conversation state (a fresh, idle one if none is saved yet)."""
    state = session.get(ConversationState, member_id)
    return state if state is not None else ConversationState(member_id=member_id)


def save_state(
    session: Session, *, state: ConversationState, flow: str, step: str, data: dict, now: datetime
) -> None:
    """Save where the member is; called once at the end of each turn."""
    state.flow, state.state, state.data, state.updated_at = flow, step, dict(data), now
    session.add(state)


def first_time_seen(session: Session, *, platform: str, event_id: str, now: datetime) -> bool:
    """Record an inbound event id; False if it was already handled (a platform retry)."""
    try:
        with session.begin_nested():
            session.add(ProcessedEvent(platform=platform, event_id=event_id, received_at=now))
    except IntegrityError:
        return False
    return True
