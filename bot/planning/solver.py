"""The renewal plan as a mixed-integer program, solved with scipy's `milp` (HiGHS).

Why scipy + HiGHS rather than OR-Tools: scipy is already a dependency (no new wheel to ship),
HiGHS is an exact branch-and-cut MILP solver (with `mip_rel_gap=0` it proves optimality, so
"cheapest" means cheapest), and these models are small (a few hundred binaries after
candidates.py prunes interchangeable courses). OR-Tools' CP-SAT would need integer costs
and hours (scaling) and a ~30 MB dependency for no gain at this size.

Variables: x[c] take course c; z[c,l] course c is credited to license l (binary, ≤ x[c]);
y[c,l] hours of c credited to l (≤ hours·z, and capped format groups bound their sum);
u[c,k] course c must be finished by deadline k; s[r] hours short on requirement r;
o[k] hours over the member's weekly time by deadline k.
Objectives, in order (each next stage keeps the previous optimum): shortfall, time
overrun, cost, hours.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from math import inf
from typing import TYPE_CHECKING

from bot.planning.candidates import Candidate, covers
from bot.recommend import LicenseNeed

if TYPE_CHECKING:
    import numpy as np


@dataclass
class Requirement:
    """One row the plan must meet: a topic minimum or a license's total, in hours."""

    license: int
    topic: str  # "" for the total
    hours: float


@dataclass
class Model:
    """A growing sparse model: columns with costs, rows of (column, coefficient) terms."""

    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    integer: list[int] = field(default_factory=list)
    rows: list[tuple[dict[int, float], float, float]] = field(default_factory=list)

    def column(self, upper: float, *, binary: bool = False) -> int:
        self.lower.append(0.0)
        self.upper.append(upper)
        self.integer.append(1 if binary else 0)
        return len(self.lower) - 1

    def row(self, terms: dict[int, float], lower: float, upper: float) -> None:
        self.rows.append((terms, lower, upper))

    def minimize(self, objective: dict[int, float]) -> np.ndarray | None:
        # scipy takes ~0.7 s to import (numpy a tenth of that): only a member who asks for a
        # plan pays it.
        import numpy as np
        from scipy.optimize import Bounds, LinearConstraint, milp
        from scipy.sparse import coo_matrix

        size = len(self.lower)
        cost = np.zeros(size)
        for column, value in objective.items():
            cost[column] = value
        data, row_ids, col_ids, lower, upper = [], [], [], [], []
        for number, (terms, low, high) in enumerate(self.rows):
            for column, value in terms.items():
                row_ids.append(number)
                col_ids.append(column)
                data.append(value)
            lower.append(low)
            upper.append(high)
        matrix = coo_matrix((data, (row_ids, col_ids)), shape=(len(self.rows), size)).tocsr()
        result = milp(
            cost,
            constraints=LinearConstraint(matrix, lower, upper),
            integrality=np.array(self.integer),
            bounds=Bounds(self.lower, self.upper),
            options={"mip_rel_gap": 0.0, "time_limit": 20.0},
        )
        return result.x if result.x is not None else None


@dataclass
class Solution:
    """Which candidates are taken, what each license is credited, and what is missing."""

    taken: list[int]
    credited: dict[tuple[int, int], float]
    shortfalls: list[tuple[Requirement, float]]
    overruns: list[tuple[int, float]]  # (deadline index, hours over)


def solve(
    chosen: Sequence[Candidate],
    needs: Sequence[LicenseNeed],
    requirements: Sequence[Requirement],
    capacities: Sequence[tuple[float, list[int]]],
) -> Solution | None:
    """Lexicographically: least shortfall, least time overrun, cheapest, fewest hours.

    Args:
        capacities: per deadline, (hours available by then, licenses due by then).
    """
    model = Model()
    take = [model.column(1.0, binary=True) for _ in chosen]
    for c, candidate in enumerate(chosen):
        if candidate.committed:  # already in the member's plan
            model.lower[take[c]] = 1.0
    credit: dict[tuple[int, int], tuple[int, int]] = {}  # (candidate, license) -> (z, y)
    hours_of: dict[int, float] = {}
    for c, candidate in enumerate(chosen):
        for lic in candidate.helps:
            z = model.column(1.0, binary=True)
            y = model.column(candidate.hours)
            model.row({z: 1.0, take[c]: -1.0}, -inf, 0.0)
            model.row({y: 1.0, z: -candidate.hours}, -inf, 0.0)
            credit[c, lic] = (z, y)
        hours_of[c] = candidate.hours
    for lic, need in enumerate(needs):
        for formats, room in need.cap_rooms:
            terms = {
                y: 1.0
                for (c, n), (_, y) in credit.items()
                if n == lic and chosen[c].course.format in formats
            }
            if terms:
                model.row(terms, -inf, room)
    short = []
    for requirement in requirements:
        s = model.column(requirement.hours)
        terms = {
            y: 1.0
            for (c, n), (_, y) in credit.items()
            if n == requirement.license
            and (
                not requirement.topic
                or covers(chosen[c].course, requirement.topic, needs[n].jurisdiction)
            )
        }
        model.row({**terms, s: 1.0}, requirement.hours, inf)
        short.append(s)
    over = []
    for available, due in capacities:
        o = model.column(inf)
        terms = {o: -1.0}
        for c in range(len(chosen)):
            links = [credit[c, lic][0] for lic in due if (c, lic) in credit]
            if links:
                u = model.column(1.0)
                terms[u] = hours_of[c]
                for z in links:
                    model.row({u: 1.0, z: -1.0}, 0.0, inf)
        model.row(terms, -inf, available)
        over.append(o)
    stages: list[dict[int, float]] = [
        {s: 1.0 for s in short},
        {o: 1.0 for o in over},
        {take[c]: chosen[c].course.cost_usd or 0.0 for c in range(len(chosen))},
        {take[c]: hours_of[c] for c in range(len(chosen))},
    ]
    x = None
    for objective in stages:
        found = model.minimize(objective)
        if found is None:  # a later stage can trip on the tolerance row: keep the last optimum
            break
        x = found
        best = sum(x[column] * value for column, value in objective.items())
        # Keep this optimum while optimising the next criterion; the tolerance is 1e-4 relative
        # because at 1e-6 HiGHS found the kept optimum itself infeasible on a saved plan.
        model.row(objective, -inf, best + 1e-4 * max(1.0, abs(best)))
    if x is None:  # no plan at all
        return None
    return Solution(
        taken=[c for c in range(len(chosen)) if x[take[c]] > 0.5],
        credited={key: float(x[y]) for key, (z, y) in credit.items() if x[z] > 0.5},
        shortfalls=[(r, float(x[s])) for r, s in zip(requirements, short, strict=True)],
        overruns=[(k, float(x[o])) for k, o in enumerate(over)],
    )
