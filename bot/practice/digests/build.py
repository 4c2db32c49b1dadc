"""A manager's team digest: compliance only, built set-based for one manager or many.

Statuses are the clinician's own (bot.rules.progress, the same compute_progress their
*status* shows). A member's status is their least-ready license's: overdue, at risk, on
track, can't confirm complete, complete, in that order; "not set up" when they have not
onboarded or hold no license yet. Never read here: goals, self-assessments, reflections.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from bot.rules import CompletionFacts, LicenseFacts, RuleSet, compute_progress
from bot.rules.periods import cycle_start_for
from store.queries.practice.team import (
    ReportLicenseRow,
    ReportRow,
    report_completion_rows,
    report_license_rows,
    report_rows,
)

STATUSES = ("complete", "on_track", "at_risk", "overdue", "unknown", "not_set_up")
LEAST_READY_FIRST = ("overdue", "at_risk", "on_track", "unknown", "complete")
RENEWAL_WINDOW_DAYS = 90
TOP_COURSES = 3
BATCH = 100  # managers per round of queries


@dataclass(frozen=True)
class Period:
    """The days a digest covers: after `start`, up to and including `end` (the manager's today)."""

    start: date
    end: date


@dataclass(frozen=True)
class ReportStanding:
    """One report as their manager may see them: name and compliance status, nothing else."""

    member_id: int
    name: str
    status: str
    reachable: bool


@dataclass(frozen=True)
class Renewal:
    """A report's license renewing within 90 days or past its renewal date (`days_left` < 0),
    and the hours still short."""

    name: str
    license_label: str
    renewal_date: date
    days_left: int
    hours_short: float | None  # None: depends on hours of unknown standing
    status: str


@dataclass(frozen=True)
class Digest:
    """What a manager sees about their own team for one period."""

    manager_id: int
    period: Period
    reports: tuple[ReportStanding, ...]
    renewals: tuple[Renewal, ...]
    hours_logged: float
    people_logging: int
    top_courses: tuple[tuple[str, int], ...]

    @property
    def counts(self) -> dict[str, int]:
        """Reports per status, every status present."""
        found = Counter(report.status for report in self.reports)
        return {status: found.get(status, 0) for status in STATUSES}

    @property
    def unreachable(self) -> tuple[str, ...]:
        """Reports the bot cannot reach: a send failed, or they never started with the bot."""
        return tuple(r.name for r in self.reports if not r.reachable)


def build_digests(
    session: Session,
    rule_sets: Mapping[str, RuleSet],
    periods: Mapping[int, Period],
) -> dict[int, Digest]:
    """Digests for every manager in `periods` (manager id -> period): three queries per
    BATCH managers (a smaller working set: holding every report's rows at once costs more in
    garbage collection than the round trips save)."""
    ids = sorted(periods)
    digests: dict[int, Digest] = {}
    for i in range(0, len(ids), BATCH):
        digests.update(_batch(session, rule_sets, {m: periods[m] for m in ids[i : i + BATCH]}))
    return digests


def _batch(session, rule_sets, periods: Mapping[int, Period]) -> dict[int, Digest]:
    if not periods:
        return {}
    reports = report_rows(session, manager_ids=periods)
    licenses: dict[int, list[ReportLicenseRow]] = defaultdict(list)
    for lic in report_license_rows(session, manager_ids=periods):
        licenses[lic.member_id].append(lic)
    since = _earliest_needed(licenses.values(), rule_sets, periods.values())
    completions: dict[int, list[CompletionFacts]] = defaultdict(list)
    for c in report_completion_rows(session, manager_ids=periods, since=since):
        completions[c.member_id].append(
            CompletionFacts(
                c.id, c.title, c.hours, c.completed_on, c.format, tuple(c.topics), c.approval_body
            )
        )
    by_manager: dict[int, list[ReportRow]] = defaultdict(list)
    for report in reports:
        by_manager[report.manager_id].append(report)
    return {
        manager_id: _digest(
            manager_id, period, by_manager.get(manager_id, []), licenses, completions, rule_sets
        )
        for manager_id, period in periods.items()
    }


def build_digest(
    session: Session, rule_sets: Mapping[str, RuleSet], manager_id: int, period: Period
) -> Digest:
    """One manager's digest."""
    return build_digests(session, rule_sets, {manager_id: period})[manager_id]


def _earliest_needed(licenses, rule_sets, periods: Collection[Period]) -> date:
    """The earliest cycle start of any license: older completions count for nothing."""
    starts = [
        lic.cycle_start
        or cycle_start_for(
            lic.renewal_date,
            rule_sets[lic.rule_set_id].cycle_months if lic.rule_set_id in rule_sets else 48,
        )
        for rows in licenses
        for lic in rows
    ]
    return min([*starts, *(p.start for p in periods)])


def _digest(manager_id, period, reports, licenses, completions, rule_sets) -> Digest:
    standings, renewals, hours, logging = [], [], 0.0, 0
    courses: Counter[str] = Counter()
    for report in reports:
        mid, name = report.member_id, report.name or report.platform_user_id
        done = completions.get(mid, [])
        statuses = []
        for row in licenses.get(mid, []) if report.onboarded else []:
            rules = rule_sets.get(row.rule_set_id)
            if rules is None:
                statuses.append("unknown")
                continue
            kind, state, renewal = row.license_type, row.state, row.renewal_date
            lic = LicenseFacts(
                kind,
                state,
                renewal,
                row.cycle_start,
                bool(row.first_renewal),
                dict(report.practice_facts or {}),
            )
            progress = compute_progress(rules, lic, done, period.end)
            statuses.append(progress.status)
            if progress.days_left <= RENEWAL_WINDOW_DAYS:  # past renewal dates first
                topics_short = sum(t.remaining or 0.0 for t in progress.topics if t.applies)
                short = (
                    None
                    if progress.total_remaining is None and progress.total_required is not None
                    else max(progress.total_remaining or 0.0, topics_short)
                )
                label = progress.license_label or f"{state} {kind}"
                renewals.append(
                    Renewal(name, label, renewal, progress.days_left, short, progress.status)
                )
        status = next((s for s in LEAST_READY_FIRST if s in statuses), "not_set_up")
        standings.append(
            ReportStanding(mid, name, status, bool(report.reachable and report.onboarded))
        )
        recent = [c for c in done if period.start < c.completed_on <= period.end]
        hours += sum(c.hours for c in recent)
        logging += bool(recent)
        courses.update({c.title for c in recent})
    top = tuple(sorted(courses.items(), key=lambda item: (-item[1], item[0]))[:TOP_COURSES])
    renewals.sort(key=lambda r: (r.renewal_date, r.name))
    return Digest(
        manager_id, period, tuple(standings), tuple(renewals), round(hours, 2), logging, top
    )
