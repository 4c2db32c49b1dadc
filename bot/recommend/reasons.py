"""Why a course is suggested: every reason in the clinician's words."""

from __future__ import annotations

from bot.recommend.model import (
    CourseView,
    LearnerProfile,
    Suggestion,
    WorkingNeed,
    credited_hours,
    license_verdicts,
)
from bot.topics import FORMATS, topic_label


def reason_line(s: Suggestion) -> str:
    """All reasons on one line, e.g. "covers 6 h of your … (CA LCSW); free; 2 h online"."""
    return "; ".join(s.reasons)


def explain(
    course: CourseView, score: float, needs: list[WorkingNeed], profile: LearnerProfile, cache
) -> Suggestion:
    counts_for: list[str] = []
    refused: list[str] = []
    unknown: list[str] = []
    gap_phrases: dict[str, list[str]] = {}
    caveats: dict[str, list[str]] = {}
    for need, verdict in zip(
        needs, license_verdicts(needs, course.approval_bodies, cache), strict=True
    ):
        if verdict is False:
            refused.append(need.label)
            continue
        (counts_for if verdict else unknown).append(need.label)
        for phrase in _gap_phrases(course, need):
            gap_phrases.setdefault(phrase, []).append(need.label)
        room = need.format_room.get(course.format)
        if room is not None and course.hours and room < course.hours and _relevant(course, need):
            cap = f"{FORMATS.get(course.format, course.format)} cap"
            caveat = (
                f"{cap} reached: its hours would not count"
                if room <= 0
                else f"only {room:g} of its {course.hours:g} h count under the {cap}"
            )
            caveats.setdefault(caveat, []).append(need.label)
    reasons = ["sample course (illustrative, not a real offering)"] if course.sample else []
    if course.own:
        reasons.append("from your practice's own catalog")
    reasons += [f"{phrase} ({', '.join(labels)})" for phrase, labels in gap_phrases.items()]
    reasons += _skill_reasons(course, profile)
    reasons.append(_cost_reason(course, profile.budget_left))
    reasons.append(_length_reason(course, profile.hours_per_week))
    reasons.append(board_reason(course.approval_bodies, counts_for, refused, unknown))
    rating = profile.peer_ratings.get(course.id)
    if rating and rating[1] > 0:
        noun = "colleague" if rating[1] == 1 else "colleagues"
        reasons.append(f"rated {rating[0]:.1f}/5 by {rating[1]} {noun}")
    if course.format in profile.preferred_formats:
        reasons.append("a format you prefer")
    reasons += [f"{caveat} ({', '.join(labels)})" for caveat, labels in caveats.items()]
    return Suggestion(
        course=course,
        score=round(score, 4),
        reasons=tuple(reasons),
        counts_for=tuple(counts_for),
        not_accepted_by=tuple(refused),
        approval_unknown_for=tuple(unknown),
    )


def _relevant(course: CourseView, need: WorkingNeed) -> bool:
    return bool(need.hours_remaining) or any(
        need.topic_gaps.get(t) for t in course.topics_in(need.jurisdiction)
    )


def _gap_phrases(course: CourseView, need: WorkingNeed) -> list[str]:
    gap_topics = [t for t in course.topics_in(need.jurisdiction) if need.topic_gaps.get(t)]
    if course.hours is None:
        if gap_topics or need.hours_remaining:
            names = " and ".join(_name(t, need) for t in gap_topics) or "your total"
            return [f"may count toward {names} (hours unknown)"]
        return []
    credited = credited_hours(course, need)
    if credited <= 0:
        return []
    phrases = [
        f"covers {min(credited, need.topic_gaps[t]):g} h of your {_name(t, need)} requirement"
        for t in gap_topics
    ]
    if not phrases and need.hours_remaining:
        total = min(credited, need.hours_remaining)
        phrases.append(f"counts {total:g} h toward the {need.hours_remaining:g} h you still need")
    return phrases


def _name(topic: str, need: WorkingNeed) -> str:
    """The requirement as the member's status names it (the board's words), else ours."""
    return need.topic_names.get(topic) or topic_label(topic)


def _skill_reasons(course: CourseView, profile: LearnerProfile) -> list[str]:
    low = [t for t in course.topics if profile.skill_gaps.get(t, 0.0) > 0]
    if not low:
        return []
    return [f"builds {', '.join(topic_label(t) for t in low)}, an area you rated yourself low in"]


def _cost_reason(course: CourseView, budget_left: float | None) -> str:
    if course.cost_usd is None:
        if budget_left is not None:
            return f"cost unknown: check it fits your ${budget_left:,.0f} left"
        return "cost unknown"
    return "free" if course.cost_usd == 0 else f"${course.cost_usd:,.0f}"


def _length_reason(course: CourseView, hours_per_week: float | None) -> str:
    form = FORMATS.get(course.format, course.format or "format unknown")
    if course.hours is None:
        return f"hours unknown, {form}"
    text = f"{course.hours:g} h {form}"
    if hours_per_week and course.hours > hours_per_week:
        text += f" (about {course.hours / hours_per_week:.0f} weeks at your pace)"
    return text


def board_reason(
    bodies: tuple[str, ...], counts_for: list[str], refused: list[str], unknown: list[str]
) -> str:
    """Plainly, which licenses the course's approval counts for, e.g.
    "NBCC-approved: counts for your TX LPC, not for your NY LCSW"."""
    if not bodies:
        approved = "approval body not listed"
    elif len(bodies) == 1:
        approved = f"{bodies[0]}-approved"
    else:
        approved = f"approved by {', '.join(bodies)}"
    parts = (
        [f"counts for your {', '.join(counts_for)}"] if counts_for and (refused or unknown) else []
    )
    if refused:
        parts.append(f"not for your {', '.join(refused)}")
    if unknown:
        boards = "board" if len(unknown) == 1 else "boards"
        parts.append(f"unknown for your {', '.join(unknown)}: check with your {boards}")
    return f"{approved}: {', '.join(parts)}" if parts else approved
