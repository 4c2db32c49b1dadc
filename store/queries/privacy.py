"""Everything held about one member: export it, or delete it for good."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, SQLModel, col, delete, select

from store.db import saved_id, table_of
from store.models import (
    Completion,
    ConversationState,
    Goal,
    License,
    Member,
    OutboxMessage,
    PlanStep,
    Review,
    SelfAssessment,
    SkillRating,
)
from store.queries.certificates import certificate_export, delete_certificates
from store.queries.practice.circles import circle_data
from store.queries.practice.peers import peer_data
from store.queries.practice.team import team_data

OWNED = (Goal, License, Completion, PlanStep, Review, OutboxMessage, ConversationState)


def _rows(session: Session, model: type[SQLModel], member_id: int) -> list[dict]:
    query = select(model).where(table_of(model).c.member_id == member_id)
    return [row.model_dump(mode="json") for row in session.exec(query)]


def member_data(session: Session, *, member: Member) -> dict:
    """Every row that belongs to the member, as JSON-ready dicts."""
    member_id = saved_id(member)
    data: dict[str, Any] = {"member": member.model_dump(mode="json")}
    for model in OWNED:
        data[table_of(model).name] = _rows(session, model, member_id)
    assessments = _rows(session, SelfAssessment, member_id)
    ids = [row["id"] for row in assessments]
    ratings = session.exec(select(SkillRating).where(col(SkillRating.assessment_id).in_(ids)))
    data["selfassessment"] = assessments
    data.update(peer_data(session, member_id=member_id))  # study buddies and mentoring
    data.update(circle_data(session, member_id=member_id))  # learning circles
    data.update(team_data(session, member_id=member_id))  # a manager's digest settings
    data["skillrating"] = [row.model_dump(mode="json") for row in ratings]
    # The member's own certificate files, whole: an export is a complete copy of what we hold.
    data["certificatefile"] = certificate_export(session, member_id=member_id)
    # Audit-ready: the courses still missing their certificate, named outright.
    data["completions_without_certificate"] = [
        {"id": row["id"], "title": row["title"], "completed_on": row["completed_on"]}
        for row in data[table_of(Completion).name]
        if not row["certificate_ref"] and not row["certificate_name"]
    ]
    return data


def delete_member_data(session: Session, *, member: Member) -> None:
    """Delete the member and everything that belongs to them (children first)."""
    member_id = saved_id(member)
    assessment_ids = select(SelfAssessment.id).where(SelfAssessment.member_id == member_id)
    session.exec(delete(SkillRating).where(col(SkillRating.assessment_id).in_(assessment_ids)))
    session.exec(delete(SelfAssessment).where(col(SelfAssessment.member_id) == member_id))
    delete_certificates(session, member_id=member_id)
    for model in (PlanStep, Review, OutboxMessage, ConversationState, Completion, Goal, License):
        session.exec(delete(model).where(table_of(model).c.member_id == member_id))
    reports = select(Member).where(Member.manager_id == member_id)
    for report in session.exec(reports):
        report.manager_id = None
    session.flush()
    session.delete(member)
    session.flush()
