"""What a circle prompt says: counts of shared needs, a free course, or a question. Never names.

A channel is a shared space: the prompt speaks about the group in counts only, and only when
at least two members share a need (a count of one would point at someone).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from bot.declare import BUDDY
from bot.messages import Choice, Choices, Reply, Text
from bot.nudges.content import FreeCourse
from bot.practice.circles.settings import focus_label, focus_topics
from bot.rules import Progress
from bot.topics import topic_label

MIN_GROUP = 2  # never speak about a need fewer members share: one would be identifiable
SOON = timedelta(days=90)
QUESTIONS = {
    "ethics": "What's an ethics question that came up for you lately — and how did you think "
    "it through? (No client details, please.)",
    "suicide_prevention": "What helps you stay steady when you assess suicide risk? One "
    "practice you'd pass on to a colleague?",
    "trauma": "Which trauma-informed habit has changed how you run a first session?",
    "telehealth": "What's one thing you do to make telehealth sessions feel safe and private?",
    "cultural_competency": "What's something you learned about a community you serve that "
    "changed how you practise?",
    "supervision": "What's the most useful thing a supervisor ever did for you?",
    "self_care": "How do you protect your own energy in a heavy week? One small habit?",
}
GENERAL = (
    "What's one idea from a recent course that you've actually used this month?",
    "Which course would you recommend to a new colleague here, and why? "
    "(_review <course> 4/5 …_ rates it for everyone's suggestions.)",
    "What's one skill you want to grow this year — and what would help?",
)


@dataclass(frozen=True)
class SharedNeed:
    """A topic minimum several members still need hours in, before their renewals."""

    topic: str
    members: int
    typical_hours: float
    latest_renewal: date


def shared_needs(progress: Mapping[int, Sequence[Progress]], today: date) -> list[SharedNeed]:
    """Topics members still need hours in, the most widely shared first."""
    short: dict[str, dict[int, tuple[float, date]]] = {}
    for member_id, licenses in progress.items():
        for standing in licenses:
            if standing.renewal_date < today:
                continue
            for topic in standing.topics:
                if topic.applies is not True or not topic.remaining or topic.remaining <= 0:
                    continue
                if topic.topic.startswith("format:"):
                    continue
                hours, renewal = short.setdefault(topic.topic, {}).get(
                    member_id, (0.0, standing.renewal_date)
                )
                short[topic.topic][member_id] = (
                    max(hours, topic.remaining),
                    min(renewal, standing.renewal_date),
                )
    needs = [
        SharedNeed(
            topic,
            len(by_member),
            median(hours for hours, _ in by_member.values()),
            max(renewal for _, renewal in by_member.values()),
        )
        for topic, by_member in short.items()
    ]
    return sorted(needs, key=lambda n: (-n.members, n.latest_renewal, -n.typical_hours, n.topic))


def circle_prompt(
    needs: Sequence[SharedNeed],
    free: Sequence[FreeCourse],
    *,
    focus: str,
    renewing_soon: int,
    period: int,
) -> list[Reply]:
    """The prompt for one period: a shared need with a free course, else a question."""
    wanted = focus_topics(focus) if focus else ()
    shared = [n for n in needs if n.members >= MIN_GROUP and (not wanted or n.topic in wanted)]
    lines = ["📚 *Learning circle prompt*"]
    if shared:
        lines += _need_lines(shared[0], free)
    else:
        lines.append(_question(focus, period))
    if renewing_soon >= MIN_GROUP:
        lines.append(
            f"{renewing_soon} of you renew in the next 90 days — say *status* to me "
            "privately to see where you stand."
        )
    lines.append("_I only post counts here, never who needs what._")
    # Study buddies are opt-in: the button signs up whoever presses it, nobody else.
    buddy = Choices("Want a study buddy?", (Choice("Find me a study buddy", BUDDY.act("on")),))
    return [Text("\n".join(lines)), buddy]


def _need_lines(need: SharedNeed, free: Sequence[FreeCourse]) -> list[str]:
    label = topic_label(need.topic).lower()
    lines = [
        f"{need.members} of you still need *{label}* hours before {need.latest_renewal:%B %Y}."
    ]
    course = best_free(need, free)
    if course is None:
        lines.append("Found a good course on it? Share it here — or pick one to take together.")
        return lines
    length = f"{course.hours:g} h " if course.hours else ""
    by = f" ({course.provider})" if course.provider else ""
    lines.append(
        f"Here is a free {length}course: *{course.title}*{by}. Anyone want to take it together?"
    )
    return lines


def best_free(need: SharedNeed, free: Sequence[FreeCourse]) -> FreeCourse | None:
    """A free course on the topic, its length closest to what members typically need."""
    fits = [course for course in free if need.topic in course.topics]
    fits.sort(key=lambda c: (c.hours is None, abs((c.hours or 0) - need.typical_hours), c.title))
    return fits[0] if fits else None


def _question(focus: str, period: int) -> str:
    if focus:
        asked = next((QUESTIONS[t] for t in (focus, *focus_topics(focus)) if t in QUESTIONS), None)
        question = asked or (
            f"Our focus is *{focus_label(focus).lower()}*: what's one thing you've learned "
            "about it lately, or want to learn next?"
        )
    else:
        question = GENERAL[period % len(GENERAL)]
    return f"This week's question: {question}"


def renewing_within(progress: Mapping[int, Sequence[Progress]], today: date) -> int:
    """How many members renew a license in the next 90 days and are not complete yet."""
    return sum(
        1
        for licenses in progress.values()
        if any(today <= p.renewal_date <= today + SOON and p.status != "complete" for p in licenses)
    )
