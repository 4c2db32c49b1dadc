"""Plan my renewal: the cheapest set of catalog courses that meets every license's rules.

Pure functions over plain values (the recommender's CourseView and LicenseNeed); the
solver is scipy's `milp` (HiGHS) — see solver.py for why.
"""

from bot.planning.model import PlannedStep, RenewalPlan
from bot.planning.planner import plan_renewal

__all__ = ["PlannedStep", "RenewalPlan", "plan_renewal"]
