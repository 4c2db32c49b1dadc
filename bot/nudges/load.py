"""Build the planner's facts from the set-based reads: one query per table, then pure Python."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from datetime import UTC

from sqlmodel import Session

from bot.nudges.facts import LicenseNudgeFacts, MemberNudgeFacts, Preferences, StepFacts
from bot.nudges.window import zone_of
from bot.rules import CompletionFacts, LicenseFacts, RuleSet
from bot.topics import FORMATS
from store.queries.nudge_facts import (
    completion_rows,
    last_sent_rows,
    license_hour_rows,
    license_rows,
    member_basic_rows,
    member_rows,
    planned_step_rows,
    preference_rows,
    topic_hour_rows,
)


def load_members(
    session: Session, *, member_ids: Collection[int] | None = None
) -> list[MemberNudgeFacts]:
    """Nudge facts for every member (or those in `member_ids`), six queries in all."""
    prefs = {
        row[0]: preferences_from_row(row) for row in preference_rows(session, member_ids=member_ids)
    }
    sent = dict(last_sent_rows(session, member_ids=member_ids))
    members = member_rows(session, member_ids=member_ids)
    practice = {row[0]: row[6] or {} for row in members}
    licenses: dict[int, list[LicenseNudgeFacts]] = defaultdict(list)
    for lid, mid, kind, state, renewal, start, rule_set, first in license_rows(
        session, member_ids=member_ids
    ):
        facts = LicenseFacts(kind, state, renewal, start, bool(first), practice.get(mid, {}))
        licenses[mid].append(LicenseNudgeFacts(lid, rule_set, facts))
    completions: dict[int, list[CompletionFacts]] = defaultdict(list)
    progress_on: dict = {}
    for cid, mid, title, hours, done_on, fmt, topics, body, created in completion_rows(
        session, member_ids=member_ids
    ):
        completions[mid].append(
            CompletionFacts(cid, title, hours, done_on, fmt, tuple(topics), body)
        )
        # Logging a course is progress, even one finished weeks ago.
        logged_on = created.astimezone(UTC).date() if created else done_on
        latest = max(done_on, logged_on)
        if progress_on.get(mid) is None or latest > progress_on[mid]:
            progress_on[mid] = latest
    steps: dict[int, list[StepFacts]] = defaultdict(list)
    for sid, mid, title, due, hours in planned_step_rows(session, member_ids=member_ids):
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


def load_sweep_members(
    session: Session, *, rule_sets: Mapping[str, RuleSet]
) -> list[tuple[MemberNudgeFacts, dict[int, float]]]:
    """Every member without completion rows or practice facts, with each license's cycle hours.

    Cycle hours are an upper bound (completions from a few days before the cycle start to
    renewal, before caps and approval); the sweep only uses them to rule out "complete".
    """
    months = {rule_set_id: rs.cycle_months for rule_set_id, rs in rule_sets.items()}
    prefs = {row[0]: preferences_from_row(row) for row in preference_rows(session)}
    sent = dict(last_sent_rows(session))
    licenses: dict[int, list[LicenseNudgeFacts]] = defaultdict(list)
    hours: dict[int, dict[int, float]] = defaultdict(dict)
    progress_on: dict = {}
    for row in license_hour_rows(
        session, cycle_months=months, default_months=max(months.values(), default=36)
    ):
        lid, mid, kind, state, renewal, start, rule_set, first, in_cycle, done, logged = row
        facts = LicenseFacts(kind, state, renewal, start, bool(first), {})
        licenses[mid].append(LicenseNudgeFacts(lid, rule_set, facts))
        hours[mid][lid] = float(in_cycle or 0.0)
        if done is not None:
            # As load_members: the latest completed_on or logging date is the last progress.
            progress_on[mid] = max(done, logged.astimezone(UTC).date()) if logged else done
    steps: dict[int, list[StepFacts]] = defaultdict(list)
    for sid, mid, title, due, step_hours in planned_step_rows(session):
        steps[mid].append(StepFacts(sid, title, due, step_hours))
    default = Preferences()  # frozen: one instance serves every member without settings
    return [
        (
            MemberNudgeFacts(
                member_id=mid, workspace_id=workspace_id, timezone=timezone,
                joined_on=created.astimezone(zone_of(timezone)).date(),
                onboarded=bool(onboarded), reachable=bool(reachable),
                prefs=prefs.get(mid, default), licenses=tuple(licenses.get(mid, ())),
                steps=tuple(steps.get(mid, ())), last_progress_on=progress_on.get(mid),
                last_sent_at=sent.get(mid),
            ),
            hours.get(mid, {}),
        )
        for mid, workspace_id, timezone, created, onboarded, reachable in member_basic_rows(session)
    ]  # fmt: skip


def topic_hours_of(
    session: Session, licenses: Collection[int], rule_sets: Mapping[str, RuleSet]
) -> list[tuple[int, dict[str, float], dict[str, float]]]:
    """(license id, in-cycle hours per format, per topic — upper bounds) for `licenses`."""
    if not licenses:
        return []
    topics = sorted({rule.key for rs in rule_sets.values() for rule in rs.topics})
    formats = sorted(FORMATS)
    months = {rule_set_id: rs.cycle_months for rule_set_id, rs in rule_sets.items()}
    found = {
        row[0]: row[1:]
        for row in topic_hour_rows(
            session, license_ids=licenses, topics=topics, formats=formats,
            cycle_months=months, default_months=max(months.values(), default=36),
        )
    }  # fmt: skip
    zeros = (0.0,) * (len(formats) + len(topics))
    result = []
    for lid in licenses:
        hours = [float(h or 0.0) for h in found.get(lid, zeros)]
        by_format = dict(zip(formats, hours[: len(formats)], strict=True))
        result.append((lid, by_format, dict(zip(topics, hours[len(formats) :], strict=True))))
    return result


def preferences_from_row(row) -> Preferences:
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
