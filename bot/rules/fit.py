"""Whether one course counts for one license, and why: approval, topics, total and caps."""

from __future__ import annotations

from dataclasses import dataclass

from bot.rules.counting import approved_words, cap_limit, counts_toward_total, format_words
from bot.rules.facts import EXAM_FORMAT, CompletionFacts
from bot.rules.model import RuleSet


@dataclass(frozen=True)
class CourseFit:
    """How a course stands with one board.

    `accepted`: True (the board accepts its approval body), False (refused), None (depends:
    see `approval`); `toward_total` as counts_toward_total; `topics` the board's topic
    minimums it counts toward; `cap` the board's cap on its format, in words ("" if none).
    """

    accepted: bool | None
    approval: str
    toward_total: bool | None
    topics: tuple[str, ...]
    cap: str


def course_fit(rule_set: RuleSet, course: CompletionFacts, total: float | None) -> CourseFit:
    """How `course` stands with the board of `rule_set` (caps sized on `total`)."""
    approval = rule_set.approval
    body = course.approval_body
    accepted = rule_set.accepts([body]) if body else None
    if approval.judged_at_audit:
        words = "the board pre-approves no providers; it judges courses at audit"
    elif accepted:
        words = f"the board accepts {body}"
    elif accepted is False:
        words = f"the board's list doesn't include {body}"
    elif approval.list_complete:
        words = f"only if the provider is {approved_words(rule_set)} — check the certificate"
    else:
        words = "the board's list of approval bodies is open, so check the provider with it"
    topics = tuple(
        rule.label
        for rule in rule_set.topics
        if rule.key in course.topics and (rule.kind != "exam" or course.format == EXAM_FORMAT)
    )
    cap = ""
    for rule in rule_set.format_caps:
        limit = cap_limit(rule, total)
        if course.format in rule.formats and limit is not None:
            cap = f"at most {limit:g} h of {format_words(rule.formats)} courses count"
    return CourseFit(accepted, words, counts_toward_total(rule_set, course), topics, cap)
