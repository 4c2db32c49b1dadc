"""Members, licenses and a recording sender for nudge tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from bot.messages import Choices, Reply, Text
from handlers.delivery import DeliveryResult, Recipient
from store.db import new_session
from store.models import Completion, License, Member, NudgePreferences, PlanStep, Workspace

JOINED = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass
class RecordingSender:
    """A Sender that keeps what it was asked to send, with the instant it was asked."""

    platform: str = "terminal"
    clock: list = field(default_factory=lambda: [JOINED])
    sent: list[tuple[int, datetime, list[Reply]]] = field(default_factory=list)

    async def send(self, recipient: Recipient, replies: Sequence[Reply]) -> DeliveryResult:
        self.sent.append((recipient.member_id, self.clock[0], list(replies)))
        return DeliveryResult("sent")


def text_of(replies: Sequence[Reply]) -> str:
    """A message's words, buttons included."""
    parts = []
    for reply in replies:
        if isinstance(reply, Text):
            parts.append(reply.text)
        elif isinstance(reply, Choices):
            parts.append(reply.prompt + " " + " ".join(f"[{c.label}]" for c in reply.options))
    return "\n".join(parts)


def add_member(
    engine,
    *,
    user: str,
    zone: str = "America/New_York",
    renewal: date | None = date(2026, 12, 31),
    rule_set: str = "CA-LCSW",
    hours_done: float = 0.0,
    topics: Sequence[str] = ("ethics",),
    prefs: dict | None = None,
    platform: str = "terminal",
    steps: Sequence[tuple[str, date]] = (),
) -> int:
    """A member onboarded on JOINED, with one license and optionally completions, steps, prefs."""
    with new_session(engine) as session:
        workspace = session.exec(
            Workspace.__table__.select().where(Workspace.__table__.c.platform == platform)
        ).first()
        workspace_id = workspace.id if workspace else None
        if workspace_id is None:
            ws = Workspace(platform=platform, external_id="W1", created_at=JOINED)
            session.add(ws)
            session.flush()
            workspace_id = ws.id
        member = Member(
            workspace_id=workspace_id,
            platform_user_id=user,
            timezone=zone,
            onboarded=True,
            created_at=JOINED,
        )
        session.add(member)
        session.flush()
        if renewal is not None:
            kind, state = rule_set.split("-")[1], rule_set.split("-")[0]
            session.add(
                License(
                    member_id=member.id,
                    license_type=kind,
                    jurisdiction=state,
                    renewal_date=renewal,
                    rule_set_id=rule_set,
                    created_at=JOINED,
                )
            )
        if hours_done:
            session.add(
                Completion(
                    member_id=member.id,
                    title="Law and ethics update",
                    hours=hours_done,
                    completed_on=date(2025, 12, 1),
                    topics=list(topics),
                    created_at=JOINED,
                )
            )
        for title, due in steps:
            session.add(PlanStep(member_id=member.id, title=title, due_date=due, created_at=JOINED))
        if prefs:
            session.add(NudgePreferences(member_id=member.id, **prefs))
        session.commit()
        return member.id
