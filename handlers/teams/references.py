"""Store and load where each member can be reached (their ConversationReference)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
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
    reference = reference_of(activity)
    with new_session(engine) as session:
        member_id = save_teams_reference(
            session,
            tenant_id=tenant_id,
            user_id=sender.id,
            display_name=sender.name or "",
            service_url=activity.service_url or "",
            reference=reference,
            personal=is_personal(activity) if personal is None else personal,
            now=datetime.now(UTC),
        )
        session.commit()
    return member_id


async def remember_async(engine: Engine, activity: Activity) -> int | None:
    """`remember`, off the event loop."""
    return await asyncio.to_thread(remember, engine, activity)


def reference_of(activity: Activity) -> dict:
    """The reference to store: without the message id, which proactive sends never use."""
    reference = TurnContext.get_conversation_reference(activity).serialize()
    reference.pop("activityId", None)
    return reference


class ReferenceBook:
    """Remembers references, skipping the write when this process stored the same one lately.

    Most activities carry an unchanged reference; re-writing it every message costs a
    transaction per turn. The database stays the truth: a change is written at once, and an
    unchanged one again after `refresh_seconds` (so other replicas' writes never linger).
    """

    def __init__(self, engine: Engine, refresh_seconds: float = 300, size: int = 50_000) -> None:
        self.engine, self.refresh_seconds, self.size = engine, refresh_seconds, size
        self._written: dict[tuple[str, str], tuple[str, float]] = {}

    async def remember(self, activity: Activity) -> None:
        """Store the sender's reference unless this exact one was stored moments ago."""
        sender = activity.from_property
        if sender is None or not sender.id:
            return
        key = (tenant_of(activity), sender.id)
        fingerprint = hashlib.sha1(
            json.dumps([reference_of(activity), is_personal(activity)], sort_keys=True).encode()
        ).hexdigest()
        known = self._written.get(key)
        now = time.monotonic()
        if known and known[0] == fingerprint and now - known[1] < self.refresh_seconds:
            return
        await remember_async(self.engine, activity)
        if len(self._written) >= self.size:
            self._written.clear()
        self._written[key] = (fingerprint, now)


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
