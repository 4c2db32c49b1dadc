"""The stored catalog as the parser and the recommender see it (plain values, no rows)."""

from __future__ import annotations

from sqlmodel import Session

from bot.parsing import CatalogEntry
from bot.recommend.model import CourseCatalog, CourseView
from store.catalog import bundled_slugs, catalog_version, course_rows


class CatalogCache:
    """The catalog's views and match entries, rebuilt only when its fingerprint changes.

    Reading and decoding 20,000 rows costs far more than ranking or matching them, and the
    catalog changes only on import, so the mentor keeps one copy and checks a one-row
    fingerprint query per turn. The database stays the truth.
    """

    def __init__(self) -> None:
        self._version: object = None
        self._views = CourseCatalog()
        self._entries: tuple[CatalogEntry, ...] = ()

    def views(self, session: Session) -> CourseCatalog:
        """Every course, for ranking suggestions and planning."""
        self._refresh(session)
        return self._views

    def entries(self, session: Session) -> tuple[CatalogEntry, ...]:
        """Every real course, for matching the titles members write (the same object while
        unchanged, so the parser's prepared index is reused); demo courses are left out."""
        self._refresh(session)
        return self._entries

    def _refresh(self, session: Session) -> None:
        version = catalog_version(session)
        if version == self._version:
            return
        bundled = bundled_slugs()  # any other course is the practice's own import
        self._views = CourseCatalog(
            CourseView(
                id=id,
                title=title,
                provider=provider,
                hours=hours,
                cost_usd=cost,
                format=format,
                topics=topics,
                approval_bodies=tuple(bodies or ()),
                url=url or "",
                sample=bool(sample),
                jurisdictions=states,
                source=source or "",
                own=not sample and slug not in bundled,
            )
            for (
                id,
                title,
                provider,
                hours,
                cost,
                format,
                topics,
                bodies,
                url,
                sample,
                states,
                source,
                slug,
            ) in course_rows(session)
        )
        # Made-up demo courses are never what a member's sentence is matched to.
        self._entries = tuple(
            CatalogEntry(view.id, view.title, view.provider, view.hours, view.topics, view.format)
            for view in self._views
            if not view.sample
        )
        self._version = version
