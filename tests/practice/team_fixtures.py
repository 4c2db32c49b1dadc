"""A small practice with known compliance statuses, for digest and permission tests.

Today (FRIDAY_NOON_PACIFIC) is Fri 27 Nov 2026. Manager Mia (UMGR) has seven reports:
  Ana   complete, renews 15 Jan 2027 (49 days)   Ben   on track
  Cara  at risk, renews 10 Feb 2027, 24 h short  Dev   overdue (renewed 31 Oct 2026)
  Eve   never talked to the bot (not set up)     Finn  on track, but unreachable
  Gus   a board we have no rules for (unknown)
Manager Mo (UMO) has one report, Zed, whose data must never reach Mia.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from store.db import new_session
from store.models import (
    Completion,
    Goal,
    License,
    Member,
    NudgePreferences,
    SelfAssessment,
    SkillRating,
    Workspace,
)

JOINED = datetime(2026, 1, 1, tzinfo=UTC)
NY = {"completed_once_child_abuse_reporting": True}
SECRET_GOAL = "Open a private practice for teens by 2028"
SECRET_COURSE = "Zed's confidential course"
# No nudges: only digests reach the stubs in delivery tests.
NO_NUDGES = {"opted_out": ["deadline", "complete", "step", "checkin", "inactivity"]}


@dataclass(frozen=True)
class Practice:
    workspace_id: int
    ids: dict[str, int]  # first name -> member id


def _member(session, workspace_id: int, name: str, **fields) -> Member:
    fields.setdefault("onboarded", True)
    fields.setdefault("platform_user_id", f"U{name.upper()}")
    member = Member(
        workspace_id=workspace_id,
        display_name=name,
        timezone="America/Los_Angeles",
        created_at=JOINED,
        **fields,
    )
    session.add(member)
    session.flush()
    return member


def _license(session, member: Member, renewal: date, rule_set: str = "NY-LCSW") -> None:
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


def _done(session, member: Member, title: str, hours: float, on: date, *topics: str) -> None:
    session.add(
        Completion(
            member_id=member.id,
            title=title,
            hours=hours,
            completed_on=on,
            format="live",
            topics=list(topics),
            approval_body="NYSED",
            created_at=JOINED,
        )
    )


def make_practice(
    engine, *, platform: str = "test", workspace: str = "W1", quiet: bool = False
) -> Practice:
    """Mia's team and Mo's team, as described in the module docstring (`quiet`: no nudges)."""
    with new_session(engine) as session:
        space = Workspace(platform=platform, external_id=workspace, created_at=JOINED)
        session.add(space)
        session.flush()
        ws = space.id
        mia = _member(session, ws, "Mia", role="manager", platform_user_id="UMGR")
        mo = _member(session, ws, "Mo", role="manager", platform_user_id="UMO")
        team = {
            n: _member(session, ws, n, manager_id=mia.id, practice_facts=NY)
            for n in ("Ana", "Ben", "Cara", "Dev", "Finn", "Gus")
        }
        team["Eve"] = _member(session, ws, "Eve", manager_id=mia.id, onboarded=False)
        team["Finn"].reachable = False
        zed = _member(session, ws, "Zed", manager_id=mo.id, practice_facts=NY)
        _license(session, team["Ana"], date(2027, 1, 15))
        _done(session, team["Ana"], "Core hours", 33, date(2025, 6, 1))
        _done(session, team["Ana"], "Boundaries", 3, date(2026, 11, 21), "professional_boundaries")
        for name in ("Ben", "Finn"):
            _license(session, team[name], date(2028, 6, 30))
            _done(session, team[name], "Core hours", 20, date(2026, 1, 1))
        _done(session, team["Ben"], "Ethics in Telehealth", 3, date(2026, 11, 24))
        _license(session, team["Cara"], date(2027, 2, 10))
        _done(session, team["Cara"], "Core hours", 10, date(2025, 6, 1))
        _done(session, team["Cara"], "Ethics in Telehealth", 2, date(2026, 11, 25))
        _license(session, team["Dev"], date(2026, 10, 31))
        _done(session, team["Dev"], "Core hours", 5, date(2025, 6, 1))
        _done(session, team["Dev"], "Old course", 2, date(2026, 11, 20))  # day before the period
        _license(session, team["Gus"], date(2027, 3, 1), rule_set="GU-LCSW")  # Guam: no rules
        _license(session, zed, date(2027, 1, 2))
        _done(session, zed, SECRET_COURSE, 5, date(2026, 11, 26))
        for who in (team["Ana"], zed):
            session.add(Goal(member_id=who.id, text=SECRET_GOAL, created_at=JOINED))
            rated = SelfAssessment(member_id=who.id, taken_at=JOINED)
            session.add(rated)
            session.flush()
            session.add(SkillRating(assessment_id=rated.id, competency="trauma", rating=1))
        everyone = (mia, mo, zed, *team.values())
        if quiet:
            session.add_all(NudgePreferences(member_id=m.id, **NO_NUDGES) for m in everyone)
        session.commit()
        ids = {m.display_name: m.id for m in everyone}
        return Practice(ws, ids)
