"""Spread the chosen courses over the weeks before each deadline, earliest deadline first."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from bot.planning.candidates import Candidate
from bot.planning.model import PlannedStep
from bot.recommend import LicenseNeed


def spread(
    taken: Sequence[Candidate],
    credited: dict[tuple[int, int], float],
    indices: Sequence[int],
    needs: Sequence[LicenseNeed],
    today: date,
    hours_per_week: float | None,
) -> list[PlannedStep]:
    """Dated steps: each course due when the member's weekly hours get them through it.

    A course must be finished by the earliest deadline of the licenses it is credited to;
    ordering by that deadline (then shortest first) meets every deadline whenever the
    solver said the weekly time suffices. Without a weekly figure the steps are paced evenly
    up to the last deadline.
    """
    rows = []
    far = max((n.deadline for n in needs if n.deadline), default=today + timedelta(weeks=12))
    for candidate, index in zip(taken, indices, strict=True):
        licenses = [lic for lic in candidate.helps if credited.get((index, lic), 0.0) > 0]
        deadline = min((needs[lic].deadline or far for lic in licenses), default=far)
        rows.append((deadline, candidate.course.hours or 0.0, candidate, licenses))
    rows.sort(key=lambda row: (row[0], row[1], row[2].course.id))
    total = sum(row[1] for row in rows)
    weeks_left = max((far - today).days / 7, 1)
    pace = hours_per_week or max(total / weeks_left, 0.5)
    steps, done = [], 0.0
    for deadline, hours, candidate, licenses in rows:
        done += hours
        due = today + timedelta(weeks=max(1, math.ceil(done / pace - 1e-9)))
        due = max(min(due, deadline), today)
        labels = tuple(needs[lic].label for lic in licenses)
        steps.append(PlannedStep(candidate.course, due, labels))
    return steps
