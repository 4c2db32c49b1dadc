"""Which catalog courses the solver considers, and how much each may count per license."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from bot.recommend import CourseView, LicenseNeed
from bot.recommend.jurisdiction import course_states

LIVE_FORMATS = frozenset({"live_online", "in_person"})
LIVE_TOPIC = "format:live"  # the rules engine's row for a board's live-hours floor


def covers(course: CourseView, topic: str, state: str) -> bool:
    """Whether a course's hours count toward a topic row of a license in `state` (the live
    floor counts by format; a state-specific topic only from a course for that state)."""
    return (
        course.format in LIVE_FORMATS if topic == LIVE_TOPIC else topic in course.topics_in(state)
    )


def meant_for(course: CourseView, states: set[str]) -> bool:
    """A course for everyone, or for one of the member's states ("Florida only" is not
    planned for a clinician licensed only elsewhere)."""
    made_for = course_states(course.topics, course.jurisdictions)
    return not made_for or not states or bool(states & set(made_for))


@dataclass(frozen=True)
class Candidate:
    """A plannable course and the licenses (by index) its hours can help."""

    course: CourseView
    helps: tuple[int, ...]
    unconfirmed: tuple[int, ...]  # licenses whose board may or may not accept it
    committed: bool = False  # already in the member's plan: taken as given

    @property
    def hours(self) -> float:
        """The course's hours: always known, `candidates` leaves out courses without."""
        if self.course.hours is None:
            raise ValueError(f"course {self.course.id} has no hours to plan with")
        return self.course.hours


def candidates(
    courses: Sequence[CourseView],
    needs: Sequence[LicenseNeed],
    skip: frozenset[int],
    committed: frozenset[int] = frozenset(),
) -> tuple[list[Candidate], int]:
    """Courses with known hours and cost that help some license, minus provably useless twins.

    Two courses with the same format, hours, licenses and gap topics are interchangeable, so
    only the cheapest few of each such class are kept — as many as could ever be needed
    (the largest open requirement it helps ÷ the course's hours). This keeps the optimum exact while a
    20,000-course catalog shrinks to a few hundred candidates.

    Returns (candidates, how many courses were left out for unknown hours or cost).
    """
    useful = [max(n.hours_remaining or 0.0, sum(n.topic_gaps.values())) for n in needs]
    verdicts: dict[tuple[str, ...], tuple[bool | None, ...]] = {}
    kept: list[Candidate] = []
    classes: dict[tuple, list[Candidate]] = {}
    unknown = 0
    states = {n.jurisdiction for n in needs if n.jurisdiction}
    for course in courses:
        if course.id in skip or not meant_for(course, states):
            continue
        if not course.hours or course.hours <= 0 or course.cost_usd is None:
            unknown += 1
            continue
        bodies = course.approval_bodies
        if bodies not in verdicts:
            verdicts[bodies] = tuple(n.accepts(bodies) for n in needs)
        helps, unconfirmed, topics = [], [], set()
        for index, (need, verdict) in enumerate(zip(needs, verdicts[bodies], strict=True)):
            if verdict is False:
                continue
            gap_topics = {
                t
                for t, gap in need.topic_gaps.items()
                if gap > 0 and covers(course, t, need.jurisdiction)
            }
            if not gap_topics and not need.hours_remaining:
                continue
            helps.append(index)
            topics |= {(index, t) for t in gap_topics}
            if verdict is None:
                unconfirmed.append(index)
        if course.id in committed:
            kept.append(Candidate(course, tuple(helps), tuple(unconfirmed), committed=True))
        elif helps:
            key = (course.format, course.hours, tuple(helps), tuple(unconfirmed), frozenset(topics))
            classes.setdefault(key, []).append(Candidate(course, tuple(helps), tuple(unconfirmed)))
    for (_, hours, helps, *_rest), members in classes.items():
        members.sort(key=lambda c: (c.course.cost_usd, c.course.id))
        # A course counts for all the licenses it helps at once, so no plan needs more of a
        # class than the largest of those licenses' open hours.
        need_hours = max(useful[index] for index in helps)
        kept += members[: max(1, math.ceil(need_hours / hours))]
    kept.sort(key=lambda c: c.course.id)
    return kept, unknown
