"""The parser's vocabulary: a catalog course, a parsed completion and the parse result."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

TITLE_AT_MOST = 300  # characters of a course's name, as the store keeps titles
PROVIDER_AT_MOST = 200  # …and of a provider's


@dataclass(frozen=True)
class CatalogEntry:
    """A course the catalog knows, as the parser needs it (no database row)."""

    id: int
    title: str
    provider: str = ""
    hours: float | None = None
    topics: tuple[str, ...] = ()
    format: str = ""


@dataclass(frozen=True)
class ParsedCompletion:
    """One completed course read from a message, with the reasons to confirm it."""

    title: str
    provider: str = ""
    hours: float | None = None
    completed_on: date | None = None  # the last day, for a course over several days
    format: str = ""
    topics: tuple[str, ...] = ()
    course_id: int | None = None
    match_score: float = 0.0
    doubts: tuple[str, ...] = ()
    started_on: date | None = None  # the first day of a range ("the 3rd and 4th"), else None
    approval: str = ""  # an approval as said ("NBCC-approved"); not part of the title

    @property
    def confident(self) -> bool:
        """True when the bot may log it without asking: no doubts, hours and date known."""
        return not self.doubts and self.hours is not None and self.completed_on is not None


@dataclass(frozen=True)
class ParseResult:
    """What a message says: whether it reports completions, which, and any client details."""

    is_completion: bool
    items: tuple[ParsedCompletion, ...] = ()
    client_info: bool = False
    unread_courses: int = 0  # courses the message lists beyond those read (COURSES_AT_MOST)
