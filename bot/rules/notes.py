"""Plain-English lines the mentor shows beside a Progress: labels, unknowns, guidance."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.rules.facts import LicenseFacts, TopicProgress
from bot.rules.model import RuleSet

# A short title in parentheses: capitals, with dots or inner hyphens ("LCSW-C", "L.C.S.W.").
SHORT_TITLE = re.compile(r"\(([A-Z](?:[A-Z.]|-(?=[A-Z])){1,9})\)")


def license_label(rule_set: RuleSet, where: str = "") -> str:
    """ "CA LCSW", "MD LCSW-C", "NY LMHC", "TX Psychologist": the state's own short title.

    A credential is called by its own name ("NCC"); one held for a state (a Counseling
    Compact privilege to practice in `where`) names that state: "Counseling Compact
    privilege (MN)".
    """
    if rule_set.credential is not None:
        held_for = where.strip().upper()
        return (
            f"{rule_set.credential} ({held_for})"
            if held_for not in ("", "US")
            else rule_set.credential
        )
    short = SHORT_TITLE.search(rule_set.state_title)
    if short:
        return f"{rule_set.jurisdiction} {short.group(1).replace('.', '')}"
    kind = rule_set.license_type
    return f"{rule_set.jurisdiction} {kind.capitalize() if kind == 'PSYCHOLOGIST' else kind}"


def guidance(rule_set: RuleSet) -> str:
    """The line every progress answer carries: guidance only, with source and check date."""
    more = len(rule_set.sources) - 1
    source = rule_set.sources[0] + (f" (+{more} more)" if more else "")
    checked = (
        f"checked {rule_set.checked:%d %b %Y}"
        if rule_set.checked
        else "not yet re-checked against the board's live site"
    )
    return f"Guidance only — the board's word is final. Source: {source}, {checked}."


def rule_set_unknowns(
    rule_set: RuleSet,
    license: LicenseFacts,
    rows: Sequence[TopicProgress],
    *,
    maybe_topics: frozenset[str] | set[str] = frozenset(),
) -> list[str]:
    """What the rule set does not know, or the engine does not check, for this license.

    Each line that bears on the answer names the rule's source, so the member can check it.
    """
    return open_numbers(rule_set, license, rows, maybe_topics=maybe_topics) + rule_notes(rule_set)


def open_numbers(
    rule_set: RuleSet,
    license: LicenseFacts,
    rows: Sequence[TopicProgress],
    *,
    maybe_topics: frozenset[str] | set[str] = frozenset(),
) -> list[str]:
    """Why a number in this license's progress is unknown: each line names its source."""
    notes: list[str] = []
    if rule_set.total_hours is None:
        notes.append(
            f"The board's total hours for {license_label(rule_set)} are unknown to us, so we "
            f"can't say how many hours you need overall (source: {rule_set.sources[0]})."
        )
    by_id = {rule.rule_id: rule for rule in rule_set.topics}
    for row in rows:
        source = _source_of(rule_set, by_id.get(row.rule_id))
        unknown_often = row.frequency == "unknown"
        if (
            row.applies is not False
            and row.required is None
            and not row.any_length
            and not row.exam
            and not unknown_often
        ):
            notes.append(
                f"{row.label}: the required hours are unknown to us, so we can't say whether "
                f"it's met (source: {source})."
            )
        if row.applies is None and unknown_often:
            notes.append(
                f"{row.label}: required, but how often and how many hours is unknown to us, "
                f"so we can't call this license complete (source: {source})."
            )
    for rule in rule_set.topics:
        if rule.key in maybe_topics and rule.counts_toward_total is None:
            notes.append(
                f"Whether {rule.label} hours count toward the total is unknown to us, so "
                f"your total is shown both ways (source: {_source_of(rule_set, rule)})."
            )
    return notes


def rule_notes(rule_set: RuleSet) -> list[str]:
    """What the engine does not check, and the research's own warnings."""
    notes: list[str] = []
    if rule_set.approval.judged_at_audit:
        notes.append(
            "The board pre-approves no providers; "
            "whether a course is acceptable is judged at audit."
        )
    carry = rule_set.carry_over
    if carry.allowed:
        limit = f"up to {carry.max_hours:g} " if carry.max_hours is not None else ""
        notes.append(
            f"The board lets {limit}unused hours carry over from your last cycle; "
            "we don't count carried-over hours — tell me if you have some."
        )
    notes += [f"Not checked by us: {_limit_words(lim)}" for lim in rule_set.other_limits]
    notes += rule_set.warnings
    return notes


def _source_of(rule_set: RuleSet, rule) -> str:
    """The rule's own first source, else the rule set's."""
    return (rule.sources[0] if rule is not None and rule.sources else None) or rule_set.sources[0]


def _limit_words(limit) -> str:
    """ "peer consultation: at most 18 h — note"."""
    parts = [limit.kind.replace("_", " ")]
    if limit.max_hours is not None:
        parts.append(f"at most {limit.max_hours:g} h")
    if limit.min_percent is not None:
        parts.append(f"at least {limit.min_percent:g}%")
    text = ": ".join([parts[0], ", ".join(parts[1:])]) if len(parts) > 1 else parts[0]
    return f"{text} — {limit.notes}" if limit.notes else text
