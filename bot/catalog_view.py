"""The stored catalog as the parser and the recommender see it (plain values, no rows)."""

from __future__ import annotations

import weakref

from sqlmodel import Session

from bot.parsing import CatalogEntry
from bot.recommend import CourseView
from bot.recommend.arrays import CourseCatalog
from store.catalog import catalog_version, course_rows, list_courses


def catalog_entries(session: Session) -> list[CatalogEntry]:
    """Every course, for matching the titles members write."""
    return [
        CatalogEntry(
            id=course.id,
            title=course.title,
            provider=course.provider,
            hours=course.hours,
            topics=tuple(course.topics),
            format=course.format,
        )
        for course in list_courses(session)
    ]


class CourseViewCache:
    """Course views per database, rebuilt only when the catalog's fingerprint changes.

    Reading and decoding 20,000 rows costs far more than ranking them, and the catalog
    changes only on import, so each process keeps one copy per engine (weakly, so a
    disposed engine frees it) and checks a one-row fingerprint query per turn.
    """

    def __init__(self) -> None:
        self._by_engine: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def views(self, session: Session) -> CourseCatalog:
        """The catalog as CourseViews, from cache when unchanged."""
        engine = session.get_bind()
        version = catalog_version(session)
        cached = self._by_engine.get(engine)
        if cached is not None and cached[0] == version:
            return cached[1]
        views = CourseCatalog(
            CourseView(
                id=id,
                title=title,
                provider=provider,
                hours=hours,
                cost_usd=cost,
                format=format,
                topics=tuple(topics or ()),
                approval_bodies=tuple(bodies or ()),
                url=url or "",
                sample=bool(sample),
            )
            for id, title, provider, hours, cost, format, topics, bodies, url, sample in course_rows(
                session
            )
        )
        self._by_engine[engine] = (version, views)
        return views


_CACHE = CourseViewCache()  # process-local cache, not state: the database stays the truth


def course_views(session: Session) -> CourseCatalog:
    """Every course, for ranking suggestions and planning."""
    return _CACHE.views(session)
