"""Reading course catalogs from CSV, JSON and the bundled YAML seed."""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from store.catalog.records import CatalogError, CourseRecord, validate_rows

SEED_FILE = Path(__file__).resolve().parent.parent / "seed" / "courses.yaml"
DEMO_FILE = SEED_FILE.with_name("demo_courses.yaml")
REQUIRED_COLUMNS = ("title", "provider", "format")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_catalog_file(path: Path) -> list[CourseRecord]:
    """Read and validate a .csv or .json catalog; raise CatalogError listing every problem.

    CSV: a header row, list fields separated by ';', errors named by file line number.
    JSON: a list of course objects or {"courses": [...]}, errors named by entry (1-based).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise CatalogError([f"unsupported file type '{suffix or path.name}': use .csv or .json"])
    text = _read_text(path)
    if not text.strip():
        raise CatalogError([f"{path.name} is empty"])
    return _csv_records(text) if suffix == ".csv" else _json_records(text)


def read_seed_catalog(*, demo: bool = False) -> list[CourseRecord]:
    """The bundled catalog of real, researched courses; with `demo`, plus the labelled
    made-up sample courses (off by default: they are for demonstrations, never offers).

    The seed's `left_out` list (research entries kept out of the catalog, with why) is
    documentation only and is not imported.
    """
    records = list(_bundled(SEED_FILE))
    return records + list(_bundled(DEMO_FILE)) if demo else records


@cache
def _bundled(path: Path) -> tuple[CourseRecord, ...]:
    """A bundled catalog file's records, read once per process (C YAML parser when present:
    the seed is large and every new test database imports it)."""
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)["courses"]
    return tuple(_entries(document, source=path.name))


@cache
def bundled_slugs() -> frozenset[str]:
    """Slugs of every bundled course (research and demo): any other course was imported,
    so it is the practice's own. Read once per process (the files ship with the code)."""
    return frozenset(record.slug for path in (SEED_FILE, DEMO_FILE) for record in _bundled(path))


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogError([f"cannot read {path}: {exc.strerror or exc}"]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError(
            [f"{path.name} is not UTF-8 text (byte {exc.start}); save it as UTF-8 and retry"]
        ) from None


def _csv_records(text: str) -> list[CourseRecord]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader)]
    errors = [f"line 1: missing required column '{c}'" for c in REQUIRED_COLUMNS if c not in header]
    known = set(CourseRecord.model_fields)
    errors += [
        f"line 1: unknown column '{h}' (known: {', '.join(CourseRecord.model_fields)})"
        for h in header
        if h not in known
    ]
    errors += [f"line 1: column '{h}' appears twice" for h in set(header) if header.count(h) > 1]
    if errors:
        raise CatalogError(errors)
    rows: list[tuple[str, dict[str, Any]]] = []
    end_of_previous = reader.line_num
    for values in reader:
        where = f"line {end_of_previous + 1}"
        end_of_previous = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header):
            errors.append(f"{where}: {len(values)} values but only {len(header)} columns")
            continue
        # Empty cells mean "not given", so defaults and "unknown" (None) apply.
        rows.append((where, {h: v for h, v in zip(header, values, strict=False) if v.strip()}))
    if not rows and not errors:
        raise CatalogError(["the file has a header row but no courses"])
    try:
        records = validate_rows(rows)
    except CatalogError as exc:
        errors += exc.errors
    if errors:
        raise CatalogError(sorted(errors, key=_line_number))
    return records


def _json_records(text: str) -> list[CourseRecord]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError([f"line {exc.lineno}: not valid JSON ({exc.msg})"]) from None
    return _entries(document, source="JSON")


def _entries(document: Any, *, source: str) -> list[CourseRecord]:
    if isinstance(document, dict) and set(document) == {"courses"}:
        document = document["courses"]
    if not isinstance(document, list):
        raise CatalogError([f'{source}: expected a list of courses or {{"courses": [...]}}'])
    if not document:
        raise CatalogError([f"{source}: no courses in the file"])
    errors: list[str] = []
    rows: list[tuple[str, dict[str, Any]]] = []
    for index, entry in enumerate(document, start=1):
        if isinstance(entry, dict):
            rows.append((f"entry {index}", entry))
        else:
            errors.append(f"entry {index}: expected an object with course fields")
    try:
        records = validate_rows(rows)
    except CatalogError as exc:
        errors += exc.errors
    if errors:
        raise CatalogError(sorted(errors, key=_line_number))
    return records


def _line_number(error: str) -> int:
    words = error.split(":", 1)[0].split(",", 1)[0].split()
    return int(words[1]) if len(words) == 2 and words[1].isdigit() else 0
