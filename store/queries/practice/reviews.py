"""Reviews members write of catalog courses, and the course they logged last (to share it)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from store.models import Completion, Review


def last_completion(session: Session, *, member_id: int) -> Completion | None:
    """The course the member logged last."""
    query = (
        select(Completion)
        .where(Completion.member_id == member_id)
        .order_by(col(Completion.created_at).desc(), col(Completion.id).desc())
    )
    return session.exec(query.limit(1)).first()


def save_review(
    session: Session,
    *,
    workspace_id: int,
    member_id: int,
    course_id: int,
    rating: int,
    text: str,
    now: datetime,
) -> Review:
    """Store the member's review of a course, replacing their earlier one of it."""
    query = select(Review).where(Review.member_id == member_id, Review.course_id == course_id)
    review = session.exec(query).first() or Review(
        workspace_id=workspace_id, member_id=member_id, course_id=course_id, rating=rating
    )
    review.rating, review.text, review.created_at = rating, text, now
    session.add(review)
    session.flush()
    return review


def review_by_id(session: Session, *, member_id: int, review_id: int) -> Review | None:
    """One of the member's own reviews."""
    review = session.get(Review, review_id)
    return review if review is not None and review.member_id == member_id else None
