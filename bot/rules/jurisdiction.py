"""Which of a course's topics can count for a license in a given state: the one rule.

A state's law & ethics, its jurisprudence and its mandated trainings (medical errors in
Florida, human trafficking in Texas, child-abuse reporting in New York …) are met only by a
course made for that state. So a course meant for other states' licensees never covers
these topics here; its other topics (trauma, assessment …) and its hours count as usual.
The engine applies it to every completion (bot/rules/progress.py), and suggestions, the
renewal plan, the nudges' free option and the catalog views to every course
(bot/recommend/jurisdiction.py).

Which topics are state-specific comes from the data: every topic the research's
state-specific courses carry that boards set in their own law (the rule sets' mandated
topics), plus every `state_law_*` key. A course's states are its catalog jurisdictions and
the state of any `state_law_xx` topic it covers.
"""

from __future__ import annotations

from collections.abc import Sequence

STATE_SPECIFIC_TOPICS = frozenset(
    {
        "ethics",  # boards' "law and ethics" is their own state's law
        "professional_boundaries",
        "supervision",  # supervisor training is defined by each board
        "telehealth",  # telehealth law: licensure and consent rules differ by state
        "hiv_aids",
        "medical_errors",
        "human_trafficking",
        "child_abuse_reporting",
        "domestic_violence",
        "implicit_bias",
        "sexual_harassment_prevention",
        "alzheimers_dementia",
        "dependent_adult_abuse",  # Iowa
        "pediatric_head_trauma",  # Kentucky
        "worker_safety",
        "alaska_native_cultures",
        "lgbtq_cultural_competency",  # DC
        "dc_public_health_priorities",
    }
)


def is_state_specific(topic: str) -> bool:
    """Whether only a course made for the license's own state can cover this topic."""
    return topic.startswith("state_law_") or topic in STATE_SPECIFIC_TOPICS


def course_states(topics: Sequence[str], jurisdictions: Sequence[str]) -> tuple[str, ...]:
    """The states a course is meant for: its catalog jurisdictions, and the state of any
    `state_law_xx` topic it covers; () for a course meant for everyone."""
    from_topics = [
        t.removeprefix("state_law_").upper() for t in topics if t.startswith("state_law_")
    ]
    return tuple(dict.fromkeys([*jurisdictions, *from_topics]))


def topics_for(
    topics: tuple[str, ...], jurisdictions: Sequence[str], state: str
) -> tuple[str, ...]:
    """The course's topics that can count for a license in `state` ("" when unknown)."""
    states = course_states(topics, jurisdictions)
    if not states or not state or state in states:
        return topics
    return tuple(t for t in topics if not is_state_specific(t))
