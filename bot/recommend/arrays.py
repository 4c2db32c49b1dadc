"""The catalog as numpy columns, so one request scores 20,000 courses in a few milliseconds.

`CourseCatalog` (bot/recommend/model.py) is a tuple of CourseViews that builds these columns
once, on first use; the cached catalog (bot/catalog_view.py) hands the same object to every turn
until the catalog changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from bot.recommend.jurisdiction import course_states, is_state_specific
from bot.recommend.model import CourseCatalog, CourseView


class CatalogArrays:
    """Per-course columns: hours, cost, format code, approval-set code, (course, topic) pairs."""

    def __init__(self, courses: Sequence[CourseView]) -> None:
        self.ids = np.array([c.id for c in courses], dtype=np.int64)
        self.hours = np.array([c.hours or 0.0 for c in courses], dtype=float)
        self.hours_known = self.hours != 0.0  # 0 or unknown hours: nothing to count
        self.cost = np.array([-1.0 if c.cost_usd is None else c.cost_usd for c in courses])
        self.cost_known = np.array([c.cost_usd is not None for c in courses], dtype=bool)
        self.own = np.array([c.own for c in courses], dtype=bool)
        self.formats: dict[str, int] = {}
        self.format_code = np.array(
            [self.formats.setdefault(c.format, len(self.formats)) for c in courses], dtype=np.int64
        )
        self.body_sets: dict[tuple[str, ...], int] = {}
        self.body_code = np.array(
            [self.body_sets.setdefault(c.approval_bodies, len(self.body_sets)) for c in courses],
            dtype=np.int64,
        )
        self.topics: dict[str, int] = {}
        pair_course, pair_topic, pair_limited = [], [], []
        self.states: list[tuple[str, ...]] = []
        for index, course in enumerate(courses):
            states = course_states(course.topics, course.jurisdictions)
            self.states.append(states)
            for topic in course.topics:
                pair_course.append(index)
                pair_topic.append(self.topics.setdefault(topic, len(self.topics)))
                pair_limited.append(bool(states) and is_state_specific(topic))
        self.pair_course = np.array(pair_course, dtype=np.int64)
        self.pair_topic = np.array(pair_topic, dtype=np.int64)
        # (course, topic) pairs that count only in the course's own states.
        self.pair_limited = np.array(pair_limited, dtype=bool)
        self.position = {int(cid): index for index, cid in enumerate(self.ids)}
        self._pairs_in: dict[str, np.ndarray] = {}

    def meant_for(self, states: set[str]) -> np.ndarray:
        """Which courses are for everyone or for one of these states (a "Florida only"
        course is not offered to a clinician licensed only elsewhere)."""
        if not states:
            return np.ones(len(self.ids), dtype=bool)
        return np.array([not s or bool(states & set(s)) for s in self.states], dtype=bool)

    def pairs_in(self, state: str) -> np.ndarray:
        """Which (course, topic) pairs can count for a license in `state`: the vector form
        of CourseView.topics_in (bot.recommend.jurisdiction)."""
        mask = self._pairs_in.get(state)
        if mask is None:
            if not state:
                mask = np.ones(len(self.pair_course), dtype=bool)
            else:
                at_home = np.array([not s or state in s for s in self.states], dtype=bool)
                mask = ~self.pair_limited | at_home[self.pair_course]
            self._pairs_in[state] = mask
        return mask

    def topic_vector(self, values: Mapping[str, float]) -> np.ndarray:
        """A value per known topic code (0 for topics not in `values`)."""
        vector = np.zeros(len(self.topics) + 1)
        for topic, value in values.items():
            code = self.topics.get(topic)
            if code is not None and value:
                vector[code] = value
        return vector

    def in_formats(self, names) -> np.ndarray:
        """Which courses have one of these formats."""
        codes = [self.formats[name] for name in names if name in self.formats]
        return np.isin(self.format_code, codes)


def arrays_of(courses: Sequence[CourseView]) -> CatalogArrays:
    """Columns for these courses: cached on a CourseCatalog, built afresh otherwise."""
    return courses.arrays if isinstance(courses, CourseCatalog) else CatalogArrays(courses)
