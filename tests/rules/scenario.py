"""Builders the hand-worked rule scenarios share: a license, a course, a row, the totals."""

from __future__ import annotations

from collections.abc import Callable

from bot.rules import CompletionFacts, LicenseFacts


def license_facts(license_type, state, renewal, practice=None, **kw) -> LicenseFacts:
    return LicenseFacts(license_type, state, renewal, practice_facts=practice or {}, **kw)


def course_maker(default_body: str) -> Callable[..., CompletionFacts]:
    """A course builder whose approval body defaults to the one these scenarios assume."""

    def course(id, hours, on, fmt="in_person", topics=(), body=default_body) -> CompletionFacts:
        return CompletionFacts(id, f"course {id}", hours, on, fmt, tuple(topics), body)

    return course


def row(progress, rule_id):
    return next(r for r in progress.topics if r.rule_id == rule_id)


def live_row(progress):
    return next(r for r in progress.topics if r.topic == "format:live")


def totals(progress):
    return (progress.total_required, progress.total_counted, progress.total_remaining)
