"""Where a member stands: their licenses' progress, computed from the stored completions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bot.rules import (
    CompletionFacts,
    LicenseFacts,
    Progress,
    RuleSet,
    TopicProgress,
    compute_progress,
)
from bot.rules.notes import license_label
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

    @property
    def label(self) -> str:
        """The license by its state's own title ("NY LMHC")."""
        if self.progress is not None:
            return self.progress.license_label
        return f"{self.license.jurisdiction} {self.license.license_type}"


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


def label_of(license: License, rule_sets: Mapping[str, RuleSet]) -> str:
    """A license by its state's own title ("NY LMHC", "FL LMHC"), wherever it is shown."""
    rules = rule_sets.get(license.rule_set_id)
    if rules is None:
        return f"{license.jurisdiction} {license.license_type}"
    return license_label(rules, license.jurisdiction)


def requirement_words(topic: TopicProgress) -> str | None:
    """A pass/fail or any-length requirement in words; None for one measured in hours."""
    if topic.exam:
        if topic.passed_on is not None:
            return f"{topic.label}: passed on {topic.passed_on:%-m/%-d/%Y} ✓"
        return f"{topic.label}: not yet passed"
    if topic.any_length and topic.required is None:
        if topic.earned > 0:
            return f"{topic.label}: done ✓"
        if topic.unconfirmed > 0:
            return f"{topic.label}: done, if the board accepts the course's provider"
        return f"{topic.label}: not yet done (a course of any length)"
    return None


def unknown_numbers(progress: Progress) -> int:
    """How many numbers on the status screen are unknown (total, counted, topic hours)."""
    found = int(progress.total_required is None) + int(progress.total_counted is None)
    return found + sum(
        1
        for topic in progress.topics
        if topic.applies is not False
        and topic.required is None
        and not topic.any_length
        and not topic.exam
    )


def next_step(progress: Progress) -> str:
    """What to do next, in one line: the hours still needed, the pace, what to start with."""
    if progress.status == "complete":
        return "Nothing more needed this cycle — keep your certificates for an audit."
    todo = [
        f"{topic.remaining:g} h {topic.label}"
        for topic in progress.topics
        if topic.applies and topic.remaining and not topic.exam
    ]
    todo += [
        f"the {topic.label}" if topic.exam else topic.label
        for topic in progress.topics
        if topic.applies and topic.met is False and (topic.exam or topic.any_length)
    ]
    pace = progress.hours_per_month_needed
    parts = []
    if progress.total_remaining:
        parts.append(f"{progress.total_remaining:g} more hours")
    elif progress.total_remaining is None and progress.total_required is not None:
        low, high = progress.total_counted_range
        parts.append(
            f"{max(progress.total_required - high, 0):g}–"
            f"{max(progress.total_required - low, 0):g} more hours"
        )
    if pace and progress.status != "overdue":
        parts.append(f"about {pace:.1f} h a month")
    head = "Next: " + ", ".join(parts) if parts else "Next:"
    if todo:
        head += ("; " if parts else " ") + "including " + ", ".join(todo[:3])
        head += f" and {len(todo) - 3} more" if len(todo) > 3 else ""
    return head + "." if head != "Next:" else "Next: check the details below."
