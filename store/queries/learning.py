"""Completions, plan steps, goals and self-assessments of one member."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from store.db import saved_id
from store.models import Completion, Course, Goal, PlanStep, SelfAssessment, SkillRating

# Read on most turns (status, plan, home): built once, like the turn's own statements.
COMPLETIONS_OF = (
    select(Completion)
    .where(Completion.member_id == bindparam("member_id"))
    .order_by(col(Completion.completed_on).desc(), col(Completion.id).desc())
)
PLAN_OF = {  # include_done -> the statement
    include_done: select(PlanStep)
    .where(
        PlanStep.member_id == bindparam("member_id"),
        col(PlanStep.status).in_(["planned", "done"] if include_done else ["planned"]),
    )
    .order_by(col(PlanStep.due_date), col(PlanStep.id))
    for include_done in (False, True)
}


def completions_of(session: Session, *, member_id: int) -> list[Completion]:
    """Everything the member logged, newest first."""
    return list(session.exec(COMPLETIONS_OF, params={"member_id": member_id}))


def add_completion(session: Session, *, completion: Completion) -> Completion:
    """Log a completion."""
    session.add(completion)
    session.flush()
    return completion


def same_day_completion(
    session: Session, *, member_id: int, title: str, completed_on: date, course_id: int | None
) -> Completion | None:
    """An already-logged completion of the same course (or same title) on the same day."""
    query = select(Completion).where(
        Completion.member_id == member_id, Completion.completed_on == completed_on
    )
    for done in session.exec(query):
        same_course = course_id is not None and done.course_id == course_id
        if same_course or done.title.casefold() == title.casefold():
            return done
    return None


def get_completion(session: Session, *, member_id: int, completion_id: int) -> Completion | None:
    """One of the member's completions, or None if it is not theirs."""
    done = session.get(Completion, completion_id)
    return done if done is not None and done.member_id == member_id else None


def delete_completion(session: Session, *, completion: Completion) -> None:
    """Remove a completion (undo), unlinking any plan step it had closed."""
    for step in session.exec(select(PlanStep).where(PlanStep.completion_id == completion.id)):
        step.completion_id, step.status = None, "planned"
    session.flush()
    session.delete(completion)


def plan_of(session: Session, *, member_id: int, include_done: bool = False) -> list[PlanStep]:
    """The member's plan steps in date order."""
    return list(session.exec(PLAN_OF[include_done], params={"member_id": member_id}))


def add_plan_step(session: Session, *, step: PlanStep) -> PlanStep:
    """Add a dated step to the member's plan."""
    session.add(step)
    session.flush()
    return step


def plan_course(
    session: Session, *, member_id: int, course: Course, due_date: date, now: datetime
) -> PlanStep:
    """Add a catalog course to the member's plan, to finish by `due_date`."""
    step = PlanStep(
        member_id=member_id,
        course_id=course.id,
        title=course.title,
        hours=course.hours,
        due_date=due_date,
        created_at=now,
    )
    return add_plan_step(session, step=step)


def goals_of(session: Session, *, member_id: int) -> list[Goal]:
    """The member's active goals."""
    query = select(Goal).where(Goal.member_id == member_id, Goal.status == "active")
    return list(session.exec(query.order_by(col(Goal.id))))


def save_assessment(
    session: Session, *, member_id: int, ratings: dict[str, int], now: datetime
) -> SelfAssessment:
    """Store one self-assessment with a rating per competency."""
    assessment = SelfAssessment(member_id=member_id, taken_at=now)
    session.add(assessment)
    session.flush()
    for competency, rating in ratings.items():
        session.add(
            SkillRating(assessment_id=saved_id(assessment), competency=competency, rating=rating)
        )
    session.flush()
    return assessment


def latest_ratings(session: Session, *, member_id: int, skip: int = 0) -> dict[str, int]:
    """Ratings of the member's newest self-assessment (skip=1: the one before it)."""
    query = (
        select(SelfAssessment.id)
        .where(SelfAssessment.member_id == member_id)
        .order_by(col(SelfAssessment.taken_at).desc(), col(SelfAssessment.id).desc())
        .offset(skip)
        .limit(1)
    )
    assessment_id = session.exec(query).first()
    if assessment_id is None:
        return {}
    rows = session.exec(select(SkillRating).where(SkillRating.assessment_id == assessment_id))
    return {row.competency: row.rating for row in rows}


def get_plan_step(
    session: Session, *, member_id: int, step_id: int, removed: bool = False
) -> PlanStep | None:
    """One of the member's current plan steps, or None if it is not theirs or was removed
    (`removed`: only a removed one, to put back)."""
    step = session.get(PlanStep, step_id)
    if step is None or step.member_id != member_id or (step.status == "removed") != removed:
        return None
    return step


def add_goal(session: Session, *, goal: Goal) -> Goal:
    """Save a member's goal."""
    session.add(goal)
    session.flush()
    return goal
