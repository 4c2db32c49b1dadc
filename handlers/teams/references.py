"""Where each member can be reached in Teams: their ConversationReference, as a reply address.

The reference is the opaque address the store keeps in its generic reply-address table; the
turn that hears from a member keeps it (runtime.Address), and a proactive send loads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ConversationReference
from sqlalchemy import Engine

from handlers.runtime import Address
from handlers.teams.inbound import channel_of, is_personal
from store.db import new_session
from store.queries.reply_address import keep_reply_address, mark_unreachable, reply_address_of

PLATFORM = "teams"


@dataclass(frozen=True)
class StoredReference:
    """A member's reference as loaded for a proactive send."""

    reference: ConversationReference
    tenant_id: str
    personal: bool


def reference_of(activity: Activity) -> dict:
    """The reference to store: without the message id, which proactive sends never use."""
    reference = TurnContext.get_conversation_reference(activity).serialize()
    reference.pop("activityId", None)
    return reference


def channel_reference(activity: Activity) -> dict:
    """The reference of the channel itself: a post there opens a new thread, not a reply."""
    reference = reference_of(activity)
    reference["conversation"] = {
        **(reference.get("conversation") or {}),
        "id": channel_of(activity),
    }
    return reference


def address_of(activity: Activity) -> Address:
    """Where to reach the sender later, for the turn to keep (and, in a channel, the channel
    itself, for a learning circle's prompts)."""
    personal = is_personal(activity)
    return Address(
        reference_of(activity),
        personal=personal,
        channel=None if personal else channel_reference(activity),
    )


def keep(engine: Engine, member_id: int, activity: Activity) -> None:
    """Keep a reference outside a turn (a 1:1 chat a proactive send just opened)."""
    with new_session(engine) as session:
        keep_reply_address(
            session,
            member_id=member_id,
            platform=PLATFORM,
            address=reference_of(activity),
            personal=is_personal(activity),
            now=datetime.now(UTC),
        )
        session.commit()


def load(engine: Engine, member_id: int) -> StoredReference | None:
    """The member's stored reference, or None if they never wrote to the bot in Teams."""
    with new_session(engine) as session:
        stored = reply_address_of(session, member_id=member_id, platform=PLATFORM)
    if stored is None:
        return None
    reference = ConversationReference().deserialize(stored.address)
    return StoredReference(reference, stored.workspace_external_id, stored.personal)


def forget_reachability(engine: Engine, member_id: int) -> None:
    """Mark the member unreachable: Teams refused us (bot blocked or uninstalled)."""
    with new_session(engine) as session:
        mark_unreachable(session, member_id=member_id)
        session.commit()
