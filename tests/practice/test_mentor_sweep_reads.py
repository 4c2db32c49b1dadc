"""The mentor sweep reads narrowly but offers exactly what matching everyone would offer."""

from __future__ import annotations

from sqlmodel import select

from bot.practice.peers.areas import goal_areas, skill_gaps
from bot.practice.peers.mentor_sweep import plan
from bot.practice.peers.mentors import mentor_matches
from practice.peer_fixtures import NOW, add_peer
from store.db import new_session
from store.models import Member, MentorIntroduction
from store.queries.practice.mentors import introduction_history, mentor_offers, offer_mentoring
from store.queries.practice.peers import interests_and_goals, latest_ratings_of, members_of

PEOPLE = [  # (user, workspace, interests, goals, ratings)
    ("M1", "W1", (), (), None),
    ("M2", "W2", (), (), None),
    ("A", "W1", ("trauma",), (), None),
    ("B", "W1", (), ("Get certified in trauma-informed care",), None),
    ("C", "W1", (), (), {"trauma": 3, "telehealth": 4}),  # 3 and the lowest: a gap
    ("D", "W1", (), (), {"trauma": 3, "telehealth": 2}),  # 3 but not the lowest
    ("E", "W1", ("telehealth",), (), {"ethics_law": 1}),
    ("F", "W2", ("trauma",), (), {"trauma": 1}),
    ("G", "W2", (), (), {"ethics_law": 2, "trauma": 5}),
    ("H", "W1", (), ("Learn more about billing",), {"trauma": 4}),
]


def _everyone_matched(session):
    """The matches when every member's interests, goals and ratings are read (the old way)."""
    offers = mentor_offers(session)
    workspaces = {w for w, _, _ in offers}
    members = dict(members_of(session, workspace_ids=workspaces))
    goals = interests_and_goals(session, member_ids=list(members))
    ratings = latest_ratings_of(session, member_ids=list(members))
    wanted = {
        m: (w, goal_areas(*goals.get(m, ([], []))) | skill_gaps(ratings.get(m, {})))
        for m, w in members.items()
    }
    history = introduction_history(session, workspace_ids=workspaces)
    return [(x.mentor_id, x.mentee_id, x.area) for x in mentor_matches(offers, wanted, history)]


def test_the_narrow_read_offers_what_reading_everyone_would(engine):
    ids = {
        user: add_peer(
            engine,
            user=user,
            name=user,
            workspace=ws,
            interests=interests,
            goals=goals,
            ratings=ratings,
        )
        for user, ws, interests, goals, ratings in PEOPLE
    }
    with new_session(engine) as session:
        for user, area in (("M1", "trauma"), ("M1", "ethics_law"), ("M2", "trauma")):
            workspace_id = session.get_one(Member, ids[user]).workspace_id
            offer_mentoring(
                session, workspace_id=workspace_id, member_id=ids[user], area=area, now=NOW
            )
        session.commit()
    rounds = []
    for _ in range(3):  # again and again: open offers hold members and fill mentors up
        with new_session(engine) as session:
            expected = _everyone_matched(session)
            rows = plan(session, NOW)
            made = session.exec(select(MentorIntroduction).order_by(MentorIntroduction.id)).all()
            got = [(i.mentor_id, i.mentee_id, i.area) for i in made[len(made) - len(rows) :]]
            assert got == expected
            rounds.append(got)
            # Everyone offered says no, so the next round may offer them something else.
            for intro in made:
                intro.mentee_said = intro.mentee_said or "no"
            session.commit()
    assert rounds[0], "the first round offers something"
    assert any((ids["M1"], ids["C"], "trauma") == m for r in rounds for m in r)
    assert all(m[1] != ids["D"] or m[2] != "trauma" for r in rounds for m in r)
