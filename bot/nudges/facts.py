"""What the nudge planner reads (plain facts, no ORM objects) and what it answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from bot.outbox.window import DeliveryWindow
from bot.rules import CompletionFacts, LicenseFacts

KINDS = ("deadline", "complete", "step", "checkin", "inactivity")
CHECKIN_CADENCES = {"weekly": 7, "biweekly": 14, "monthly": 0, "off": -1}
DEADLINE_DAYS = (180, 90, 60, 30, 14, 7, 1)
STEP_AHEAD_DAYS = 3
INACTIVE_DAYS = 30


@dataclass(frozen=True)
class Preferences(DeliveryWindow):
    """A member's nudge settings: their delivery window, snooze, opt-outs and check-ins
    (the defaults: weekdays 09:00-17:00, biweekly check-ins)."""

    snoozed_until: date | None = None
    opted_out: frozenset[str] = frozenset()
    checkin_every: str = "biweekly"


@dataclass(frozen=True)
class LicenseNudgeFacts:
    """One license, with the id and rule set the planner needs besides the engine's facts."""

    license_id: int
    rule_set_id: str
    facts: LicenseFacts


@dataclass(frozen=True)
class StepFacts:
    """One planned (not yet done) step of the member's plan."""

    step_id: int
    title: str
    due_date: date
    hours: float | None = None


@dataclass(frozen=True)
class MemberNudgeFacts:
    """Everything the planner knows about one member, loaded set-based for a whole sweep."""

    member_id: int
    workspace_id: int
    timezone: str
    joined_on: date
    onboarded: bool = True
    reachable: bool = True
    prefs: Preferences = field(default_factory=Preferences)
    licenses: tuple[LicenseNudgeFacts, ...] = ()
    completions: tuple[CompletionFacts, ...] = ()
    steps: tuple[StepFacts, ...] = ()
    last_progress_on: date | None = None
    last_sent_at: datetime | None = None


@dataclass(frozen=True)
class DueNudge:
    """A nudge due now; `dedup_key` makes planning it twice harmless."""

    member_id: int
    workspace_id: int
    kind: str
    dedup_key: str
    payload: dict
    proof: str = ""  # a "complete" nudge: stored with it (bot/nudges/completeness.py)
