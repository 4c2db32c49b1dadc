"""Ranking course suggestions: filter what cannot count, rank by the gap closed, explain every pick.

Pure functions over plain values: no database, no chat platform. The caller turns catalog
rows, licenses (with their rule-set verdicts) and reviews into the dataclasses below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from bot.recommend.arrays import arrays_of
from bot.recommend.model import (
    CourseView,
    LearnerProfile,
    Suggestion,
    WorkingNeed,
    credited_hours,
    license_verdicts,
)
from bot.recommend.reasons import explain
from bot.recommend.vector import vector_scores
from bot.recommend.weights import (
    DOLLARS_PER_POINT,
    FREE_BONUS,
    LIVE_FORMATS,
    OWN_CATALOG_BONUS,
    PEER_PRIOR,
    PEER_WEIGHT,
    PREFERENCE_BOOST,
    PREFERRED_FORMAT_BONUS,
    SKILL_WEIGHT,
    TOPIC_WEIGHT,
    TOTAL_WEIGHT,
    UNKNOWN_APPROVAL_FACTOR,
    UNKNOWN_COST_PENALTY,
    UNKNOWN_HOURS_PENALTY,
)


def suggest(
    courses: Sequence[CourseView],
    profile: LearnerProfile,
    *,
    limit: int = 5,
    cheaper: bool = False,
    shorter: bool = False,
    live_only: bool = False,
) -> list[Suggestion]:
    """The best `limit` courses for this clinician, best first.

    Done and planned courses, courses none of the licenses accept (approval known),
    courses made only for other states' licensees and courses over the remaining budget are
    left out (with nothing left, courses of unknown price too: free only). Planned courses' hours are taken off
    the gaps first, so suggestions fill what the plan does not.
    """
    if limit <= 0:
        return []
    needs = [
        WorkingNeed(
            n.label,
            n.accepts,
            dict(n.topic_gaps),
            n.hours_remaining,
            dict(n.format_room),
            n.jurisdiction,
            n.topic_names,
        )
        for n in profile.licenses
    ]
    verdicts: dict[tuple[str, ...], tuple[bool | None, ...]] = {}
    _take_off_planned(courses, profile.planned_course_ids, needs, verdicts)
    arrays = arrays_of(courses)
    values, eligible = vector_scores(
        arrays, needs, profile, verdicts, cheaper=cheaper, shorter=shorter
    )
    skip = profile.done_course_ids | profile.planned_course_ids
    if skip:
        eligible &= ~np.isin(arrays.ids, list(skip))
    if live_only:
        eligible &= arrays.in_formats(LIVE_FORMATS)
    eligible &= arrays.meant_for({n.jurisdiction for n in needs if n.jurisdiction})
    if profile.budget_left is not None:
        eligible &= ~(arrays.cost_known & (arrays.cost > profile.budget_left))
        if profile.budget_left <= 0:  # free courses only: an unknown price may not be free
            eligible &= arrays.cost_known
    index = np.flatnonzero(eligible)
    best = index[np.lexsort((arrays.ids[index], -values[index]))[:limit]]
    return [explain(courses[i], float(values[i]), needs, profile, verdicts) for i in best]


def _take_off_planned(
    courses: Sequence[CourseView], planned: frozenset[int], needs: list[WorkingNeed], cache: dict
) -> None:
    """Reduce the gaps by what planned courses will cover, so suggestions fill the rest."""
    if not planned:
        return
    for course in courses:
        if course.id not in planned or course.hours is None:
            continue
        for need, verdict in zip(
            needs, license_verdicts(needs, course.approval_bodies, cache), strict=True
        ):
            if verdict is not True:
                continue
            credited = credited_hours(course, need)
            if course.format in need.format_room:
                need.format_room[course.format] -= credited
            for topic in course.topics_in(need.jurisdiction):
                if topic in need.topic_gaps:
                    need.topic_gaps[topic] = max(0.0, need.topic_gaps[topic] - credited)
            if need.hours_remaining is not None:
                need.hours_remaining = max(0.0, need.hours_remaining - credited)


def reference_scorer(
    needs: list[WorkingNeed], profile: LearnerProfile, cache: dict, *, cheaper: bool, shorter: bool
) -> Callable[[CourseView], float | None]:
    """The score in plain Python, one course at a time: the readable statement of what
    vector.py computes for the whole catalog at once (a test keeps the two equal)."""
    counting: dict[tuple[str, ...], tuple | None] = {}
    skill_gaps = profile.skill_gaps
    peer_ratings = profile.peer_ratings
    preferred = frozenset(profile.preferred_formats)
    per_week = profile.hours_per_week
    cost_boost = PREFERENCE_BOOST if cheaper else 1.0
    unknown_hours = UNKNOWN_HOURS_PENALTY * (PREFERENCE_BOOST if shorter else 1.0)
    per_hour = PREFERENCE_BOOST if shorter else 0.0  # short beats long unless long closes much more

    def licenses_counting(bodies: tuple[str, ...]) -> tuple | None:
        """(weight, gaps, remaining, format room, state) per license that may accept these
        bodies; None when every license refuses them."""
        verdicts = license_verdicts(needs, bodies, cache)
        entries = tuple(
            (
                1.0 if verdict else UNKNOWN_APPROVAL_FACTOR,
                n.topic_gaps,
                n.hours_remaining,
                n.format_room,
                n.jurisdiction,
            )
            for n, verdict in zip(needs, verdicts, strict=True)
            if verdict is not False
        )
        counting[bodies] = None if needs and not entries else entries
        return counting[bodies]

    def score(course: CourseView) -> float | None:
        bodies = course.approval_bodies
        entries = counting[bodies] if bodies in counting else licenses_counting(bodies)
        if entries is None:
            return None
        value = 0.0
        hours = course.hours
        if hours:
            for weight, gaps, remaining, rooms, state in entries:
                credited = hours
                if rooms:
                    room = rooms.get(course.format)
                    if room is not None and room < hours:
                        credited = room if room > 0 else 0.0
                if not credited:
                    continue
                topic_hours = 0.0
                for topic in course.topics_in(state):
                    gap = gaps.get(topic)
                    if gap:
                        topic_hours += gap if gap < credited else credited
                if topic_hours > credited:
                    topic_hours = credited
                gain = TOPIC_WEIGHT * topic_hours
                if remaining:
                    gain += TOTAL_WEIGHT * (remaining if remaining < credited else credited)
                value += weight * gain
            value -= per_hour * hours
            if per_week and hours > 4.0 * per_week:
                # More than a month of the clinician's CE time is hard to finish.
                value -= 0.5 * (hours / per_week - 4.0)
        else:
            value -= unknown_hours
        if skill_gaps:
            best = 0.0
            for topic in course.topics:
                weight = skill_gaps.get(topic, 0.0)
                if weight > best:
                    best = weight
            value += SKILL_WEIGHT * best
        rating = peer_ratings.get(course.id) if peer_ratings else None
        if rating:
            average, count = rating
            value += PEER_WEIGHT * ((average * count + 3.0 * PEER_PRIOR) / (count + PEER_PRIOR) - 3)
        cost = course.cost_usd
        if cost is None:
            value -= UNKNOWN_COST_PENALTY * cost_boost
        else:
            value += cost_boost * (FREE_BONUS if cost == 0 else -cost / DOLLARS_PER_POINT)
        if course.format in preferred:
            value += PREFERRED_FORMAT_BONUS
        if course.own:
            value += OWN_CATALOG_BONUS
        return value

    return score
