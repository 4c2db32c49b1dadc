"""Every outbox kind besides nudges; adding one means adding it here."""

from __future__ import annotations

from bot.outbox import OutboxKind

KINDS: tuple[OutboxKind, ...] = ()


def kind_of(name: str) -> OutboxKind | None:
    """The registered kind that owns outbox rows of `name`, if any."""
    return next((kind for kind in KINDS if name in kind.kinds), None)
