"""Does a topic minimum apply to this license's current cycle, and how many hours?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.rules.facts import LicenseFacts
from bot.rules.model import NEEDS_CONDITION, RuleSet, TopicRule


@dataclass(frozen=True)
class Applicability:
    """`applies` None = waiting on the member's answer to `question` (or frequency unknown)."""

    applies: bool | None
    required: float | None
    note: str
    question: tuple[str, str] | None = None


def done_once_key(rule: TopicRule) -> str:
    """The practice-fact key a member answers to say a one-time topic is already done."""
    return f"completed_once_{rule.rule_id}"


def first_renewal_exempt(rule_set: RuleSet, license: LicenseFacts) -> bool:
    """True when this is the first renewal and the board exempts it from CE."""
    first = rule_set.first_renewal
    return license.first_renewal and first is not None and bool(first.exempt)


def applicability(
    rule_set: RuleSet, rule: TopicRule, license: LicenseFacts, cycle_start: date
) -> Applicability:
    """Decide whether `rule` applies this cycle, from the data and the member's answers."""
    hours = rule.hours
    if rule.frequency == "per_year_of_cycle" and hours is not None:
        hours = round(hours * rule_set.cycle_months / 12, 2)
    if first_renewal_exempt(rule_set, license):
        return Applicability(False, hours, "not required: the first renewal is exempt")
    if rule.effective is not None and rule.effective > license.renewal_date:
        return Applicability(False, hours, f"in force from {rule.effective:%d %b %Y}")
    if (
        rule.effective_applies_to == "cycle_start"
        and rule.effective
        and cycle_start < rule.effective
    ):
        note = f"applies to cycles starting on or after {rule.effective:%d %b %Y}"
        return Applicability(False, hours, note)
    if rule.frequency == "unknown":
        return Applicability(None, hours, "how often this is required is unknown to us")
    if rule.condition is not None:
        answer = license.practice_facts.get(rule.condition.key)
        if answer is None:
            question = (rule.condition.key, rule.condition.question)
            return Applicability(None, hours, "depends on your answer", question)
        if not answer:
            return Applicability(False, hours, "does not apply to you (you told me)")
        if rule.frequency in NEEDS_CONDITION:
            return Applicability(True, hours, "applies to you (you told me)")
    if rule.frequency == "one_time":
        return _one_time(rule, hours, license, cycle_start)
    return Applicability(True, hours, "")


def _one_time(
    rule: TopicRule, hours: float | None, license: LicenseFacts, cycle_start: date
) -> Applicability:
    """One-time topics: done (the member said so) never applies again; otherwise due now.

    Due at the first renewal after `effective`, so a topic whose effective date falls in
    this cycle is due without asking; one that fell due earlier (or has no date) is due now,
    short its hours, until the member tells us they did it (we ask).
    """
    key = done_once_key(rule)
    answer = license.practice_facts.get(key)
    if answer:
        return Applicability(False, hours, "one-time: you told me you already completed it")
    eff = rule.effective
    if eff is not None and cycle_start <= eff <= license.renewal_date:
        return Applicability(
            True, hours, f"one-time: due by the first renewal after {eff:%d %b %Y}"
        )
    if answer is False:
        return Applicability(True, hours, "one-time: you told me it's still to do, so it's due now")
    question = (key, f"Have you already completed the one-time {rule.label} requirement?")
    note = "one-time: due at this renewal unless you completed it before — tell me"
    return Applicability(True, hours, note, question)
