"""Whether licenses are complete, for the few the sweep must know about: proofs first, engine last.

A license reaches here only when its cycle hours could meet the total and its status decides
a nudge not planned yet. An open question, or a total, topic or live floor that the cycle's
hours can't meet even before approval and caps, proves it short (bot/nudges/bounds.py); the
rules engine decides the rest. Completion rows are read for those members only, once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from bot.nudges.bounds import Requirements
from bot.rules import CompletionFacts, LicenseFacts, compute_progress
from store.queries.nudge_sweep import completion_fact_rows, practice_rows


@dataclass(frozen=True)
class Undecided:
    """A license whose status decides a nudge, with its holder and the holder's local date."""

    member_id: int
    rule_set_id: str
    facts: LicenseFacts
    today: date


@dataclass(frozen=True)
class Standing:
    """Progress reduced to what the planner reads: complete or not, and hours counted."""

    complete: bool
    total_counted: float = 0.0


SHORT = Standing(False)


def standings(
    session: Session, requirements: Requirements, undecided: Mapping[int, Undecided]
) -> tuple[dict[int, Standing], int]:
    """Each license's standing, and how many needed the rules engine."""
    practice = {mid: facts or {} for mid, facts in practice_rows(
        session, member_ids={u.member_id for u in undecided.values()})}  # fmt: skip
    result: dict[int, Standing] = {}
    open_: dict[int, Undecided] = {}
    for lid, license in undecided.items():
        held = license.facts
        facts = LicenseFacts(held.license_type, held.jurisdiction, held.renewal_date,
                             held.cycle_start, held.first_renewal,
                             practice.get(license.member_id, {}))  # fmt: skip
        if requirements.asks_question(license.rule_set_id, facts):
            result[lid] = SHORT
        else:
            open_[lid] = Undecided(license.member_id, license.rule_set_id, facts, license.today)
    completions = _completions(session, {license.member_id for license in open_.values()})
    computed = 0
    for lid, license in open_.items():
        done = completions.get(license.member_id, ())
        if not _may_be_met(requirements, license, done):
            result[lid] = SHORT
            continue
        progress = compute_progress(
            requirements.rule_sets[license.rule_set_id], license.facts, done, license.today
        )
        result[lid] = Standing(progress.status == "complete", progress.total_counted)
        computed += 1
    return result, computed


def _may_be_met(requirements: Requirements, license: Undecided, done) -> bool:
    """The bounds again on the cycle's own completions (exact window; approval and caps not
    applied, so the hours stay upper bounds): total, then each topic and the live floor."""
    facts = license.facts
    start = requirements.cycle_start(license.rule_set_id, facts)
    in_cycle = [c for c in done if start <= c.completed_on <= facts.renewal_date]
    hours = sum(c.hours for c in in_cycle)
    if not requirements.may_be_complete(
        license.rule_set_id, facts.renewal_date, facts.cycle_start, facts.first_renewal, hours
    ):
        return False
    by_format: dict[str, float] = defaultdict(float)
    by_topic: dict[str, float] = defaultdict(float)
    for c in in_cycle:
        by_format[c.format] += c.hours
        for topic in set(c.topics):
            by_topic[topic] += c.hours
    return requirements.topics_may_be_met(license.rule_set_id, facts, by_format, by_topic)


def _completions(session: Session, member_ids: set[int]) -> dict[int, list[CompletionFacts]]:
    """The members' completions, as the engine reads them."""
    found: dict[int, list[CompletionFacts]] = defaultdict(list)
    for mid, cid, title, hours, done_on, fmt, topics, body in completion_fact_rows(
        session, member_ids=member_ids
    ):
        found[mid].append(CompletionFacts(cid, title, hours, done_on, fmt, tuple(topics), body))
    return found
