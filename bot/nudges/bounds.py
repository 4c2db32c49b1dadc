"""Cheap proofs that a license is NOT complete, from aggregates instead of completion rows.

Each check is a necessary condition of the rules engine's "complete" status (bot/rules
progress: the total met, every applicable topic met, no question open), evaluated on upper
bounds of the hours, so a license it rules out is short for certain; anything else goes to
the engine.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date

from bot.rules import LicenseFacts, RuleSet
from bot.rules.applicability import (
    Applicability,
    applicability,
    done_once_key,
    first_renewal_exempt,
)
from bot.rules.periods import cycle_start_for
from bot.rules.progress import required_total

SLACK = 0.01  # the engine rounds hours to 0.01; never rule out on a rounding difference


class Requirements:
    """The completion-free parts of the rules, memoised for one sweep (licenses share them)."""

    def __init__(self, rule_sets: Mapping[str, RuleSet]) -> None:
        self.rule_sets = rule_sets
        self._totals: dict[tuple, float | None] = {}
        self._fits: dict[tuple, list[Applicability]] = {}
        self._starts: dict[tuple[int, date], date] = {}
        self._digests: dict[str, str] = {}
        # Per rule set: the dates and the member's answers that applicability() reads.
        self._reads = {
            rule_set_id: (
                sorted({rule.effective for rule in rules.topics if rule.effective}),
                sorted({key for rule in rules.topics for key in _answers_read(rule)}),
            )
            for rule_set_id, rules in rule_sets.items()
        }

    def digest(self, rule_set_id: str) -> str:
        """A short digest of the rule set's content (a changed rule set changes it)."""
        if rule_set_id not in self._digests:
            text = self.rule_sets[rule_set_id].model_dump_json()
            self._digests[rule_set_id] = hashlib.sha1(text.encode()).hexdigest()[:12]
        return self._digests[rule_set_id]

    def cycle_start(self, rule_set_id: str, facts: LicenseFacts) -> date:
        """The license's cycle start, as the engine computes it."""
        if facts.cycle_start:
            return facts.cycle_start
        key = (self.rule_sets[rule_set_id].cycle_months, facts.renewal_date)
        if key not in self._starts:
            self._starts[key] = cycle_start_for(facts.renewal_date, key[0])
        return self._starts[key]

    def total(self, rule_set_id: str, facts: LicenseFacts) -> float | None:
        """Hours that certainly meet the cycle's total (first-renewal and proration rules
        applied; where the first-renewal total is unknown, the full cycle's)."""
        # Without a stored start the cycle is the rule set's full length (never prorated), so
        # the total doesn't depend on the renewal date: one entry per rule set.
        renewal = facts.renewal_date if facts.cycle_start else None
        key = (rule_set_id, renewal, facts.cycle_start, facts.first_renewal)
        if key not in self._totals:
            rules = self.rule_sets[rule_set_id]
            start = self.cycle_start(rule_set_id, facts)
            self._totals[key] = required_total(rules, facts, start)[2]
        return self._totals[key]

    def may_be_complete(
        self, rule_set_id: str, renewal: date, start: date | None, first: bool, hours: float
    ) -> bool:
        """False when even every hour in the cycle window could not meet the total."""
        # Without a stored start the cycle is the rule set's full length (never prorated), so
        # the total doesn't depend on the renewal date: one entry per rule set.
        key = (rule_set_id, renewal if start else None, start, first)
        required = self._totals.get(key, False)
        if required is False:
            required = self.total(rule_set_id, LicenseFacts("", "", renewal, start, first))
        # Caps and approval only lower the counted total.
        return required is not None and hours + SLACK >= required

    def fits(self, rule_set_id: str, facts: LicenseFacts) -> list[Applicability]:
        """Whether and how much each topic rule applies, given the member's answers.

        Memoised on exactly what applicability() reads: the rule set, first renewal, where
        the renewal and cycle start fall against each effective date, and the answers read.
        """
        rules = self.rule_sets[rule_set_id]
        start = self.cycle_start(rule_set_id, facts)
        dates, keys = self._reads[rule_set_id]
        key = (
            rule_set_id,
            facts.first_renewal,
            tuple((eff > facts.renewal_date, start < eff, start <= eff) for eff in dates),
            tuple(_hashable(facts.practice_facts.get(k)) for k in keys),
        )
        if key not in self._fits:
            self._fits[key] = [applicability(rules, rule, facts, start) for rule in rules.topics]
        return self._fits[key]

    def asks_question(self, rule_set_id: str, facts: LicenseFacts) -> bool:
        """True when a topic that applies, or may, has hours unknown to us: then no hours
        make the license complete (an open question alone doesn't: enough hours meet it
        either way)."""
        rules = self.rule_sets[rule_set_id]
        return any(
            fit.applies is not False and fit.required is None and not rule.any_length
            for rule, fit in zip(rules.topics, self.fits(rule_set_id, facts), strict=True)
        )

    def topics_may_be_met(
        self,
        rule_set_id: str,
        facts: LicenseFacts,
        format_hours: Mapping[str, float],
        topic_hours: Mapping[str, float],
    ) -> bool:
        """False when some applicable topic (or the live floor) can't be met by the hours' bound."""
        rules = self.rule_sets[rule_set_id]
        for rule, fit in zip(rules.topics, self.fits(rule_set_id, facts), strict=True):
            hours = topic_hours.get(rule.key, 0.0)
            if fit.applies is not False and not _may_meet(fit.required, hours):
                return False
        live = rules.live_minimum
        if live is None or first_renewal_exempt(rules, facts):
            return True
        required = live.hours
        total = self.total(rule_set_id, facts)
        if live.percent is not None and total is not None:
            required = round(total * live.percent / 100, 2)
        return _may_meet(required, sum(format_hours.get(f, 0.0) for f in live.formats))


def _answers_read(rule) -> list[str]:
    """The practice-fact keys applicability() may read for this rule."""
    keys = [done_once_key(rule)] if rule.frequency == "one_time" else []
    return [rule.condition.key, *keys] if rule.condition is not None else keys


def _hashable(answer) -> tuple:
    """An answer as a memo key part: typed (False and 0 differ to `is False`), lists as text."""
    return (type(answer).__name__, repr(answer) if isinstance(answer, list | dict) else answer)


def _may_meet(required: float | None, hours_bound: float) -> bool:
    """TopicProgress.met on an upper bound of the earned hours."""
    if required is None:
        return hours_bound > 0
    return hours_bound + SLACK >= required
