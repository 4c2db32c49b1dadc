"""The outbox wing: every proactive message, of whatever kind, planned, prepared and delivered.

    kinds.py     the kind protocol: OutboxKind, Delivery, outbox_row
    registry.py  OutboxKinds: the kinds a process runs (built by the composition root)
    window.py    the member's delivery window, for every windowed kind
    policy.py    the delivery policy, pure: window, one a day, retry, backoff, give up
    service.py   planning, preparing and previewing every registered kind
    replies.py   answers kept until delivered, one kind among the others

Kinds live with their features (bot/nudges, bot/practice) and depend on this package; it
depends on none of them.
"""

from __future__ import annotations

from bot.outbox.kinds import Delivery, OutboxKind, outbox_row

__all__ = ["Delivery", "OutboxKind", "outbox_row"]
