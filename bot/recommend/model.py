"""The recommender's plain values: courses, needs, profiles and suggestions."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from bot.recommend.jurisdiction import topics_for

if TYPE_CHECKING:
    from bot.recommend.arrays import CatalogArrays


@dataclass(frozen=True)
class CourseView:
    """What the recommender needs to know about a catalog course."""

    id: int
    title: str
    provider: str
    hours: float | None
    cost_usd: float | None
    format: str
    topics: tuple[str, ...]
    approval_bodies: tuple[str, ...]
    url: str = ""
    sample: bool = False
    jurisdictions: tuple[str, ...] = ()  # () = meant for every state
    source: str = ""  # the research source, shown when the course has no page of its own
    own: bool = False  # from the practice's own imported catalog (not the bundled research)

    def topics_in(self, state: str) -> tuple[str, ...]:
        """The topics this course can cover for a license in `state` (bot.recommend.jurisdiction)."""
        return topics_for(self.topics, self.jurisdictions, state)


@dataclass(frozen=True)
class LicenseNeed:
    """One license's open requirement: what still counts, and which courses its board accepts."""

    label: str
    accepts: Callable[[Sequence[str]], bool | None]
    topic_gaps: Mapping[str, float]
    hours_remaining: float | None
    format_room: Mapping[str, float] = field(default_factory=dict)
    deadline: date | None = None
    # Capped format groups and the hours they can still add: ((formats, room), ...).
    cap_rooms: tuple[tuple[tuple[str, ...], float], ...] = ()
    jurisdiction: str = ""  # the license's state; "" taken from the label ("CA LCSW")
    topic_names: Mapping[str, str] = field(default_factory=dict)  # the board's own, by topic

    def __post_init__(self) -> None:
        if not self.jurisdiction:
            first = self.label.split(" ", 1)[0]
            if len(first) == 2 and first.isalpha() and first.isupper():
                object.__setattr__(self, "jurisdiction", first)


@dataclass(frozen=True)
class LearnerProfile:
    """The clinician: licenses, low-rated skills, budget, time, tastes and history."""

    licenses: tuple[LicenseNeed, ...]
    skill_gaps: Mapping[str, float] = field(default_factory=dict)
    budget_left: float | None = None
    hours_per_week: float | None = None
    preferred_formats: tuple[str, ...] = ()
    done_course_ids: frozenset[int] = frozenset()
    planned_course_ids: frozenset[int] = frozenset()
    peer_ratings: Mapping[int, tuple[float, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Suggestion:
    """A suggested course, its score, and the real reasons behind it."""

    course: CourseView
    score: float
    reasons: tuple[str, ...]
    counts_for: tuple[str, ...]
    not_accepted_by: tuple[str, ...]
    approval_unknown_for: tuple[str, ...]


@dataclass
class WorkingNeed:
    """A license's gaps after the courses already in the plan (a working copy)."""

    label: str
    accepts: Callable[[Sequence[str]], bool | None]
    topic_gaps: dict[str, float]
    hours_remaining: float | None
    format_room: dict[str, float]
    jurisdiction: str = ""
    topic_names: Mapping[str, str] = field(default_factory=dict)


def license_verdicts(
    needs: list[WorkingNeed], bodies: tuple[str, ...], cache: dict
) -> tuple[bool | None, ...]:
    """Each license's verdict on a set of approval bodies, asked once per distinct set."""
    verdicts = cache.get(bodies)
    if verdicts is None:
        verdicts = tuple(need.accepts(bodies) for need in needs)
        cache[bodies] = verdicts
    return verdicts


def credited_hours(course: CourseView, need: WorkingNeed) -> float:
    """Hours of this course that would count for the license once format caps apply."""
    room = need.format_room.get(course.format)
    hours = course.hours or 0.0
    return hours if room is None else max(0.0, min(hours, room))


class CourseCatalog(tuple):
    """The catalog's CourseViews; their numpy columns are built once, on first use (and numpy is
    imported then, not when the catalog is read)."""

    @cached_property
    def arrays(self) -> CatalogArrays:
        from bot.recommend.arrays import CatalogArrays

        return CatalogArrays(self)
