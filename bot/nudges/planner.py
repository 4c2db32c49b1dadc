"""The nudge planner: a pure function of the members' facts and `now` — nothing stale survives.

A nudge is due while its reason holds (a deadline bucket, a step about to fall due, a
check-in period, an inactive stretch) and the member's window is open; the de-dup key names
the reason, so the outbox holds each reason at most once however often we plan.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import date, datetime, timedelta

from bot.nudges.facts import (
    CHECKIN_CADENCES,
    DEADLINE_DAYS,
    INACTIVE_DAYS,
    STEP_AHEAD_DAYS,
    DueNudge,
    MemberNudgeFacts,
)
from bot.outbox.window import is_open, zone_of
from bot.rules import Progress, RuleSet, compute_progress


def plan(
    members: Iterable[MemberNudgeFacts], rule_sets: Mapping[str, RuleSet], now: datetime
) -> list[DueNudge]:
    """Every nudge due at `now`, for every member."""
    due: list[DueNudge] = []
    for member in members:
        due.extend(due_nudges(member, rule_sets, now))
    return due


def blocked_reason(member: MemberNudgeFacts, now: datetime, *, window: bool = True) -> str:
    """Why nothing may be sent to the member at `now` ("" when a nudge may go out).

    `window=False` leaves the member's window out (the outbox holds sends to it).
    """
    local = now.astimezone(zone_of(member.timezone))
    if not member.onboarded:
        return "not onboarded"
    if not member.reachable:
        return "unreachable"
    if member.prefs.snoozed_until and local.date() < member.prefs.snoozed_until:
        return "snoozed"
    if window and not is_open(member.prefs, local):
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


_BUCKETS = [deadline_bucket(days) for days in range(max(DEADLINE_DAYS) + 1)]


def due_bucket(renewal: date, today: date, working_days: Collection[int]) -> int | None:
    """The deadline bucket open on `today` for a renewal, given the member's working days.

    The 1-day reminder's only day is the day before the renewal; when that is not a working
    day (a Monday renewal, weekdays only) it would never go out, so it goes out on the last
    working day before the renewal instead (that Friday: "3 days to renewal").
    """
    days_left = (renewal - today).days
    if days_left < 0 or days_left >= len(_BUCKETS):
        return None
    bucket = _BUCKETS[days_left]
    if bucket is None or bucket == 1 or days_left > 7:
        return bucket
    between = (today + timedelta(days=ahead) for ahead in range(1, days_left))
    return bucket if any(day.weekday() in working_days for day in between) else 1


def deadline_key(license_id: int, renewal: date, bucket: int) -> str:
    return f"deadline:{license_id}:{renewal.isoformat()}:{bucket}"


def complete_key(license_id: int, renewal: date) -> str:
    return f"complete:{license_id}:{renewal.isoformat()}"


def _deadlines(member: MemberNudgeFacts, progress: Mapping[int, Progress], today: date):
    for license in member.licenses:
        state = progress.get(license.license_id)
        if state is None:
            continue
        lid, renewal = license.license_id, license.facts.renewal_date
        if state.status == "complete":
            # The fewest hours counted, as the sweep reads it (total_counted when known).
            if state.total_counted_range[0] > 0 and renewal >= today:
                yield _nudge(member, "complete", complete_key(lid, renewal), license_id=lid)
            continue
        bucket = due_bucket(renewal, today, member.prefs.working_days)
        if bucket is not None:
            yield _nudge(
                member, "deadline", deadline_key(lid, renewal, bucket), license_id=lid, days=bucket
            )


def _steps(member: MemberNudgeFacts, today: date):
    for step in member.steps:
        when = step_when(step.due_date, today)
        if when:
            key = step_key(step.step_id, step.due_date, when)
            yield _nudge(member, "step", key, step_id=step.step_id, when=when)


def step_when(due: date, today: date) -> str:
    """ "today", "soon" (due within STEP_AHEAD_DAYS) or "" (no nudge)."""
    ahead = (due - today).days
    return "today" if ahead == 0 else "soon" if 0 < ahead <= STEP_AHEAD_DAYS else ""


def step_key(step_id: int, due: date, when: str) -> str:
    return f"step:{step_id}:{due.isoformat()}:{when}"


def checkin_period(member: MemberNudgeFacts, today: date) -> str | None:
    """The current check-in period's name, or None before the first one or when off."""
    return period_of(member.prefs.checkin_every, member.joined_on, today)


def period_of(cadence: str, joined_on: date, today: date) -> str | None:
    """The check-in period `today` falls in, for a member who joined on `joined_on`."""
    every = CHECKIN_CADENCES.get(cadence, 14)
    if every < 0:
        return None
    if every == 0:  # monthly: calendar months after the one the member joined in
        joined = (joined_on.year, joined_on.month)
        return f"{today:%Y-%m}" if (today.year, today.month) > joined else None
    period = (today - joined_on).days // every
    return (joined_on + timedelta(days=period * every)).isoformat() if period >= 1 else None


def checkin_key(member_id: int, period: str) -> str:
    return f"checkin:{member_id}:{period}"


def _checkin(member: MemberNudgeFacts, today: date):
    period = checkin_period(member, today)
    if period is not None:
        yield _nudge(member, "checkin", checkin_key(member.member_id, period), period=period)


def inactivity_key(member_id: int, since: date, today: date) -> str | None:
    """The inactivity key while `since` (last progress, or joining) is INACTIVE_DAYS ago or more."""
    idle = (today - since).days
    if idle < INACTIVE_DAYS:
        return None
    return f"inactivity:{member_id}:{since.isoformat()}:{idle // INACTIVE_DAYS}"


def _inactivity(member: MemberNudgeFacts, progress: Mapping[int, Progress], today: date):
    short = any(p.status != "complete" and p.days_left >= 0 for p in progress.values())
    since = member.last_progress_on or member.joined_on
    key = inactivity_key(member.member_id, since, today)
    if short and key:
        yield _nudge(member, "inactivity", key, idle_days=(today - since).days)
