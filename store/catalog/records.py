"""A validated catalog course as read from a file, before it touches the database."""

from __future__ import annotations

import difflib
import re
import unicodedata
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import ErrorDetails

from store.vocabulary import FORMATS, TOPICS

CONFIDENCE_LEVELS = ("", "high", "medium", "low", "sample")
LIST_FIELDS = ("approval_bodies", "topics", "sources", "jurisdictions")
US_STATES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "PR",
    ]
)
TRUE_WORDS = {"true", "yes", "y", "1"}
FALSE_WORDS = {"false", "no", "n", "0", ""}


class CatalogError(Exception):
    """A catalog file that cannot be imported; `errors` lists every problem found."""

    def __init__(self, errors: list[str]):
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


class CourseRecord(BaseModel):
    """One course row. Unknown hours or cost stay None; they are never guessed."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    title: str = Field(min_length=1, max_length=300)
    provider: str = Field(min_length=1, max_length=200)
    format: str
    hours: float | None = None
    cost_usd: float | None = None
    cost_note: str = Field(default="", max_length=300)
    approval_bodies: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    url: str = Field(default="", max_length=500)
    status: str = Field(default="", max_length=300)
    sources: tuple[str, ...] = ()
    # States a state-specific course is meant for ("FL"); () for a course meant for everyone.
    jurisdictions: tuple[str, ...] = ()
    confidence: str = ""
    sample: bool = False
    slug: str = Field(default="", max_length=100)

    @field_validator("hours", "cost_usd", mode="before")
    @classmethod
    def _non_negative_number(cls, value: Any) -> float | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        text = value.strip().lstrip("$").replace(",", "") if isinstance(value, str) else value
        if isinstance(text, str) and text.lower() == "free":
            return 0.0
        try:
            number = float(text)
        except (TypeError, ValueError):
            raise ValueError(f"must be a number ≥ 0 (got {value!r})") from None
        if isinstance(value, bool) or number < 0 or number != number or number == float("inf"):
            raise ValueError(f"must be a number ≥ 0 (got {value!r})")
        return number

    @field_validator(*LIST_FIELDS, mode="before")
    @classmethod
    def _split_list(cls, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            value = value.split(";")
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"must be a list of texts or text separated by ';' (got {value!r})")
        return tuple(v.strip() for v in value if v.strip())

    @field_validator("topics")
    @classmethod
    def _known_topics(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        keys = tuple(dict.fromkeys(v.lower().replace(" ", "_").replace("-", "_") for v in value))
        unknown = [k for k in keys if k not in TOPICS]
        if unknown:
            raise ValueError("; ".join(_unknown_key("topic", k, TOPICS) for k in unknown))
        return keys

    @field_validator("jurisdictions")
    @classmethod
    def _known_states(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        codes = tuple(dict.fromkeys(v.upper() for v in value))
        unknown = [c for c in codes if c not in US_STATES]
        if unknown:
            raise ValueError(f"unknown state code {', '.join(unknown)} (use two letters, e.g. FL)")
        return codes

    @field_validator("format", mode="before")
    @classmethod
    def _known_format(cls, value: Any) -> str:
        key = str(value or "").strip().lower().replace(" ", "_").replace("-", "_")
        if not key:
            raise ValueError(f"is required (one of {', '.join(FORMATS)})")
        if key not in FORMATS:
            raise ValueError(_unknown_key("format", key, FORMATS))
        return key

    @field_validator("confidence", mode="before")
    @classmethod
    def _known_confidence(cls, value: Any) -> str:
        level = str(value or "").strip().lower()
        if level not in CONFIDENCE_LEVELS:
            raise ValueError(f"must be one of high, medium, low, sample (got {value!r})")
        return level

    @field_validator("sample", mode="before")
    @classmethod
    def _yes_no(cls, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        word = str(value if value is not None else "").strip().lower()
        if word in TRUE_WORDS | FALSE_WORDS:
            return word in TRUE_WORDS
        raise ValueError(f"must be true or false (got {value!r})")

    @field_validator("url")
    @classmethod
    def _web_address(cls, value: str) -> str:
        if value and not value.lower().startswith(("http://", "https://")):
            raise ValueError(f"must start with http:// or https:// (got {value!r})")
        return value

    @model_validator(mode="after")
    def _sample_is_labelled(self) -> CourseRecord:
        # A fictional course must never look like a real offering someone could enrol in.
        if self.sample and (self.url or self.sources):
            raise ValueError("a sample course cannot have a url or sources")
        if (self.confidence == "sample") != self.sample:
            raise ValueError("confidence 'sample' goes with sample: true, and only with it")
        if not self.slug:
            object.__setattr__(self, "slug", slugify(self.title))
        return self

    def key(self) -> tuple[str, str]:
        """The identity of a course: provider and title, ignoring case and spacing."""
        return course_key(self.provider, self.title)


JURISDICTION_MARK = "jurisdiction:"


def stored_topics(topics: tuple[str, ...], jurisdictions: tuple[str, ...]) -> list[str]:
    """The course table's topics column: the topics, then one "jurisdiction:FL" per state.

    The table has no jurisdiction column yet, so a course's states travel in the topics
    list; `split_topics` is the only reader, so no one sees a mark as a topic.
    """
    return [*topics, *(f"{JURISDICTION_MARK}{code}" for code in jurisdictions)]


def split_topics(stored: list[str] | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(topics, jurisdictions) from the topics column."""
    stored = stored or []
    marks = tuple(t[len(JURISDICTION_MARK) :] for t in stored if t.startswith(JURISDICTION_MARK))
    return tuple(t for t in stored if not t.startswith(JURISDICTION_MARK)), marks


def course_key(provider: str, title: str) -> tuple[str, str]:
    """(provider, title) compared case- and space-insensitively."""
    return (" ".join(provider.split()).casefold(), " ".join(title.split()).casefold())


def slugify(text: str) -> str:
    """A lowercase ASCII slug of at most 100 characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:100].rstrip("-")


def validate_rows(rows: list[tuple[str, dict[str, Any]]]) -> list[CourseRecord]:
    """Validate (where, raw fields) pairs; raise CatalogError naming every bad field."""
    records: list[CourseRecord] = []
    errors: list[str] = []
    first_seen: dict[tuple[str, str], str] = {}
    for where, raw in rows:
        try:
            record = CourseRecord.model_validate(raw)
        except ValidationError as exc:
            errors.extend(f"{where}{_describe(err)}" for err in exc.errors())
            continue
        if record.key() in first_seen:
            errors.append(f"{where}: same provider and title as {first_seen[record.key()]}")
            continue
        first_seen[record.key()] = where
        records.append(record)
    if errors:
        raise CatalogError(errors)
    return records


def _describe(err: ErrorDetails) -> str:
    field = ".".join(str(p) for p in err["loc"] if not isinstance(p, int))
    if err["type"] == "missing":
        message = "is required"
    elif err["type"] == "extra_forbidden":
        return f", field '{field}': unknown field (known: {', '.join(CourseRecord.model_fields)})"
    elif err["type"] == "value_error":
        message = str(err["ctx"]["error"])
    else:
        message = f"{err['msg'][0].lower()}{err['msg'][1:]} (got {err['input']!r})"
    return f", field '{field}': {message}" if field else f": {message}"


def _unknown_key(kind: str, key: str, known: dict[str, str]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    return f"unknown {kind} '{key}' ({hint}known {kind}s: see bot/topics.py)"
