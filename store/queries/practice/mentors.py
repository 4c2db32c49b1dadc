"""Mentoring: offers, and introductions that are made only when mentee and mentor both said yes."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import String, cast, func, or_, update
from sqlmodel import Session, col, select

from store.models import (
    Goal,
    Member,
    MentorIntroduction,
    MentorOffer,
    SelfAssessment,
    SkillRating,
)
from store.queries.bulk import select_columns


def offer_mentoring(
    session: Session, *, workspace_id: int, member_id: int, area: str, now: datetime
) -> bool:
    """Record an offer to mentor in `area`; False when it was already there."""
    query = select(MentorOffer).where(MentorOffer.member_id == member_id, MentorOffer.area == area)
    if session.exec(query).first() is not None:
        return False
    session.add(
        MentorOffer(workspace_id=workspace_id, member_id=member_id, area=area, created_at=now)
    )
    session.flush()
    return True


def mentor_areas(session: Session, *, member_id: int) -> list[str]:
    """The areas the member offers to mentor in."""
    query = select(MentorOffer.area).where(MentorOffer.member_id == member_id)
    return sorted(session.exec(query))


def mentor_offers(session: Session, *, area: str | None = None, workspace_id: int | None = None):
    """(workspace id, mentor id, area) of standing offers, oldest first."""
    query = select(MentorOffer.workspace_id, MentorOffer.member_id, MentorOffer.area)
    if area is not None:
        query = query.where(MentorOffer.area == area)
    if workspace_id is not None:
        query = query.where(MentorOffer.workspace_id == workspace_id)
    order = (col(MentorOffer.created_at), col(MentorOffer.id))
    return [(row[0], row[1], row[2]) for row in session.exec(query.order_by(*order))]


def introduction_history(
    session: Session, *, workspace_ids: Collection[int]
) -> list[tuple[int, int, str, bool]]:
    """(mentor, mentee, area, still open) of every introduction offered in these workspaces."""
    query = select_columns(
        MentorIntroduction.mentor_id,
        MentorIntroduction.mentee_id,
        MentorIntroduction.area,
        MentorIntroduction.mentee_said,
        MentorIntroduction.mentor_said,
        MentorIntroduction.introduced_at,
    ).where(col(MentorIntroduction.workspace_id).in_(list(workspace_ids)))
    return [
        (mentor, mentee, area, said != "no" and answer == "" and made is None)
        for mentor, mentee, area, said, answer, made in session.exec(query)
    ]


def add_introduction(
    session: Session,
    *,
    workspace_id: int,
    mentor_id: int,
    mentee_id: int,
    area: str,
    now: datetime,
    mentee_said: str = "",
) -> MentorIntroduction:
    """Record an introduction offered (to the mentee first; `mentee_said` when they asked)."""
    intro = MentorIntroduction(
        workspace_id=workspace_id,
        mentor_id=mentor_id,
        mentee_id=mentee_id,
        area=area,
        mentee_said=mentee_said,
        created_at=now,
    )
    session.add(intro)
    session.flush()
    return intro


def get_introduction(session: Session, *, intro_id: int) -> MentorIntroduction | None:
    """An introduction by id (gone when either member deleted their data)."""
    return session.get(MentorIntroduction, intro_id)


def forget_mentor_offer(session: Session, *, member_id: int, area: str) -> bool:
    """Withdraw an offer; open introductions the mentor has not answered close as "withdrawn"."""
    offer = session.exec(
        select(MentorOffer).where(MentorOffer.member_id == member_id, MentorOffer.area == area)
    ).first()
    if offer is None:
        return False
    session.delete(offer)
    session.execute(
        update(MentorIntroduction)
        .where(
            col(MentorIntroduction.mentor_id) == member_id,
            col(MentorIntroduction.area) == area,
            col(MentorIntroduction.mentor_said) == "",
            col(MentorIntroduction.mentee_said) != "no",
        )
        .values(mentor_said="withdrawn")
    )
    return True


def mentee_leads(
    session: Session, *, workspace_ids: Collection[int], areas: Collection[str]
) -> dict[int, tuple[int, list[str], list[str], dict[str, int]]]:
    """Reachable, set-up members of these workspaces who may want one of `areas`: their
    interests name one, they have an active goal (its words are matched in Python), or their
    latest self-assessment rates one 3 or lower. Per member: (workspace id, interests, active
    goal texts, the latest ratings). Everyone else is left unread."""
    where = (
        col(Member.workspace_id).in_(list(workspace_ids)),
        col(Member.reachable),
        col(Member.onboarded),
    )
    found: dict[int, tuple[int, list[str], list[str], dict[str, int]]] = {}

    def lead(mid: int, workspace: int):
        return found.setdefault(mid, (workspace, [], [], {}))

    named = or_(*(cast(Member.interests, String).like(f'%"{area}"%') for area in areas))
    for mid, workspace, interests in session.exec(
        select_columns(Member.id, Member.workspace_id, Member.interests).where(*where, named)
    ):
        lead(mid, workspace)[1].extend(interests or [])
    goals = select(Goal.member_id, Member.workspace_id, Goal.text).join(
        Member, col(Member.id) == col(Goal.member_id)
    )
    for mid, workspace, text in session.exec(goals.where(*where, Goal.status == "active")):
        lead(mid, workspace)[2].append(text)
    latest = (
        select(func.max(SelfAssessment.id))
        .join(Member, col(Member.id) == col(SelfAssessment.member_id))
        .where(*where)
        .group_by(col(SelfAssessment.member_id))
    )
    low = select(SkillRating.assessment_id).where(
        col(SkillRating.assessment_id).in_(latest.scalar_subquery()),
        col(SkillRating.competency).in_(list(areas)),
        SkillRating.rating <= 3,
    )
    ratings = (
        select(
            SelfAssessment.member_id,
            Member.workspace_id,
            SkillRating.competency,
            SkillRating.rating,
        )
        .join(SkillRating, col(SkillRating.assessment_id) == col(SelfAssessment.id))
        .join(Member, col(Member.id) == col(SelfAssessment.member_id))
        .where(col(SelfAssessment.id).in_(low.scalar_subquery()))
    )
    for mid, workspace, competency, rating in session.exec(ratings):
        lead(mid, workspace)[3][competency] = rating
    return found
