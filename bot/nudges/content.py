"""What a nudge says: specific and actionable, several due nudges merged into one message."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bot.declare import CHECKIN, NUDGES, PLAN
from bot.messages import Choice, Choices, Reply, Text
from bot.nudges.deadline import FreeCourse, deadline_lines
from bot.nudges.facts import MemberNudgeFacts
from bot.rules import Progress, RuleSet

__all__ = ["FreeCourse", "NudgeItem", "checkin_question", "compose"]

SNOOZE = Choice("Snooze 1 week", NUDGES.act("snooze"), "7")
NOT_NOW = Choice("Not now", NUDGES.act("not_now"))
OPEN_PLAN = Choice("Open my plan", PLAN.start)
EVERY_NUDGE = (SNOOZE, NOT_NOW, OPEN_PLAN)  # the actions under every kind of nudge
# Kinds in the order a merged message tells them: the most urgent first.
ORDER = ("deadline", "step", "inactivity", "complete", "checkin")


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
    rule_sets: Mapping[str, RuleSet] | None = None,
) -> list[Reply]:
    """One message for all of the member's due nudges.

    `rule_sets` say which topic minimums count toward the total (for an honest pace);
    without them a topic's hours are taken as possibly on top of the total.
    """
    ordered = sorted(items, key=lambda item: ORDER.index(item.kind))
    replies: list[Reply] = []
    if len(ordered) > 1:
        replies.append(Text("A quick CE note — a few things today:"))
    buttons: list[Choice] = []
    for item in ordered:
        if item.kind == "deadline":
            license_id = item.payload["license_id"]
            held = next((h for h in member.licenses if h.license_id == license_id), None)
            found = progress.get(license_id)
            rules = (rule_sets or {}).get(found.rule_set_id) if found else None
            state = held.facts.jurisdiction if held else ""
            buttons += deadline_lines(replies, found, free_courses, state, rules)
        elif item.kind == "complete":
            _complete(replies, progress.get(item.payload["license_id"]))
        elif item.kind == "step":
            buttons += _step(replies, member, item.payload, today)
        elif item.kind == "inactivity":
            replies.append(Text(_inactivity(item.payload["idle_days"])))
        elif item.kind == "checkin":
            replies.append(checkin_question())
    # The check-in question carries the nudge's own buttons; otherwise they go at the end.
    has_checkin = any(item.kind == "checkin" for item in ordered)
    closing = _unique(buttons) if has_checkin else [*_unique(buttons), *EVERY_NUDGE]
    if closing:
        replies.insert(
            len(replies) - 1 if has_checkin else len(replies), Choices("", tuple(closing))
        )
    return replies


def checkin_question() -> Choices:
    """The check-in's question; each button continues in the check-in flow."""
    options = (("On track", "on_track"), ("Behind", "behind"), ("Change my plan", "change"))
    choices = [Choice(label, CHECKIN.act("answer"), value) for label, value in options]
    return Choices("Check-in time: how is your CE going?", (*choices, *EVERY_NUDGE))


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
    return [Choice("Mark done", PLAN.act("done"), str(step.step_id))]


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
