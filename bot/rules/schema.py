"""The parts of a rule set: topic minimums, format caps, approval, carry-over, first renewal."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot.topics import FORMATS, TOPICS

Confidence = Literal["high", "medium", "low"]
Frequency = Literal[
    "every_cycle",  # every renewal cycle
    "one_time",  # once per career; `effective` says from when it is in force
    "every_nth_cycle",  # every n-th cycle; which one is due is asked (condition)
    "every_n_years",  # every n years, not tied to the cycle; asked (condition)
    "per_year_of_cycle",  # `hours` per year of the cycle
    "conditional",  # only if the member answers the condition's question "yes"
    "unknown",  # the board requires it but how often is unknown to us
]
NEEDS_CONDITION = {"conditional", "every_nth_cycle", "every_n_years"}

# Requirements only a credential has, which no course in the catalog is tagged with
# (a Counseling Compact privilege's remote-state jurisprudence requirement).
CREDENTIAL_TOPICS: dict[str, str] = {
    "remote_state_jurisprudence": "Remote state's jurisprudence requirement",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Condition(_Strict):
    """A question whose "yes" makes a topic apply, e.g. supervisor status."""

    key: str = Field(pattern=r"^[a-z0-9_]+$")
    question: str = Field(min_length=5)


class TopicRule(_Strict):
    """A topic minimum: `hours` of the canonical topic `key`, with the board's own `label`.

    Two minimums on one topic (Illinois: 3 h cultural competence and a separate statutory
    1 h) are two rows with distinct `id`s; their hours are distinct unless a row names the
    other in `shares_hours_with` (then one course may count toward both).
    """

    key: str
    id: str | None = Field(default=None, pattern=r"^[a-z0-9_]+$")
    label: str
    hours: float | None = Field(default=None, ge=0)
    # The rule asks for a course of no set length: any hours in it meet it
    # (Texas human trafficking: "an HHSC-approved course"). `hours` then stays null.
    any_length: bool = False
    # "exam": a pass/fail requirement (Texas jurisprudence exam), met by a completion of
    # format "exam" on this topic in the cycle, never by hours; `hours` stays null.
    kind: Literal["hours", "exam"] = "hours"
    frequency: Frequency
    n: int | None = Field(default=None, ge=2)
    effective: date | None = None
    # "renewal_date": in force for renewals on/after `effective`; "cycle_start": only for
    # cycles that start on/after it (e.g. NY: "registration periods starting on/after").
    effective_applies_to: Literal["renewal_date", "cycle_start"] = "renewal_date"
    counts_toward_total: bool | None = True
    condition: Condition | None = None
    shares_hours_with: list[str] = []
    notes: str = ""
    sources: list[str] = []
    confidence: Confidence | None = None

    @property
    def rule_id(self) -> str:
        """The row's own name: `id`, or the topic key when the topic has one row."""
        return self.id or self.key

    @model_validator(mode="after")
    def _consistent(self) -> TopicRule:
        if self.key not in TOPICS and self.key not in CREDENTIAL_TOPICS:
            raise ValueError(f"key: {self.key!r} is not a topic key in bot/topics.py TOPICS")
        if self.frequency in NEEDS_CONDITION and self.condition is None:
            raise ValueError(f"condition: required when frequency is {self.frequency}")
        if self.any_length and self.hours is not None:
            raise ValueError("any_length: only for a topic whose hours the rule leaves unset")
        if self.kind == "exam" and (self.hours is not None or self.any_length):
            raise ValueError("kind: an exam is pass/fail; leave hours null and any_length off")
        if self.frequency in {"every_nth_cycle", "every_n_years"} and self.n is None:
            raise ValueError(f"n: required when frequency is {self.frequency}")
        return self


class FormatCap(_Strict):
    """At most `max_hours` (or `max_percent` of the total) from these formats count.

    Both limits null and ``unknown: false`` records an explicit "no cap"; ``unknown: true``
    says a cap may exist but its size is unknown to us.
    """

    formats: list[str] = Field(min_length=1)
    max_hours: float | None = Field(default=None, ge=0)
    max_percent: float | None = Field(default=None, ge=0, le=100)
    unknown: bool = False
    notes: str = ""
    sources: list[str] = []
    confidence: Confidence | None = None

    @model_validator(mode="after")
    def _known_formats(self) -> FormatCap:
        bad = [f for f in self.formats if f not in FORMATS]
        if bad:
            raise ValueError(f"formats: {bad} not in bot/topics.py FORMATS")
        return self


class LiveMinimum(_Strict):
    """At least `hours` (or `percent` of the total) must be live (in person or live online)."""

    hours: float | None = Field(default=None, ge=0)
    percent: float | None = Field(default=None, ge=0, le=100)
    formats: list[str] = ["in_person", "live_online"]
    notes: str = ""
    sources: list[str] = []
    confidence: Confidence | None = None


class DataOnlyLimit(_Strict):
    """A per-activity cap or provider-class floor kept as data; the engine only reports it."""

    kind: str
    max_hours: float | None = None
    min_percent: float | None = None
    notes: str = ""
    sources: list[str] = []
    confidence: Confidence | None = None


class FirstRenewal(_Strict):
    """What the first renewal after licensure requires; `hours` null = unknown."""

    hours: float | None = None
    exempt: bool | None = None
    notes: str = ""
    sources: list[str] = []
    confidence: Confidence | None = None


class Approval(_Strict):
    """Which approval bodies the board accepts (canonical keys, see approval.py)."""

    accepted: list[str] = []
    list_complete: bool = False  # False: a body not listed may still be accepted
    judged_at_audit: bool = False  # board pre-approves nobody; acceptability judged at audit
    notes: str = ""
    sources: list[str] = []


class CarryOver(_Strict):
    """Hours that may roll into the next cycle; data only — the engine never applies it."""

    allowed: bool | None = None
    max_hours: float | None = None
    notes: str = ""
    sources: list[str] = []
