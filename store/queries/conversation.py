"""Conversation state and inbound-event de-duplication."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from store.models import ConversationState, Member, ProcessedEvent, Workspace
from store.queries.members import get_or_create_member, get_or_create_workspace, rename

# Statements run on every turn are built once: building one costs more than running it.
# Dialects whose INSERT … ON CONFLICT DO NOTHING records an event id in one statement:
RECORD_EVENT = {
    dialect.__name__.rsplit(".", 1)[-1]: dialect.insert(ProcessedEvent)
    .on_conflict_do_nothing()
    .returning(ProcessedEvent.id)
    for dialect in (sqlite, postgresql)
}
KNOWN_MEMBER = (
    select(Workspace, Member, ConversationState)
    .join(Member, Member.workspace_id == Workspace.id)
    .outerjoin(ConversationState, ConversationState.member_id == Member.id)
    .where(
        Workspace.platform == bindparam("platform"),
        Workspace.external_id == bindparam("workspace"),
        Member.platform_user_id == bindparam("user"),
    )
)


def open_conversation(
    session: Session, *, platform: str, workspace_external_id: str, user_id: str, display_name: str
) -> tuple[Workspace, Member, ConversationState]:
    """The member's workspace, member row and conversation state, created on first contact.

    A known member costs one query (workspace, member and state joined).
    """
    where = {"platform": platform, "workspace": workspace_external_id, "user": user_id}
    known = session.exec(KNOWN_MEMBER, params=where).first()
    if known is not None:
        workspace, member, state = known
        rename(member, display_name)
        return workspace, member, state or ConversationState(member_id=member.id)
    workspace = get_or_create_workspace(
        session, platform=platform, external_id=workspace_external_id
    )
    member = get_or_create_member(
        session, workspace_id=workspace.id, platform_user_id=user_id, display_name=display_name
    )
    return workspace, member, load_state(session, member_id=member.id)


def load_state(session: Session, *, member_id: int) -> ConversationState:
    """The member's conversation state (a fresh, idle one if none is saved yet)."""
    state = session.get(ConversationState, member_id)
    return state if state is not None else ConversationState(member_id=member_id)


def save_state(
    session: Session, *, state: ConversationState, flow: str, step: str, data: dict, now: datetime
) -> None:
    """Save where the member is; called once at the end of each turn.

    A turn that left the state as it was (help, status …) writes nothing here, so a
    read-only turn writes only its event id. An unsaved state is idle: idle needs no row.
    """
    if (state.flow, state.state, state.data) == (flow, step, data):
        return
    state.flow, state.state, state.data, state.updated_at = flow, step, dict(data), now
    session.add(state)


def first_time_seen(session: Session, *, platform: str, event_id: str, now: datetime) -> bool:
    """Record an inbound event id; False if it was already handled (a platform retry)."""
    row = {"platform": platform, "event_id": event_id, "received_at": now}
    record = RECORD_EVENT.get(session.get_bind().dialect.name)
    if record is not None:  # a plain Core insert: nothing for the ORM to track
        return session.connection().execute(record, row).first() is not None
    try:
        with session.begin_nested():
            session.add(ProcessedEvent(**row))
    except IntegrityError:
        return False
    return True
