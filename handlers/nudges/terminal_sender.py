"""Outbox messages in the terminal: printed between turns of `chat`, or to stdout by `nudges run`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.messages import Reply
from handlers.delivery import DeliveryResult, Recipient


class TerminalSender:
    """Delivers an outbox message (a nudge, a digest …) with the terminal adapter's renderer."""

    platform = "terminal"

    def __init__(self, render: Callable[[Reply], None], write: Callable[[str], None]) -> None:
        self.render, self.write = render, write

    async def send(self, recipient: Recipient, replies: Sequence[Reply]) -> DeliveryResult:
        """Print the message; a terminal is always reachable while it runs."""
        self.write("")
        if recipient.channel:
            self.write(f"🔔 Post in {recipient.channel}:")
        else:
            self.write(f"🔔 Message for {recipient.platform_user_id}:")
        for reply in replies:
            self.render(reply)
        return DeliveryResult("sent")
