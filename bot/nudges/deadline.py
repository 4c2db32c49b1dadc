"""The deadline nudge's words: everything still needed, and the weekly pace it takes.

The pace comes from the total still short and the topic minimums still open (a topic's
hours inside the total are not added twice; hours outside it are), never from one topic.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from bot.declare import PLAN
from bot.messages import Choice, Reply, Text
from bot.recommend.jurisdiction import course_states, topics_for
from bot.rules import Progress, RuleSet
from bot.rules.facts import TopicProgress


@dataclass(frozen=True)
class FreeCourse:
    """A free catalog course that could close a topic gap (or a circle could take together)."""

    course_id: int
    title: str
    hours: float | None
    topics: tuple[str, ...]
    provider: str = ""
    jurisdictions: tuple[str, ...] = ()  # () = meant for every state


def pace(hours: float, days_left: int) -> str:
    """Hours a week needed, rounded up to the next 0.1 h (promising too little pace misleads):
    36 h in 117 days is 2.15… h a week, said "about 2.2 h a week"."""
    return f"about {weekly(hours, days_left):g} h a week"


def weekly(hours: float, days_left: int) -> float:
    """Hours a week, rounded up to 0.1 h (at least 0.1 while anything is needed)."""
    exact = hours / max(days_left / 7, 1)
    return max(math.ceil(round(exact * 10, 6)) / 10, 0.1) if hours > 0 else 0.0


def open_topics(progress: Progress, *, applies: bool | None = True) -> list[TopicProgress]:
    """Topic minimums still short a known number of hours that apply (or, with
    `applies=None`, that wait on the member's answer)."""
    return [
        t
        for t in progress.topics
        if t.applies is applies and t.remaining is not None and t.remaining > 0
    ]


def still_needed(progress: Progress, rules: RuleSet | None) -> tuple[float, float] | None:
    """(fewest, most) hours still needed: the total and every open topic minimum.

    A topic's hours that count toward the total are inside it; hours that don't are on top
    of it; hours whose standing the board leaves open (CA suicide prevention) may be either.
    None when the total still needed is unknown.
    """
    if progress.total_remaining is None:
        return None
    counts = {r.rule_id: r.counts_toward_total for r in rules.topics} if rules else {}
    inside = outside = maybe = 0.0
    for topic in open_topics(progress):
        remaining = topic.remaining
        if remaining is None:  # open_topics keeps known hours only
            continue
        standing = True if topic.topic.startswith("format:") else counts.get(topic.rule_id)
        if standing is True:
            inside += remaining
        elif standing is False:
            outside += remaining
        else:
            maybe += remaining
    total = progress.total_remaining
    fewest = max(total, inside + maybe) + outside
    most = max(total, inside) + outside + maybe
    return round(fewest, 2), round(most, 2)


def deadline_lines(
    replies: list[Reply],
    progress: Progress | None,
    free: Sequence[FreeCourse],
    state: str = "",
    rules: RuleSet | None = None,
):
    if progress is None:
        return []
    days = progress.days_left
    needed = still_needed(progress, rules)
    topics = open_topics(progress)
    including = _and([f"{t.remaining:g} {_plain(t.label)}" for t in topics])
    unknown = [
        _plain(t.label)
        for t in progress.topics
        if t.applies is not False and t.met is not True and t.remaining is None
    ]
    maybe = [_plain(t.label) for t in open_topics(progress, applies=None)]
    head = f"*{progress.license_label}*: "
    if needed is None:
        known = f"Still open: {including} hours. " if including else ""
        text = (
            f"{head}{days} days to renewal. {known}How many hours you still need in total "
            "is unknown to us, so I can't give a weekly pace — say *status* for why."
        )
    elif needed[1] <= 0:
        text = f"{head}{days} days to renewal; a few requirements are open (say *status*)."
    else:
        fewest, most = needed
        amount = f"{fewest:g} more hours" if fewest == most else f"{fewest:g}–{most:g} more hours"
        of_which = f", including {including}," if including else ""
        speed = (
            pace(fewest, days)
            if fewest == most
            else f"about {weekly(fewest, days):g}–{weekly(most, days):g} h a week"
        )
        text = f"{head}you need {amount}{of_which} in {days} days — {speed}."
        if fewest != most:
            text += " (The higher figure if some topic hours don't count toward the total.)"
    if unknown:
        text += f" Also open, hours unknown: {_and(unknown)}."
    if maybe:
        text += f" May also apply to you: {_and(maybe)} (say *status*)."
    course = _free_option(topics, free, state)
    if course is None:
        replies.append(Text(text))
        return []
    length = f", {course.hours:g} h" if course.hours else ""
    replies.append(Text(f"{text} A free option: *{course.title}*{length}."))
    return [Choice("Add to plan", PLAN.act("add"), str(course.course_id))]


def _free_option(
    topics: list[TopicProgress], free: Sequence[FreeCourse], state: str
) -> FreeCourse | None:
    """A free course that covers an open topic here (biggest gap first): one for everyone
    or for this state, never one made only for other states' licensees."""
    here = [c for c in free if _meant_for(c, state)]
    for topic in sorted(topics, key=lambda t: -(t.remaining or 0)):
        for course in here:
            if topic.topic in topics_for(course.topics, course.jurisdictions, state):
                return course
    return None


def _meant_for(course: FreeCourse, state: str) -> bool:
    made_for = course_states(course.topics, course.jurisdictions)
    return not made_for or not state or state in made_for


def _and(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return " and ".join(parts) if len(parts) < 3 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def _plain(label: str) -> str:
    """A rule's label mid-sentence: "Law and ethics" -> "law and ethics", "HIV/AIDS" kept."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]
