"""The planning sweep: every member's NEW due nudges, in one lean pass over plain rows.

Same answer as `plan(load_members(...))` minus the nudges already in the outbox (and not
skipped), which planning would not insert anyway. SQL keeps only members who may be nudged
now (per time zone: is the default window open there), with one row per license carrying
its cycle hours; Python builds every candidate key, looks them all up in the outbox in one
statement, and asks whether a license is complete (bot/nudges/completeness.py) only where
the hours can't rule it out and the answer decides a nudge not planned yet.

The licenses' aggregate over every completion is the one long read. A process's first sweep
runs it on a second connection while the members are built, for the members whose tallies
kept by an earlier sweep (store/queries/nudge_tallies.py) no longer hold (every member, on a
new deployment); later sweeps in the process (the nudge kind keeps a SweepMemory) read it
again only for members whose records_version moved (database triggers move it on every change
to their licenses and completions).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlmodel import Session

from bot.nudges.bounds import Requirements
from bot.nudges.candidates import (
    LicenseDue,
    SweepMember,
    add_licenses,
    candidates,
    license_aggregate,
    remember,
    rows_kept_or_read,
    rows_read_again,
)
from bot.nudges.completeness import SweepMemory, Undecided, decide_standings
from bot.nudges.facts import STEP_AHEAD_DAYS, DueNudge
from bot.nudges.planner import (
    checkin_key,
    complete_key,
    deadline_key,
    period_of,
    step_key,
    step_when,
)
from bot.nudges.zones import local_times
from bot.rules import RuleSet
from store.alongside import read_alongside
from store.queries.nudge_proofs import stored_proofs
from store.queries.nudge_sweep import live_keys_among, member_zones, steps_due_rows
from store.queries.nudge_tallies import keep_tallies


@dataclass
class SweepResult:
    """The new nudges, and how much work the sweep did (members read, licenses computed)."""

    due: list[DueNudge] = field(default_factory=list)
    members: int = 0
    open_members: int = 0
    progress_computed: int = 0


def sweep(
    session: Session,
    rule_sets: Mapping[str, RuleSet],
    now: datetime,
    *,
    memory: SweepMemory | None = None,
) -> SweepResult:
    """Every nudge due at `now` whose key the outbox does not hold yet (or holds as skipped).

    `memory`: what earlier sweeps on this database decided (see bot/nudges/completeness.py).
    """
    with without_cycle_collection():
        return _sweep(session, rule_sets, now, memory)


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector: a sweep allocates a million short-lived objects
    (rows, tuples, keys) and no cycles, and the collector would rescan the survivors again
    and again (a third of the sweep's time at 100k members). Refcounting still frees all."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _sweep(
    session: Session, rule_sets: Mapping[str, RuleSet], now: datetime, memory: SweepMemory | None
) -> SweepResult:
    local = local_times(member_zones(session), now)
    requirements = Requirements(rule_sets)
    remembered = memory.licenses if memory is not None else None
    aggregate = license_aggregate(requirements, local, now)
    read_again = bool(remembered)  # a later sweep here: only changed records are read again
    # Otherwise the longest read: it runs while the members are built and their keys looked
    # up, from the tallies kept by earlier processes where they still hold.
    kept = license_aggregate(requirements, local, now, kept=True)
    first_read = partial(rows_kept_or_read, kept=kept, aggregate=aggregate)
    reading = nullcontext() if read_again else read_alongside(session, first_read)
    with reading as license_rows:
        read, members = candidates(session, local, now)
        # Nudges whose reason is known now, licenses whose status decides one.
        known: list[tuple[SweepMember, str, str, dict]] = []
        live: set[str] = set()
        if members:
            _add_steps(session, members)
            for member in members.values():
                _member_nudges(member, known)
            if not read_again:  # while the license rows are read; else with the others below
                live = live_keys_among(session, keys={key for _, _, key, _ in known})
        if license_rows is None:  # read_again: `remembered` holds rows
            rows = rows_read_again(session, aggregate, members, remembered or {})
        else:
            held, fresh = license_rows()
            keep_tallies(session, rows=fresh)  # what a later process may keep
            rows = held + fresh
    if remembered is not None and not read_again:
        remember(remembered, rows)  # what a later sweep here may keep
    result = SweepResult(members=read, open_members=len(members))
    if not members:
        return result
    add_licenses(requirements, members, rows)
    maybe: list[tuple[SweepMember, LicenseDue, set[str]]] = []
    # One lookup where it need not overlap a read: each lookup hashes the whole outbox.
    first_license_nudge = len(known) if not read_again else 0
    for member in members.values():
        _license_nudges(member, known, maybe)
    wanted = {key for _, _, key, _ in known[first_license_nudge:]}
    wanted.update(key for _, _, keys in maybe for key in keys)
    wanted.update(
        m.inactivity_key for m in members.values() if m.inactivity_key and _wants_inactivity(m)
    )
    live |= live_keys_among(session, keys=wanted)
    undecided = {
        license.license_id: Undecided(
            member.member_id, license.rule_set_id, license.facts, member.today, license.tally
        )
        for member, license, keys in maybe
        if keys - live
        or (_wants_inactivity(member) and member.inactivity_key not in live and not member.short)
    }
    # Licenses whose "complete" nudge is planned: the proof stored with it may settle them.
    complete_keys = {
        complete_key(license.license_id, license.facts.renewal_date): lid
        for _, license, _ in maybe
        if (lid := license.license_id) in undecided
    }
    stored = stored_proofs(session, keys=[key for key in complete_keys if key in live])
    proofs = {complete_keys[key]: proof for key, proof in stored.items()}
    decided, result.progress_computed = decide_standings(
        session, requirements, undecided, proofs, memory
    )
    new_proofs: dict[str, str] = {}
    for member, license, _ in maybe:
        standing = decided.get(license.license_id)
        if standing is None:
            continue  # nothing it could decide is new
        lid, renewal = license.license_id, license.facts.renewal_date
        if standing.complete:
            if standing.total_counted > 0 and "complete" not in member.prefs.opted_out:
                key = complete_key(lid, renewal)
                known.append((member, "complete", key, {"license_id": lid}))
                new_proofs[key] = standing.proof
            continue
        member.short = True
        if license.bucket is not None and "deadline" not in member.prefs.opted_out:
            key = deadline_key(lid, renewal, license.bucket)
            known.append((member, "deadline", key, {"license_id": lid, "days": license.bucket}))
    for member in members.values():
        if member.short and member.inactivity_key and _wants_inactivity(member):
            idle = (member.today - (member.last_progress_on or member.joined_on)).days
            known.append((member, "inactivity", member.inactivity_key, {"idle_days": idle}))
    result.due = [
        DueNudge(member.member_id, member.workspace_id, kind, key, payload, new_proofs.get(key, ""))
        for member, kind, key, payload in known
        if key not in live
    ]
    return result


def _wants_inactivity(member: SweepMember) -> bool:
    return bool(member.inactivity_key) and "inactivity" not in member.prefs.opted_out


def _add_steps(session: Session, members: Mapping[int, SweepMember]) -> None:
    """Give each member their planned steps due from their today to a few days ahead."""
    days = [member.today for member in members.values()]
    rows: Iterable[Sequence[Any]] = steps_due_rows(
        session, first_day=min(days), last_day=max(days) + timedelta(days=STEP_AHEAD_DAYS)
    )
    for sid, mid, due_on in rows:
        if mid in members:
            members[mid].steps.append((sid, due_on))


def _member_nudges(member: SweepMember, known: list) -> None:
    """The member's step and check-in nudges (kinds the member opted out of left out)."""
    opted_out = member.prefs.opted_out
    if "step" not in opted_out:
        for sid, due_on in sorted(member.steps):
            when = step_when(due_on, member.today)
            if when:
                payload = {"step_id": sid, "when": when}
                known.append((member, "step", step_key(sid, due_on, when), payload))
    period = period_of(member.prefs.checkin_every, member.joined_on, member.today)
    if period is not None and "checkin" not in opted_out:
        known.append((member, "checkin", checkin_key(member.member_id, period), {"period": period}))


def _license_nudges(member: SweepMember, known: list, maybe: list) -> None:
    """The member's deadline nudges whose reason is known without progress, and licenses that
    may be complete with the keys their status decides."""
    opted_out = member.prefs.opted_out
    for license in member.licenses:
        lid, renewal, bucket = license.license_id, license.facts.renewal_date, license.bucket
        if license.maybe_complete:
            keys = {complete_key(lid, renewal)} if "complete" not in opted_out else set()
            if bucket is not None and "deadline" not in opted_out:
                keys.add(deadline_key(lid, renewal, bucket))
            maybe.append((member, license, keys))
        elif bucket is not None and "deadline" not in opted_out:
            key = deadline_key(lid, renewal, bucket)
            known.append((member, "deadline", key, {"license_id": lid, "days": bucket}))
