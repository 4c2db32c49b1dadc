"""Rule sets in words: what each one leaves unknown, and one read as a clinician would."""

from __future__ import annotations

from bot.rules.clock import clock_words
from bot.rules.confidence import doubts
from bot.rules.counting import format_words
from bot.rules.model import RuleSet, TopicRule
from bot.rules.notes import license_label

_FREQUENCY = {
    "every_cycle": "every renewal",
    "one_time": "once in your career",
    "every_nth_cycle": "at every {nth} renewal (we ask whether it's due)",
    "every_n_years": "every {n} years (we ask whether it's due)",
    "per_year_of_cycle": "for each year of the cycle",
    "conditional": "if it applies to you",
    "unknown": "how often is unknown to us",
}


def unknown_fields(rule_set: RuleSet) -> list[str]:
    """The fields the research leaves null (or open) that bear on an answer."""
    found = []
    if rule_set.total_hours is None:
        found.append("total hours")
    if not rule_set.cycle_length_known:
        found.append("cycle length")
    first = rule_set.first_renewal
    if first is None or (first.hours is None and not first.exempt):
        found.append("first renewal")
    for topic in rule_set.topics:
        if topic.hours is None and not topic.any_length and topic.kind != "exam":
            found.append(f"{topic.rule_id} hours")
        if topic.frequency == "unknown":
            found.append(f"{topic.rule_id} frequency")
        if topic.counts_toward_total is None:
            found.append(f"whether {topic.rule_id} counts toward the total")
    found += [
        f"{'/'.join(cap.formats)} cap size"
        for cap in rule_set.format_caps
        if cap.unknown and cap.max_hours is None and cap.max_percent is None
    ]
    if not rule_set.approval.list_complete and not rule_set.approval.judged_at_audit:
        found.append("full list of approval bodies")
    return found


def coverage_rows(rule_sets: dict[str, RuleSet]) -> list[tuple[str, str, str, str, str]]:
    """(id, license, board title, confidence, unknown fields) per rule set, sorted by id."""
    return [
        (
            rule_set.id,
            license_label(rule_set),
            rule_set.state_title,
            rule_set.confidence,
            ", ".join(unknown_fields(rule_set)) or "none",
        )
        for rule_set in sorted(rule_sets.values(), key=lambda r: r.id)
    ]


def describe(rule_set: RuleSet) -> list[str]:
    """One rule set as lines a clinician reads: totals, topics, caps, approval, what's unknown."""
    total = "unknown to us" if rule_set.total_hours is None else f"{rule_set.total_hours:g} h"
    cycle = f"{rule_set.cycle_months} months" if rule_set.cycle_length_known else "unknown to us"
    lines = [
        f"{license_label(rule_set)} — {rule_set.state_title}",
        f"Board: {rule_set.board}",
        f"Board's site: {rule_set.board_site or 'not in our research — search for the board by name'}",
        f"Confidence in this research: {rule_set.confidence}",
        f"CE per cycle: {total}; cycle: {cycle}, ending on your renewal date "
        "(it starts the day after the previous one).",
    ]
    if rule_set.license_term_months:
        lines.append(
            f"The license itself renews every {rule_set.license_term_months} months; CE is "
            f"due every {rule_set.cycle_months}."
        )
    lines.append(f"CE period ends: {_clock_line(rule_set)}")
    if rule_set.renewal_date_notes:
        lines.append(f"Renewal date: {rule_set.renewal_date_notes}")
    first = rule_set.first_renewal
    if first is not None and first.exempt:
        lines.append("First renewal: no CE required.")
    elif first is not None and first.hours is not None:
        lines.append(f"First renewal: {first.hours:g} h.")
    else:
        site = f" ({rule_set.board_site})" if rule_set.board_site else ""
        lines.append(f"First renewal: unknown to us — check with the board{site}.")
    if rule_set.topics:
        lines.append("Required topics:")
        lines += [f"  • {_topic_words(topic)}" for topic in rule_set.topics]
    for cap in rule_set.format_caps:
        lines.append(f"Cap: {_cap_words(cap)}")
    live = rule_set.live_minimum
    if live is not None:
        size = (
            f"{live.percent:g}% of the total" if live.percent is not None else f"{live.hours:g} h"
        )
        lines.append(f"At least {size} must be live ({format_words(live.formats)}).")
    if rule_set.daily_max_hours is not None:
        lines.append(f"At most {rule_set.daily_max_hours:g} h count from any one day.")
    approval = rule_set.approval
    if approval.judged_at_audit:
        lines.append("Approval: the board pre-approves no providers; it judges courses at audit.")
    elif approval.accepted:
        closed = "only these" if approval.list_complete else "these and possibly others"
        lines.append(
            f"Approval bodies the board accepts ({closed}): {', '.join(approval.accepted)}"
        )
    unknown = unknown_fields(rule_set)
    if unknown:
        lines.append(f"Unknown to us: {', '.join(unknown)}.")
    lines += [f"How sure: {doubt.words}" for doubt in doubts(rule_set)]
    lines += [f"Note: {warning}" for warning in rule_set.warnings]
    lines += [f"Change pending or recent — check the board: {c}" for c in rule_set.pending_changes]
    lines += [f"Gap in our research: {gap}" for gap in rule_set.gaps]
    lines.append("Sources:")
    lines += [f"  {url}" for url in rule_set.sources]
    lines.append("Guidance only — the board's word is final.")
    return lines


def _clock_line(rule_set: RuleSet) -> str:
    """The board's clock in one line (bot/rules/clock.py)."""
    clock = rule_set.clock
    words = clock_words(clock, rule_set.cycle_months)
    if words:
        doubt = "" if clock.confirmed else " (not from the board's current rule — check it)"
        line = f"{words}{doubt}."
    else:
        line = {
            "birthday": "on your birthday — you give the date.",
            "anniversary": "from your license's issue or last renewal date — you give the date.",
        }.get(clock.basis, "how the board sets it is unknown to us — you give the date.")
    return f"{line} {clock.note}".strip()


def _topic_words(topic: TopicRule) -> str:
    if topic.kind == "exam":
        hours = "pass the exam (pass/fail, no hours)"
    elif topic.any_length:
        hours = "a course of any length"
    elif topic.hours is None:
        hours = "hours unknown to us"
    else:
        hours = f"{topic.hours:g} h"
    nth = {2: "2nd", 3: "3rd"}.get(topic.n or 0, f"{topic.n}th")
    often = _FREQUENCY[topic.frequency].format(n=topic.n, nth=nth, hours=hours)
    words = f"{topic.label}: {hours}, {often}"
    if topic.effective:
        words += f" (from {topic.effective:%b %-d, %Y})"
    if topic.condition is not None:
        words += f" — asks: {topic.condition.question}"
    if topic.kind == "exam":
        return words
    if topic.counts_toward_total is None:
        words += "; whether it counts toward the total is unknown to us"
    elif topic.counts_toward_total is False:
        words += "; on top of the total"
    return words


def _cap_words(cap) -> str:
    formats = format_words(cap.formats)
    if cap.max_percent is not None:
        return f"at most {cap.max_percent:g}% of the total from {formats}"
    if cap.max_hours is not None:
        return f"at most {cap.max_hours:g} h from {formats}"
    return (
        f"{formats}: whether capped, and how much, unknown to us"
        if cap.unknown
        else f"{formats}: no cap"
    )
