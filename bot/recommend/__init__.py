"""Course suggestions: filter what cannot count, rank by the gap closed, explain every pick.

Pure functions over plain values: no database, no chat platform.
"""

from bot.recommend.model import CourseView, LearnerProfile, LicenseNeed, Suggestion
from bot.recommend.ranking import suggest
from bot.recommend.reasons import reason_line

__all__ = ["CourseView", "LearnerProfile", "LicenseNeed", "Suggestion", "reason_line", "suggest"]
