"""Catalog queries: upsert imported courses and read them back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from store.catalog.files import read_seed_catalog
from store.catalog.records import CatalogError, CourseRecord, course_key
from store.models.catalog import Course


@dataclass(frozen=True)
class ImportResult:
    """How many courses an import added, and how many existing ones it changed."""

    created: int
    updated: int


def import_courses(
    session: Session, records: Sequence[CourseRecord], *, now: datetime
) -> ImportResult:
    """Upsert courses keyed by (provider, title), ignoring case and spacing.

    Re-importing a course updates it (unchanged courses are left alone and not counted),
    never duplicates it. Nothing is committed: the caller commits, or rolls back on error.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    keys = [r.key() for r in records]
    if len(set(keys)) != len(keys):
        raise CatalogError(["two records share the same provider and title"])
    existing = {course_key(c.provider, c.title): c for c in session.exec(select(Course))}
    created = updated = 0
    for record in records:
        fields = _course_fields(record)
        course = existing.get(record.key())
        if course is None:
            session.add(Course(**fields, updated_at=now))
            created += 1
        elif any(getattr(course, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(course, name, value)
            course.updated_at = now
            session.add(course)
            updated += 1
    session.flush()
    return ImportResult(created=created, updated=updated)


def seed_catalog(session: Session, *, now: datetime) -> ImportResult:
    """Import the bundled seed catalog (safe to run again: it updates, never duplicates)."""
    return import_courses(session, read_seed_catalog(), now=now)


def list_courses(session: Session) -> list[Course]:
    """Every course, by title."""
    return list(session.exec(select(Course).order_by(Course.title, Course.id)))


def get_course(session: Session, course_id: int) -> Course | None:
    """One course by id, or None."""
    return session.get(Course, course_id)


def _course_fields(record: CourseRecord) -> dict:
    data = record.model_dump()
    for name in ("approval_bodies", "topics", "sources"):
        data[name] = list(data[name])
    return data
