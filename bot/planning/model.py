"""The planner's answers: dated steps, totals, and what blocks a full plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.recommend import CourseView


@dataclass(frozen=True)
class PlannedStep:
    """One course in the plan: when to finish it and which licenses it counts for."""

    course: CourseView
    due: date
    counts_for: tuple[str, ...]


@dataclass(frozen=True)
class RenewalPlan:
    """The cheapest plan found (or the closest one when none meets every requirement).

    `blockers` says why no plan meets everything (empty when the plan is complete);
    `shortfalls` are (license, requirement, hours still missing) in the closest plan.
    Totals cover the whole plan: the new steps and the `already_planned` courses.
    """

    steps: tuple[PlannedStep, ...]
    total_cost: float
    total_hours: float
    complete: bool
    blockers: tuple[str, ...] = ()
    shortfalls: tuple[tuple[str, str, float], ...] = ()
    notes: tuple[str, ...] = ()
    already_planned: int = 0  # courses already in the member's plan, counted in the totals
