"""Whether licenses are complete, for the few the sweep must know about: proofs first, engine last.

A license reaches here only when its cycle hours could meet the total and its status decides
a nudge not planned yet. An open question, or a total, topic or live floor that the cycle's
hours can't meet even before approval and caps, proves it short (bot/nudges/bounds.py); the
rules engine decides the rest. Completion rows are read for those members only, once.

A "complete" the engine found is stored with its planned nudge as a proof: a digest of the
rules, the license, the member's answers and a mark of their completions (count, highest id,
latest logging instant, hours). While the proof still matches, the license is complete without
reading its completions again: any added or deleted completion, changed answer, license or rule
set changes the digest, and the engine decides afresh.

The same digest also keys what an earlier sweep decided (a `SweepMemory`, held by the
process's nudge kind in its outbox registry: the plan job runs every few minutes against one
database): a license whose digest is unchanged keeps its standing, short or complete, without
the engine. What the engine decided is also kept in the database (one row per license, with
its digest), so a new process or another replica reuses it while the digest still matches and
decides afresh only what changed.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from bot.nudges.bounds import Requirements
from bot.rules import CompletionFacts, LicenseFacts, compute_progress
from store.queries.nudge_proofs import completion_mark
from store.queries.nudge_standings import KeptStanding, keep_standings, kept_standings
from store.queries.nudge_sweep import completion_fact_rows, practice_rows


@dataclass(frozen=True)
class Undecided:
    """A license whose status decides a nudge, with its holder and the holder's local date."""

    member_id: int
    rule_set_id: str
    facts: LicenseFacts
    today: date
    tally: tuple = ()  # the holder's completions, counted: marks them for the proof


@dataclass(frozen=True)
class Standing:
    """Progress reduced to what the planner reads: complete or not, and hours counted."""

    complete: bool
    total_counted: float = 0.0
    proof: str = ""  # for a "complete": what it was computed from (see the module docstring)


SHORT = Standing(False)
KNOWN_LIMIT = 300_000  # standings remembered before starting afresh


@dataclass
class SweepMemory:
    """What earlier sweeps on one database decided: standings by digest, whether a license
    asks a question (that depends on its rule set, dates and the answers' text only), and
    each member's license rows by their records version."""

    known: dict[str, Standing] = field(default_factory=dict)
    asks: dict[tuple, bool] = field(default_factory=dict)
    # By member: (records version, license rows); see candidates.rows_read_again.
    licenses: dict[int, tuple[int, list[tuple]]] = field(default_factory=dict)

    def trim(self) -> None:
        """Start afresh when any grows past the limit (memory stays bounded)."""
        for held in (self.known, self.asks, self.licenses):
            if len(held) > KNOWN_LIMIT:
                held.clear()


def decide_standings(
    session: Session,
    requirements: Requirements,
    undecided: Mapping[int, Undecided],
    proofs: Mapping[int, str] | None = None,
    memory: SweepMemory | None = None,
) -> tuple[dict[int, Standing], int]:
    """Each license's standing, and how many needed the rules engine. `proofs`: per license,
    the proof stored with its planned "complete" nudge (a match proves it complete still);
    `memory`: what earlier sweeps decided (none: decide everything as a new process would)."""
    memory = memory if memory is not None else SweepMemory()
    memory.trim()
    known, asked_before = memory.known, memory.asks
    practice = dict(practice_rows(session, member_ids={u.member_id for u in undecided.values()}))
    decoded: dict[str, dict] = {}
    answered: dict[int, str] = {}  # license id -> the answers' text (part of its digest)
    result: dict[int, Standing] = {}
    open_: dict[int, Undecided] = {}
    for lid, license in undecided.items():
        held, text = license.facts, practice.get(license.member_id) or "{}"
        asked = (license.rule_set_id, held.renewal_date, held.cycle_start, held.first_renewal, text)
        asks = asked_before.get(asked)
        if asks:  # short: the answers need not even be decoded
            result[lid] = SHORT
            continue
        if text not in decoded:
            decoded[text] = json.loads(text) or {}
        facts = LicenseFacts(
            held.license_type,
            held.jurisdiction,
            held.renewal_date,
            held.cycle_start,
            held.first_renewal,
            decoded[text],
        )
        if asks is None:
            asks = asked_before[asked] = requirements.asks_question(license.rule_set_id, facts)
        if asks:
            result[lid] = SHORT
        else:
            open_[lid] = Undecided(
                license.member_id, license.rule_set_id, facts, license.today, license.tally
            )
            answered[lid] = text
    proof_of = {
        lid: _proof(requirements, u, answered[lid], completion_mark(u.tally))
        for lid, u in open_.items()
    }
    for lid, proof in proof_of.items():
        if proofs and proofs.get(lid) == proof:
            result[lid] = Standing(True, 0.0, proof)  # its "complete" nudge is planned already
            del open_[lid]
        elif proof in known:  # decided here before, from the same digest
            result[lid] = known[proof]
            del open_[lid]
    for lid, kept in kept_standings(session, license_ids=list(open_)).items():
        if kept.proof == proof_of[lid]:  # decided before, in this process or another
            proof = kept.proof if kept.complete else ""
            result[lid] = known[kept.proof] = Standing(kept.complete, kept.total_counted, proof)
            del open_[lid]
    completions = _completions(session, {license.member_id for license in open_.values()})
    computed = 0
    for lid, license in open_.items():
        done = completions.get(license.member_id, ())
        if not _may_be_met(requirements, license, done):
            result[lid] = known[proof_of[lid]] = SHORT
            continue
        progress = compute_progress(
            requirements.rule_sets[license.rule_set_id], license.facts, done, license.today
        )
        complete = progress.status == "complete"
        result[lid] = known[proof_of[lid]] = Standing(
            complete, progress.total_counted_range[0], proof_of[lid] if complete else ""
        )
        computed += 1
    keep_standings(
        session,
        standings=[
            KeptStanding(lid, proof_of[lid], result[lid].complete, result[lid].total_counted)
            for lid in open_
        ],
    )
    return result, computed


def _proof(requirements: Requirements, license: Undecided, answers: str, mark: str) -> str:
    """A digest of everything the engine's "complete" reads (today does not change it)."""
    facts = license.facts
    held = (
        f"{requirements.digest(license.rule_set_id)}|{license.rule_set_id}|"
        f"{facts.renewal_date}|{facts.cycle_start}|{facts.first_renewal}|{answers}|{mark}"
    )
    return hashlib.sha1(held.encode()).hexdigest()[:20]


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
