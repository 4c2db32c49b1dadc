"""Reviews in chat: typo-tolerant course, 1-5 stars, shared or private, in the circle and ranking."""

from __future__ import annotations

from sqlmodel import select

from practice.circle_fixtures import Colleague, shares
from store.catalog import get_course
from store.catalog.reviews import peer_ratings
from store.db import new_session
from store.models import Review

ACES = "Becoming ACEs Aware in California"


def reviews(engine) -> list[Review]:
    with new_session(engine) as session:
        return list(session.exec(select(Review).order_by(Review.id)))


def test_review_share_and_post_in_the_circle(mentor, engine, rule_sets):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    dana.in_channel("circle start")
    answer = dana.say("review Becoming ACEs Aware 4/5 great for trauma work")
    assert f"Saved: *{ACES}* 4/5. Share it with colleagues?" in answer
    assert "now counts in colleagues' suggestions and it'll show in your circle" in dana.press(
        "Share with colleagues"
    )
    [review] = reviews(engine)
    assert (review.rating, review.text, review.shared) == (4, "great for trauma work", True)
    [posted] = shares(engine, rule_sets, dana.now)
    assert posted == ("C1", f"⭐ Dana rated *{ACES}* ★★★★☆ (4/5)\n> great for trauma work")


def test_a_typo_or_a_name_several_courses_share_asks_which(mentor, engine):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    answer = dana.say("reveiw Becomng ACEs Awre 5/5")
    assert "Which course do you mean?" in answer and f"[{ACES}]" in answer
    assert "Share it with colleagues?" in dana.press(ACES)
    assert "Kept private" in dana.press("Keep it private")
    answer = dana.say("review military culture 3/5 solid basics")
    assert "Which course do you mean?" in answer
    assert "[Military Culture: Core Competencies for Healthcare Professionals (4 module…]" in answer
    assert "OK — tell me the course again" in dana.press("None of these")
    assert [(r.rating, r.shared) for r in reviews(engine)] == [(5, False)]


def test_ratings_outside_one_to_five_get_a_kind_answer(mentor, engine):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    answer = dana.say("review the CALM course 7/5 life changing")
    assert "Ratings go from 1 to 5 whole stars" in answer
    assert "How many stars (1–5) for *Counseling on Access to Lethal Means (CALM)" in answer
    assert "1 to 5" in dana.say("9")
    assert "Share it with colleagues?" in dana.press("5 ★")
    dana.press("Keep it private")
    [review] = reviews(engine)
    assert (review.rating, review.text) == (5, "life changing")


def test_reviewing_again_replaces_the_earlier_review(mentor, engine):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    dana.say("review Becoming ACEs Aware 2/5")
    dana.press("Share with colleagues")
    dana.say("review Becoming ACEs Aware 5/5 better the second time")
    dana.press("Keep it private")
    [review] = reviews(engine)
    assert (review.rating, review.shared, review.text) == (5, False, "better the second time")


def test_a_note_about_a_client_is_left_out(mentor, engine):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    answer = dana.say(
        "review Becoming ACEs Aware 4/5 helped with my client John Smith, 34, who has PTSD"
    )
    assert "left it out" in answer
    dana.press("Keep it private")
    assert reviews(engine)[0].text == ""


def test_colleagues_shared_reviews_rank_suggestions_as_rated_by_colleagues(mentor, engine):
    """Five colleagues review a course in chat; the sixth sees "rated 4.6/5 by 5 colleagues"."""
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    dana.say("suggest")
    first = next(r for r in dana.replies if hasattr(r, "options"))
    with new_session(engine) as session:
        title = get_course(session, int(first.options[0].value)).title
    for name, stars in zip(("Ana", "Ben", "Cara", "Dev", "Eve"), (5, 4, 5, 4, 5), strict=True):
        colleague = Colleague(mentor, name)
        colleague.onboard()
        colleague.say(f"review {title} {stars}/5")
        colleague.press("Share with colleagues")
    finn = Colleague(mentor, "Finn")
    finn.onboard()
    finn.say(f"review {title} 1/5")  # private, not even answered: left out
    with new_session(engine) as session:
        ratings = peer_ratings(session, workspace_id=reviews(engine)[0].workspace_id)
    assert ratings == {int(first.options[0].value): (4.6, 5)}
    dana.say("cancel")
    dana.say("suggest")
    assert "rated 4.6/5 by 5 colleagues" in dana.say("why 1")
