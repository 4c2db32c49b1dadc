"""The members a sweep may nudge now, with their licenses: plain rows in, small records out.

SQL already dropped members who aren't onboarded or reachable, are snoozed past every
zone's date, or live in a zone whose default window is closed without a window of their
own; here the exact checks of `planner.blocked_reason` run on what is left.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from sqlmodel import Session

from bot.nudges.bounds import Requirements
from bot.nudges.facts import Preferences
from bot.nudges.load import preferences_from_row
from bot.nudges.planner import due_bucket, inactivity_key
from bot.nudges.zones import Local
from bot.outbox.window import is_open
from bot.rules import LicenseFacts
from store.alongside import read_apart
from store.queries.nudge_facts import preference_rows
from store.queries.nudge_sweep import candidate_license_rows, candidate_rows
from store.queries.nudge_tallies import keep_tallies, kept_license_rows

DEFAULT = Preferences()  # frozen: one instance serves every member without settings
# A nudge sent before this long ago was on an earlier local day in every zone.
SENT_TODAY_WITHIN = timedelta(days=2)
VERSION = 8  # where a license row holds its member's records version (candidate_license_rows)


@dataclass(frozen=True, slots=True)
class LicenseDue:
    """A license not past renewal: today's deadline bucket, and whether it may be complete."""

    license_id: int
    rule_set_id: str
    facts: LicenseFacts
    bucket: int | None
    maybe_complete: bool
    tally: tuple = ()  # the holder's completions, counted (see candidate_license_rows)


@dataclass(slots=True)
class SweepMember:
    """A member who may be nudged now, as the planner sees them."""

    member_id: int
    workspace_id: int
    today: date
    joined_on: date
    prefs: Preferences
    records_version: int = 0  # see migration 0009
    licenses: list[LicenseDue] = field(default_factory=list)
    steps: list[tuple[int, date]] = field(default_factory=list)
    last_progress_on: date | None = None
    short: bool = False  # provably short on some license not past its renewal date
    inactivity_key: str | None = None


def candidates(
    session: Session, local: Mapping[str, Local], now: datetime
) -> tuple[int, dict[int, SweepMember]]:
    """(members read, the members who may be nudged now by id; licenses not added yet)."""
    open_zones, latest = _scope(local, now)
    rows = candidate_rows(
        session, open_zones=open_zones, latest_day=latest, sent_since=now - SENT_TODAY_WITHIN
    )
    own = {row[0]: preferences_from_row(row) for row in preference_rows(session)}
    members = {}
    for mid, workspace_id, zone_name, created, sent_at, has_prefs, version in rows:
        here = local.get(zone_name)
        if here is None:  # a member who joined after the zones were read: next sweep
            continue
        prefs = own.get(mid, DEFAULT) if has_prefs else DEFAULT
        if has_prefs and (
            (prefs.snoozed_until and here.today < prefs.snoozed_until)
            or not is_open(prefs, here.at)
        ):
            continue
        if not has_prefs and not here.default_open:
            continue
        if sent_at and sent_at.astimezone(here.zone).date() == here.today:
            continue
        joined = created.astimezone(here.zone).date()
        members[mid] = SweepMember(mid, workspace_id, here.today, joined, prefs, version)
    return len(rows), members


def license_aggregate(
    requirements: Requirements, local: Mapping[str, Local], now: datetime, *, kept: bool = False
) -> Callable[..., Any]:
    """The read of the licenses of the members `candidates` may keep (or of `member_ids`),
    with their cycle hours: `candidate_license_rows` for this sweep (`kept`: the same rows
    from the kept tallies that still hold, `kept_license_rows`)."""
    open_zones, latest = _scope(local, now)
    months = {rule_set_id: rs.cycle_months for rule_set_id, rs in requirements.rule_sets.items()}
    return partial(
        kept_license_rows if kept else candidate_license_rows,
        open_zones=open_zones,
        latest_day=latest,
        cycle_months=months,
        default_months=max(months.values(), default=36),
    )


def rows_kept_or_read(
    session: Session, *, kept: Callable[..., Any], aggregate: Callable[..., list[tuple]]
) -> tuple[list[tuple], list[tuple]]:
    """A new process's license rows: (those whose kept tallies still hold, those read afresh
    for the members where any does not). When most do not (the first sweep of a deployment),
    every member's are read afresh in one statement."""
    held, missing = kept(session)
    if not missing:
        return held, []
    if 2 * len(missing) > len({row[1] for row in held} | missing):
        return [], aggregate(session)
    return [row for row in held if row[1] not in missing], aggregate(session, member_ids=missing)


def rows_read_again(
    session: Session,
    aggregate: Callable[..., list[tuple]],
    members: Mapping[int, SweepMember],
    remembered: dict[int, tuple[int, list[tuple]]],
) -> list[tuple]:
    """The members' license rows: as remembered where their records version is unchanged
    (triggers move it on every change to their licenses and completions), read again for the
    others only."""
    rows: list[tuple] = []
    changed = []
    for mid, member in members.items():
        held = remembered.get(mid)
        if held is not None and held[0] == member.records_version:
            rows.extend(held[1])
        else:
            changed.append(mid)
    if changed:
        fresh = read_apart(session, partial(aggregate, member_ids=changed))
        remember(remembered, fresh)
        keep_tallies(session, rows=fresh)  # what a new process may keep
        rows.extend(fresh)
    return rows


def remember(remembered: dict[int, tuple[int, list[tuple]]], rows: list[tuple]) -> None:
    """Keep the rows by member, with the records version the read saw (a member without
    licenses is not kept: which version the read saw is unknown, so it is read again)."""
    by_member: dict[int, tuple[int, list[tuple]]] = {}
    for row in rows:
        by_member.setdefault(row[1], (row[VERSION], []))[1].append(row)
    remembered.update(by_member)


def _scope(local: Mapping[str, Local], now: datetime) -> tuple[list[str], date]:
    """The zones whose default window is open, and the latest local date anywhere."""
    open_zones = [name for name, here in local.items() if here.default_open]
    return open_zones, max((here.today for here in local.values()), default=now.date())


def add_licenses(
    requirements: Requirements, members: Mapping[int, SweepMember], rows: list[tuple]
) -> None:
    """Give each member the licenses (rows of `license_reader`) a nudge may come from, and
    their inactivity key."""
    rule_sets = requirements.rule_sets
    for lid, mid, kind, state, renewal, start, rule_set_id, first, _, hours, last, tally, _ in rows:
        member = members.get(mid)
        if member is None:
            continue
        member.last_progress_on = last
        days_left = (renewal - member.today).days
        if days_left < 0 or rule_set_id not in rule_sets:
            continue  # past renewal, or no progress (unknown rules): no nudge, not "short"
        maybe = requirements.may_be_complete(rule_set_id, renewal, start, bool(first), hours or 0.0)
        bucket = due_bucket(renewal, member.today, member.prefs.working_days)
        if not maybe:
            member.short = True
            if bucket is None:
                continue  # short, and no reminder today: nothing more to know
        facts = LicenseFacts(kind, state, renewal, start, bool(first))
        member.licenses.append(LicenseDue(lid, rule_set_id, facts, bucket, maybe, tally))
    for member in members.values():
        since = member.last_progress_on or member.joined_on
        member.inactivity_key = inactivity_key(member.member_id, since, member.today)
