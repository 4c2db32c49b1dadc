"""What a nudge says: specific and actionable, several due nudges merged into one message."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bot.messages import Choice, Choices, Reply, Text
from bot.nudges.facts import MemberNudgeFacts
from bot.rules import Progress

SNOOZE = Choice("Snooze 1 week", "nudges.snooze", "7")
# Kinds in the order a merged message tells them: the most urgent first.
ORDER = ("deadline", "step", "inactivity", "complete", "checkin")


@dataclass(frozen=True)
class FreeCourse:
    """A free catalog course that could close a topic gap (or a circle could take together)."""

    course_id: int
    title: str
    hours: float | None
    topics: tuple[str, ...]
    provider: str = ""


@dataclass(frozen=True)
class NudgeItem:
    """One due nudge to tell: its kind and the payload the planner stored."""

    kind: str
    payload: Mapping


def compose(
    member: MemberNudgeFacts,
    items: Sequence[NudgeItem],
    progress: Mapping[int, Progress],
    free_courses: Sequence[FreeCourse],
    today: date,
) -> list[Reply]:
    """One message for all of the member's due nudges."""
    ordered = sorted(items, key=lambda item: ORDER.index(item.kind))
    replies: list[Reply] = []
    if len(ordered) > 1:
        replies.append(Text("A quick CE note — a few things today:"))
    buttons: list[Choice] = []
    for item in ordered:
        if item.kind == "deadline":
            buttons += _deadline(replies, progress.get(item.payload["license_id"]), free_courses)
        elif item.kind == "complete":
            _complete(replies, progress.get(item.payload["license_id"]))
        elif item.kind == "step":
            buttons += _step(replies, member, item.payload, today)
        elif item.kind == "inactivity":
            replies.append(Text(_inactivity(item.payload["idle_days"])))
        elif item.kind == "checkin":
            replies.append(checkin_question())
    # The check-in question carries its own snooze button; otherwise one goes at the end.
    has_checkin = any(item.kind == "checkin" for item in ordered)
    closing = _unique(buttons) if has_checkin else [*_unique(buttons), SNOOZE]
    if closing:
        replies.insert(
            len(replies) - 1 if has_checkin else len(replies), Choices("", tuple(closing))
        )
    return replies


def checkin_question() -> Choices:
    """The check-in's question; each button continues in the check-in flow."""
    options = (("On track", "on_track"), ("Behind", "behind"), ("Change my plan", "change"))
    choices = [Choice(label, "checkin.answer", value) for label, value in options]
    return Choices("Check-in time: how is your CE going?", (*choices, SNOOZE))


def pace(hours: float, days_left: int) -> str:
    """Hours a week needed, rounded kindly: 'about 1 h a week'."""
    weekly = hours / max(days_left / 7, 1)
    shown = max(math.ceil(weekly * 2) / 2, 0.5)  # round up: promising too little pace misleads
    return f"about {shown:g} h a week"


def biggest_gap(progress: Progress) -> tuple[str, str, float] | None:
    """(topic key, label, hours) of the largest unmet topic minimum, if any."""
    gaps = [
        (t.topic, t.label, t.remaining)
        for t in progress.topics
        if t.applies is not False and t.remaining and t.remaining > 0
    ]
    return max(gaps, key=lambda gap: gap[2]) if gaps else None


def _deadline(replies: list[Reply], progress: Progress | None, free: Sequence[FreeCourse]):
    if progress is None:
        return []
    days = progress.days_left
    gap = biggest_gap(progress)
    if gap is not None:
        topic, label, hours = gap
        need = f"{hours:g} more {label.lower()} hours"
    else:
        topic, hours = "", progress.total_remaining or 0
        need = f"{hours:g} more CE hours"
    text = (
        f"*{progress.license_label}*: you need {need} in {days} days — {pace(hours, days)}."
        if hours
        else f"*{progress.license_label}*: {days} days to renewal; a few requirements are open."
    )
    course = next((c for c in free if topic and topic in c.topics), None)
    if course is None:
        replies.append(Text(text))
        return []
    length = f", {course.hours:g} h" if course.hours else ""
    replies.append(Text(f"{text} A free option: *{course.title}*{length}."))
    return [Choice("Add to plan", "plan.add", str(course.course_id))]


def _complete(replies: list[Reply], progress: Progress | None) -> None:
    if progress is not None:
        replies.append(
            Text(
                f"🎉 *{progress.license_label}*: all CE requirements met for your "
                f"{progress.renewal_date:%b %-d, %Y} renewal. Remember to renew with the board."
            )
        )


def _step(replies: list[Reply], member: MemberNudgeFacts, payload: Mapping, today: date):
    step = next((s for s in member.steps if s.step_id == payload["step_id"]), None)
    if step is None:
        return []
    when = "today" if step.due_date == today else f"on {step.due_date:%a %b %-d}"
    replies.append(Text(f"Plan step *{step.title}* is due {when}."))
    return [Choice("Mark done", "plan.done", str(step.step_id))]


def _inactivity(idle_days: int) -> str:
    return (
        f"No CE logged in {idle_days} days, and you still have hours to earn. Finished "
        "something? Tell me in one sentence, e.g. “finished the 3h ethics course yesterday”."
    )


def _unique(choices: list[Choice]) -> list[Choice]:
    seen, result = set(), []
    for choice in choices:
        if (choice.action_id, choice.value) not in seen:
            seen.add((choice.action_id, choice.value))
            result.append(choice)
    return result
