"""Competency areas as peers name them: typo-tolerant lookup, goal areas and skill gaps.

Mentoring and study buddies speak the self-assessment's competency areas (store/vocabulary);
a CE topic ("law & ethics", "suicide prevention") names the area it builds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz

from bot.topics import COMPETENCIES, TOPICS

AREAS = list(COMPETENCIES)  # in the self-assessment's order
SURE = 80  # a name scoring this well is meant
CLOSE = 4  # …unless another area scores within this many points: then ask


def _clean(text: str) -> str:
    return " ".join(re.sub(r"[^\w&/+-]+", " ", text.casefold().replace(" and ", " & ")).split())


def _names() -> list[tuple[str, str, int]]:
    """(name, area, bonus): the area's own label and key first, the topics it builds after."""
    names = []
    for area, (label, topics) in COMPETENCIES.items():
        names += [(_clean(label), area, 0), (area.replace("_", " "), area, 0)]
        names += [(_clean(TOPICS.get(t, t)), area, -5) for t in topics]
        names += [(t.replace("_", " "), area, -5) for t in topics]
    return names


NAMES = _names()


def area_candidates(text: str) -> list[str]:
    """Areas `text` may mean, best first: one when it is clear, several to ask, none."""
    wanted = _clean(text)
    if len(wanted) < 3:
        return []
    best: dict[str, float] = {}
    for name, area, bonus in NAMES:
        score = max(fuzz.token_set_ratio(wanted, name), fuzz.ratio(wanted, name)) + bonus
        best[area] = max(best.get(area, 0.0), score)
    ranked = sorted(best.items(), key=lambda item: -item[1])
    top = ranked[0][1]
    if top < SURE:
        return []
    return [area for area, score in ranked if score >= top - CLOSE][:4]


def goal_areas(interests: Iterable[str], goal_texts: Iterable[str]) -> frozenset[str]:
    """Areas of interest, plus areas a goal names outright ("get certified in trauma therapy")."""
    found = {area for area in interests if area in COMPETENCIES}
    for text in goal_texts:
        words = set(re.findall(r"[a-z]+", text.casefold()))
        for name, area, _ in NAMES:
            name_words = [w for w in re.findall(r"[a-z]+", name) if len(w) > 3]
            if name_words and all(w in words for w in name_words):
                found.add(area)
    return frozenset(found)


def skill_gaps(ratings: Mapping[str, int]) -> frozenset[str]:
    """Areas rated 1-2, or the lowest rated ones when that is 3 (private: only for offers)."""
    known = {area: r for area, r in ratings.items() if area in COMPETENCIES}
    if not known:
        return frozenset()
    lowest = min(known.values())
    return frozenset(a for a, r in known.items() if r <= 2 or (r == lowest and r <= 3))


def area_label(area: str) -> str:
    """How introductions name an area."""
    return COMPETENCIES[area][0] if area in COMPETENCIES else area.replace("_", " ")
