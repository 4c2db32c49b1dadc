"""The rule-set schema: one board's CE renewal rules for one license, validated on load.

A rule set is data (``store/rulesets/<ID>.yaml``). ``None`` always means "unknown to us" —
never zero, never a guess — and the engine reports it as unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal

from pydantic import Field, model_validator

from bot.rules.approval import normalize_approval_bodies
from bot.rules.clock import RenewalClock, check_cycle
from bot.rules.schema import (
    NEEDS_CONDITION,
    Approval,
    CarryOver,
    Confidence,
    DataOnlyLimit,
    FirstRenewal,
    FormatCap,
    LiveMinimum,
    TopicRule,
    _Strict,
)

__all__ = ["NEEDS_CONDITION", "Confidence", "RuleSet", "RuleSetError", "TopicRule"]


class RuleSetError(ValueError):
    """A rule-set file is missing, malformed or inconsistent; the message names file and field."""


class RuleSet(_Strict):
    """One board's CE renewal rules for one license type in one jurisdiction."""

    id: str = Field(pattern=r"^[A-Z]+(-[A-Z]+)+$")
    # "license": a state board's rules (id "TX-LPC"). "credential": a certification or
    # compact authorization held beside a license (id "NBCC-NCC", `credential` "NCC");
    # its `jurisdiction` is "US" (national or compact-wide) and `license_type` the license
    # it sits beside, so a member's credential is a License row like any other.
    kind: Literal["license", "credential"] = "license"
    credential: str | None = Field(default=None, min_length=2)
    jurisdiction: str = Field(pattern=r"^[A-Z]{2}$")
    license_type: Literal["LCSW", "LPC", "LMFT", "PSYCHOLOGIST"]
    state_title: str
    board: str
    # A page on the board's or state agency's own site from the research's sources, shown
    # where the bot tells the member to check with the board; None where the research has none.
    board_site: str | None = Field(default=None, pattern=r"^https?://")
    # The CE period in months: it ends on the renewal date the member gives and starts the
    # day after the previous one. `license_term_months` is set only where the license renews
    # more often than CE is due (Washington: yearly license, CE every 2 years).
    cycle_months: int = Field(gt=0)
    license_term_months: int | None = Field(default=None, gt=0)
    # False where the research has no cycle length: `cycle_months` then only bounds the
    # nudge sweep's window, and the engine counts no course as certainly in the cycle
    # unless the member gave their cycle's first day.
    cycle_length_known: bool = True
    renewal_date_basis: str | None = None
    renewal_date_notes: str = ""
    # How the board sets the day the CE period ends (bot/rules/clock.py): what onboarding
    # asks, and the dates it offers.
    clock: RenewalClock = RenewalClock()
    total_hours: float | None = Field(default=None, ge=0)
    prorated_hours_per_month: float | None = Field(default=None, gt=0)
    hour_definition: str | None = None
    first_renewal: FirstRenewal | None = None
    topics: list[TopicRule] = Field(default_factory=list)
    format_caps: list[FormatCap] = Field(default_factory=list)
    # At most this many hours count from any one day (Michigan psychology: 12 per 24 h).
    daily_max_hours: float | None = Field(default=None, gt=0)
    live_minimum: LiveMinimum | None = None
    other_limits: list[DataOnlyLimit] = Field(default_factory=list)
    approval: Approval = Approval()
    carry_over: CarryOver = CarryOver(allowed=False, max_hours=0)
    sources: list[str] = Field(min_length=1)
    confidence: Confidence
    checked: date | None = None
    # The research's own coverage judgement where it gives one; the coverage table shows
    # the worse of this and what the rule set's unknown fields say.
    coverage: Literal["found", "partial", "unknown"] | None = None
    # Changes the research reports as pending or recent; status tells affected members
    # "a change is pending — check your board".
    pending_changes: list[str] = Field(default_factory=list)
    research_compiled: str | None = None
    warnings: list[str] = Field(default_factory=list)
    gaps: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _id_matches(self) -> RuleSet:
        if self.kind == "license":
            if self.id != f"{self.jurisdiction}-{self.license_type}":
                raise ValueError(f"id: {self.id!r} must be jurisdiction-license_type")
            if self.credential is not None:
                raise ValueError("credential: only for kind: credential")
        elif self.credential is None:
            raise ValueError("credential: required for kind: credential (e.g. NCC)")
        elif self.jurisdiction != "US":
            raise ValueError("jurisdiction: a credential's is US (national or compact-wide)")
        check_cycle(self.clock, self.cycle_months)
        ids = [topic.rule_id for topic in self.topics]
        repeated = sorted({rid for rid in ids if ids.count(rid) > 1})
        if repeated:
            raise ValueError(f"topics: {repeated} appear twice; give each row its own id")
        for topic in self.topics:
            strangers = [rid for rid in topic.shares_hours_with if rid not in ids]
            if strangers:
                raise ValueError(f"topics.{topic.rule_id}.shares_hours_with: {strangers} unknown")
        return self

    @property
    def conditions(self) -> list[tuple[str, str]]:
        """(key, question) pairs the member may need to answer for this license."""
        seen: dict[str, str] = {}
        for topic in self.topics:
            if topic.condition is not None:
                seen.setdefault(topic.condition.key, topic.condition.question)
        return list(seen.items())

    def accepts(self, approval_bodies: Sequence[str]) -> bool | None:
        """Whether the board accepts a course approved by any of these bodies.

        Returns:
            True if some body is on the board's list; False if the board's list is complete
            and none matches; None if unknown (the course names no body we recognise, the
            board's list is incomplete, or the board judges acceptability only at audit).
        """
        if self.approval.judged_at_audit:
            return None
        bodies = {key for text in approval_bodies for key in normalize_approval_bodies(text)}
        if not bodies:
            return None
        if bodies & set(self.approval.accepted):
            return True
        return False if self.approval.list_complete else None
