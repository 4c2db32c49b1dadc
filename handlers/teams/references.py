"""Store and load where each member can be reached (their ConversationReference)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ConversationReference
from sqlalchemy import Engine

from handlers.teams.inbound import is_personal, tenant_of
from store.db import new_session
from store.queries.teams import mark_unreachable, save_teams_reference, teams_reference_of


@dataclass(frozen=True)
class StoredReference:
    """A member's reference as loaded for a proactive send."""

    reference: ConversationReference
    tenant_id: str
    personal: bool


def remember(engine: Engine, activity: Activity, *, personal: bool | None = None) -> int | None:
    """Upsert the sender's reference (one short transaction); None when there is no sender."""
    sender = activity.from_property
    tenant_id = tenant_of(activity)
    if sender is None or not sender.id or not tenant_id:
        return None
    reference = TurnContext.get_conversation_reference(activity)
    with new_session(engine) as session:
        member_id = save_teams_reference(
            session,
            tenant_id=tenant_id,
            user_id=sender.id,
            display_name=sender.name or "",
            service_url=activity.service_url or "",
            reference=reference.serialize(),
            personal=is_personal(activity) if personal is None else personal,
            now=datetime.now(UTC),
        )
        session.commit()
    return member_id


async def remember_async(engine: Engine, activity: Activity) -> int | None:
    """`remember`, off the event loop."""
    return await asyncio.to_thread(remember, engine, activity)


def load(engine: Engine, member_id: int) -> StoredReference | None:
    """The member's stored reference, or None if they never wrote to the bot in Teams."""
    with new_session(engine) as session:
        stored = teams_reference_of(session, member_id=member_id)
    if stored is None:
        return None
    reference = ConversationReference().deserialize(stored.reference)
    return StoredReference(reference, stored.tenant_id, stored.personal)


def forget_reachability(engine: Engine, member_id: int) -> None:
    """Mark the member unreachable: Teams refused us (bot blocked or uninstalled)."""
    with new_session(engine) as session:
        mark_unreachable(session, member_id=member_id)
        session.commit()
