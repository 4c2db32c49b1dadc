"""The planning sweep: every member's NEW due nudges, computing progress only where it decides one.

Same answer as `plan(load_members(...))` minus the nudges already in the outbox (and not
skipped), which planning would not insert anyway. Progress (the rules engine, ~0.5 ms a
license) is computed only where it decides a nudge: for a license whose deadline or "all
requirements met" key is not planned yet (or for the inactivity nudge when no other license
shows the member short) AND that bot/nudges/bounds.py cannot prove short from aggregates.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session

from bot.nudges.bounds import Requirements
from bot.nudges.facts import INACTIVE_DAYS, DueNudge, LicenseNudgeFacts, MemberNudgeFacts
from bot.nudges.load import load_members, load_sweep_members, topic_hours_of
from bot.nudges.planner import blocked_reason, deadline_bucket, reasons_on
from bot.nudges.window import zone_of
from bot.rules import RuleSet, compute_progress
from store.queries.nudge_facts import member_rows
from store.queries.outbox import live_keys


@dataclass(frozen=True)
class Short:
    """Stands in for Progress where the license can't be complete (all the planner reads)."""

    days_left: int
    status: str = "short"
    total_counted: float = 0.0


@dataclass
class SweepResult:
    """The new nudges, and how much work the sweep did (members read, licenses computed)."""

    due: list[DueNudge] = field(default_factory=list)
    members: int = 0
    open_members: int = 0
    progress_computed: int = 0


def sweep(session: Session, rule_sets: Mapping[str, RuleSet], now: datetime) -> SweepResult:
    """Every nudge due at `now` whose key the outbox does not hold yet (or holds as skipped)."""
    members = load_sweep_members(session, rule_sets=rule_sets)
    requirements = Requirements(rule_sets)
    result = SweepResult(members=len(members))
    open_members = [
        (member, hours, now.astimezone(zone_of(member.timezone)).date())
        for member, hours in members
        if not blocked_reason(member, now)
    ]
    result.open_members = len(open_members)
    members_by_id = {m.member_id: m for m, _, _ in open_members}
    progress: dict[int, dict] = {}
    maybe: dict[int, list[LicenseNudgeFacts]] = {}
    for member, hours, today in open_members:
        progress[member.member_id], maybe[member.member_id] = _split(
            member, hours, requirements, today
        )
    # Only a license that may be complete (or the inactivity nudge) needs its keys looked up
    # before deciding; the rest are looked up with the other nudges at the end.
    gating = {key for m, _, today in open_members
              for key in _gating_keys(m, maybe[m.member_id], today)}  # fmt: skip
    planned = live_keys(session, keys=gating)
    needs_exact: dict[int, tuple[set[int], date]] = {}
    for member, _, today in open_members:
        exact = _undecided(
            member, progress[member.member_id], maybe[member.member_id], planned, today
        )
        if exact:
            needs_exact[member.member_id] = (exact, today)
    _rule_out_never_complete(session, needs_exact, progress, members_by_id, requirements)
    for full in load_members(session, member_ids=needs_exact):
        exact, today = needs_exact[full.member_id]
        for license in full.licenses:
            if license.license_id in exact:
                progress[full.member_id][license.license_id] = compute_progress(
                    rule_sets[license.rule_set_id], license.facts, full.completions, today
                )
                result.progress_computed += 1
    found = [n for m, _, today in open_members for n in reasons_on(m, progress[m.member_id], today)]
    planned |= live_keys(session, keys={n.dedup_key for n in found} - gating)
    result.due = [n for n in found if n.dedup_key not in planned]
    return result


def _gating_keys(member: MemberNudgeFacts, maybe: list[LicenseNudgeFacts], today: date):
    """The keys whose presence in the outbox spares computing progress."""
    keys = [key for lic in maybe for key in _license_keys(lic, today)]
    inactivity = _inactivity_key(member, today)
    return [*keys, inactivity] if inactivity else keys


def _license_keys(license: LicenseNudgeFacts, today: date) -> list[str]:
    """The deadline and "all requirements met" keys the license could be due under today."""
    renewal = license.facts.renewal_date
    ident = f"{license.license_id}:{renewal.isoformat()}"
    bucket = deadline_bucket((renewal - today).days)
    keys = [f"deadline:{ident}:{bucket}"] if bucket is not None else []
    return [*keys, f"complete:{ident}"] if renewal >= today else keys


def _inactivity_key(member: MemberNudgeFacts, today: date) -> str | None:
    since = member.last_progress_on or member.joined_on
    idle = (today - since).days
    if idle < INACTIVE_DAYS:
        return None
    return f"inactivity:{member.member_id}:{since.isoformat()}:{idle // INACTIVE_DAYS}"


def _split(member, hours, requirements, today) -> tuple[dict, list[LicenseNudgeFacts]]:
    """(licenses short by their total hours -> Short, licenses that may be complete)."""
    known: dict[int, Short] = {}
    maybe: list[LicenseNudgeFacts] = []
    for license in member.licenses:
        if license.rule_set_id not in requirements.rule_sets:
            continue
        if requirements.may_be_complete(license, hours[license.license_id]):
            maybe.append(license)
        else:
            known[license.license_id] = Short((license.facts.renewal_date - today).days)
    return known, maybe


def _undecided(member, known, maybe, planned, today) -> set[int]:
    """The license ids whose progress decides a nudge not planned yet."""
    exact = {lic.license_id for lic in maybe
             if any(key not in planned for key in _license_keys(lic, today))}  # fmt: skip
    inactivity = _inactivity_key(member, today)
    short = any(s.days_left >= 0 for s in known.values())
    if inactivity and inactivity not in planned and not short:
        # Whether the member is short decides the nudge: only the engine can say.
        exact |= {lic.license_id for lic in maybe if lic.facts.renewal_date >= today}
    return exact


def _rule_out_never_complete(session, needs_exact, progress, members_by_id, requirements) -> None:
    """Licenses with a question open, or a topic its hours can't meet, are short: no engine."""
    practice = {row[0]: row[6] or {} for row in member_rows(session, member_ids=needs_exact)}
    licenses = {
        lic.license_id: (member_id, lic)
        for member_id, (exact, _) in needs_exact.items()
        for lic in members_by_id[member_id].licenses
        if lic.license_id in exact
    }
    short = {lid for lid, (mid, lic) in licenses.items()
             if requirements.asks_question(lic, practice.get(mid, {}))}  # fmt: skip
    rest = {lid: licenses[lid] for lid in licenses.keys() - short}
    for lid, format_hours, topic_hours in topic_hours_of(session, rest, requirements.rule_sets):
        mid, lic = rest[lid]
        if not requirements.topics_may_be_met(
            lic, practice.get(mid, {}), format_hours, topic_hours
        ):
            short.add(lid)
    for lid in short:
        member_id, license = licenses[lid]
        exact, today = needs_exact[member_id]
        exact.discard(lid)
        progress[member_id][lid] = Short((license.facts.renewal_date - today).days)
        if not exact:
            del needs_exact[member_id]
