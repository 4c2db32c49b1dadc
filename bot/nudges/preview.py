"""A dry run: the messages the next drain would send at `now`, without touching the outbox."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime

from sqlmodel import Session

from bot.nudges.content import NudgeItem, compose
from bot.nudges.load import load_members
from bot.nudges.planner import due_nudges, progress_of
from bot.nudges.service import free_courses
from bot.nudges.window import zone_of
from bot.outbox import Delivery
from bot.rules import RuleSet
from store.queries.outbox import existing_keys, recipients


def preview(session: Session, rule_sets: Mapping[str, RuleSet], now: datetime) -> list[Delivery]:
    """Per member, the merged message due at `now` that has not been planned or sent before."""
    members = {m.member_id: m for m in load_members(session)}
    due_by_member = defaultdict(list)
    for member in members.values():
        due_by_member[member.member_id].extend(due_nudges(member, rule_sets, now))
    keys = existing_keys(session, keys=[n.dedup_key for due in due_by_member.values() for n in due])
    addresses = recipients(session, member_ids=list(due_by_member))
    free = free_courses(session)
    result = []
    for member_id, due in due_by_member.items():
        fresh = [n for n in due if n.dedup_key not in keys]
        if not fresh:
            continue
        member = members[member_id]
        today = now.astimezone(zone_of(member.timezone)).date()
        items = [NudgeItem(n.kind, n.payload) for n in fresh]
        replies = compose(member, items, progress_of(member, rule_sets, today), free, today)
        result.append(Delivery(member_id, addresses.get(member_id), replies=replies))
    return result
