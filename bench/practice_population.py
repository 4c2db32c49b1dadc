"""A sprinkle of practice data on top of bench/population.py: managers with reports, learning
circles with seats and buddy opt-ins, mentor offers, goals and self-assessments. Seeded.

Circles meet Tuesdays 10:00 New York and a fifth of managers take their digest then, so a
plan run at that hour (the nudge bench's `now`) has prompts and digests due.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, insert, update

from bench.population import MEMBERS_PER_WORKSPACE, SEED
from bot.topics import COMPETENCIES
from store.models import (
    CircleSeat,
    DigestPreferences,
    Goal,
    LearningCircle,
    Member,
    MentorOffer,
    SelfAssessment,
    SkillRating,
)


@dataclass(frozen=True)
class Practice:
    """How much practice data there is."""

    managers: int = 2000
    reports: int = 20
    circles: int = 500
    seats: int = 10
    buddy_opt_ins: int = 1000
    mentor_offers: int = 200
    goal_share: float = 0.1  # members with an active goal naming an area
    assessed_share: float = 0.3  # members with a self-assessment


def populate_practice(engine: Engine, *, members: int, today: date, spec: Practice) -> None:
    """Add `spec` on top of `members` members (ids 1..members, 500 per workspace)."""
    rng = random.Random(SEED + 2)
    at = datetime.combine(today, datetime.min.time(), tzinfo=UTC) - timedelta(days=60)
    areas = sorted(COMPETENCIES)
    span = max(members // spec.managers, spec.reports + 1)
    table = Member.__table__
    with engine.begin() as conn:
        managers = [1 + i * span for i in range(spec.managers) if 1 + i * span <= members]
        conn.execute(update(table).where(table.c.id.in_(managers)).values(role="manager"))
        for manager in managers:
            conn.execute(
                update(table)
                .where(table.c.id.between(manager + 1, manager + spec.reports))
                .values(manager_id=manager)
            )
        tuesday = [
            {
                "manager_id": m,
                "cadence": "weekly",
                "weekday": 1,
                "local_minutes": 9 * 60,
                "channel_id": "",
                "updated_at": at,
            }
            for m in managers[::5]
        ]
        conn.execute(insert(DigestPreferences.__table__), tuesday)
        workspaces = (members - 1) // MEMBERS_PER_WORKSPACE + 1
        circles, seats = [], []
        for c in range(1, spec.circles + 1):
            workspace = 1 + (c - 1) % workspaces
            first = (workspace - 1) * MEMBERS_PER_WORKSPACE + 1
            last = min(workspace * MEMBERS_PER_WORKSPACE, members)
            sitting = rng.sample(range(first, last + 1), min(spec.seats, last - first + 1))
            circles.append(
                {
                    "id": c,
                    "workspace_id": workspace,
                    "channel_id": f"C{c:05d}",
                    "name": f"Circle {c}",
                    "started_by": sitting[0],
                    "cadence": "weekly",
                    "weekday": 1,
                    "local_minutes": 600,
                    "timezone": "America/New_York",
                    "focus": "",
                    "reference": {},
                    "created_at": at,
                }
            )
            seats += [
                {"circle_id": c, "member_id": m, "wants_buddy": False, "joined_at": at}
                for m in sitting
            ]
        for seat in rng.sample(seats, min(spec.buddy_opt_ins, len(seats))):
            seat["wants_buddy"] = True
        conn.execute(insert(LearningCircle.__table__), circles)
        conn.execute(insert(CircleSeat.__table__), seats)
        offers, offered = [], set()
        while len(offers) < min(spec.mentor_offers, members * len(areas)):
            mentor, area = rng.randint(1, members), rng.choice(areas)
            if (mentor, area) in offered:
                continue
            offered.add((mentor, area))
            offers.append(
                {
                    "workspace_id": (mentor - 1) // MEMBERS_PER_WORKSPACE + 1,
                    "member_id": mentor,
                    "area": area,
                    "created_at": at,
                }
            )
        conn.execute(insert(MentorOffer.__table__), offers)
        goals = [
            {
                "member_id": m,
                "text": f"Get better at {COMPETENCIES[rng.choice(areas)][0]}",
                "target_date": None,
                "status": "active",
                "created_at": at,
            }
            for m in range(1, members + 1)
            if rng.random() < spec.goal_share
        ]
        conn.execute(insert(Goal.__table__), goals)
        assessed = [m for m in range(1, members + 1) if rng.random() < spec.assessed_share]
        conn.execute(
            insert(SelfAssessment.__table__),
            [{"id": i, "member_id": m, "taken_at": at} for i, m in enumerate(assessed, 1)],
        )
        ratings = [
            {"assessment_id": i, "competency": area, "rating": rng.randint(1, 5)}
            for i in range(1, len(assessed) + 1)
            for area in areas
        ]
        for start in range(0, len(ratings), 10_000):
            conn.execute(insert(SkillRating.__table__), ratings[start : start + 10_000])
