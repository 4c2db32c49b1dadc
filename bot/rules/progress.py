"""compute_progress: where one license stands in its renewal cycle.

Status (in this order):
    overdue  — today is after the renewal date and the requirements are not complete.
    complete — the total is known and met, every topic that applies is met, and no
               question that decides whether a topic applies is still unanswered.
    unknown  — the board's total is unknown to us and no topic minimum is known either.
    at_risk  — not complete, and either 90 days or fewer are left, or the hours per month
               still needed exceed 1.5 × the cycle's average pace (total ÷ cycle months).
    on_track — otherwise.
Hours per month needed = remaining ÷ max(days left ÷ 30.4, 1), where remaining is the larger
of the total still needed and the sum of the topic hours still needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.rules.applicability import applicability, first_renewal_exempt
from bot.rules.counting import (
    apply_caps,
    cap_room,
    counts_toward_total,
    split_by_cycle_and_approval,
)
from bot.rules.facts import CompletionFacts, LicenseFacts, Progress, TopicProgress
from bot.rules.model import RuleSet
from bot.rules.notes import guidance, license_label, rule_set_unknowns
from bot.rules.periods import cycle_start_for, months_between

AT_RISK_DAYS = 90
AT_RISK_PACE = 1.5


def compute_progress(
    rule_set: RuleSet, license: LicenseFacts, completions: Sequence[CompletionFacts], today: date
) -> Progress:
    """Earned vs required, after cycle, approval and format-cap rules, with a status."""
    start = license.cycle_start or cycle_start_for(license.renewal_date, rule_set.cycle_months)
    total_required, unknowns = required_total(rule_set, license, start)
    counted, excluded, unconfirmed = split_by_cycle_and_approval(
        rule_set, completions, start, license.renewal_date
    )
    toward_total = [c for c in counted if counts_toward_total(rule_set, c)]
    total_counted, caps_applied, cap_unknowns = apply_caps(rule_set, toward_total, total_required)
    unknowns += cap_unknowns
    if unconfirmed:
        unknowns.append(
            f"We couldn't confirm the board accepts {len(unconfirmed)} of your courses "
            "(its list of approval bodies is incomplete to us); we counted them."
        )
    rows, questions = _topic_rows(rule_set, license, counted, start, total_required)
    unknowns += rule_set_unknowns(rule_set, license, rows)
    total_remaining = (
        None if total_required is None else round(max(total_required - total_counted, 0), 2)
    )
    days_left = (license.renewal_date - today).days
    topic_remaining = sum(r.remaining or 0 for r in rows if r.applies)
    per_month = None
    if total_required is not None:
        remaining = max(total_remaining or 0, topic_remaining)
        per_month = round(remaining / max(days_left / 30.4, 1), 2)
    status = _status(
        rule_set, total_required, total_remaining, rows, questions, days_left, per_month
    )
    return Progress(
        rule_set_id=rule_set.id,
        license_label=license_label(rule_set),
        cycle_start=start,
        renewal_date=license.renewal_date,
        total_required=total_required,
        total_counted=total_counted,
        total_remaining=total_remaining,
        topics=tuple(rows),
        caps_applied=tuple(caps_applied),
        excluded=tuple(excluded),
        unknowns=tuple(dict.fromkeys(unknowns)),
        open_questions=tuple(questions),
        days_left=days_left,
        hours_per_month_needed=per_month,
        status=status,
        sources=tuple(rule_set.sources),
        confidence=rule_set.confidence,
        checked=rule_set.checked,
        guidance=guidance(rule_set),
        cap_room=cap_room(rule_set, toward_total, total_required),
    )


def required_total(
    rule_set: RuleSet, license: LicenseFacts, start: date
) -> tuple[float | None, list[str]]:
    """The cycle's total: first-renewal rules, then proration, then the board's total."""
    first = rule_set.first_renewal
    if license.first_renewal:
        if first_renewal_exempt(rule_set, license):
            return 0.0, []
        if first is not None and first.hours is not None:
            return first.hours, []
        note = "The board's first-renewal rules are unknown to us; we applied the full requirement."
        return rule_set.total_hours, [note]
    months = months_between(start, license.renewal_date)
    rate = rule_set.prorated_hours_per_month
    if rate is not None and months != rule_set.cycle_months:
        return round(rate * months, 2), [
            f"Your cycle is {months} months, so the board prorates the total to {rate:g} h a month."
        ]
    return rule_set.total_hours, []


def _topic_rows(
    rule_set: RuleSet,
    license: LicenseFacts,
    counted: Sequence[CompletionFacts],
    start: date,
    total_required: float | None,
) -> tuple[list[TopicProgress], list[tuple[str, str]]]:
    """One row per topic minimum (plus the live-hours floor), and the questions still open."""
    rows: list[TopicProgress] = []
    questions: dict[str, str] = {}
    for rule in rule_set.topics:
        fit = applicability(rule_set, rule, license, start)
        earned = round(sum(c.hours for c in counted if rule.key in c.topics), 2)
        remaining = None if fit.required is None else round(max(fit.required - earned, 0), 2)
        if fit.applies is False:
            remaining = 0.0
        if fit.question is not None:
            questions.setdefault(*fit.question)
        note = "; ".join(n for n in (fit.note, rule.notes) if n)
        freq = rule.frequency if rule.n is None else f"{rule.frequency} (n={rule.n})"
        rows.append(
            TopicProgress(
                rule.key, rule.label, fit.required, earned, remaining, freq, fit.applies, note
            )
        )
    live = rule_set.live_minimum
    if live is not None and not first_renewal_exempt(rule_set, license):
        required = live.hours
        if live.percent is not None and total_required is not None:
            required = round(total_required * live.percent / 100, 2)
        earned = round(sum(c.hours for c in counted if c.format in live.formats), 2)
        remaining = None if required is None else round(max(required - earned, 0), 2)
        label = "Live hours (in person or live webinar)"
        rows.append(
            TopicProgress(
                "format:live", label, required, earned, remaining, "every_cycle", True, live.notes
            )
        )
    return rows, list(questions.items())


def _status(
    rule_set: RuleSet,
    total_required: float | None,
    total_remaining: float | None,
    rows: Sequence[TopicProgress],
    questions: Sequence[tuple[str, str]],
    days_left: int,
    per_month: float | None,
) -> str:
    """See the module docstring: the README quotes it."""
    topics_met = all(r.met for r in rows if r.applies)
    complete = total_remaining == 0 and topics_met and not questions
    if days_left < 0 and not complete:
        return "overdue"
    if complete:
        return "complete"
    known_topics = any(r.required is not None and r.applies is not False for r in rows)
    if total_required is None and not known_topics:
        return "unknown"
    pace = None if not total_required else total_required / rule_set.cycle_months
    if days_left <= AT_RISK_DAYS or (
        pace is not None and per_month is not None and per_month > AT_RISK_PACE * pace
    ):
        return "at_risk"
    return "on_track"
