"""Per-topic progress: which minimums apply, and how a topic's hours are shared out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from bot.rules.applicability import applicability, first_renewal_exempt
from bot.rules.facts import EXAM_FORMAT, CompletionFacts, LicenseFacts, TopicProgress
from bot.rules.model import RuleSet, TopicRule


def topic_rows(
    rule_set: RuleSet,
    license: LicenseFacts,
    counted: Sequence[CompletionFacts],
    unsure: Sequence[CompletionFacts],
    start: date,
    total_required: float | None,
) -> tuple[list[TopicProgress], list[tuple[str, str]]]:
    """One row per topic minimum (plus the live-hours floor), and the questions still open.

    A course counts in full toward each topic it covers. Two rows on one topic are two
    requirements: in file order each takes up to its hours of the topic's pool, the last
    takes the rest, unless one names the other in `shares_hours_with`.
    """
    pool = _hours_by_topic(counted)
    maybe = _hours_by_topic(unsure)
    taken: dict[str, float] = {}
    rows: list[TopicProgress] = []
    questions: dict[str, str] = {}
    fits = [applicability(rule_set, rule, license, start) for rule in rule_set.topics]
    for index, (rule, fit) in enumerate(zip(rule_set.topics, fits, strict=True)):
        if rule.kind == "exam":
            rows.append(_exam_row(rule, fit.applies, fit.note, counted))
            if fit.question is not None:
                questions.setdefault(*fit.question)
            continue
        siblings = [r for r in rule_set.topics if r.key == rule.key and r is not rule]
        held = sum(taken.get(r.rule_id, 0.0) for r in siblings if not _share(rule, r))
        available = max(pool[rule.key] - held, 0.0)
        later = [
            r
            for r, f in zip(rule_set.topics[index + 1 :], fits[index + 1 :], strict=True)
            if r.key == rule.key and f.applies is not False and not _share(rule, r)
        ]
        earned = available if fit.required is None or not later else min(available, fit.required)
        if fit.applies is not False:
            taken[rule.rule_id] = earned
        remaining = None if fit.required is None else round(max(fit.required - earned, 0), 2)
        if fit.applies is False:
            remaining = 0.0
        met_here = fit.required is not None and earned >= fit.required
        if fit.question is not None and not (rule.frequency == "one_time" and met_here):
            questions.setdefault(*fit.question)  # a one-time topic done this cycle needs no asking
        note = "; ".join(n for n in (fit.note, rule.notes) if n)
        freq = rule.frequency if rule.n is None else f"{rule.frequency} (n={rule.n})"
        rows.append(
            TopicProgress(
                rule.key,
                rule.label,
                fit.required,
                round(earned, 2),
                remaining,
                freq,
                fit.applies,
                note,
                rule.rule_id,
                round(maybe[rule.key], 2),
                rule.any_length,
            )
        )
    live = _live_row(rule_set, license, counted, unsure, total_required)
    if live is not None:
        rows.append(live)
    return rows, list(questions.items())


def _exam_row(
    rule: TopicRule, applies: bool | None, note: str, counted: Sequence[CompletionFacts]
) -> TopicProgress:
    """A pass/fail exam: met by the latest exam passed in the cycle; it takes no hours."""
    passed = [c.completed_on for c in counted if c.format == EXAM_FORMAT and rule.key in c.topics]
    return TopicProgress(
        rule.key,
        rule.label,
        None,
        0.0,
        0.0,
        rule.frequency,
        applies,
        "; ".join(n for n in (note, rule.notes) if n),
        rule.rule_id,
        exam=True,
        passed_on=max(passed) if passed else None,
    )


def _share(a: TopicRule, b: TopicRule) -> bool:
    return b.rule_id in a.shares_hours_with or a.rule_id in b.shares_hours_with


def _hours_by_topic(completions: Sequence[CompletionFacts]) -> defaultdict[str, float]:
    hours: defaultdict[str, float] = defaultdict(float)
    for c in completions:
        for topic in set(c.topics):
            hours[topic] += c.hours
    return hours


def _live_row(
    rule_set: RuleSet,
    license: LicenseFacts,
    counted: Sequence[CompletionFacts],
    unsure: Sequence[CompletionFacts],
    total_required: float | None,
) -> TopicProgress | None:
    """The board's floor of live hours, as a row."""
    live = rule_set.live_minimum
    if live is None or first_renewal_exempt(rule_set, license):
        return None
    required = live.hours
    if live.percent is not None and total_required is not None:
        required = round(total_required * live.percent / 100, 2)
    earned = round(sum(c.hours for c in counted if c.format in live.formats), 2)
    maybe = round(sum(c.hours for c in unsure if c.format in live.formats), 2)
    remaining = None if required is None else round(max(required - earned, 0), 2)
    label = "Live hours (in person or live webinar)"
    return TopicProgress(
        "format:live",
        label,
        required,
        earned,
        remaining,
        "every_cycle",
        True,
        live.notes,
        "format:live",
        maybe,
    )
