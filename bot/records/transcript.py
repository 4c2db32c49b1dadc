"""A CE transcript: one license's cycle, courses grouped by the board's topic categories."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.rules import Progress, RuleSet
from bot.rules.confidence import doubts
from bot.standing import LicenseStanding
from bot.topics import FORMATS
from store.models import Completion

GENERAL = "General hours (no board topic)"


@dataclass(frozen=True)
class TranscriptRow:
    """One completed course as an auditor reads it."""

    category: str
    title: str
    provider: str
    approval_body: str
    format: str
    hours: float
    completed_on: date
    certificate: str  # "on file" | "missing"
    counted: str  # "yes", "provisionally: <what to check>", or why the board does not count it
    also_counts_toward: tuple[str, ...] = ()
    certificate_name: str = ""
    certificate_ref: str = ""  # the platform's file id or URL, for the audit packet


@dataclass(frozen=True)
class RequirementLine:
    """Earned against required for the total or one topic minimum (None: unknown to us)."""

    label: str
    earned: float
    required: float | None
    pass_fail: bool = False  # an exam: passed or not, no hours

    @property
    def required_words(self) -> str:
        """The required column: hours, "pass/fail", or "unknown" (to us)."""
        if self.pass_fail:
            return "pass/fail"
        return "unknown" if self.required is None else f"{self.required:g}"


@dataclass(frozen=True)
class Transcript:
    """Everything a transcript file shows, independent of CSV or PDF."""

    member_name: str
    license_name: str
    cycle_start: date | None
    renewal_date: date
    generated_on: date
    status: str
    rows: tuple[TranscriptRow, ...]
    requirements: tuple[RequirementLine, ...]
    notes: tuple[str, ...]
    sources: tuple[str, ...]
    checked: date | None
    guidance: str
    # Numbers above that rest only on a secondary source or medium/low confidence.
    confidence_notes: tuple[str, ...] = ()

    @property
    def hours_listed(self) -> float:
        """Hours of every listed course (before the board's caps and exclusions)."""
        return round(sum(row.hours for row in self.rows), 2)


def build_transcript(
    member_name: str,
    standing: LicenseStanding,
    completions: Sequence[Completion],
    today: date,
    *,
    rule_set: RuleSet | None = None,
) -> Transcript:
    """The transcript of `standing`'s current cycle from the member's completions.

    `rule_set` (the license's) adds a note for each number the research cannot stand behind.
    """
    lic, progress = standing.license, standing.progress
    start = progress.cycle_start if progress else lic.cycle_start
    in_cycle = [
        done
        for done in completions
        if (start is None or done.completed_on >= start) and done.completed_on <= lic.renewal_date
    ]
    rows = [_row(done, progress) for done in in_cycle]
    order = [*_categories(progress), GENERAL]
    rows.sort(key=lambda row: (order.index(row.category), row.completed_on, row.title))
    name = standing.label
    return Transcript(
        member_name=member_name,
        license_name=name,
        cycle_start=start,
        renewal_date=lic.renewal_date,
        generated_on=today,
        status=progress.status if progress else "unknown",
        rows=tuple(rows),
        requirements=_requirements(progress, standing.hours_logged),
        notes=(*progress.caps_applied, *progress.unknowns) if progress else (),
        sources=progress.sources if progress else (),
        checked=progress.checked if progress else None,
        guidance=progress.guidance
        if progress
        else "We don't have this board's rules yet; check the board's site for what counts.",
        confidence_notes=tuple(d.words for d in doubts(rule_set)) if rule_set else (),
    )


def _categories(progress: Progress | None) -> list[str]:
    """The board's topic categories in the board's order (the live-hours floor is no topic)."""
    if progress is None:
        return []
    return [t.label for t in progress.topics if not t.topic.startswith("format:")]


def _row(done: Completion, progress: Progress | None) -> TranscriptRow:
    board_topics = (
        [] if progress is None else [t for t in progress.topics if t.topic in done.topics]
    )
    labels = [t.label for t in board_topics]
    excluded = dict(progress.excluded) if progress else {}
    provisional = dict(progress.provisional) if progress else {}
    counted = "yes"
    if done.id in excluded:
        counted = f"no: {excluded[done.id]}"
    elif done.id in provisional:
        counted = f"provisionally: {provisional[done.id]}"
    return TranscriptRow(
        category=labels[0] if labels else GENERAL,
        title=done.title,
        provider=done.provider,
        approval_body=done.approval_body,
        format=FORMATS.get(done.format, done.format),
        hours=done.hours,
        completed_on=done.completed_on,
        certificate="on file" if done.certificate_ref or done.certificate_name else "missing",
        counted=counted,
        also_counts_toward=tuple(labels[1:]),
        certificate_name=done.certificate_name,
        certificate_ref=done.certificate_ref,
    )


def _requirements(progress: Progress | None, logged: float) -> tuple[RequirementLine, ...]:
    if progress is None:
        return (RequirementLine("Total hours", logged, None),)
    low, high = progress.total_counted_range
    lines = [RequirementLine("Total hours", low, progress.total_required)]
    if progress.total_counted is None:  # the low end is certain; say how far it may reach
        lines.append(
            RequirementLine(f"Total hours if all of unknown standing count: {high:g}", high, None)
        )
    lines += [
        RequirementLine(_exam_label(t), t.earned, t.required, pass_fail=True)
        if t.exam
        else RequirementLine(t.label, t.earned, t.required)
        for t in progress.topics
        if t.applies is not False
    ]
    return tuple(lines)


def _exam_label(topic) -> str:
    """A pass/fail exam's line: passed on a day, or not yet passed."""
    if topic.passed_on is not None:
        return f"{topic.label}: passed on {topic.passed_on:%-m/%-d/%Y}"
    return f"{topic.label}: not yet passed"
