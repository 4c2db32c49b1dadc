"""A plan the solver calls complete must satisfy the rules engine itself."""

from __future__ import annotations

import random
from datetime import date

from bot.planning import plan_renewal
from bot.recommend import CourseView, LicenseNeed
from bot.rules import CompletionFacts, LicenseFacts, compute_progress

TODAY = date(2025, 6, 1)
NY = LicenseFacts(
    "LCSW", "NY", date(2026, 12, 31), practice_facts={"completed_once_child_abuse_reporting": True}
)
FORMATS = ("self_study", "online_async", "live_online", "in_person")
TOPICS = ((), ("ethics",), ("professional_boundaries",), ("cultural_competency",))


def test_random_catalogs_planned_for_ny_lcsw_complete_its_requirements(rule_sets):
    rules = rule_sets["NY-LCSW"]
    rng = random.Random(8)
    for _ in range(5):
        catalog = [
            CourseView(
                i,
                f"Course {i}",
                "Example CE",
                float(rng.choice((1, 2, 3, 6))),
                float(rng.randrange(0, 120)),
                rng.choice(FORMATS),
                rng.choice(TOPICS),
                ("NYSED SW-0001",),
            )
            for i in range(1, 80)
        ]
        # Self-study done already eats 8 of the board's 12 self-study hours.
        done = [CompletionFacts(0, "old", 8, date(2024, 3, 1), "online_async", (), "NYSED")]
        progress = compute_progress(rules, NY, done, TODAY)
        gaps = {t.topic: t.remaining for t in progress.topics if t.applies and t.remaining}
        need = LicenseNeed(
            "NY LCSW",
            rules.accepts,
            gaps,
            progress.total_remaining,
            deadline=NY.renewal_date,
            cap_rooms=progress.cap_room,
        )
        plan = plan_renewal(catalog, [need], today=TODAY)
        assert plan.complete, plan.blockers
        taken = [
            CompletionFacts(
                s.course.id, "", s.course.hours, s.due, s.course.format, s.course.topics
            )
            for s in plan.steps
        ]
        # As of the renewal day: the plan's steps are dated after TODAY, so not done yet today.
        after = compute_progress(rules, NY, done + taken, NY.renewal_date)
        assert after.total_remaining == 0
        assert all(t.met for t in after.topics if t.applies)
