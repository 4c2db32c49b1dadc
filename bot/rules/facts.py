"""What the engine reads (a license, its completions) and what it answers (Progress)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from bot.rules.model import Confidence

Status = str  # "complete" | "on_track" | "at_risk" | "overdue" | "unknown"


@dataclass(frozen=True)
class LicenseFacts:
    """One license a member holds; `practice_facts` answers rule-set conditions by key."""

    license_type: str
    jurisdiction: str
    renewal_date: date
    cycle_start: date | None = None
    first_renewal: bool = False
    practice_facts: Mapping[str, bool] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class CompletionFacts:
    """One finished CE activity; `format` is a bot.topics.FORMATS key or "" when unknown."""

    id: int
    title: str
    hours: float
    completed_on: date
    format: str = ""
    topics: tuple[str, ...] = ()
    approval_body: str = ""


@dataclass(frozen=True)
class TopicProgress:
    """Earned vs required for one topic minimum (or the live-hours floor, key "format:live").

    `applies` is None while the member has not answered the topic's condition question.
    """

    topic: str
    label: str
    required: float | None
    earned: float
    remaining: float | None
    frequency: str
    applies: bool | None
    note: str = ""

    @property
    def met(self) -> bool:
        """A topic whose hours are unknown is met by any hours in it."""
        if self.required is None:
            return self.earned > 0
        return self.earned >= self.required


@dataclass(frozen=True)
class Progress:
    """Where one license stands in its current renewal cycle."""

    rule_set_id: str
    license_label: str
    cycle_start: date
    renewal_date: date
    total_required: float | None
    total_counted: float
    total_remaining: float | None
    topics: tuple[TopicProgress, ...]
    caps_applied: tuple[str, ...]
    excluded: tuple[tuple[int, str], ...]
    unknowns: tuple[str, ...]
    open_questions: tuple[tuple[str, str], ...]
    days_left: int
    hours_per_month_needed: float | None
    status: Status
    sources: tuple[str, ...]
    confidence: Confidence
    checked: date | None
    guidance: str
    # Hours still countable per capped format group, e.g. ((("self_study", "online_async"), 4.0),).
    cap_room: tuple[tuple[tuple[str, ...], float], ...] = ()
