"""The catalog as numpy columns, so one request scores 20,000 courses in a few milliseconds.

`CourseCatalog` is a tuple of CourseViews that builds its columns once; the cached catalog
(bot/catalog_view.py) hands the same object to every turn until the catalog changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

import numpy as np

from bot.recommend.model import CourseView


class CatalogArrays:
    """Per-course columns: hours, cost, format code, approval-set code, (course, topic) pairs."""

    def __init__(self, courses: Sequence[CourseView]) -> None:
        self.ids = np.array([c.id for c in courses], dtype=np.int64)
        self.hours = np.array([c.hours or 0.0 for c in courses], dtype=float)
        self.hours_known = self.hours != 0.0  # 0 or unknown hours: nothing to count
        self.cost = np.array([-1.0 if c.cost_usd is None else c.cost_usd for c in courses])
        self.cost_known = np.array([c.cost_usd is not None for c in courses], dtype=bool)
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
        pair_course, pair_topic = [], []
        for index, course in enumerate(courses):
            for topic in course.topics:
                pair_course.append(index)
                pair_topic.append(self.topics.setdefault(topic, len(self.topics)))
        self.pair_course = np.array(pair_course, dtype=np.int64)
        self.pair_topic = np.array(pair_topic, dtype=np.int64)
        self.position = {int(cid): index for index, cid in enumerate(self.ids)}

    def topic_vector(self, values: dict[str, float]) -> np.ndarray:
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


class CourseCatalog(tuple):
    """The catalog's CourseViews with their numpy columns built once, on first use."""

    @cached_property
    def arrays(self) -> CatalogArrays:
        return CatalogArrays(self)


def arrays_of(courses: Sequence[CourseView]) -> CatalogArrays:
    """Columns for these courses: cached on a CourseCatalog, built afresh otherwise."""
    return courses.arrays if isinstance(courses, CourseCatalog) else CatalogArrays(courses)
