"""Which completions count, and how many hours survive the board's daily and format caps."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from bot.rules.facts import EXAM_FORMAT, CompletionFacts
from bot.rules.model import FormatCap, RuleSet
from bot.wording import has

_FORMAT_WORDS = {
    "self_study": "self-study",
    "online_async": "on-demand online",
    "live_online": "live-webinar",
    "in_person": "in-person",
}


def format_words(formats: Sequence[str]) -> str:
    """Plain words for a set of formats: "self-study / on-demand online"."""
    return " / ".join(_FORMAT_WORDS.get(f, f) for f in formats)


@dataclass
class Sorted:
    """The member's completions sorted for one cycle.

    `counted`: in the cycle, on or before the as-of day, and accepted (or the board's list
    is open, so not refused); `unsure`: the board's list is closed and names no body we can
    match to the course's, so it may or may not count; `excluded`: (id, reason) pairs;
    `unconfirmed`: counted courses whose body an open list doesn't name; `provisional`:
    counted courses that name no body while the board's list is closed — they count only
    if the provider turns out to be on it, so they never make a license complete.
    """

    counted: list[CompletionFacts] = field(default_factory=list)
    unsure: list[CompletionFacts] = field(default_factory=list)
    excluded: list[tuple[int, str]] = field(default_factory=list)
    unconfirmed: list[CompletionFacts] = field(default_factory=list)
    provisional: list[CompletionFacts] = field(default_factory=list)


def sort_completions(
    rule_set: RuleSet, completions: Sequence[CompletionFacts], start: date, end: date, as_of: date
) -> Sorted:
    """Split completions by as-of day, cycle window (both ends included) and approval."""
    out = Sorted()
    for c in completions:
        if c.completed_on > as_of:
            out.excluded.append(
                (c.id, f"dated {c.completed_on:%d %b %Y}, after {as_of:%d %b %Y}: not counted yet")
            )
            continue
        if not start <= c.completed_on <= end:
            reason = f"completed {c.completed_on:%d %b %Y}, outside this cycle"
            out.excluded.append((c.id, f"{reason} ({start:%d %b %Y} – {end:%d %b %Y})"))
            continue
        if c.format == EXAM_FORMAT:  # a board's own exam: no provider to approve
            out.counted.append(c)
            continue
        accepted = rule_set.accepts([c.approval_body])
        if accepted is False:
            reason = f"approved by {c.approval_body}, which the board's list doesn't include"
            out.excluded.append((c.id, reason))
            continue
        named = accepted is None and c.approval_body and not rule_set.approval.judged_at_audit
        if named and rule_set.approval.list_complete:
            out.unsure.append(c)
            continue
        out.counted.append(c)
        if named:
            out.unconfirmed.append(c)
        elif _closed(rule_set) and not c.approval_body:
            out.provisional.append(c)
    return out


def _closed(rule_set: RuleSet) -> bool:
    approval = rule_set.approval
    return approval.list_complete and not approval.judged_at_audit


def approved_words(rule_set: RuleSet) -> str:
    """ "NYSED-approved", or "approved by one of APA, ASWB, CAMFT …" for a longer list."""
    accepted = rule_set.approval.accepted
    if len(accepted) == 1:
        return f"{accepted[0]}-approved"
    listed = ", ".join(accepted[:4]) + (" …" if len(accepted) > 4 else "")
    return f"approved by a body the board accepts ({listed})"


def counts_toward_total(rule_set: RuleSet, completion: CompletionFacts) -> bool | None:
    """Whether a course's hours are part of the board's total.

    False only when every rule topic the course covers is outside the total (NY child abuse);
    None when none is inside it and some are of unknown standing (CA suicide prevention).
    """
    covered = [t.counts_toward_total for t in rule_set.topics if t.key in completion.topics]
    if not covered or True in covered:
        return True
    return None if None in covered else False


def cap_limit(cap: FormatCap, total_required: float | None) -> float | None:
    """A cap in hours; percent caps scale with the (possibly prorated) total."""
    if cap.max_percent is not None and total_required is not None:
        return round(total_required * cap.max_percent / 100, 2)
    return cap.max_hours


def _daily_capped(
    rule_set: RuleSet, toward: Sequence[CompletionFacts]
) -> tuple[list[tuple[str, float]], list[str]]:
    """(format, hours) pairs after the board's hours-per-day limit, and what it cut.

    Within a day, hours in formats the board caps are cut first, since those may not count
    in full anyway: the member keeps the most hours the rule allows.
    """
    limit = rule_set.daily_max_hours
    if limit is None:
        return [(c.format, c.hours) for c in toward], []
    capped = {f for cap in rule_set.format_caps for f in cap.formats}
    by_day: dict[date, list[CompletionFacts]] = defaultdict(list)
    for c in toward:
        by_day[c.completed_on].append(c)
    kept: list[tuple[str, float]] = []
    notes: list[str] = []
    for day, done in sorted(by_day.items()):
        room = limit
        for c in sorted(done, key=lambda c: c.format in capped):
            take = min(c.hours, room)
            room -= take
            kept.append((c.format, take))
        over = round(sum(c.hours for c in done) - limit, 2)
        if over > 0:
            notes.append(
                f"{over:g} h on {day:%d %b %Y} don't count: the board counts at most {limit:g} h a day"
            )
    return kept, notes


def capped_total(
    rule_set: RuleSet,
    toward: Sequence[CompletionFacts],
    total_required: float | None,
    *,
    worst: bool,
) -> tuple[float, list[str]]:
    """Hours counted toward the total after the daily and format caps, and the cuts made.

    With `worst`, what we don't know is taken against the member: a cap of unknown size
    counts none of its formats, and a course with no format recorded sits in every capped
    group. That gives the hours certain to count.
    """
    hours, notes = _daily_capped(rule_set, toward)
    counted = sum(h for _, h in hours)
    for cap in rule_set.format_caps:
        limit = cap_limit(cap, total_required)
        if limit is None:
            if not (worst and cap.unknown):
                continue
            limit = 0.0
        in_format = sum(h for f, h in hours if f in cap.formats or (worst and not f))
        over = round(in_format - limit, 2)
        if over > 0:
            counted -= over
            words = format_words(cap.formats)
            notes.append(
                f"{over:g} of your {in_format:g} {words} hours don't count: "
                f"the board caps {words} at {limit:g} h"
            )
    return round(max(counted, 0.0), 2), notes


def cap_unknowns(
    rule_set: RuleSet, toward: Sequence[CompletionFacts], total_required: float | None
) -> list[str]:
    """Why the caps leave the counted total uncertain (unknown sizes, missing formats)."""
    return cap_size_unknowns(rule_set, total_required) + missing_formats(
        rule_set, toward, total_required
    )


def cap_size_unknowns(rule_set: RuleSet, total_required: float | None) -> list[str]:
    """The board's caps whose size the research leaves unknown."""
    notes = []
    for cap in rule_set.format_caps:
        if cap_limit(cap, total_required) is None and cap.unknown:
            notes.append(
                f"Whether the board caps {format_words(cap.formats)} hours, and at how many, "
                "is unknown to us; we count those hours only as possibly counting."
            )
    return notes


def missing_formats(
    rule_set: RuleSet, toward: Sequence[CompletionFacts], total_required: float | None
) -> list[str]:
    """The member's courses with no format, where a known cap makes the format matter."""
    notes = []
    capped_formats = any(cap_limit(c, total_required) is not None for c in rule_set.format_caps)
    unformatted = [c for c in toward if not c.format]
    if capped_formats and unformatted:
        notes.append(
            f"{len(unformatted)} of your courses {has(len(unformatted))} no format recorded; "
            f"if {'it was' if len(unformatted) == 1 else 'any were'} self-study or on-demand, "
            "the board's format cap may lower your total — tell me the format to be sure, "
            f"like _the {unformatted[0].title} was live_ or _… was on-demand_."
        )
    return notes


def cap_room(
    rule_set: RuleSet, toward_total: Sequence[CompletionFacts], total_required: float | None
) -> tuple[tuple[tuple[str, ...], float], ...]:
    """Hours still countable per capped group of formats: ((formats, room), ...).

    Only caps with a known size appear; a group at or over its cap has room 0, so planners
    and recommenders can stop suggesting more of that format.
    """
    rooms = []
    for cap in rule_set.format_caps:
        limit = cap_limit(cap, total_required)
        if limit is None:
            continue
        used = sum(c.hours for c in toward_total if c.format in cap.formats)
        rooms.append((tuple(cap.formats), round(max(limit - used, 0.0), 2)))
    return tuple(rooms)
