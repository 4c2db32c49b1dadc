"""Learning circles in Teams: keep the channel's ConversationReference so prompts can be posted."""

from __future__ import annotations

import asyncio

from botbuilder.schema import Activity, ConversationReference
from sqlalchemy import Engine

from handlers.teams.inbound import channel_of, tenant_of
from handlers.teams.references import reference_of
from store.db import new_session
from store.queries.practice.circles import circle_by_channel, set_circle_reference


def channel_reference(activity: Activity) -> dict:
    """The reference of the channel itself: a post there opens a new thread, not a reply."""
    reference = reference_of(activity)
    reference["conversation"] = {
        **(reference.get("conversation") or {}),
        "id": channel_of(activity),
    }
    return reference


def remember_channel(engine: Engine, activity: Activity) -> bool:
    """Store the channel's reference with its circle (one short UPDATE); False if no circle."""
    with new_session(engine) as session:
        stored = set_circle_reference(
            session,
            platform="teams",
            workspace_external_id=tenant_of(activity),
            channel_id=channel_of(activity),
            reference=channel_reference(activity),
        )
        session.commit()
    return stored


async def remember_channel_async(engine: Engine, activity: Activity) -> bool:
    """`remember_channel`, off the event loop."""
    return await asyncio.to_thread(remember_channel, engine, activity)


def load_channel(engine: Engine, tenant_id: str, channel_id: str) -> ConversationReference | None:
    """The circle channel's stored reference, or None (no circle, or started outside Teams)."""
    with new_session(engine) as session:
        circle = circle_by_channel(
            session, platform="teams", workspace_external_id=tenant_id, channel_id=channel_id
        )
        reference = dict(circle.reference) if circle is not None else {}
    return ConversationReference().deserialize(reference) if reference else None
