"""plan_renewal: requirements and weekly time in, the cheapest dated plan (or the closest) out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.planning.blockers import blockers, shortfall_rows
from bot.planning.candidates import candidates
from bot.planning.model import RenewalPlan
from bot.planning.schedule import spread
from bot.planning.solver import Requirement, solve
from bot.recommend import CourseView, LicenseNeed

SHORT = 0.01  # hours: anything less is rounding, not a gap


def requirements_of(needs: Sequence[LicenseNeed]) -> list[Requirement]:
    """Every open topic minimum (the board's order), then each license's remaining total."""
    rows = []
    for index, need in enumerate(needs):
        rows += [Requirement(index, t, gap) for t, gap in need.topic_gaps.items() if gap > SHORT]
        if need.hours_remaining and need.hours_remaining > SHORT:
            rows.append(Requirement(index, "", need.hours_remaining))
    return rows


def capacities(
    needs: Sequence[LicenseNeed], hours_per_week: float | None, today: date
) -> list[tuple[float, list[int]]]:
    """Per distinct deadline: hours the member has by then, and the licenses due by then."""
    if not hours_per_week:
        return []
    deadlines = sorted({n.deadline for n in needs if n.deadline is not None})
    return [
        (
            round(max((day - today).days, 0) / 7 * hours_per_week, 2),
            [i for i, n in enumerate(needs) if n.deadline is not None and n.deadline <= day],
        )
        for day in deadlines
    ]


def plan_renewal(
    courses: Sequence[CourseView],
    needs: Sequence[LicenseNeed],
    *,
    today: date,
    hours_per_week: float | None = None,
    budget: float | None = None,
    skip: frozenset[int] = frozenset(),
    committed: frozenset[int] = frozenset(),
) -> RenewalPlan:
    """The cheapest set of courses (then the fewest hours) meeting every license before its
    deadline within the member's weekly time; when none exists, the closest plan and why.

    Args:
        skip: course ids already done (never suggested again).
        committed: course ids already in the member's plan: counted as taken, not repeated.
    """
    needs = list(needs)
    rows = requirements_of(needs)
    if not rows:
        return RenewalPlan((), 0.0, 0.0, complete=True, notes=("Nothing left to plan.",))
    free_only = budget == 0
    if free_only:  # a $0 budget means free courses only: the best plan among them
        courses = [c for c in courses if c.cost_usd == 0 or c.id in committed]
    chosen, unknown = candidates(courses, needs, skip, committed - skip)
    limits = capacities(needs, hours_per_week, today)
    solution = solve(chosen, needs, rows, limits)
    if solution is None:  # the solver failed (time limit); never silently claim a plan
        return RenewalPlan((), 0.0, 0.0, complete=False, blockers=("The planner timed out.",))
    taken = [chosen[c] for c in solution.taken]
    steps = spread(taken, solution.credited, solution.taken, needs, today, hours_per_week)
    steps = [step for step in steps if step.course.id not in committed]
    kept = [c for c in taken if c.committed]
    # Totals are the whole plan: the new steps and the courses already in it.
    cost = round(sum(c.course.cost_usd or 0.0 for c in taken), 2)
    hours = round(sum(c.course.hours or 0.0 for c in taken), 2)
    notes = []
    if free_only:
        notes.append("Free courses only, as your budget is $0 (change it in *settings*).")
    if kept:
        noun = "course" if len(kept) == 1 else "courses"
        notes.append(f"Counts the {len(kept)} {noun} already in your plan.")
    if unknown:
        noun = "course" if unknown == 1 else "courses"
        notes.append(f"{unknown} catalog {noun} with unknown hours or cost left out.")
    if budget is not None and cost > budget:
        notes.append(f"It costs ${cost:,.0f}, over your ${budget:,.0f} budget for the year.")
    unsure = sorted({needs[i].label for c in taken for i in c.unconfirmed})
    if unsure:
        notes.append(
            f"Some courses' approval is unknown for your {', '.join(unsure)}: check with the board."
        )
    blocked = blockers(solution, chosen, needs, limits, today, hours_per_week, SHORT)
    return RenewalPlan(
        steps=tuple(steps),
        total_cost=cost,
        total_hours=hours,
        complete=not blocked,
        blockers=tuple(blocked),
        shortfalls=tuple(shortfall_rows(solution, needs, SHORT)),
        notes=tuple(notes),
        already_planned=len(kept),
    )
