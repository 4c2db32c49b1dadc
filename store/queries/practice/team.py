"""Teams (who reports to whom) and the set-based reads behind managers' digests.

The digest reads are one query per table for a whole chunk of managers (joined on
`member.manager_id`), never one per report: 1,000 managers x 50 reports is a few queries.
Only compliance columns are read: no goals, self-assessments or reflections.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import date
from typing import NamedTuple

from sqlalchemy import exists
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from store.db import saved_id
from store.models import Completion, DigestPreferences, License, Member
from store.queries.bulk import select_columns
from store.queries.members import get_or_create_member, get_or_create_workspace

CHUNK = 500  # managers per IN (...) list


def _chunks(ids: Collection[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), CHUNK):
        yield ordered[i : i + CHUNK]


def _rows(session: Session, query) -> list[tuple]:
    """Plain rows through the session's connection (no ORM row loading: tens of thousands)."""
    return list(session.connection().execute(query).all())


class ReportRow(NamedTuple):
    """A manager's report: who they are and whether the bot can reach them (no goals)."""

    member_id: int
    manager_id: int
    name: str
    platform_user_id: str
    onboarded: bool
    reachable: bool
    practice_facts: dict | None


class ReportLicenseRow(NamedTuple):
    """A report's license, as the rules engine needs it."""

    member_id: int
    license_type: str
    state: str
    renewal_date: date
    cycle_start: date | None
    rule_set_id: str
    first_renewal: bool


class ReportCompletionRow(NamedTuple):
    """A report's completion, compliance columns only."""

    member_id: int
    id: int
    title: str
    hours: float
    completed_on: date
    format: str
    topics: list[str]
    approval_body: str


def report_rows(session: Session, *, manager_ids: Collection[int]) -> list[ReportRow]:
    """The reports of these managers, by manager, then name."""
    found: list[ReportRow] = []
    for chunk in _chunks(manager_ids):
        query = (
            select_columns(
                Member.id,
                Member.manager_id,
                Member.display_name,
                Member.platform_user_id,
                Member.onboarded,
                Member.reachable,
                Member.practice_facts,
            )
            .where(col(Member.manager_id).in_(chunk))
            .order_by(col(Member.manager_id), col(Member.display_name), col(Member.id))
        )
        found.extend(map(ReportRow._make, _rows(session, query)))
    return found


def report_license_rows(
    session: Session, *, manager_ids: Collection[int]
) -> list[ReportLicenseRow]:
    """The licenses of these managers' reports, by member, then renewal date."""
    found: list[ReportLicenseRow] = []
    for chunk in _chunks(manager_ids):
        query = (
            select_columns(
                License.member_id,
                License.license_type,
                License.jurisdiction,
                License.renewal_date,
                License.cycle_start,
                License.rule_set_id,
                License.first_renewal,
            )
            .join(Member, col(Member.id) == col(License.member_id))
            .where(col(Member.manager_id).in_(chunk))
            .order_by(col(License.member_id), col(License.renewal_date), col(License.id))
        )
        found.extend(map(ReportLicenseRow._make, _rows(session, query)))
    return found


def report_completion_rows(
    session: Session, *, manager_ids: Collection[int], since: date
) -> list[ReportCompletionRow]:
    """The completions of these managers' reports on or after `since`."""
    found: list[ReportCompletionRow] = []
    for chunk in _chunks(manager_ids):
        query = (
            select_columns(
                Completion.member_id,
                Completion.id,
                Completion.title,
                Completion.hours,
                Completion.completed_on,
                Completion.format,
                Completion.topics,
                Completion.approval_body,
            )
            .join(Member, col(Member.id) == col(Completion.member_id))
            .where(col(Member.manager_id).in_(chunk), col(Completion.completed_on) >= since)
        )
        found.extend(map(ReportCompletionRow._make, _rows(session, query)))
    return found


class ManagerRow(NamedTuple):
    """A manager with at least one report; digest settings None where never changed."""

    id: int
    workspace_id: int
    timezone: str
    reachable: bool
    cadence: str | None
    weekday: int | None
    local_minutes: int | None
    channel_id: str | None


def manager_rows(
    session: Session, *, manager_ids: Collection[int] | None = None
) -> list[ManagerRow]:
    """Managers with at least one report, in id order."""
    report = aliased(Member)
    query = (
        select_columns(
            Member.id,
            Member.workspace_id,
            Member.timezone,
            Member.reachable,
            DigestPreferences.cadence,
            DigestPreferences.weekday,
            DigestPreferences.local_minutes,
            DigestPreferences.channel_id,
        )
        .outerjoin(DigestPreferences, col(DigestPreferences.manager_id) == col(Member.id))
        .where(exists().where(col(report.manager_id) == col(Member.id)))
        .order_by(col(Member.id))
    )
    if manager_ids is None:
        return [ManagerRow(*row) for row in session.exec(query)]
    return [
        ManagerRow(*row)
        for chunk in _chunks(manager_ids)
        for row in session.exec(query.where(col(Member.id).in_(chunk)))
    ]


def digest_preferences_of(
    session: Session, *, manager_id: int, create: bool = True
) -> DigestPreferences:
    """A manager's digest settings; the defaults when never set (added to the session only
    with `create`, for a change about to be made)."""
    prefs = session.get(DigestPreferences, manager_id)
    if prefs is None:
        prefs = DigestPreferences(manager_id=manager_id)
        if create:
            session.add(prefs)
    return prefs


def members_named(
    session: Session, *, workspace_id: int, people: Sequence[tuple[str, str]]
) -> list[Member]:
    """The members for (platform user id, name) pairs, in order; someone the bot has never
    talked to gets a row (not onboarded) so they are tracked once they start."""
    users = [user for user, _ in people]
    query = select(Member).where(
        Member.workspace_id == workspace_id, col(Member.platform_user_id).in_(users)
    )
    known = {member.platform_user_id: member for member in session.exec(query)}
    # A mention's name (often a handle) names only someone new; a known name is the platform's.
    return [
        known.get(user)
        or get_or_create_member(
            session, workspace_id=workspace_id, platform_user_id=user, display_name=name
        )
        for user, name in people
    ]


def set_manager(session: Session, *, reports: Sequence[Member], manager: Member | None) -> None:
    """Make `reports` report to `manager` (None: to nobody)."""
    for report in reports:
        report.manager_id = manager.id if manager is not None else None
        session.add(report)
    session.flush()


def member_for_user(
    session: Session, *, platform: str, workspace: str, platform_user_id: str, name: str = ""
) -> Member:
    """As member_by_user, creating the workspace and member (not onboarded) when new."""
    space = get_or_create_workspace(session, platform=platform, external_id=workspace)
    [member] = members_named(
        session, workspace_id=saved_id(space), people=[(platform_user_id, name)]
    )
    return member


def import_team(session: Session, *, lines: Sequence) -> tuple[int, int]:
    """Apply validated team-file lines (bot.practice.team_file.TeamLine) in this session.

    Managers who were clinicians become managers (admins stay admins); a name from the file
    fills in only a name the bot does not know yet. Returns (people placed, managers).
    """
    managers: set[int] = set()
    for line in lines:
        boss = member_for_user(
            session,
            platform=line.platform,
            workspace=line.workspace,
            platform_user_id=line.manager,
            name=line.manager_name,
        )
        report = member_for_user(
            session,
            platform=line.platform,
            workspace=line.workspace,
            platform_user_id=line.member,
            name=line.member_name,
        )
        for member, name in ((boss, line.manager_name), (report, line.member_name)):
            if name and not member.display_name:
                member.display_name = name
        if boss.role not in ("manager", "admin"):
            boss.role = "manager"
        report.manager_id = boss.id
        session.add_all((boss, report))
        managers.add(boss.id or 0)
    session.flush()
    return len(lines), len(managers)


def set_role(
    session: Session, *, platform: str, workspace: str, platform_user_id: str, role: str
) -> Member:
    """Give someone a role (admin, manager, clinician), creating their member row if new."""
    member = member_for_user(
        session, platform=platform, workspace=workspace, platform_user_id=platform_user_id
    )
    member.role = role
    session.add(member)
    session.flush()
    return member


def find_members(session: Session, *, key: str) -> list[Member]:
    """Members by database id (digits) or platform user id, in any workspace."""
    if key.isdigit():
        member = session.get(Member, int(key))
        return [member] if member is not None else []
    return list(session.exec(select(Member).where(Member.platform_user_id == key)))


def team_data(session: Session, *, member_id: int) -> dict:
    """What "export my data" adds for teams: the member's digest settings (their reports'
    records are theirs, not the manager's, so they are not exported here)."""
    prefs = session.get(DigestPreferences, member_id)
    return {"digestpreferences": [prefs.model_dump(mode="json")] if prefs else []}
