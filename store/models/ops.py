"""Operational state: conversation state, the outbox, the inbox, processed inbound events."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from store.types import json_column, utc_column, utc_now


class ConversationState(SQLModel, table=True):
    """Where a member is in a flow; saved once per turn so a restart loses nothing."""

    member_id: int = Field(foreign_key="member.id", primary_key=True)
    flow: str = Field(default="", max_length=40)
    state: str = Field(default="", max_length=40)
    data: dict = Field(default_factory=dict, sa_column=json_column())
    updated_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
    # Bumped by every save: a turn saves only over the version it loaded (two turns at once).
    version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class OutboxMessage(SQLModel, table=True):
    """A message to send later (nudge, digest); the de-dup key makes planning idempotent."""

    __table_args__ = (
        Index("ix_outboxmessage_member_sent", "member_id", "sent_at"),
        Index(
            "ix_outboxmessage_kind_due", "kind", "due_at"
        ),  # retention: store/queries/retention.py
        # The sweep's latest nudge sent to each member lately: a range of the newest sent rows,
        # not every sent row of the history (store/queries/nudge_sweep.candidate_rows).
        Index(
            "ix_outboxmessage_recent_sent",
            "sent_at",
            "member_id",
            postgresql_where=text("status = 'sent'"),
            sqlite_where=text("status = 'sent'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    kind: str = Field(max_length=30)
    due_at: datetime = Field(sa_column=utc_column(index=True))
    dedup_key: str = Field(max_length=200, unique=True)
    payload: dict = Field(default_factory=dict, sa_column=json_column())
    status: str = Field(default="pending", max_length=20, index=True)
    attempts: int = 0
    lease_until: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    sent_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    last_error: str = Field(default="", max_length=500)


class ProcessedEvent(SQLModel, table=True):
    """An inbound platform event already handled; re-deliveries are ignored."""

    __table_args__ = (UniqueConstraint("platform", "event_id"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    event_id: str = Field(max_length=200)
    received_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())


class InboundEvent(SQLModel, table=True):
    """A message acknowledged to its platform and not yet answered: the inbox.

    Written before the platform hears "got it" (Slack's 3-second ack, Teams' 200) and deleted
    in the transaction that commits the message's turn, so a replica that dies in between
    leaves it here, and the next one to look answers it. It holds what the member said only
    until then: seconds, or as long as an outage lasts.
    """

    __table_args__ = (UniqueConstraint("platform", "event_id"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    event_id: str = Field(max_length=200)
    inbound: dict = Field(default_factory=dict, sa_column=json_column())
    received_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
    # The replica answering it holds it until then; after that anyone may take it over.
    lease_until: datetime = Field(sa_column=utc_column(index=True))
    attempts: int = 0
