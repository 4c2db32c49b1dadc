"""Sending to a member outside a conversation turn (nudges, digests), whatever their platform.

A platform's adapter (handlers/platforms.py) builds its `Sender`; the sender says what its
platform can show (`Capabilities`), so nothing above it needs the platform's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from bot.messages import TEXT_ONLY, Capabilities, Reply


@dataclass(frozen=True)
class Recipient:
    """Who to reach, in platform terms."""

    member_id: int
    platform: str
    workspace_external_id: str
    platform_user_id: str
    channel: str = ""  # post in this channel (a learning circle, a private channel), not a DM
    # Others' platform user ids: one group DM with all of them (Slack) instead of a 1:1 DM.
    together_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeliveryResult:
    """How a send went: sent; retry later (maybe after `retry_after` s); member unreachable."""

    status: Literal["sent", "retry", "unreachable"]
    retry_after: float | None = None
    error: str = ""


class Sender(Protocol):
    """Delivers replies to one platform's members."""

    platform: str

    async def send(self, recipient: Recipient, replies: Sequence[Reply]) -> DeliveryResult:
        """Deliver `replies` as one message; never raises for platform refusals."""
        ...


@dataclass
class Senders:
    """The senders of every configured platform, by platform name."""

    by_platform: dict[str, Sender] = field(default_factory=dict)

    def add(self, sender: Sender) -> None:
        """Register a platform's sender."""
        self.by_platform[sender.platform] = sender

    def for_platform(self, platform: str) -> Sender | None:
        """The sender for `platform`, or None when that platform is not configured here."""
        return self.by_platform.get(platform)

    def capabilities_of(self, platform: str) -> Capabilities:
        """What `platform`'s sender can carry; text only when it declares nothing or is absent."""
        sender = self.by_platform.get(platform)
        return getattr(sender, "capabilities", TEXT_ONLY)
