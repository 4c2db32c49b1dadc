"""Goals and the self-assessment: private, repeatable, validated."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from bot.topics import COMPETENCIES
from store.db import new_session
from store.models import Goal, Member, SkillRating


def test_goals_transcript(chat, engine):
    chat.onboard()
    assert "career direction" in chat.say("goals")
    assert "spark your interest" in chat.press("Earn a certification")
    assert "didn't recognise" in chat.say("xyz")
    assert "concrete goal" in chat.say("3, 6")
    assert "target June 2027" in chat.say("Get EMDR certified by June 2027")
    assert "target March 2028" in chat.say("Grow in trauma work before March 2028")
    assert "Your goals" in chat.say("Start a consultation group")  # a third goal ends it
    with new_session(engine) as session:
        goals = session.exec(select(Goal).order_by(Goal.id)).all()
        member = session.exec(select(Member)).one()
    assert [(g.text, g.target_date) for g in goals] == [
        ("Get EMDR certified", date(2027, 6, 30)),
        ("Grow in trauma work", date(2028, 3, 31)),
        ("Start a consultation group", None),
    ]
    assert member.career_direction == "certification"
    assert member.interests == ["trauma", "telehealth"]


def test_interests_typed_with_typos_are_read_and_said_back(chat, engine):
    chat.onboard()
    chat.say("goals")
    answer = chat.say("I want to get certified in EMDR and eventually supervise")
    assert "Noted — your direction: _I want to get certified in EMDR" in answer
    answer = chat.say("teleheath, trama, and working with kids")
    assert "Noted: Trauma-informed care, Telehealth practice, Children & adolescents." in answer
    assert "concrete goal" in answer
    answer = chat.say("done")
    assert "No goals saved for now." in answer
    assert "Areas you're interested in: Trauma-informed care, Telehealth practice" in answer
    with new_session(engine) as session:
        member = session.exec(select(Member)).one()
    assert member.interests == ["trauma", "telehealth", "children_youth"]


def test_interests_can_be_skipped(chat, engine):
    chat.onboard()
    chat.say("goals")
    assert "your direction: _Become a clinical supervisor_" in chat.press(
        "Become a clinical supervisor"
    )
    answer = chat.say("skip")
    assert "Skipped — no areas picked for now." in answer and "concrete goal" in answer
    with new_session(engine) as session:
        assert session.exec(select(Member)).one().career_direction == "supervision"


def all_ratings(value: str) -> dict[str, str]:
    return dict.fromkeys(COMPETENCIES, value)


def test_self_assessment_validates_and_shows_change(chat, engine):
    chat.onboard()
    assert "Rate your confidence" in chat.say("assess")
    bad = {**all_ratings("3"), "trauma": "7"}
    answer = chat.submit(bad)
    assert "Trauma-informed care: please choose 1 to 5" in answer
    assert "Saved" in chat.submit(all_ratings("3"))
    chat.say("self-assessment")
    answer = chat.submit({**all_ratings("3"), "trauma": "5"})
    assert "Trauma-informed care: 3 → 5" in answer
    with new_session(engine) as session:
        assert len(session.exec(select(SkillRating)).all()) == 2 * len(COMPETENCIES)


def test_at_least_twelve_competency_areas():
    assert len(COMPETENCIES) >= 12
