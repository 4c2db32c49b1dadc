"""'Why no nudge?': what stops a nudge now, and the next one planned with its reason."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime, time, timedelta

from bot.nudges.facts import DueNudge, MemberNudgeFacts
from bot.nudges.planner import blocked_reason, progress_of, reasons_on
from bot.outbox.window import next_opening, zone_of
from bot.rules import RuleSet

HORIZON_DAYS = 120
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
REASONS = {
    "deadline": "a renewal reminder ({days} days before, while you're short of hours)",
    "complete": "a note that all your requirements are met",
    "step": "a plan step falling due",
    "checkin": "your regular check-in",
    "inactivity": "a nudge after 30 days without logged CE",
}


def next_nudge(
    member: MemberNudgeFacts,
    rule_sets: Mapping[str, RuleSet],
    now: datetime,
    already: Collection[str] = (),
) -> tuple[datetime, list[DueNudge]] | None:
    """When the next nudge would go out if nothing changes, and what it would say."""
    zone = zone_of(member.timezone)
    local = now.astimezone(zone)
    for offset in range(HORIZON_DAYS):
        day = local.date() + timedelta(days=offset)
        if member.prefs.snoozed_until and day < member.prefs.snoozed_until:
            continue
        start = local if offset == 0 else datetime.combine(day, time(0), tzinfo=zone)
        opening = next_opening(member.prefs, zone, start)
        if opening is None or opening.date() != day:
            continue
        if offset == 0 and blocked_reason(member, opening) == "already nudged today":
            continue
        due = [
            n
            for n in reasons_on(member, progress_of(member, rule_sets, day), day)
            if n.dedup_key not in already
        ]
        if due:
            return opening, due
    return None


def explain(
    member: MemberNudgeFacts,
    rule_sets: Mapping[str, RuleSet],
    now: datetime,
    already: Collection[str] = (),
) -> list[str]:
    """Plain sentences: the member's window, anything holding nudges back, and the next one."""
    prefs = member.prefs
    days = ", ".join(WEEKDAYS[d] for d in sorted(prefs.working_days)) or "no days"
    lines = [
        f"I nudge you on {days}, {_clock(prefs.window_start)}–{_clock(prefs.window_end)} "
        f"({member.timezone or 'UTC'}), at most once a day."
    ]
    if prefs.quiet_start is not None and prefs.quiet_end is not None:
        lines.append(f"Quiet hours: {_clock(prefs.quiet_start)}–{_clock(prefs.quiet_end)}.")
    reason = blocked_reason(member, now)
    if reason == "snoozed":
        lines.append(f"You've snoozed me until {prefs.snoozed_until:%a %b %-d}.")
    elif reason == "unreachable":
        lines.append("My last message couldn't be delivered, so I've stopped sending.")
    elif reason == "already nudged today":
        lines.append("You've already had today's nudge.")
    if prefs.opted_out:
        lines.append("You turned off: " + ", ".join(sorted(prefs.opted_out)) + " reminders.")
    lines.append(next_nudge_words(member, rule_sets, now, already))
    return lines


def next_nudge_words(
    member: MemberNudgeFacts,
    rule_sets: Mapping[str, RuleSet],
    now: datetime,
    already: Collection[str] = (),
) -> str:
    """When the next nudge comes and why, or that nothing is planned."""
    found = next_nudge(member, rule_sets, now, already)
    if found is None:
        return f"Nothing is planned in the next {HORIZON_DAYS} days — you're on track."
    when, due = found
    what = "; ".join(REASONS[n.kind].format(**n.payload) for n in due)
    return f"Next nudge: {when:%a %b %-d} around {when:%H:%M} — {what}."


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
