"""The study-buddy round: pair who opted in and is due a new buddy, then introduce them.

An outbox kind (bot/outbox/kinds.py), held to each member's window: `plan` records the pairings and queues the introductions;
`prepare` writes them at send time, naming only the shared area or requirement.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from bot.messages import Reply, Text
from bot.nudges.load import load_members
from bot.nudges.planner import progress_of
from bot.outbox.kinds import Delivery, OutboxKind
from bot.outbox.window import zone_of
from bot.practice.peers.areas import goal_areas
from bot.practice.peers.buddies import ROUND_DAYS, BuddySeeker, pair_buddies, reason_words
from bot.practice.peers.introductions import deliveries, introduction_rows
from bot.rules import RuleSet
from store.queries.outbox import ClaimedRow, recipients
from store.queries.practice.peers import (
    add_pairing,
    buddy_seekers,
    get_pairing,
    interests_and_goals,
    latest_partners,
    names_of,
)

KIND = "buddy_intro"


def plan(session: Session, now: datetime, *, rule_sets: Mapping[str, RuleSet]) -> list[dict]:
    """Pair, per workspace, the seekers due a new buddy; one introduction per new pair."""
    seekers = buddy_seekers(session)
    latest = latest_partners(session, member_ids=[m for _, m in seekers])
    due = [(w, m) for w, m in seekers if m not in latest or _round_over(latest[m][1], now)]
    by_workspace: dict[int, list[int]] = defaultdict(list)
    for workspace, member in due:
        by_workspace[workspace].append(member)
    ready = [m for members in by_workspace.values() if len(members) > 1 for m in members]
    if not ready:
        return []
    facts = _seekers(session, ready, rule_sets, now)
    platforms = {m: address[0] for m, address in recipients(session, member_ids=ready).items()}
    rows = []
    last = {m: partner for m, (partner, _) in latest.items()}
    for workspace, members in by_workspace.items():
        matches = pair_buddies([facts[m] for m in members if m in facts], last)
        for match in matches:
            pairing = add_pairing(
                session,
                workspace_id=workspace,
                first=match.first,
                second=match.second,
                reason=match.reason,
                now=now,
            )
            rows += introduction_rows(
                workspace_id=workspace,
                platform=platforms.get(match.first, ""),
                members=(match.first, match.second),
                kind=KIND,
                key=f"buddy:{pairing.id}",
                payload={"pairing": pairing.id},
                due_at=now,
            )
    return rows


def _round_over(paired_at: datetime, now: datetime) -> bool:
    return now - paired_at.astimezone(UTC) >= timedelta(days=ROUND_DAYS)


def _seekers(session: Session, member_ids: list[int], rule_sets, now) -> dict[int, BuddySeeker]:
    """What each seeker could be matched on: requirements still short, and goal areas."""
    goals = interests_and_goals(session, member_ids=member_ids)
    result = {}
    for member in load_members(session, member_ids=member_ids):
        today = now.astimezone(zone_of(member.timezone)).date()
        progress = progress_of(member, rule_sets, today)
        short = {
            (lic.facts.jurisdiction, lic.facts.license_type, topic.topic)
            for lic in member.licenses
            if lic.license_id in progress
            for topic in progress[lic.license_id].topics
            if topic.applies and (topic.remaining or 0) > 0
        }
        interests, texts = goals.get(member.member_id, ([], []))
        result[member.member_id] = BuddySeeker(
            member.member_id, frozenset(short), goal_areas(interests, texts)
        )
    return result


def prepare(
    session: Session, claimed: Sequence[ClaimedRow], now: datetime, *, rule_sets
) -> list[Delivery]:
    """The introductions, re-checked: a pairing gone with a deleted member is not sent."""
    names = names_of(
        session,
        member_ids={r.member_id for r in claimed} | {int(r.payload["other"]) for r in claimed},
    )

    def render(row: ClaimedRow) -> tuple[list[Reply], int] | None:
        pairing = get_pairing(session, pairing_id=int(row.payload.get("pairing", 0)))
        other = int(row.payload["other"])
        if pairing is None or {pairing.first_member_id, pairing.second_member_id} != {
            row.member_id,
            other,
        }:
            return None
        why = reason_words(pairing.reason)
        me, them = names.get(row.member_id, "you"), names.get(other, "a colleague")
        if row.payload.get("group"):
            text = (
                f"👋 *Study buddies:* {me}, meet {them}! You both asked me for a study buddy, "
                f"and {why}. Maybe pick a course to take together, or set a 20-minute "
                "check-in this week?"
            )
        else:
            text = (
                f"👋 *Your study buddy this week: {them}.* You both asked me for a study buddy, "
                f"and {why}. I've sent {them} the same note, so say hi whenever it suits you."
            )
        return [Text(text), Text("_Say *buddy off* to stop buddy introductions._")], other

    return deliveries(session, claimed, now, render)


BUDDY_INTRODUCTIONS = OutboxKind(
    kinds=(KIND,), plan=plan, prepare=prepare, with_rules=True, windowed=True
)
