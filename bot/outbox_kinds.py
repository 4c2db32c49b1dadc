"""Every outbox kind besides nudges; adding one means adding it here."""

from __future__ import annotations

from bot.outbox import OutboxKind
from bot.practice.buddy_sweep import BUDDY_INTRODUCTIONS
from bot.practice.circle_prompt import CIRCLE_PROMPT
from bot.practice.digest_outbox import DIGESTS
from bot.practice.mentor_sweep import MENTORING
from bot.practice.sharing import CIRCLE_SHARE
from bot.reply_outbox import REPLIES

KINDS: tuple[OutboxKind, ...] = (
    CIRCLE_PROMPT,
    CIRCLE_SHARE,
    BUDDY_INTRODUCTIONS,
    MENTORING,
    DIGESTS,
    REPLIES,
)


def kind_of(name: str) -> OutboxKind | None:
    """The registered kind that owns outbox rows of `name`, if any."""
    return next((kind for kind in KINDS if name in kind.kinds), None)
