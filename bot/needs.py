"""What a member still needs, as the recommender sees it: gaps, skills, budget, time."""

from __future__ import annotations

from bot.flows.base import Turn
from bot.recommend import LearnerProfile, LicenseNeed
from bot.standing import standings
from bot.topics import COMPETENCIES
from store.catalog.reviews import peer_ratings
from store.queries.learning import completions_of, latest_ratings, plan_of
from store.queries.members import licenses_of


def learner_profile(turn: Turn) -> LearnerProfile:
    """The member's requirement gaps per license, skill gaps, budget left and preferences."""
    member = turn.member
    completions = completions_of(turn.session, member_id=turn.member_id)
    needs = []
    for standing in standings(
        member,
        licenses_of(turn.session, member_id=turn.member_id),
        completions,
        turn.services.rule_sets,
        turn.today,
    ):
        rules = turn.services.rule_sets.get(standing.license.rule_set_id)
        progress = standing.progress
        open_rows = [
            topic
            for topic in (progress.topics if progress else ())
            if topic.applies and topic.remaining is not None and topic.remaining > 0
        ]
        gaps = {topic.topic: topic.remaining or 0.0 for topic in open_rows}
        needs.append(
            LicenseNeed(
                label=standing.label,
                jurisdiction=standing.license.jurisdiction,
                accepts=rules.accepts if rules else (lambda _bodies: None),
                topic_gaps=gaps,
                hours_remaining=progress.total_remaining if progress else None,
                format_room=format_room(progress.cap_room) if progress else {},
                deadline=standing.license.renewal_date,
                cap_rooms=progress.cap_room if progress else (),
                topic_names={topic.topic: topic.label for topic in open_rows},
            )
        )
    return LearnerProfile(
        licenses=tuple(needs),
        skill_gaps=skill_gaps(turn),
        budget_left=member.budget_per_year,
        hours_per_week=member.hours_per_week,
        preferred_formats=tuple(member.preferred_formats),
        done_course_ids=frozenset(done.course_id for done in completions if done.course_id),
        planned_course_ids=frozenset(
            step.course_id
            for step in plan_of(turn.session, member_id=turn.member_id)
            if step.course_id
        ),
        peer_ratings=peer_ratings(
            turn.session, workspace_id=turn.workspace_id, exclude_member_id=turn.member_id
        ),
    )


def format_room(cap_room: tuple[tuple[tuple[str, ...], float], ...]) -> dict[str, float]:
    """Room per format: a format in several capped groups gets the tightest one."""
    room: dict[str, float] = {}
    for formats, hours in cap_room:
        for name in formats:
            room[name] = min(hours, room.get(name, hours))
    return room


def skill_gaps(turn: Turn) -> dict[str, float]:
    """Topic weights from low self-ratings; areas the member is interested in count double."""
    ratings = latest_ratings(turn.session, member_id=turn.member_id)
    interests = set(turn.member.interests)
    weights: dict[str, float] = {}
    for competency, rating in ratings.items():
        if rating > 3 or competency not in COMPETENCIES:
            continue
        weight = (4 - rating) / 3 * (1.0 if competency in interests else 0.5)
        for topic in COMPETENCIES[competency][1]:
            weights[topic] = max(weights.get(topic, 0.0), weight)
    for competency in interests - set(ratings):
        for topic in COMPETENCIES.get(competency, ("", ()))[1]:
            weights.setdefault(topic, 0.3)
    return weights
