"""Course suggestions: filter what cannot count, rank by the gap closed, explain every pick.

Pure functions over plain values: no database, no chat platform.
"""

from typing import TYPE_CHECKING, Any

from bot.recommend.model import CourseView, LearnerProfile, LicenseNeed, Suggestion
from bot.recommend.reasons import reason_line

if TYPE_CHECKING:
    from bot.recommend.ranking import suggest


def __getattr__(name: str) -> Any:
    """`suggest` loads the ranking, and numpy with it, when first asked for (not at start)."""
    if name == "suggest":
        from bot.recommend.ranking import suggest

        return suggest
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["CourseView", "LearnerProfile", "LicenseNeed", "Suggestion", "reason_line", "suggest"]
