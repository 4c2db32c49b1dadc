"""The cached catalog views follow every import: new, changed and re-read courses."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.catalog_view import CatalogCache
from store.catalog import CourseRecord, import_courses
from store.db import new_session


def record(title: str, cost: float) -> CourseRecord:
    return CourseRecord(title=title, provider="Example CE", format="online_async", cost_usd=cost)


def test_views_are_rebuilt_when_the_catalog_changes(engine):
    cache = CatalogCache()
    with new_session(engine) as session:
        import_courses(session, [record("Ethics 101", 10)], now=datetime(2026, 1, 1, tzinfo=UTC))
        session.commit()
        first = cache.views(session)
        assert [(v.title, v.cost_usd) for v in first] == [("Ethics 101", 10)]
        assert cache.views(session) is first  # unchanged catalog: the same cached views
        import_courses(
            session,
            [record("Ethics 101", 25), record("Telehealth basics", 0)],
            now=datetime(2026, 2, 1, tzinfo=UTC),
        )
        session.commit()
        assert [(v.title, v.cost_usd) for v in cache.views(session)] == [
            ("Ethics 101", 25),
            ("Telehealth basics", 0),
        ]


def test_match_entries_come_from_the_same_cached_read(engine):
    cache = CatalogCache()
    with new_session(engine) as session:
        import_courses(session, [record("Ethics 101", 10)], now=datetime(2026, 1, 1, tzinfo=UTC))
        session.commit()
        entries = cache.entries(session)
        assert [(e.title, e.provider) for e in entries] == [("Ethics 101", "Example CE")]
        assert cache.entries(session) is entries  # the parser's prepared index is reused
        import_courses(session, [record("QPR", 0)], now=datetime(2026, 2, 1, tzinfo=UTC))
        session.commit()
        assert [e.title for e in cache.entries(session)] == ["Ethics 101", "QPR"]
