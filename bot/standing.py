"""Where a member stands: their licenses' progress, computed from the stored completions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bot.rules import CompletionFacts, LicenseFacts, Progress, RuleSet, compute_progress
from store.models import Completion, License, Member

# How each status reads, the same wherever it is shown (a clinician's status, a digest).
STATUS_WORDS = {
    "complete": "✅ complete",
    "on_track": "on track",
    "at_risk": "⚠️ at risk",
    "overdue": "❗ overdue",
    "unknown": "❔ can't confirm complete",
}


@dataclass(frozen=True)
class LicenseStanding:
    """One license and its progress (None when we have no rule set for its board)."""

    license: License
    progress: Progress | None
    hours_logged: float


def completion_facts(done: Completion) -> CompletionFacts:
    """A stored completion as the rules engine sees it."""
    return CompletionFacts(
        id=done.id or 0,
        title=done.title,
        hours=done.hours,
        completed_on=done.completed_on,
        format=done.format,
        topics=tuple(done.topics),
        approval_body=done.approval_body,
    )


def license_facts(license: License, member: Member) -> LicenseFacts:
    """A stored license (and the member's answers to rule conditions) for the rules engine."""
    return LicenseFacts(
        license_type=license.license_type,
        jurisdiction=license.jurisdiction,
        renewal_date=license.renewal_date,
        cycle_start=license.cycle_start,
        first_renewal=license.first_renewal,
        practice_facts=dict(member.practice_facts),
    )


def standings(
    member: Member,
    licenses: Sequence[License],
    completions: Sequence[Completion],
    rule_sets: Mapping[str, RuleSet],
    today: date,
) -> list[LicenseStanding]:
    """Progress for each license; one completion counts toward every license it qualifies for."""
    facts = [completion_facts(done) for done in completions]
    result = []
    for license in licenses:
        rules = rule_sets.get(license.rule_set_id)
        progress = (
            compute_progress(rules, license_facts(license, member), facts, today) if rules else None
        )
        logged = sum(
            done.hours
            for done in completions
            if license.cycle_start is None or done.completed_on >= license.cycle_start
        )
        result.append(LicenseStanding(license, progress, logged))
    return result
