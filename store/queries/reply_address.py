"""Reply addresses: kept with the turn that heard from a member, loaded for proactive sends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from store.models import Member, ReplyAddress, Workspace


@dataclass(frozen=True)
class KeptAddress:
    """A member's address on a platform, with the workspace (tenant) it belongs to."""

    address: dict
    personal: bool
    workspace_external_id: str


def keep_reply_address(
    session: Session,
    *,
    member_id: int,
    platform: str,
    address: dict,
    personal: bool,
    now: datetime,
) -> None:
    """Upsert where a member can be reached; an address in a channel never replaces their
    personal chat. An unchanged address is not written again."""
    query = select(ReplyAddress).where(
        ReplyAddress.member_id == member_id, ReplyAddress.platform == platform
    )
    kept = session.exec(query).first()
    if kept is None:
        new = ReplyAddress(
            member_id=member_id,
            platform=platform,
            address=address,
            personal=personal,
            updated_at=now,
        )
        try:
            with session.begin_nested():
                session.add(new)
            return
        except IntegrityError:  # another replica kept it a moment ago
            kept = session.exec(query).one()
    if kept.personal and not personal:
        return
    if kept.address != address or kept.personal != personal:
        kept.address, kept.personal, kept.updated_at = address, personal, now


def reply_address_of(session: Session, *, member_id: int, platform: str) -> KeptAddress | None:
    """The member's kept address on `platform`, or None if they never wrote to the bot there."""
    query = (
        select(ReplyAddress, Workspace.external_id)
        .join(Member, Member.id == ReplyAddress.member_id)  # type: ignore[arg-type]
        .join(Workspace, Workspace.id == Member.workspace_id)  # type: ignore[arg-type]
        .where(ReplyAddress.member_id == member_id, ReplyAddress.platform == platform)
    )
    row = session.exec(query).first()
    if row is None:
        return None
    kept, workspace = row
    return KeptAddress(dict(kept.address), kept.personal, workspace)


def mark_unreachable(session: Session, *, member_id: int) -> None:
    """The platform refused a proactive message (blocked or uninstalled): stop trying."""
    member = session.get(Member, member_id)
    if member is not None:
        member.reachable = False
