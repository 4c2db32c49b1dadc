"""Where to reach a member in Microsoft Teams: the stored ConversationReference."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from store.types import json_column, utc_column, utc_now


class TeamsConversation(SQLModel, table=True):
    """A member's latest Teams conversation reference, kept so nudges can reach them later."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", unique=True)
    tenant_id: str = Field(max_length=100)
    service_url: str = Field(max_length=500)
    # True for the member's 1:1 chat with the bot; a channel reference is only a fallback.
    personal: bool = False
    reference: dict = Field(default_factory=dict, sa_column=json_column())
    updated_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
