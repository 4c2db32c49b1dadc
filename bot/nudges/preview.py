"""A dry run: the messages the next drain would send at `now`, without touching the outbox."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime

from sqlmodel import Session

from bot.nudges.content import NudgeItem, compose
from bot.nudges.load import load_members
from bot.nudges.planner import progress_of
from bot.nudges.service import Delivery, free_courses
from bot.nudges.sweep import sweep
from bot.nudges.window import zone_of
from bot.rules import RuleSet
from store.queries.outbox import recipients


def preview(session: Session, rule_sets: Mapping[str, RuleSet], now: datetime) -> list[Delivery]:
    """Per member, the merged message due at `now` that planning would newly put in the outbox.

    The planning sweep finds what is due (the same fast path as `nudges run`); only the
    members with something due are then loaded in full to word their message.
    """
    due_by_member = defaultdict(list)
    for nudge in sweep(session, rule_sets, now).due:
        due_by_member[nudge.member_id].append(nudge)
    if not due_by_member:
        return []
    members = {m.member_id: m for m in load_members(session, member_ids=list(due_by_member))}
    addresses = recipients(session, member_ids=list(due_by_member))
    free = free_courses(session)
    result = []
    for member_id, due in due_by_member.items():
        member = members[member_id]
        today = now.astimezone(zone_of(member.timezone)).date()
        items = [NudgeItem(n.kind, n.payload) for n in due]
        progress = progress_of(member, rule_sets, today)
        replies = compose(member, items, progress, free, today, rule_sets)
        result.append(Delivery(member_id, addresses.get(member_id), replies=replies))
    return result
