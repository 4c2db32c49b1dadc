"""Where a member can be reached later, on each platform: one opaque address per platform."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from store.types import json_column, utc_column, utc_now


class ReplyAddress(SQLModel, table=True):
    """A member's latest reply address on one platform (Teams: its ConversationReference).

    The store never reads `address`: only its platform's adapter does, so a new platform
    needs no table of its own. Kept in the turn that last heard from the member.
    """

    __table_args__ = (UniqueConstraint("member_id", "platform"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    platform: str = Field(max_length=20)
    address: dict = Field(default_factory=dict, sa_column=json_column())
    # True for the member's 1:1 chat with the bot; an address in a channel is only a fallback.
    personal: bool = False
    updated_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
