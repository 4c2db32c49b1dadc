"""A learning circle with known needs, and members who talk in its channel or in their DM.

The practice circle (channel C1, weekly Thursday 12:30 Los Angeles time) on Thu 3 Dec 2026:
  Ana   CA LCSW, renews 31 Mar 2027, nothing logged: short of ethics 6 h and HIV/AIDS 7 h
  Ben   CA LMFT, renews 20 Feb 2027, nothing logged: short of ethics 6 h and HIV/AIDS 7 h
  Cara  TX LPC, renews 30 Jun 2027, nothing logged: short of ethics 6 h, cultural competency 3 h
  Dev   CA LCSW, renews 28 Feb 2027: ethics and HIV/AIDS done, 13 of 36 h
  Eve   NY LCSW, renews 31 May 2027: short of boundaries 3 h and child-abuse reporting 2 h;
        has a private goal and a self-assessment, which must never reach the channel
  Finn  no license yet
So: ethics 3 of them (latest renewal June 2027), HIV/AIDS 2, every other need 1 (never said);
renewing within 90 days and not complete: Ben and Dev (2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from conversation import Conversation, as_text
from sqlmodel import select

from bot.messages import Inbound
from handlers.delivery import Senders
from handlers.nudges.drain import OutboxDrain
from store.db import new_session
from store.models import (
    CircleSeat,
    Completion,
    Goal,
    LearningCircle,
    License,
    Member,
    SelfAssessment,
    SkillRating,
    Workspace,
)

JOINED = datetime(2026, 1, 1, tzinfo=UTC)
# Everyone has told the bot they did California's one-time suicide and telehealth trainings
# in an earlier cycle (otherwise both are due now, for every CA member).
DONE_EARLIER = {"completed_once_suicide_prevention": True, "completed_once_telehealth": True}
STARTED = datetime(2026, 11, 2, 17, 0, tzinfo=UTC)
THURSDAY_1230_PACIFIC = datetime(2026, 12, 3, 20, 30, tzinfo=UTC)
SECRET_GOAL = "Open a private practice for teens by 2028"
NAMES = ("Ana", "Ben", "Cara", "Dev", "Eve", "Finn")


class Colleague(Conversation):
    """A member with their own name, who can also speak in a channel (a mention or /ce there)."""

    def __init__(self, mentor, name: str, **options) -> None:
        super().__init__(mentor, user=f"U{name.upper()}", **options)
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

    def in_channel(self, text: str, channel: str = "C1") -> str:
        return self.say(text, channel_id=channel, channel_kind="channel")


@dataclass(frozen=True)
class PracticeCircle:
    workspace_id: int
    circle_id: int
    ids: dict[str, int]


def _license(session, member: Member, rule_set: str, renewal: date) -> None:
    state, kind = rule_set.split("-")
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


def _done(session, member: Member, title: str, hours: float, *topics: str) -> None:
    session.add(
        Completion(
            member_id=member.id,
            title=title,
            hours=hours,
            completed_on=date(2026, 10, 1),
            format="live_online",
            topics=list(topics),
            created_at=JOINED,
        )
    )


def make_circle(engine, *, focus: str = "", platform: str = "test") -> PracticeCircle:
    """The circle described in the module docstring, everyone seated, Ana its starter."""
    with new_session(engine) as session:
        space = session.exec(
            select(Workspace).where(Workspace.platform == platform, Workspace.external_id == "W1")
        ).first() or Workspace(platform=platform, external_id="W1", created_at=JOINED)
        session.add(space)
        session.flush()
        people = {}
        for name in NAMES:
            people[name] = Member(
                workspace_id=space.id,
                platform_user_id=f"U{name.upper()}",
                display_name=name,
                timezone="America/Los_Angeles",
                onboarded=True,
                created_at=JOINED,
                practice_facts=DONE_EARLIER,
            )
            session.add(people[name])
        session.flush()
        _license(session, people["Ana"], "CA-LCSW", date(2027, 3, 31))
        _license(session, people["Ben"], "CA-LMFT", date(2027, 2, 20))
        _license(session, people["Cara"], "TX-LPC", date(2027, 6, 30))
        _license(session, people["Dev"], "CA-LCSW", date(2027, 2, 28))
        _license(session, people["Eve"], "NY-LCSW", date(2027, 5, 31))
        _done(session, people["Dev"], "Law and Ethics Update", 6, "ethics")
        _done(session, people["Dev"], "HIV/AIDS Assessment", 7, "hiv_aids")
        eve = people["Eve"]
        session.add(Goal(member_id=eve.id, text=SECRET_GOAL))
        assessment = SelfAssessment(member_id=eve.id, taken_at=JOINED)
        session.add(assessment)
        session.flush()
        session.add(SkillRating(assessment_id=assessment.id, competency="trauma", rating=1))
        circle = LearningCircle(
            workspace_id=space.id,
            channel_id="C1",
            started_by=people["Ana"].id,
            weekday=3,
            local_minutes=12 * 60 + 30,
            timezone="America/Los_Angeles",
            focus=focus,
            created_at=STARTED,
        )
        session.add(circle)
        session.flush()
        for name in NAMES:
            session.add(
                CircleSeat(circle_id=circle.id, member_id=people[name].id, joined_at=STARTED)
            )
        session.commit()
        return PracticeCircle(space.id, circle.id, {n: m.id for n, m in people.items()})


def shares(engine, rule_sets, now) -> list[tuple[str, str]]:
    """(channel, text) of each circle share the drain claims and would post at `now`."""
    deliveries = OutboxDrain(engine, rule_sets, Senders()).claim(now) or []
    return [
        (d.channel, "\n".join(as_text(r) for r in d.replies))
        for d in deliveries
        if d.send_ids and d.channel and not is_welcome(d)
    ]


def is_welcome(delivery) -> bool:
    """The bot's own 'this channel is now a learning circle' post (tested in test_circle_chat)."""
    return "now a learning circle" in as_text(delivery.replies[0])
