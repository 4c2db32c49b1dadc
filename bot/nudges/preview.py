"""A dry run of nudges alone: the messages the next drain would send at `now`, nothing written.

`nudges run --dry-run` previews every kind (bot/outbox/service.py); this is its nudge part.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlmodel import Session

from bot.nudges.service import nudge_kind
from bot.outbox.kinds import Delivery
from bot.outbox.registry import OutboxKinds
from bot.outbox.service import preview as preview_kinds
from bot.rules import RuleSet


def preview(session: Session, rule_sets: Mapping[str, RuleSet], now: datetime) -> list[Delivery]:
    """Per member, the merged nudge due at `now` that planning would newly put in the outbox."""
    kinds = OutboxKinds([nudge_kind()])
    return [shown.delivery for shown in preview_kinds(session, rule_sets, now, kinds=kinds)]
