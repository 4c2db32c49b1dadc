"""Colleagues for study-buddy and mentoring tests: members, circle seats, chats and a drain."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from conversation import FRIDAY_NOON_PACIFIC, Conversation
from sqlmodel import select

from bot.messages import Inbound, Reply
from handlers.delivery import DeliveryResult, Recipient, Senders
from handlers.nudges.drain import OutboxDrain
from store.db import new_session
from store.models import (
    CircleSeat,
    Goal,
    LearningCircle,
    License,
    Member,
    NudgePreferences,
    SelfAssessment,
    SkillRating,
    Workspace,
)

JOINED = datetime(2026, 1, 1, tzinfo=UTC)
NOW = FRIDAY_NOON_PACIFIC  # Friday noon in Los Angeles: inside everyone's delivery window
# Quiet preferences: no deadline or check-in nudges get in the way of what is tested here.
NO_NUDGES = {"opted_out": ["deadline", "complete", "step", "checkin", "inactivity"]}


def add_peer(
    engine,
    *,
    user: str,
    name: str,
    platform: str = "test",
    workspace: str = "W1",
    interests: Sequence[str] = (),
    goals: Sequence[str] = (),
    ratings: dict[str, int] | None = None,
    license: str | None = "CA-LCSW",
    zone: str = "America/Los_Angeles",
) -> int:
    """An onboarded member with optional interests, goals, self-ratings and one license."""
    with new_session(engine) as session:
        ws = session.exec(
            select(Workspace).where(
                Workspace.platform == platform, Workspace.external_id == workspace
            )
        ).first() or Workspace(platform=platform, external_id=workspace, created_at=JOINED)
        session.add(ws)
        session.flush()
        member = Member(
            workspace_id=ws.id,
            platform_user_id=user,
            display_name=name,
            timezone=zone,
            onboarded=True,
            interests=list(interests),
            created_at=JOINED,
        )
        session.add(member)
        session.flush()
        session.add(NudgePreferences(member_id=member.id, **NO_NUDGES))
        if license:
            state, kind = license.split("-")
            session.add(
                License(
                    member_id=member.id,
                    license_type=kind,
                    jurisdiction=state,
                    renewal_date=date(2027, 11, 30),
                    rule_set_id=license,
                )
            )
        for text in goals:
            session.add(Goal(member_id=member.id, text=text, created_at=JOINED))
        if ratings:
            assessment = SelfAssessment(member_id=member.id, taken_at=JOINED)
            session.add(assessment)
            session.flush()
            for area, rating in ratings.items():
                session.add(
                    SkillRating(assessment_id=assessment.id, competency=area, rating=rating)
                )
        session.commit()
        return member.id


def seat(engine, member_ids: Sequence[int], *, channel: str = "C1", wants: bool = False) -> int:
    """A learning circle in `channel` with these members seated; returns the circle id."""
    with new_session(engine) as session:
        first = session.get(Member, member_ids[0])
        circle = session.exec(
            select(LearningCircle).where(LearningCircle.channel_id == channel)
        ).first() or LearningCircle(
            workspace_id=first.workspace_id, channel_id=channel, name="Peers"
        )
        session.add(circle)
        session.flush()
        for member_id in member_ids:
            session.add(CircleSeat(circle_id=circle.id, member_id=member_id, wants_buddy=wants))
        session.commit()
        return circle.id


def wants_buddy(engine, member_id: int) -> list[bool]:
    """The member's seats' opt-ins, circle by circle."""
    with new_session(engine) as session:
        query = select(CircleSeat.wants_buddy).where(CircleSeat.member_id == member_id)
        return list(session.exec(query.order_by(CircleSeat.circle_id)))


class Colleague(Conversation):
    """A conversation as one named member (the base class calls everyone Dana Reyes)."""

    def __init__(self, mentor, *, user: str, name: str, now: datetime = NOW, **kw) -> None:
        super().__init__(mentor, user=user, now=now, **kw)
        self.name = name

    def _inbound(self, **fields) -> Inbound:
        fields.setdefault("event_id", f"{self.user}-{next(self._ids)}")
        return Inbound(
            "test",
            self.workspace,
            self.user,
            display_name=self.name,
            timezone_hint=self.timezone,
            **fields,
        )

    def press_in(self, replies: Sequence[Reply], label: str) -> str:
        """Press a button of a message the bot sent outside the conversation (an outbox message)."""
        self.replies = list(replies)
        return self.press(label)


@dataclass
class Inbox:
    """A Sender for the test platform: what each member received, message by message."""

    platform: str = "test"
    sent: list[tuple[int, tuple[str, ...], list[Reply]]] = field(default_factory=list)

    async def send(self, recipient: Recipient, replies: Sequence[Reply]) -> DeliveryResult:
        self.sent.append((recipient.member_id, recipient.together_with, list(replies)))
        return DeliveryResult("sent")

    def of(self, member_id: int) -> list[list[Reply]]:
        return [replies for mid, _, replies in self.sent if mid == member_id]


def drain_with(engine, rule_sets, *senders) -> OutboxDrain:
    """The real drain, delivering through `senders`."""
    registry = Senders()
    for sender in senders:
        registry.add(sender)
    return OutboxDrain(engine, rule_sets, registry)
