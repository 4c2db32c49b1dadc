"""Course suggestions: filter what cannot count, rank by the gap closed, explain every pick.

Pure functions over plain values: no database, no chat platform. The caller turns catalog
rows, licenses (with their rule-set verdicts) and reviews into the dataclasses below.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from bot.topics import FORMATS, topic_label

LIVE_FORMATS = frozenset({"live_online", "in_person"})
TOPIC_WEIGHT = 3.0  # an hour toward a topic minimum is worth more than a general hour
TOTAL_WEIGHT = 1.0
UNKNOWN_APPROVAL_FACTOR = 0.5  # might count, might not: half credit until the board says
SKILL_WEIGHT = 4.0
PEER_WEIGHT = 1.5
PEER_PRIOR = 2  # ratings from one or two peers move the score only a little
FREE_BONUS = 1.0
DOLLARS_PER_POINT = 50.0
UNKNOWN_COST_PENALTY = 0.5
PREFERRED_FORMAT_BONUS = 1.5
UNKNOWN_HOURS_PENALTY = 0.5
PREFERENCE_BOOST = 4.0  # how much "cheaper" / "shorter" multiply the cost / length terms


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


@dataclass(frozen=True)
class LicenseNeed:
    """One license's open requirement: what still counts, and which courses its board accepts."""

    label: str
    accepts: Callable[[Sequence[str]], bool | None]
    topic_gaps: Mapping[str, float]
    hours_remaining: float | None
    format_room: Mapping[str, float] = field(default_factory=dict)


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
class _Need:
    """A license's gaps after the courses already in the plan (a working copy)."""

    label: str
    accepts: Callable[[Sequence[str]], bool | None]
    topic_gaps: dict[str, float]
    hours_remaining: float | None
    format_room: dict[str, float]


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

    Done and planned courses, courses none of the licenses accept (approval known) and
    courses over the remaining budget are left out. Planned courses' hours are taken off
    the gaps first, so suggestions fill what the plan does not.
    """
    if limit <= 0:
        return []
    needs = [
        _Need(n.label, n.accepts, dict(n.topic_gaps), n.hours_remaining, dict(n.format_room))
        for n in profile.licenses
    ]
    verdicts: dict[tuple[str, ...], tuple[bool | None, ...]] = {}
    _take_off_planned(courses, profile.planned_course_ids, needs, verdicts)
    score = _scorer(needs, profile, verdicts, cheaper=cheaper, shorter=shorter)
    skip = profile.done_course_ids | profile.planned_course_ids
    budget = float("inf") if profile.budget_left is None else profile.budget_left
    ranked = []
    for index, course in enumerate(courses):
        if course.id in skip or (live_only and course.format not in LIVE_FORMATS):
            continue
        cost = course.cost_usd
        if cost is not None and cost > budget:
            continue
        value = score(course)
        if value is not None:
            ranked.append((value, -course.id, index))
    best = heapq.nlargest(limit, ranked)
    return [_explain(courses[i], value, needs, profile, verdicts) for value, _, i in best]


def reason_line(s: Suggestion) -> str:
    """All reasons on one line, e.g. "covers 6 h of your … (CA LCSW); free; 2 h online"."""
    return "; ".join(s.reasons)


def _verdicts(needs: list[_Need], bodies: tuple[str, ...], cache: dict) -> tuple[bool | None, ...]:
    """Each license's verdict on a set of approval bodies, asked once per distinct set."""
    verdicts = cache.get(bodies)
    if verdicts is None:
        verdicts = tuple(need.accepts(bodies) for need in needs)
        cache[bodies] = verdicts
    return verdicts


def _take_off_planned(
    courses: Sequence[CourseView], planned: frozenset[int], needs: list[_Need], cache: dict
) -> None:
    """Reduce the gaps by what planned courses will cover, so suggestions fill the rest."""
    if not planned:
        return
    for course in courses:
        if course.id not in planned or course.hours is None:
            continue
        for need, verdict in zip(
            needs, _verdicts(needs, course.approval_bodies, cache), strict=True
        ):
            if verdict is not True:
                continue
            credited = _credited_hours(course, need)
            if course.format in need.format_room:
                need.format_room[course.format] -= credited
            for topic in course.topics:
                if topic in need.topic_gaps:
                    need.topic_gaps[topic] = max(0.0, need.topic_gaps[topic] - credited)
            if need.hours_remaining is not None:
                need.hours_remaining = max(0.0, need.hours_remaining - credited)


def _credited_hours(course: CourseView, need: _Need) -> float:
    """Hours of this course that would count for the license once format caps apply."""
    room = need.format_room.get(course.format)
    hours = course.hours or 0.0
    return hours if room is None else max(0.0, min(hours, room))


def _scorer(
    needs: list[_Need], profile: LearnerProfile, cache: dict, *, cheaper: bool, shorter: bool
) -> Callable[[CourseView], float | None]:
    """A scoring function for one request: it runs for every catalog course, so everything it
    reads is bound to a local once here and the loop body stays plain (no generators)."""
    counting: dict[tuple[str, ...], tuple | None] = {}
    skill_gaps = profile.skill_gaps
    peer_ratings = profile.peer_ratings
    preferred = frozenset(profile.preferred_formats)
    per_week = profile.hours_per_week
    cost_boost = PREFERENCE_BOOST if cheaper else 1.0
    unknown_hours = UNKNOWN_HOURS_PENALTY * (PREFERENCE_BOOST if shorter else 1.0)
    per_hour = PREFERENCE_BOOST if shorter else 0.0  # short beats long unless long closes much more

    def licenses_counting(bodies: tuple[str, ...]) -> tuple | None:
        """(weight, gaps, remaining, format room) per license that may accept these bodies;
        None when every license refuses them."""
        verdicts = _verdicts(needs, bodies, cache)
        entries = tuple(
            (
                1.0 if verdict else UNKNOWN_APPROVAL_FACTOR,
                n.topic_gaps,
                n.hours_remaining,
                n.format_room,
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
            topics = course.topics
            for weight, gaps, remaining, rooms in entries:
                credited = hours
                if rooms:
                    room = rooms.get(course.format)
                    if room is not None and room < hours:
                        credited = room if room > 0 else 0.0
                if not credited:
                    continue
                topic_hours = 0.0
                for topic in topics:
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
        return value

    return score


def _explain(
    course: CourseView, score: float, needs: list[_Need], profile: LearnerProfile, cache
) -> Suggestion:
    counts_for, refused, unknown = [], [], []
    gap_phrases: dict[str, list[str]] = {}
    caveats: dict[str, list[str]] = {}
    for need, verdict in zip(needs, _verdicts(needs, course.approval_bodies, cache), strict=True):
        if verdict is False:
            refused.append(need.label)
            continue
        (counts_for if verdict else unknown).append(need.label)
        for phrase in _gap_phrases(course, need):
            gap_phrases.setdefault(phrase, []).append(need.label)
        room = need.format_room.get(course.format)
        if room is not None and course.hours and room < course.hours and _relevant(course, need):
            cap = f"{FORMATS.get(course.format, course.format)} cap"
            caveat = (
                f"{cap} reached: its hours would not count"
                if room <= 0
                else f"only {room:g} of its {course.hours:g} h count under the {cap}"
            )
            caveats.setdefault(caveat, []).append(need.label)
    reasons = ["sample course (illustrative, not a real offering)"] if course.sample else []
    reasons += [f"{phrase} ({', '.join(labels)})" for phrase, labels in gap_phrases.items()]
    reasons += _skill_reasons(course, profile)
    reasons.append(_cost_reason(course, profile.budget_left))
    reasons.append(_length_reason(course, profile.hours_per_week))
    if counts_for and course.approval_bodies:
        reasons.append(_approval_reason(course.approval_bodies))
    rating = profile.peer_ratings.get(course.id)
    if rating and rating[1] > 0:
        noun = "colleague" if rating[1] == 1 else "colleagues"
        reasons.append(f"rated {rating[0]:.1f}/5 by {rating[1]} {noun}")
    if course.format in profile.preferred_formats:
        reasons.append("a format you prefer")
    reasons += [f"{caveat} ({', '.join(labels)})" for caveat, labels in caveats.items()]
    if unknown:
        reasons.append(f"approval unknown for {', '.join(unknown)}: check with your board")
    if refused:
        reasons.append(f"not accepted by {', '.join(refused)}")
    return Suggestion(
        course=course,
        score=round(score, 4),
        reasons=tuple(reasons),
        counts_for=tuple(counts_for),
        not_accepted_by=tuple(refused),
        approval_unknown_for=tuple(unknown),
    )


def _relevant(course: CourseView, need: _Need) -> bool:
    return bool(need.hours_remaining) or any(need.topic_gaps.get(t) for t in course.topics)


def _gap_phrases(course: CourseView, need: _Need) -> list[str]:
    gap_topics = [t for t in course.topics if need.topic_gaps.get(t)]
    if course.hours is None:
        if gap_topics or need.hours_remaining:
            names = " and ".join(topic_label(t) for t in gap_topics) or "your total"
            return [f"may count toward {names} (hours unknown)"]
        return []
    credited = _credited_hours(course, need)
    if credited <= 0:
        return []
    phrases = [
        f"covers {min(credited, need.topic_gaps[t]):g} h of your {topic_label(t)} requirement"
        for t in gap_topics
    ]
    if not phrases and need.hours_remaining:
        total = min(credited, need.hours_remaining)
        phrases.append(f"counts {total:g} h toward the {need.hours_remaining:g} h you still need")
    return phrases


def _skill_reasons(course: CourseView, profile: LearnerProfile) -> list[str]:
    low = [t for t in course.topics if profile.skill_gaps.get(t, 0.0) > 0]
    if not low:
        return []
    return [f"builds {', '.join(topic_label(t) for t in low)}, an area you rated yourself low in"]


def _cost_reason(course: CourseView, budget_left: float | None) -> str:
    if course.cost_usd is None:
        if budget_left is not None:
            return f"cost unknown: check it fits your ${budget_left:,.0f} left"
        return "cost unknown"
    return "free" if course.cost_usd == 0 else f"${course.cost_usd:,.0f}"


def _length_reason(course: CourseView, hours_per_week: float | None) -> str:
    form = FORMATS.get(course.format, course.format or "format unknown")
    if course.hours is None:
        return f"hours unknown, {form}"
    text = f"{course.hours:g} h {form}"
    if hours_per_week and course.hours > hours_per_week:
        text += f" (about {course.hours / hours_per_week:.0f} weeks at your pace)"
    return text


def _approval_reason(bodies: tuple[str, ...]) -> str:
    return f"{bodies[0]}-approved" if len(bodies) == 1 else f"approved by {', '.join(bodies)}"
