"""Cheap proofs that a license is NOT complete, from aggregates instead of completion rows.

Each check is a necessary condition of the rules engine's "complete" status (bot/rules
progress: the total met, every applicable topic met, no question open), evaluated on upper
bounds of the hours, so a license it rules out is short for certain; anything else goes to
the engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from bot.nudges.facts import LicenseNudgeFacts
from bot.rules import LicenseFacts, RuleSet
from bot.rules.applicability import Applicability, applicability, first_renewal_exempt
from bot.rules.periods import cycle_start_for
from bot.rules.progress import required_total

SLACK = 0.01  # the engine rounds hours to 0.01; never rule out on a rounding difference


class Requirements:
    """The completion-free parts of the rules, memoised for one sweep (licenses share them)."""

    def __init__(self, rule_sets: Mapping[str, RuleSet]) -> None:
        self.rule_sets = rule_sets
        self._totals: dict[tuple, float | None] = {}
        self._fits: dict[tuple, list[Applicability]] = {}

    def total(self, license: LicenseNudgeFacts) -> float | None:
        """The cycle's total hours (first-renewal and proration rules applied)."""
        facts = license.facts
        # Without a stored start the cycle is the rule set's full length (never prorated), so
        # the total doesn't depend on the renewal date: one entry per rule set.
        renewal = facts.renewal_date if facts.cycle_start else None
        key = (license.rule_set_id, renewal, facts.cycle_start, facts.first_renewal)
        if key not in self._totals:
            rules = self.rule_sets[license.rule_set_id]
            self._totals[key] = required_total(rules, facts, cycle_start(rules, facts))[0]
        return self._totals[key]

    def may_be_complete(self, license: LicenseNudgeFacts, cycle_hours: float) -> bool:
        """False when even every hour in the cycle window could not meet the total."""
        required = self.total(license)
        # Caps and approval only lower the counted total.
        return required is not None and cycle_hours + SLACK >= required

    def fits(self, license: LicenseNudgeFacts, practice: dict) -> list[Applicability]:
        """Whether and how much each topic rule applies, given the member's answers."""
        facts = replace(license.facts, practice_facts=practice)
        key = (license.rule_set_id, facts.renewal_date, facts.cycle_start, facts.first_renewal,
               tuple(sorted(practice.items())))  # fmt: skip
        if key not in self._fits:
            rules = self.rule_sets[license.rule_set_id]
            start = cycle_start(rules, facts)
            self._fits[key] = [applicability(rules, rule, facts, start) for rule in rules.topics]
        return self._fits[key]

    def asks_question(self, license: LicenseNudgeFacts, practice: dict) -> bool:
        """True when a topic waits on the member's answer (the license is then never complete)."""
        return any(fit.question for fit in self.fits(license, practice))

    def topics_may_be_met(
        self,
        license: LicenseNudgeFacts,
        practice: dict,
        format_hours: Mapping[str, float],
        topic_hours: Mapping[str, float],
    ) -> bool:
        """False when some applicable topic (or the live floor) can't be met by the hours' bound."""
        rules = self.rule_sets[license.rule_set_id]
        for rule, fit in zip(rules.topics, self.fits(license, practice), strict=True):
            if fit.applies and not _may_meet(fit.required, topic_hours.get(rule.key, 0.0)):
                return False
        live = rules.live_minimum
        if live is None or first_renewal_exempt(rules, license.facts):
            return True
        required = live.hours
        total = self.total(license)
        if live.percent is not None and total is not None:
            required = round(total * live.percent / 100, 2)
        return _may_meet(required, sum(format_hours.get(f, 0.0) for f in live.formats))


def _may_meet(required: float | None, hours_bound: float) -> bool:
    """TopicProgress.met on an upper bound of the earned hours."""
    if required is None:
        return hours_bound > 0
    return hours_bound + SLACK >= required


def cycle_start(rules: RuleSet, facts: LicenseFacts) -> date:
    """The license's cycle start, as the engine computes it."""
    return facts.cycle_start or cycle_start_for(facts.renewal_date, rules.cycle_months)
