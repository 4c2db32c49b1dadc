"""compute_progress: where one license stands in its renewal cycle, as of a day.

The contract (the README quotes it; tests/rules hold it to every rule set):
    cycle    — from the day after the previous renewal date to the renewal date, both
               included (or from the license's own stated cycle start).
    as of    — only completions dated on or before the as-of day count; a course dated
               later is listed as not counted, never added.
    unknown  — a number that depends on something the board's rule or the member's answers
               leave open is None, with the reason and the rule's source in `unknowns`; a
               number is given only where the answer holds either way.
    total_required — the board's total for this cycle (first-renewal and proration rules
               applied); None when unknown.
    total_counted  — hours counting toward it after approval, daily and format caps; None
               when hours of unknown standing (a topic whose hours may or may not count, an
               unconfirmable approval, a cap of unknown size, a course with no format
               under a format cap) would change it; `total_counted_range` gives both ends.
    total_remaining — total_required - total_counted, at least 0; 0 when met even without
               the hours of unknown standing; None when it depends on them.
    topics   — per topic minimum: required (None: unknown hours), earned, remaining if it
               applies, applies (None: waiting on the member's answer, or how often it is
               due is unknown), met (None: can't tell). A one-time topic not yet done is
               due now (applies, short its hours) and asked about until answered.
    state    — a course made for another state (a `state_law_xx` topic, or catalog
               jurisdictions) covers none of this state's state-specific topics (law &
               ethics, jurisprudence, mandated trainings: bot/rules/jurisdiction.py); its
               hours count toward the total as any course's.
    exam     — a topic of kind "exam" is pass/fail: its row has no hours (required None,
               remaining 0) and is met once a completion of format "exam" on its topic is
               dated in the cycle (`passed_on`); a course on the topic never meets it.
    unknown_reasons — the lines of `unknowns` that say why a rule's number is unknown (the
               board's total, a topic's hours or frequency, a cap's size), each with its source.
    to_check — the lines of `unknowns` about the member's own courses (no format, an
               approval body to confirm, a provider to check): what they can act on.
    provisional — under a closed list of approval bodies, a course that names no body is
               counted (total_counted includes it) but listed in `provisional` with what to
               check; it never makes a license complete: complete is None when the license
               is met only with such hours.
    complete — True when the total and every topic that applies or may apply are certainly
               met; False when something that certainly applies is certainly short;
               None otherwise.
    status   — "complete" when complete is True; "unknown" when complete is None; else
               "overdue" past the renewal date; "at_risk" with 90 days or fewer left, or
               when the hours per month still needed exceed 1.5 × the cycle's average pace
               (total ÷ cycle months); "on_track" otherwise.
Hours per month needed = remaining ÷ max(days left ÷ 30.4, 1), where remaining is the larger
of the total still needed and the sum of the applicable topic hours still needed; None when
the total or what remains of it is unknown. The status then judges by the worst case: the
hours certain to count against a total surely enough (a first renewal's unknown total: the
full cycle's).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from bot.rules.applicability import first_renewal_exempt
from bot.rules.counting import (
    approved_words,
    cap_room,
    cap_size_unknowns,
    capped_total,
    counts_toward_total,
    missing_formats,
    sort_completions,
)
from bot.rules.facts import CompletionFacts, LicenseFacts, Progress, TopicProgress
from bot.rules.jurisdiction import topics_for
from bot.rules.model import RuleSet
from bot.rules.notes import guidance, license_label, open_numbers, rule_notes
from bot.rules.periods import cycle_start_for, months_between
from bot.rules.topic_rows import topic_rows

AT_RISK_DAYS = 90
AT_RISK_PACE = 1.5


def compute_progress(
    rule_set: RuleSet, license: LicenseFacts, completions: Sequence[CompletionFacts], today: date
) -> Progress:
    """Earned vs required as of `today`, after cycle, approval and cap rules, with a status."""
    # A national credential has no state of its own: a course made for any state counts.
    state = "" if rule_set.kind == "credential" else rule_set.jurisdiction
    completions = [in_state(c, state) for c in completions]
    start = license.cycle_start or cycle_start_for(license.renewal_date, rule_set.cycle_months)
    total_required, unknowns, full_total = required_total(rule_set, license, start)
    reasons = list(unknowns) if total_required is None else []  # why a rule's number is open
    found = sort_completions(rule_set, completions, start, license.renewal_date, today)
    to_check: list[str] = []  # about the member's own courses: they can check or tell us
    if not rule_set.cycle_length_known and license.cycle_start is None:
        found = sort_completions(rule_set, completions, date.min, license.renewal_date, today)
        found.unsure, found.counted, found.unconfirmed = found.counted + found.unsure, [], []
        found.provisional = []
        to_check.append(
            "The board's cycle length is unknown to us, so we can't tell which of your courses "
            "fall in this cycle; tell me your cycle's first day in *settings*."
        )
    standing = [(c, counts_toward_total(rule_set, c)) for c in found.counted]
    sure = [c for c, counts in standing if counts is True]
    maybe = [c for c, counts in standing if counts is None]
    maybe += [c for c in found.unsure if counts_toward_total(rule_set, c) is not False]
    cap_on = total_required if total_required is not None else full_total
    high, caps_applied = capped_total(rule_set, sure + maybe, cap_on, worst=False)
    low, _ = capped_total(rule_set, sure, cap_on, worst=True)
    if low != high:
        reasons += cap_size_unknowns(rule_set, cap_on)
        unknowns += cap_size_unknowns(rule_set, cap_on)
        to_check += missing_formats(rule_set, sure + maybe, cap_on)
    if found.unconfirmed:
        to_check.append(
            f"We couldn't confirm the board accepts {len(found.unconfirmed)} of your courses "
            "(its list of approval bodies is open); we counted them."
        )
    if found.unsure:
        to_check.append(
            f"{len(found.unsure)} of your courses name an approval body we can't match to "
            "the board's list; they count only if the board accepts them."
        )
    provisional = _provisional(rule_set, found.provisional)
    if found.provisional:
        hours = sum(c.hours for c in found.provisional)
        to_check.append(
            f"{hours:g} h from courses with no approval body on record count only if the "
            f"provider is {approved_words(rule_set)} — check the certificate."
        )
    unknowns += to_check
    rows, questions = topic_rows(rule_set, license, found.counted, found.unsure, start, cap_on)
    maybe_topics = {topic for c in maybe for topic in c.topics}
    numbers = open_numbers(rule_set, license, rows, maybe_topics=maybe_topics)
    reasons += numbers
    unknowns += numbers + rule_notes(rule_set)
    total_met, total_remaining = _total_standing(total_required, full_total, low, high)
    complete = _complete(total_met, rows)
    if complete and found.provisional:  # met only if the unnamed providers are approved?
        complete = _complete_without(
            rule_set, license, found, sure, start, (total_required, cap_on, full_total)
        )
    days_left = (license.renewal_date - today).days
    topic_remaining = sum(r.remaining or 0 for r in rows if r.applies)
    per_month = worst_per_month = None
    months_left = max(days_left / 30.4, 1)
    if cap_on is not None:  # the pace the status judges by: what is surely enough
        worst_per_month = round(max(cap_on - low, 0, topic_remaining) / months_left, 2)
    if total_required is not None and total_remaining is not None:
        per_month = round(max(total_remaining, topic_remaining) / months_left, 2)
    status = _status(rule_set, cap_on, complete, days_left, worst_per_month)
    return Progress(
        rule_set_id=rule_set.id,
        license_label=license_label(rule_set, license.jurisdiction),
        cycle_start=start,
        renewal_date=license.renewal_date,
        total_required=total_required,
        total_counted=low if low == high else None,
        total_remaining=total_remaining,
        topics=tuple(rows),
        caps_applied=tuple(caps_applied),
        excluded=tuple(found.excluded),
        unknowns=tuple(dict.fromkeys(unknowns)),
        open_questions=tuple(questions),
        days_left=days_left,
        hours_per_month_needed=per_month,
        status=status,
        sources=tuple(rule_set.sources),
        confidence=rule_set.confidence,
        checked=rule_set.checked,
        guidance=guidance(rule_set),
        cap_room=cap_room(rule_set, sure + maybe, cap_on),
        total_counted_range=(low, high),
        complete=complete,
        as_of=today,
        provisional=provisional,
        to_check=tuple(dict.fromkeys(to_check)),
        unknown_reasons=tuple(dict.fromkeys(reasons)),
    )


def _provisional(rule_set: RuleSet, courses: Sequence[CompletionFacts]) -> tuple:
    """(id, what to check) for each course counted only provisionally."""
    check = f"counts only if the provider is {approved_words(rule_set)} — check the certificate"
    return tuple((c.id, check) for c in courses)


def _complete_without(
    rule_set: RuleSet,
    license: LicenseFacts,
    found,
    sure: Sequence[CompletionFacts],
    start: date,
    totals: tuple[float | None, float | None, float | None],
) -> bool | None:
    """True when the license is complete even if no provisional course counts, else None."""
    total_required, cap_on, full_total = totals
    doubtful = {id(c) for c in found.provisional}
    counted = [c for c in found.counted if id(c) not in doubtful]
    low, _ = capped_total(rule_set, [c for c in sure if id(c) not in doubtful], cap_on, worst=True)
    rows, _ = topic_rows(rule_set, license, counted, [], start, cap_on)
    total_met, _ = _total_standing(total_required, full_total, low, low)
    return True if _complete(total_met, rows) else None


def required_total(
    rule_set: RuleSet, license: LicenseFacts, start: date
) -> tuple[float | None, list[str], float | None]:
    """The cycle's total: first-renewal rules, then proration, then the board's total.

    Returns:
        (total, notes, a total known to suffice): the last is the full cycle's total when
        the first-renewal total is unknown (meeting it certainly meets the first renewal).
    """
    first = rule_set.first_renewal
    if license.first_renewal:
        if first_renewal_exempt(rule_set, license):
            return 0.0, [], 0.0
        if first is not None and first.hours is not None:
            return first.hours, [], first.hours
        full = rule_set.total_hours
        enough = f" the full cycle asks {full:g} h, so that many is surely enough" if full else ""
        note = f"The board's first-renewal requirement is unknown to us;{enough}."
        return None, [note], full
    months = months_between(start, license.renewal_date)
    rate = rule_set.prorated_hours_per_month
    if rate is not None and months != rule_set.cycle_months:
        total = round(rate * months, 2)
        return (
            total,
            [
                f"Your cycle is {months} months, so the board prorates the total to {rate:g} h a month."
            ],
            total,
        )
    return rule_set.total_hours, [], rule_set.total_hours


def _total_standing(
    required: float | None, enough: float | None, low: float, high: float
) -> tuple[bool | None, float | None]:
    """(is the total met, hours still needed): each None where the unknowns decide it."""
    if required is None:
        if enough is not None and low >= enough:
            return True, 0.0
        return None, None
    if low >= required:
        return True, 0.0
    if high < required:
        return False, round(required - low, 2) if low == high else None
    return None, None


def _complete(total_met: bool | None, rows: Sequence[TopicProgress]) -> bool | None:
    """True only when nothing open could make it short; False when something certainly is."""
    states = [total_met]
    for row in rows:
        if row.applies is True:
            states.append(row.met)
        elif row.applies is None:  # may apply: holds only if already met
            states.append(True if row.met else None)
    if False in states:
        return False
    return None if None in states else True


def _status(
    rule_set: RuleSet,
    total_required: float | None,
    complete: bool | None,
    days_left: int,
    worst_per_month: float | None,
) -> str:
    """See the module docstring: the README quotes it."""
    if complete:
        return "complete"
    if complete is None:
        return "unknown"
    if days_left < 0:
        return "overdue"
    pace = None if not total_required else total_required / rule_set.cycle_months
    if days_left <= AT_RISK_DAYS or (
        pace is not None and worst_per_month is not None and worst_per_month > AT_RISK_PACE * pace
    ):
        return "at_risk"
    return "on_track"


def in_state(course: CompletionFacts, state: str) -> CompletionFacts:
    """The course as it counts for a license in `state`: a course made for another state
    covers none of this state's state-specific topics (its hours still count)."""
    topics = topics_for(course.topics, course.jurisdictions, state)
    return course if topics == course.topics else replace(course, topics=topics)
