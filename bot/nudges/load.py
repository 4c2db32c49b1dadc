"""Build the planner's facts from the set-based reads: one query per table, then pure Python."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, date
from typing import Any

from sqlmodel import Session

from bot.nudges.facts import LicenseNudgeFacts, MemberNudgeFacts, Preferences, StepFacts
from bot.outbox.window import zone_of
from bot.rules import CompletionFacts, LicenseFacts
from store.queries.nudge_facts import (
    completion_rows,
    last_sent_rows,
    license_rows,
    member_rows,
    planned_step_rows,
    preference_rows,
)


def load_members(
    session: Session, *, member_ids: Collection[int] | None = None
) -> list[MemberNudgeFacts]:
    """Nudge facts for every member (or those in `member_ids`), six queries in all."""
    prefs = {
        row[0]: preferences_from_row(row) for row in preference_rows(session, member_ids=member_ids)
    }
    sent = dict(last_sent_rows(session, member_ids=member_ids))
    members: Sequence[Sequence[Any]] = member_rows(session, member_ids=member_ids)
    practice = {row[0]: row[6] or {} for row in members}
    licenses: dict[int, list[LicenseNudgeFacts]] = defaultdict(list)
    license_list: Iterable[Sequence[Any]] = license_rows(session, member_ids=member_ids)
    for lid, mid, kind, state, renewal, start, rule_set, first in license_list:
        facts = LicenseFacts(kind, state, renewal, start, bool(first), practice.get(mid, {}))
        licenses[mid].append(LicenseNudgeFacts(lid, rule_set, facts))
    completions: dict[int, list[CompletionFacts]] = defaultdict(list)
    progress_on: dict[int, date] = {}
    completion_list: Iterable[Sequence[Any]] = completion_rows(session, member_ids=member_ids)
    for cid, mid, title, hours, done_on, fmt, topics, body, created in completion_list:
        completions[mid].append(
            CompletionFacts(cid, title, hours, done_on, fmt, tuple(topics), body)
        )
        # Logging a course is progress, even one finished weeks ago.
        logged_on = created.astimezone(UTC).date() if created else done_on
        latest = max(done_on, logged_on)
        if progress_on.get(mid) is None or latest > progress_on[mid]:
            progress_on[mid] = latest
    steps: dict[int, list[StepFacts]] = defaultdict(list)
    step_list: Iterable[Sequence[Any]] = planned_step_rows(session, member_ids=member_ids)
    for sid, mid, title, due, hours in step_list:
        steps[mid].append(StepFacts(sid, title, due, hours))
    return [
        MemberNudgeFacts(
            member_id=mid,
            workspace_id=workspace_id,
            timezone=timezone,
            joined_on=created.astimezone(zone_of(timezone)).date(),
            onboarded=bool(onboarded),
            reachable=bool(reachable),
            prefs=prefs.get(mid, Preferences()),
            licenses=tuple(licenses.get(mid, ())),
            completions=tuple(completions.get(mid, ())),
            steps=tuple(steps.get(mid, ())),
            last_progress_on=progress_on.get(mid),
            last_sent_at=sent.get(mid),
        )
        for mid, workspace_id, timezone, created, onboarded, reachable, _ in members
    ]


def preferences_from_row(row: Sequence[Any]) -> Preferences:
    """A NudgePreferences row (column order of the table) as planner Preferences."""
    _, start, end, days, quiet_start, quiet_end, snoozed, opted_out, checkin = row
    return Preferences(
        window_start=start,
        window_end=end,
        working_days=tuple(days),
        quiet_start=quiet_start,
        quiet_end=quiet_end,
        snoozed_until=snoozed,
        opted_out=frozenset(opted_out),
        checkin_every=checkin,
    )
