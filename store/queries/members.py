"""Workspaces, members and licenses."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from store.models import License, Member, PlanStep, Workspace

# Read on most turns (status, settings, home): built once, since building costs more than running.
LICENSES_OF = (
    select(License)
    .where(License.member_id == bindparam("member_id"))
    .order_by(col(License.renewal_date), col(License.id))
)


def get_or_create_workspace(session: Session, *, platform: str, external_id: str) -> Workspace:
    """The workspace for a platform tenant, created on first contact."""
    query = select(Workspace).where(
        Workspace.platform == platform, Workspace.external_id == external_id
    )
    workspace = session.exec(query).first()
    if workspace is None:
        workspace = Workspace(platform=platform, external_id=external_id)
        try:
            with session.begin_nested():
                session.add(workspace)
        except IntegrityError:  # another replica created it a moment ago
            workspace = session.exec(query).one()
    return workspace


def get_or_create_member(
    session: Session, *, workspace_id: int, platform_user_id: str, display_name: str = ""
) -> Member:
    """The member for a platform user in a workspace, created on first contact."""
    query = select(Member).where(
        Member.workspace_id == workspace_id, Member.platform_user_id == platform_user_id
    )
    member = session.exec(query).first()
    if member is None:
        return create_member(
            session,
            workspace_id=workspace_id,
            platform_user_id=platform_user_id,
            display_name=display_name,
        )[0]
    rename(member, display_name)
    return member


def create_member(
    session: Session, *, workspace_id: int, platform_user_id: str, display_name: str = ""
) -> tuple[Member, bool]:
    """A member not found a moment ago, created now; True when this call created it.

    False when another replica created it first: that member is returned then, as it is.
    """
    member = Member(
        workspace_id=workspace_id,
        platform_user_id=platform_user_id,
        display_name=display_name,
    )
    try:
        with session.begin_nested():
            session.add(member)
    except IntegrityError:
        query = select(Member).where(
            Member.workspace_id == workspace_id, Member.platform_user_id == platform_user_id
        )
        return session.exec(query).one(), False
    return member, True


def rename(member: Member, display_name: str) -> None:
    """Keep the member's name as the platform last gave it (an empty name changes nothing)."""
    if display_name and member.display_name != display_name:
        member.display_name = display_name


def get_member(session: Session, *, workspace_id: int, member_id: int) -> Member | None:
    """A member, only if it belongs to the workspace (every lookup is tenant-scoped)."""
    member = session.get(Member, member_id)
    return member if member is not None and member.workspace_id == workspace_id else None


def licenses_of(session: Session, *, member_id: int) -> list[License]:
    """A member's licenses, soonest renewal first."""
    return list(session.exec(LICENSES_OF, params={"member_id": member_id}))


def add_license(
    session: Session,
    *,
    member_id: int,
    license_type: str,
    jurisdiction: str,
    renewal_date: date,
    rule_set_id: str,
    first_renewal: bool = False,
) -> License:
    """Record a license the member holds."""
    license = License(
        member_id=member_id,
        license_type=license_type,
        jurisdiction=jurisdiction,
        renewal_date=renewal_date,
        rule_set_id=rule_set_id,
        first_renewal=first_renewal,
    )
    session.add(license)
    session.flush()
    return license


def get_license(session: Session, *, member_id: int, license_id: int) -> License | None:
    """One of the member's licenses, or None if it is not theirs."""
    license = session.get(License, license_id)
    return license if license is not None and license.member_id == member_id else None


def remove_license(session: Session, *, license: License) -> None:
    """Forget a license (its plan steps stay, unlinked)."""
    for step in session.exec(select(PlanStep).where(PlanStep.license_id == license.id)):
        step.license_id = None
    session.flush()
    session.delete(license)
