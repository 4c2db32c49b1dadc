"""Catalog queries: upsert imported courses and read them back."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, update
from sqlmodel import Session, col, select

from store.catalog.files import read_seed_catalog
from store.catalog.records import (
    CatalogError,
    CourseRecord,
    course_key,
    split_topics,
    stored_topics,
)
from store.models.catalog import Course
from store.queries.bulk import select_columns

BATCH = 1000  # rows per INSERT / UPDATE executemany: big enough to be fast, small enough to report
# The record's fields as the table stores them (jurisdictions travel in the topics column).
COURSE_FIELDS = tuple(name for name in CourseRecord.model_fields if name != "jurisdictions")


@dataclass(frozen=True)
class ImportResult:
    """How many courses an import added, and how many existing ones it changed."""

    created: int
    updated: int


def import_courses(
    session: Session,
    records: Sequence[CourseRecord],
    *,
    now: datetime,
    on_progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Upsert courses keyed by (provider, title), ignoring case and spacing.

    Re-importing a course updates it (unchanged courses are left alone and not counted),
    never duplicates it. Writes go in bulk batches (one INSERT / UPDATE per batch, not
    per course) so 20,000 courses take seconds. Nothing is committed: the caller commits,
    or rolls back on error, so an import stays all-or-nothing.

    Args:
        on_progress: called with the number of records handled after each batch.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    keys = [r.key() for r in records]
    if len(set(keys)) != len(keys):
        raise CatalogError(["two records share the same provider and title"])
    columns = [getattr(Course, name) for name in COURSE_FIELDS]
    existing = {
        course_key(row.provider, row.title): row
        for row in session.execute(select(Course.id, *columns))
    }
    inserts, updates = [], []
    for record in records:
        fields = _course_fields(record)
        row = existing.get(record.key())
        if row is None:
            inserts.append({**fields, "updated_at": now})
        elif any(getattr(row, name) != value for name, value in fields.items()):
            updates.append({**fields, "id": row.id, "updated_at": now})
    done = 0
    for batch_rows, statement in ((inserts, insert(Course)), (updates, update(Course))):
        for start in range(0, len(batch_rows), BATCH):
            batch = batch_rows[start : start + BATCH]
            session.execute(statement, batch)
            done += len(batch)
            if on_progress is not None:
                on_progress(done)
    if on_progress is not None:
        on_progress(len(records))
    session.flush()
    return ImportResult(created=len(inserts), updated=len(updates))


def seed_catalog(session: Session, *, now: datetime, demo: bool = False) -> ImportResult:
    """Import the bundled catalog of real courses (safe to run again: it updates, never
    duplicates); `demo` adds the labelled made-up sample courses, for demonstrations only."""
    return import_courses(session, read_seed_catalog(demo=demo), now=now)


def course_topics(course: Course) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(topics, jurisdictions) of a stored course."""
    return split_topics(course.topics)


def has_courses(session: Session) -> bool:
    """Whether the catalog holds any course (one row looked at, not the catalog read)."""
    return session.exec(select(Course.id).limit(1)).first() is not None


def list_courses(session: Session) -> list[Course]:
    """Every course, by title."""
    return list(session.exec(select(Course).order_by(col(Course.title), col(Course.id))))


def get_course(session: Session, course_id: int) -> Course | None:
    """One course by id, or None."""
    return session.get(Course, course_id)


def _course_fields(record: CourseRecord) -> dict:
    data = record.model_dump()
    for name in ("approval_bodies", "sources"):
        data[name] = list(data[name])
    data["topics"] = stored_topics(record.topics, data.pop("jurisdictions"))
    return data


def catalog_version(session: Session) -> tuple:
    """A cheap fingerprint that changes whenever a course is added, removed or updated."""
    return tuple(
        session.execute(
            select(func.count(col(Course.id)), func.max(Course.id), func.max(Course.updated_at))
        ).one()
    )


def course_rows(session: Session) -> list[tuple]:
    """Every course as plain tuples of only what ranking reads (no ORM objects: 10× faster).

    Columns: id, title, provider, hours, cost_usd, format, topics, approval_bodies, url,
    sample, jurisdictions, first source, slug (topics and jurisdictions as tuples).
    """
    columns = (
        Course.id,
        Course.title,
        Course.provider,
        Course.hours,
        Course.cost_usd,
        Course.format,
        Course.topics,
        Course.approval_bodies,
        Course.url,
        Course.sample,
        Course.sources,
        Course.slug,
    )
    rows = []
    query = select_columns(*columns).order_by(col(Course.title), col(Course.id))
    found: Iterable[Sequence[Any]] = session.execute(query)
    for row in found:
        *head, stored, bodies, url, sample, sources, slug = row
        topics, states = split_topics(stored)
        rows.append((*head, topics, bodies, url, sample, states, (sources or [""])[0], slug))
    return rows
