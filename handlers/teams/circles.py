"""Learning circles in Teams: the channel's ConversationReference, kept with its circle by the
turn that heard from the channel (references.address_of), loaded to post a prompt."""

from __future__ import annotations

from botbuilder.schema import ConversationReference
from sqlalchemy import Engine

from store.db import new_session
from store.queries.practice.circles import circle_by_channel


def load_channel(engine: Engine, tenant_id: str, channel_id: str) -> ConversationReference | None:
    """The circle channel's stored reference, or None (no circle, or started outside Teams)."""
    with new_session(engine) as session:
        circle = circle_by_channel(
            session, platform="teams", workspace_external_id=tenant_id, channel_id=channel_id
        )
        reference = dict(circle.reference) if circle is not None else {}
    return ConversationReference().deserialize(reference) if reference else None
