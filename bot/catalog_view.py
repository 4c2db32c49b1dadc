"""The stored catalog as the parser and the recommender see it (plain values, no rows)."""

from __future__ import annotations

from sqlmodel import Session

from bot.parsing import CatalogEntry
from bot.recommend import CourseView
from store.catalog import list_courses


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


def course_views(session: Session) -> list[CourseView]:
    """Every course, for ranking suggestions."""
    return [
        CourseView(
            id=course.id,
            title=course.title,
            provider=course.provider,
            hours=course.hours,
            cost_usd=course.cost_usd,
            format=course.format,
            topics=tuple(course.topics),
            approval_bodies=tuple(course.approval_bodies),
            url=course.url,
            sample=course.sample,
        )
        for course in list_courses(session)
    ]
