"""Learning circles: the circle of a channel, its seats, Teams channel references, reviews."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from store.db import saved_id
from store.models import (
    CircleSeat,
    Course,
    LearningCircle,
    Member,
    Workspace,
)
from store.queries.bulk import select_columns


def circle_in(session: Session, *, workspace_id: int, channel_id: str) -> LearningCircle | None:
    """The learning circle of a channel, if the channel is one."""
    query = select(LearningCircle).where(
        LearningCircle.workspace_id == workspace_id, LearningCircle.channel_id == channel_id
    )
    return session.exec(query).first()


def add_circle(session: Session, *, circle: LearningCircle) -> LearningCircle | None:
    """Store a new circle; None when another one for that channel was stored a moment ago."""
    try:
        with session.begin_nested():
            session.add(circle)
    except IntegrityError:
        return None
    return circle


def delete_circle(session: Session, *, circle: LearningCircle) -> None:
    """Turn the channel back into an ordinary channel (its seats go with it)."""
    session.exec(delete(CircleSeat).where(col(CircleSeat.circle_id) == circle.id))
    session.delete(circle)
    session.flush()


def join_circle(session: Session, *, circle_id: int, member_id: int, now: datetime) -> bool:
    """Seat the member in the circle; False when they already sat there."""
    try:
        with session.begin_nested():
            session.add(CircleSeat(circle_id=circle_id, member_id=member_id, joined_at=now))
    except IntegrityError:
        return False
    return True


def leave_circle(session: Session, *, circle_id: int, member_id: int) -> bool:
    """Take the member's seat away; False when they had none."""
    seat = (col(CircleSeat.circle_id) == circle_id) & (col(CircleSeat.member_id) == member_id)
    return session.exec(delete(CircleSeat).where(seat)).rowcount > 0


def seat_of(session: Session, *, circle_id: int, member_id: int) -> CircleSeat | None:
    """The member's seat in the circle, if any."""
    query = select(CircleSeat).where(
        CircleSeat.circle_id == circle_id, CircleSeat.member_id == member_id
    )
    return session.exec(query).first()


def seat_names(session: Session, *, circle_id: int) -> list[str]:
    """Display names of the circle's members, in the order they joined."""
    query = (
        select(Member.display_name)
        .join(CircleSeat, col(CircleSeat.member_id) == col(Member.id))
        .where(CircleSeat.circle_id == circle_id)
        .order_by(col(CircleSeat.joined_at), col(CircleSeat.id))
    )
    return list(session.exec(query))


def circles_of_member(session: Session, *, member_id: int) -> list[LearningCircle]:
    """The circles the member sits in, oldest first."""
    query = (
        select(LearningCircle)
        .join(CircleSeat, col(CircleSeat.circle_id) == col(LearningCircle.id))
        .where(CircleSeat.member_id == member_id)
        .order_by(col(LearningCircle.id))
    )
    return list(session.exec(query))


def circles_by_id(session: Session, *, circle_ids: Collection[int]) -> dict[int, LearningCircle]:
    """Circles by id (those still existing)."""
    query = select(LearningCircle).where(col(LearningCircle.id).in_(list(circle_ids)))
    return {saved_id(circle): circle for circle in session.exec(query)}


def scheduled_circles(session: Session) -> list[LearningCircle]:
    """Every circle whose prompts are not turned off (one query for the planner)."""
    query = select(LearningCircle).where(LearningCircle.cadence != "off")
    return list(session.exec(query.order_by(col(LearningCircle.id))))


def seats_by_circle(session: Session, *, circle_ids: Collection[int]) -> dict[int, list[int]]:
    """Member ids per circle, in the order they joined (one query for many circles)."""
    query = (
        select(CircleSeat.circle_id, CircleSeat.member_id)
        .where(col(CircleSeat.circle_id).in_(list(circle_ids)))
        .order_by(col(CircleSeat.joined_at), col(CircleSeat.id))
    )
    seats: dict[int, list[int]] = {circle_id: [] for circle_id in circle_ids}
    for circle_id, member_id in session.exec(query):
        seats[circle_id].append(member_id)
    return seats


def circle_by_channel(
    session: Session, *, platform: str, workspace_external_id: str, channel_id: str
) -> LearningCircle | None:
    """A circle found by the platform's own ids (for proactive posts into its channel)."""
    query = (
        select(LearningCircle)
        .join(Workspace, col(Workspace.id) == col(LearningCircle.workspace_id))
        .where(
            Workspace.platform == platform,
            Workspace.external_id == workspace_external_id,
            LearningCircle.channel_id == channel_id,
        )
    )
    return session.exec(query).first()


def set_circle_reference(
    session: Session, *, platform: str, workspace_external_id: str, channel_id: str, reference: dict
) -> bool:
    """Keep the channel's reference with its circle; False when the channel is no circle."""
    circle = circle_by_channel(
        session,
        platform=platform,
        workspace_external_id=workspace_external_id,
        channel_id=channel_id,
    )
    if circle is None:
        return False
    if circle.reference != reference:
        session.execute(
            update(LearningCircle)
            .where(col(LearningCircle.id) == circle.id)
            .values(reference=reference)
        )
    return True


def free_course_rows(session: Session) -> list[tuple[str, str, float | None, list[str]]]:
    """(title, provider, hours, topics) of every free catalog course; the topics column also
    carries the course's states (store.catalog.records.split_topics)."""
    query = select(Course.title, Course.provider, Course.hours, Course.topics).where(
        Course.cost_usd == 0
    )
    rows = session.exec(query.order_by(col(Course.id)))
    return [(title, provider, hours, list(topics)) for title, provider, hours, topics in rows]


def display_names(session: Session, *, member_ids: Collection[int]) -> dict[int, str]:
    """Display names by member id."""
    query = select_columns(Member.id, Member.display_name).where(
        col(Member.id).in_(list(member_ids))
    )
    return dict(session.exec(query).all())


def circle_data(session: Session, *, member_id: int) -> dict:
    """The member's circle seats and the circles they started, for "export my data"."""
    seats = select(CircleSeat).where(CircleSeat.member_id == member_id)
    started = select(LearningCircle).where(LearningCircle.started_by == member_id)
    return {
        "circleseat": [row.model_dump(mode="json") for row in session.exec(seats)],
        "learningcircle_started": [
            row.model_dump(mode="json", exclude={"reference"}) for row in session.exec(started)
        ],
    }
