"""Peer ratings: what colleagues in the same workspace thought of a course."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from store.models.catalog import Review


def peer_ratings(
    session: Session, *, workspace_id: int, exclude_member_id: int | None = None
) -> dict[int, tuple[float, int]]:
    """Average rating and number of raters per course, from reviews members chose to share.

    Unshared reviews stay private to their author, so they never enter the average; the
    asking member's own review is left out ("rated 4.6 by 5 colleagues" means others).
    """
    query = (
        select(Review.course_id, func.avg(Review.rating), func.count(col(Review.id)))
        .where(Review.workspace_id == workspace_id, Review.shared == True)  # noqa: E712
        .group_by(col(Review.course_id))
    )
    if exclude_member_id is not None:
        query = query.where(Review.member_id != exclude_member_id)
    return {
        course: (round(float(avg), 2), int(count)) for course, avg, count in session.exec(query)
    }
