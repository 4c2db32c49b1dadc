"""Which completions count, and how many hours survive the board's format caps."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.rules.facts import CompletionFacts
from bot.rules.model import FormatCap, RuleSet

_FORMAT_WORDS = {
    "self_study": "self-study",
    "online_async": "on-demand online",
    "live_online": "live-webinar",
    "in_person": "in-person",
}


def format_words(formats: Sequence[str]) -> str:
    """Plain words for a set of formats: "self-study / on-demand online"."""
    return " / ".join(_FORMAT_WORDS.get(f, f) for f in formats)


def split_by_cycle_and_approval(
    rule_set: RuleSet, completions: Sequence[CompletionFacts], start: date, end: date
) -> tuple[list[CompletionFacts], list[tuple[int, str]], list[CompletionFacts]]:
    """Returns (counted, excluded as (id, reason), counted-but-approval-unconfirmed)."""
    counted: list[CompletionFacts] = []
    excluded: list[tuple[int, str]] = []
    unconfirmed: list[CompletionFacts] = []
    for c in completions:
        if not start <= c.completed_on <= end:
            reason = f"completed {c.completed_on:%d %b %Y}, outside this cycle"
            excluded.append((c.id, f"{reason} ({start:%d %b %Y} – {end:%d %b %Y})"))
            continue
        accepted = rule_set.accepts([c.approval_body])
        if accepted is False:
            reason = f"approved by {c.approval_body}, which the board's list doesn't include"
            excluded.append((c.id, reason))
            continue
        counted.append(c)
        if accepted is None and c.approval_body and not rule_set.approval.judged_at_audit:
            unconfirmed.append(c)
    return counted, excluded, unconfirmed


def counts_toward_total(rule_set: RuleSet, completion: CompletionFacts) -> bool:
    """False only when every rule topic the course covers is outside the total (NY child abuse)."""
    covered = [t for t in rule_set.topics if t.key in completion.topics]
    return not covered or any(t.counts_toward_total is not False for t in covered)


def cap_limit(cap: FormatCap, total_required: float | None) -> float | None:
    """A cap in hours; percent caps scale with the (possibly prorated) total."""
    if cap.max_percent is not None and total_required is not None:
        return round(total_required * cap.max_percent / 100, 2)
    return cap.max_hours


def apply_caps(
    rule_set: RuleSet, toward_total: Sequence[CompletionFacts], total_required: float | None
) -> tuple[float, list[str], list[str]]:
    """Returns (hours counted toward the total, caps-applied notes, unknown notes)."""
    counted = sum(c.hours for c in toward_total)
    applied: list[str] = []
    unknowns: list[str] = []
    for cap in rule_set.format_caps:
        words = format_words(cap.formats)
        limit = cap_limit(cap, total_required)
        if limit is None:
            if cap.unknown:
                unknowns.append(
                    f"Whether the board caps {words} hours, and at how many, is unknown to us."
                )
            continue
        in_format = sum(c.hours for c in toward_total if c.format in cap.formats)
        over = round(in_format - limit, 2)
        if over > 0:
            counted -= over
            applied.append(
                f"{over:g} of your {in_format:g} {words} hours don't count: "
                f"the board caps {words} at {limit:g} h"
            )
    capped_formats = any(cap_limit(c, total_required) is not None for c in rule_set.format_caps)
    unformatted = [c for c in toward_total if not c.format]
    if capped_formats and unformatted:
        unknowns.append(
            f"{len(unformatted)} of your courses have no format recorded; if any were "
            "self-study or on-demand, the board's format cap may lower your total."
        )
    return round(counted, 2), applied, unknowns


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
