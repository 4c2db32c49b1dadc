"""The course catalog: validated import from CSV / JSON / the bundled seed, and reads."""

from store.catalog.files import bundled_slugs, read_catalog_file, read_seed_catalog
from store.catalog.queries import (
    ImportResult,
    catalog_version,
    course_rows,
    course_topics,
    get_course,
    has_courses,
    import_courses,
    list_courses,
    seed_catalog,
)
from store.catalog.records import CatalogError, CourseRecord

__all__ = [
    "CatalogError",
    "CourseRecord",
    "ImportResult",
    "bundled_slugs",
    "catalog_version",
    "course_rows",
    "course_topics",
    "get_course",
    "has_courses",
    "import_courses",
    "list_courses",
    "read_catalog_file",
    "read_seed_catalog",
    "seed_catalog",
]
