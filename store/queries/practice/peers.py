"""Study buddies and mentoring: opt-ins, pairing history, offers and introductions.

Set-based reads for the sweeps (one query per table); goals and ratings are read here only to
match people, never to show them to anyone else.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from store.models import (
    BuddyPairing,
    CircleSeat,
    Goal,
    LearningCircle,
    Member,
    MentorIntroduction,
    MentorOffer,
    SelfAssessment,
    SkillRating,
)
from store.queries.bulk import select_columns


def seats_of(session: Session, *, member_id: int) -> list[CircleSeat]:
    """The member's seats in learning circles."""
    return list(session.exec(select(CircleSeat).where(CircleSeat.member_id == member_id)))


def circle_seat_here(
    session: Session, *, workspace_id: int, member_id: int, channel_id: str
) -> CircleSeat | None:
    """The member's seat in the circle of this channel, if they have one."""
    query = (
        select(CircleSeat)
        .join(LearningCircle, col(LearningCircle.id) == col(CircleSeat.circle_id))
        .where(
            LearningCircle.workspace_id == workspace_id,
            LearningCircle.channel_id == channel_id,
            CircleSeat.member_id == member_id,
        )
    )
    return session.exec(query).first()


def set_buddy_wish(session: Session, *, seats: Collection[CircleSeat], wants: bool) -> None:
    """Opt these seats in to (or out of) study-buddy introductions."""
    for seat in seats:
        seat.wants_buddy = wants
        session.add(seat)
    session.flush()


def buddy_seekers(session: Session) -> list[tuple[int, int]]:
    """(workspace id, member id) of every reachable, set-up member who wants a study buddy."""
    query = (
        select_columns(Member.workspace_id, Member.id)
        .join(CircleSeat, col(CircleSeat.member_id) == col(Member.id))
        .where(col(CircleSeat.wants_buddy), col(Member.reachable), col(Member.onboarded))
        .distinct()
    )
    return [(row[0], row[1]) for row in session.exec(query)]


def latest_partners(
    session: Session, *, member_ids: Collection[int]
) -> dict[int, tuple[int, datetime]]:
    """Each member's most recent study buddy and when they were paired."""
    ids = list(member_ids)
    query = select(BuddyPairing).where(
        or_(col(BuddyPairing.first_member_id).in_(ids), col(BuddyPairing.second_member_id).in_(ids))
    )
    latest: dict[int, tuple[int, datetime]] = {}
    for p in session.exec(query.order_by(col(BuddyPairing.created_at), col(BuddyPairing.id))):
        latest[p.first_member_id] = (p.second_member_id, p.created_at)
        latest[p.second_member_id] = (p.first_member_id, p.created_at)
    return {m: latest[m] for m in ids if m in latest}


def add_pairing(
    session: Session, *, workspace_id: int, first: int, second: int, reason: str, now: datetime
) -> BuddyPairing:
    """Record two members introduced as study buddies (the history that prevents repeats)."""
    pairing = BuddyPairing(
        workspace_id=workspace_id,
        first_member_id=first,
        second_member_id=second,
        reason=reason[:200],
        created_at=now,
    )
    session.add(pairing)
    session.flush()
    return pairing


def interests_and_goals(
    session: Session, *, member_ids: Collection[int]
) -> dict[int, tuple[list[str], list[str]]]:
    """Per member: their areas of interest and the text of their active goals (for matching only)."""
    ids = list(member_ids)
    found: dict[int, tuple[list[str], list[str]]] = {}
    for mid, interests in session.exec(
        select_columns(Member.id, Member.interests).where(col(Member.id).in_(ids))
    ):
        found[mid] = (list(interests or []), [])
    goals = select(Goal.member_id, Goal.text).where(
        col(Goal.member_id).in_(ids), Goal.status == "active"
    )
    for mid, text in session.exec(goals):
        found.setdefault(mid, ([], []))[1].append(text)
    return found


def latest_ratings_of(
    session: Session, *, member_ids: Collection[int]
) -> dict[int, dict[str, int]]:
    """Per member, the ratings of their latest self-assessment (private: used only to match)."""
    latest = (
        select(func.max(SelfAssessment.id))
        .where(col(SelfAssessment.member_id).in_(list(member_ids)))
        .group_by(col(SelfAssessment.member_id))
    )
    query = (
        select(SelfAssessment.member_id, SkillRating.competency, SkillRating.rating)
        .join(SkillRating, col(SkillRating.assessment_id) == col(SelfAssessment.id))
        .where(col(SelfAssessment.id).in_(latest.scalar_subquery()))
    )
    ratings: dict[int, dict[str, int]] = defaultdict(dict)
    for mid, competency, rating in session.exec(query):
        ratings[mid][competency] = rating
    return dict(ratings)


def names_of(session: Session, *, member_ids: Collection[int]) -> dict[int, str]:
    """Display names (what introductions call people)."""
    query = select_columns(Member.id, Member.display_name).where(
        col(Member.id).in_(list(member_ids))
    )
    return {mid: name or "a colleague" for mid, name in session.exec(query)}


def get_pairing(session: Session, *, pairing_id: int) -> BuddyPairing | None:
    """A pairing, if both members are still here (deleting either removes it)."""
    return session.get(BuddyPairing, pairing_id)


def members_of(session: Session, *, workspace_ids: Collection[int]) -> list[tuple[int, int]]:
    """(member id, workspace id) of reachable, set-up members in these workspaces."""
    query = select_columns(Member.id, Member.workspace_id).where(
        col(Member.workspace_id).in_(list(workspace_ids)),
        col(Member.reachable),
        col(Member.onboarded),
    )
    return [(row[0], row[1]) for row in session.exec(query)]


def peer_data(session: Session, *, member_id: int) -> dict:
    """The member's study-buddy and mentoring rows, for "export my data"."""
    pairings = select(BuddyPairing).where(
        or_(
            col(BuddyPairing.first_member_id) == member_id,
            col(BuddyPairing.second_member_id) == member_id,
        )
    )
    offers = select(MentorOffer).where(MentorOffer.member_id == member_id)
    # As a mentor, only introductions already made: before that, who asked stays unknown.
    intros = select(MentorIntroduction).where(
        or_(
            col(MentorIntroduction.mentee_id) == member_id,
            (col(MentorIntroduction.mentor_id) == member_id)
            & col(MentorIntroduction.introduced_at).is_not(None),
        )
    )

    def dump(query: SelectOfScalar[Any]) -> list[dict]:
        return [row.model_dump(mode="json") for row in session.exec(query)]

    return {
        "buddypairing": dump(pairings),
        "mentoroffer": dump(offers),
        "mentorintroduction": dump(intros),
    }
