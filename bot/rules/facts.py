"""What the engine reads (a license, its completions) and what it answers (Progress)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from bot.rules.model import Confidence

Status = str  # "complete" | "on_track" | "at_risk" | "overdue" | "unknown"
# A completion's format when it records a passed exam (a pass/fail rule), not a course.
EXAM_FORMAT = "exam"


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
    # The states the course was made for (catalog jurisdictions); () = every state, or
    # unknown. A `state_law_xx` topic names its state too (bot/rules/jurisdiction.py).
    jurisdictions: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicProgress:
    """Earned vs required for one topic minimum (or the live-hours floor, key "format:live").

    `applies` is None while it waits on the member's answer (the question is in
    Progress.open_questions) or when how often it is due is unknown to us. `remaining` is
    what is still needed if it applies; None when the required hours are unknown.
    `unconfirmed` are hours in the topic from courses whose approval we couldn't confirm.
    """

    topic: str
    label: str
    required: float | None
    earned: float
    remaining: float | None
    frequency: str
    applies: bool | None
    note: str = ""
    rule_id: str = ""
    unconfirmed: float = 0.0
    any_length: bool = False  # a course of any length meets it (required stays None)
    exam: bool = False  # pass/fail: met once passed this cycle (required stays None)
    passed_on: date | None = None  # for an exam: the day the member passed it

    @property
    def met(self) -> bool | None:
        """True when the hours are certainly enough, False when certainly short, else None
        (unknown required hours, or only unconfirmed hours would close the gap)."""
        if self.exam:
            return self.passed_on is not None
        if self.required is None and self.any_length:
            return True if self.earned > 0 else (None if self.unconfirmed > 0 else False)
        if self.required is None:
            return None
        if self.earned >= self.required:
            return True
        return None if self.earned + self.unconfirmed >= self.required else False


@dataclass(frozen=True)
class Progress:
    """Where one license stands in its current renewal cycle."""

    rule_set_id: str
    license_label: str
    cycle_start: date
    renewal_date: date
    total_required: float | None
    total_counted: float | None
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
    # (hours certain to count, hours that count if every hour of unknown standing does).
    total_counted_range: tuple[float, float] = (0.0, 0.0)
    # True: certainly complete; False: certainly short of something; None: we can't tell.
    complete: bool | None = None
    as_of: date | None = None
    # (completion id, what to check) for hours that count only if something is confirmed:
    # a closed approval list and a course naming no provider (or one we can't match).
    provisional: tuple[tuple[int, str], ...] = ()
    # The lines of `unknowns` about the member's own courses: what they can check or tell us.
    to_check: tuple[str, ...] = ()
    # The lines of `unknowns` saying why a rule's number is unknown, each with its source.
    unknown_reasons: tuple[str, ...] = ()

    @property
    def counted_words(self) -> str:
        """ "24", or "24–30" when some hours' standing is unknown (callers add the unit)."""
        low, high = self.total_counted_range
        return f"{low:g}" if self.total_counted is not None else f"{low:g}–{high:g}"
