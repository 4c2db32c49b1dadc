"""Manager digests as an outbox kind: planned when the local slot comes, built fresh at send.

Planning writes one row per manager and period (`digest:<manager>:<2026-W48>`), so running
it twice is harmless. The drain sends it at the manager's chosen time (not held to their
window, not their message of the day), to their DM or the private channel they chose. The
digest itself is built only when sent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlmodel import Session

from bot.messages import capabilities_of
from bot.outbox.kinds import Delivery, OutboxKind, outbox_row
from bot.outbox.window import zone_of
from bot.practice.digests.build import Period, build_digests
from bot.practice.digests.schedule import (
    DEFAULT_MINUTES,
    DEFAULT_WEEKDAY,
    current_slot,
    period_for,
)
from bot.practice.digests.view import digest_replies
from bot.rules import RuleSet
from store.queries.outbox import ClaimedRow, recipients
from store.queries.practice.team import ManagerRow, manager_rows

KIND = "digest"


def settings_of(row: ManagerRow) -> tuple[str, int, int, str]:
    """(cadence, weekday, local minutes, channel) from a manager row, defaults filled in."""
    weekday = DEFAULT_WEEKDAY if row.weekday is None else row.weekday
    minutes = DEFAULT_MINUTES if row.local_minutes is None else row.local_minutes
    return row.cadence or "weekly", weekday, minutes, row.channel_id or ""


def plan_digests(
    session: Session, now: datetime, *, rule_sets: Mapping[str, RuleSet] | None = None
) -> list[dict]:
    """A row for each manager whose digest slot has come (and who can be reached)."""
    rows = []
    for manager in manager_rows(session):
        cadence, weekday, minutes, channel = settings_of(manager)
        slot = current_slot(cadence, weekday, minutes, zone_of(manager.timezone), now)
        if slot is None or not (manager.reachable or channel):
            continue
        rows.append(
            outbox_row(
                workspace_id=manager.workspace_id,
                member_id=manager.id,
                kind=KIND,
                due_at=slot.due_at,
                key=f"digest:{manager.id}:{slot.key}",
                payload={"cadence": cadence},
            )
        )
    return rows


def prepare_digests(
    session: Session,
    claimed: Sequence[ClaimedRow],
    now: datetime,
    *,
    rule_sets: Mapping[str, RuleSet],
) -> list[Delivery]:
    """Build each claimed digest from today's data, with today's settings."""
    managers = {
        row.id: row for row in manager_rows(session, manager_ids={c.member_id for c in claimed})
    }
    periods: dict[int, Period] = {
        mid: period_for(settings_of(m)[0], now.astimezone(zone_of(m.timezone)).date())
        for mid, m in managers.items()
    }
    digests = build_digests(session, rule_sets, periods)
    addresses = recipients(session, member_ids=list(managers))
    deliveries: dict[int, Delivery] = {}
    for row in claimed:
        delivery = deliveries.setdefault(
            row.member_id, Delivery(row.member_id, addresses.get(row.member_id), daily_limit=False)
        )
        manager = managers.get(row.member_id)
        why = "" if manager is not None else "no team any more"
        if manager is not None and settings_of(manager)[0] == "off":
            why = "digest turned off"
        if manager is None or why or delivery.send_ids:  # one digest per manager per drain
            delivery.skip_ids.append(row.id)
            delivery.reason = why or "merged"
            continue
        address = addresses.get(row.member_id)
        delivery.replies = digest_replies(
            # Drawn only where it is shown: elsewhere it would be replaced by its alt text.
            digests[row.member_id],
            with_chart=address is not None and capabilities_of(address[0]).images,
        )
        delivery.send_ids = [row.id]
        delivery.channel = settings_of(manager)[3]
        delivery.day = periods[row.member_id].end
    return list(deliveries.values())


DIGESTS = OutboxKind(kinds=(KIND,), plan=plan_digests, prepare=prepare_digests, with_rules=True)
