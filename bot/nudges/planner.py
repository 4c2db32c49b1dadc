"""The nudge planner: a pure function of the members' facts and `now` — nothing stale survives.

A nudge is due while its reason holds (a deadline bucket, a step about to fall due, a
check-in period, an inactive stretch) and the member's window is open; the de-dup key names
the reason, so the outbox holds each reason at most once however often we plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

from bot.nudges.facts import (
    CHECKIN_CADENCES,
    DEADLINE_DAYS,
    INACTIVE_DAYS,
    STEP_AHEAD_DAYS,
    DueNudge,
    MemberNudgeFacts,
)
from bot.nudges.window import is_open, zone_of
from bot.rules import Progress, RuleSet, compute_progress


def plan(
    members: Iterable[MemberNudgeFacts], rule_sets: Mapping[str, RuleSet], now: datetime
) -> list[DueNudge]:
    """Every nudge due at `now`, for every member."""
    due: list[DueNudge] = []
    for member in members:
        due.extend(due_nudges(member, rule_sets, now))
    return due


def blocked_reason(member: MemberNudgeFacts, now: datetime) -> str:
    """Why nothing may be sent to the member at `now` ("" when a nudge may go out)."""
    local = now.astimezone(zone_of(member.timezone))
    if not member.onboarded:
        return "not onboarded"
    if not member.reachable:
        return "unreachable"
    if member.prefs.snoozed_until and local.date() < member.prefs.snoozed_until:
        return "snoozed"
    if not is_open(member.prefs, local):
        return "outside window"
    if member.last_sent_at and member.last_sent_at.astimezone(local.tzinfo).date() == local.date():
        return "already nudged today"
    return ""


def due_nudges(
    member: MemberNudgeFacts, rule_sets: Mapping[str, RuleSet], now: datetime
) -> list[DueNudge]:
    """The member's nudges due at `now` (none outside their window, when snoozed, or sent today)."""
    if blocked_reason(member, now):
        return []
    today = now.astimezone(zone_of(member.timezone)).date()
    return reasons_on(member, progress_of(member, rule_sets, today), today)


def progress_of(
    member: MemberNudgeFacts, rule_sets: Mapping[str, RuleSet], today: date
) -> dict[int, Progress]:
    """Progress per license id (licenses without a known rule set are left out)."""
    result = {}
    for license in member.licenses:
        rules = rule_sets.get(license.rule_set_id)
        if rules is not None:
            result[license.license_id] = compute_progress(
                rules, license.facts, member.completions, today
            )
    return result


def reasons_on(
    member: MemberNudgeFacts, progress: Mapping[int, Progress], today: date
) -> list[DueNudge]:
    """The nudges whose reason holds on `today`, minus the kinds the member opted out of."""
    found = [
        *_deadlines(member, progress, today),
        *_steps(member, today),
        *_checkin(member, today),
        *_inactivity(member, progress, today),
    ]
    return [n for n in found if n.kind not in member.prefs.opted_out]


def _nudge(member: MemberNudgeFacts, kind: str, key: str, **payload) -> DueNudge:
    return DueNudge(member.member_id, member.workspace_id, kind, key, payload)


def deadline_bucket(days_left: int) -> int | None:
    """The threshold whose bucket `days_left` falls in: 58 days left -> the 60-day nudge."""
    if days_left < 1:
        return None
    fitting = [days for days in DEADLINE_DAYS if days >= days_left]
    return min(fitting) if fitting else None


def _deadlines(member: MemberNudgeFacts, progress: Mapping[int, Progress], today: date):
    for license in member.licenses:
        state = progress.get(license.license_id)
        if state is None:
            continue
        renewal = license.facts.renewal_date
        ident = f"{license.license_id}:{renewal.isoformat()}"
        if state.status == "complete":
            if state.total_counted > 0 and renewal >= today:
                yield _nudge(member, "complete", f"complete:{ident}", license_id=license.license_id)
            continue
        bucket = deadline_bucket((renewal - today).days)
        if bucket is not None:
            yield _nudge(
                member, "deadline", f"deadline:{ident}:{bucket}",
                license_id=license.license_id, days=bucket,
            )  # fmt: skip


def _steps(member: MemberNudgeFacts, today: date):
    for step in member.steps:
        ahead = (step.due_date - today).days
        when = "today" if ahead == 0 else "soon" if 0 < ahead <= STEP_AHEAD_DAYS else ""
        if when:
            key = f"step:{step.step_id}:{step.due_date.isoformat()}:{when}"
            yield _nudge(member, "step", key, step_id=step.step_id, when=when)


def checkin_period(member: MemberNudgeFacts, today: date) -> str | None:
    """The current check-in period's name, or None before the first one or when off."""
    every = CHECKIN_CADENCES.get(member.prefs.checkin_every, 14)
    if every < 0:
        return None
    if every == 0:  # monthly: calendar months after the one the member joined in
        joined = (member.joined_on.year, member.joined_on.month)
        return f"{today:%Y-%m}" if (today.year, today.month) > joined else None
    period = (today - member.joined_on).days // every
    return (member.joined_on + timedelta(days=period * every)).isoformat() if period >= 1 else None


def _checkin(member: MemberNudgeFacts, today: date):
    period = checkin_period(member, today)
    if period is not None:
        yield _nudge(member, "checkin", f"checkin:{member.member_id}:{period}", period=period)


def _inactivity(member: MemberNudgeFacts, progress: Mapping[int, Progress], today: date):
    short = any(p.status != "complete" and p.days_left >= 0 for p in progress.values())
    since = member.last_progress_on or member.joined_on
    idle = (today - since).days
    if short and idle >= INACTIVE_DAYS:
        key = f"inactivity:{member.member_id}:{since.isoformat()}:{idle // INACTIVE_DAYS}"
        yield _nudge(member, "inactivity", key, idle_days=idle)
