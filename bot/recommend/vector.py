"""The ranking score for every catalog course at once (numpy), same terms as ranking.py's
plain-Python `reference_scorer`, which states the score readably; a test keeps them equal."""

from __future__ import annotations

import numpy as np

from bot.recommend import weights as terms
from bot.recommend.arrays import CatalogArrays
from bot.recommend.model import LearnerProfile, WorkingNeed, license_verdicts


def vector_scores(
    arrays: CatalogArrays,
    needs: list[WorkingNeed],
    profile: LearnerProfile,
    cache: dict,
    *,
    cheaper: bool,
    shorter: bool,
) -> tuple[np.ndarray, np.ndarray]:
    """(score per course, whether the course may count for some license)."""
    size = len(arrays.ids)
    hours, known = arrays.hours, arrays.hours_known
    verdicts = [license_verdicts(needs, bodies, cache) for bodies in arrays.body_sets]
    counts = np.array([not needs or any(v is not False for v in row) for row in verdicts])
    value = np.zeros(size)
    for number, need in enumerate(needs):
        weights = np.array(
            [
                0.0
                if row[number] is False
                else 1.0
                if row[number]
                else terms.UNKNOWN_APPROVAL_FACTOR
                for row in verdicts
            ]
        )[arrays.body_code]
        credited = hours.copy()
        for name, room in need.format_room.items():
            tight = arrays.in_formats([name]) & (room < hours)
            credited[tight] = room if room > 0 else 0.0
        gaps = arrays.topic_vector(need.topic_gaps)
        pair_hours = np.minimum(gaps[arrays.pair_topic], credited[arrays.pair_course])
        topic_hours = np.bincount(
            arrays.pair_course,
            weights=np.where(arrays.pairs_in(need.jurisdiction), pair_hours, 0.0),
            minlength=size,
        )
        gain = terms.TOPIC_WEIGHT * np.minimum(topic_hours, credited)
        if need.hours_remaining:
            gain = gain + terms.TOTAL_WEIGHT * np.minimum(need.hours_remaining, credited)
        value += np.where(known, weights * gain, 0.0)
    per_hour = terms.PREFERENCE_BOOST if shorter else 0.0
    value -= np.where(known, per_hour * hours, 0.0)
    per_week = profile.hours_per_week
    if per_week:
        slow = known & (hours > 4.0 * per_week)
        value[slow] -= 0.5 * (hours[slow] / per_week - 4.0)
    unknown_hours = terms.UNKNOWN_HOURS_PENALTY * (terms.PREFERENCE_BOOST if shorter else 1.0)
    value[~known] -= unknown_hours
    if profile.skill_gaps:
        best = np.zeros(size)
        np.maximum.at(
            best, arrays.pair_course, arrays.topic_vector(profile.skill_gaps)[arrays.pair_topic]
        )
        value += terms.SKILL_WEIGHT * best
    for course_id, (average, count) in profile.peer_ratings.items():
        index = arrays.position.get(course_id)
        if index is not None:
            prior = terms.PEER_PRIOR
            value[index] += terms.PEER_WEIGHT * (
                (average * count + 3.0 * prior) / (count + prior) - 3
            )
    boost = terms.PREFERENCE_BOOST if cheaper else 1.0
    cost = arrays.cost
    value += np.where(
        arrays.cost_known,
        boost * np.where(cost == 0, terms.FREE_BONUS, -cost / terms.DOLLARS_PER_POINT),
        -terms.UNKNOWN_COST_PENALTY * boost,
    )
    if profile.preferred_formats:
        value[arrays.in_formats(profile.preferred_formats)] += terms.PREFERRED_FORMAT_BONUS
    value[arrays.own] += terms.OWN_CATALOG_BONUS
    return value, counts[arrays.body_code] if len(verdicts) else np.zeros(size, dtype=bool)
