"""Teams conversation references: saved on every inbound activity, loaded for proactive sends."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from store.db import saved_id
from store.models import Member, TeamsConversation
from store.queries.members import get_or_create_member, get_or_create_workspace


def save_teams_reference(
    session: Session,
    *,
    tenant_id: str,
    user_id: str,
    display_name: str,
    service_url: str,
    reference: dict,
    personal: bool,
    now: datetime,
) -> int:
    """Upsert where a member can be reached; a channel never replaces their personal chat.

    Returns:
        The member's id.
    """
    workspace = get_or_create_workspace(session, platform="teams", external_id=tenant_id)
    member = get_or_create_member(
        session,
        workspace_id=saved_id(workspace),
        platform_user_id=user_id,
        display_name=display_name,
    )
    query = select(TeamsConversation).where(TeamsConversation.member_id == member.id)
    stored = session.exec(query).first()
    if stored is None:
        stored = TeamsConversation(
            member_id=saved_id(member), tenant_id=tenant_id, service_url=service_url, updated_at=now
        )
        try:
            with session.begin_nested():
                session.add(stored)
        except IntegrityError:  # another replica stored it a moment ago
            stored = session.exec(query).one()
    elif stored.personal and not personal:
        return saved_id(member)
    stored.tenant_id, stored.service_url, stored.personal = tenant_id, service_url, personal
    stored.reference, stored.updated_at = reference, now
    if personal and not member.reachable:
        member.reachable = True  # they wrote to us again, so the block is gone
    return saved_id(member)


def teams_reference_of(session: Session, *, member_id: int) -> TeamsConversation | None:
    """The stored Teams reference of a member, if they ever talked to the bot."""
    query = select(TeamsConversation).where(TeamsConversation.member_id == member_id)
    return session.exec(query).first()


def mark_unreachable(session: Session, *, member_id: int) -> None:
    """Teams refused a proactive message (blocked or uninstalled): stop trying."""
    member = session.get(Member, member_id)
    if member is not None:
        member.reachable = False
